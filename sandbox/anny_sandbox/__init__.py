"""A stateful local server that behaves like the anny.co Customer API.

Needs the optional extra: ``pip install 'anny[sandbox]'``.

Python::

    from anny.sandbox import Sandbox
    with Sandbox() as sb:                      # real HTTP on 127.0.0.1, free port
        token = sb.issue_token("erika.mustermann@example.com")["access_token"]
        sb.faults.add("drop_after", "/api/v1/order", method="POST")
        sb.advance(minutes=15)                 # drafts expire, tokens age
        sb.ledger()                            # orders/bookings created per request

Command line: ``python -m anny.sandbox --port 8080 [--seed seed.yaml] [--host 127.0.0.1]``.

Default seed (``anny/sandbox/data/default_seed.json``): organization ``acme-gmbh`` (1001);
resources ``conference-room-berlin`` (8001), ``open-space-desks`` (8002, children ``desk-01``
… ``desk-04`` = 8003-8006), ``meeting-room-alex`` (8020), member-only ``members-lounge``
(8030); services ``hourly-desk-booking`` (7001, free), ``meeting-room-hourly`` (7002, EUR 25/h,
paid online), ``desk-booking`` (7003), ``lounge-access`` (7004, members only),
``coaching-session`` (7005, EUR 80, needs approval); customers
``erika.mustermann@example.com`` (member of ``acme-members``) and ``max.power@example.com``.

anny's documented rate limits are enforced by default (:mod:`anny.sandbox.limits`): 150 reads
and 60 writes per 60 s per identity, at most 4 identical requests a second, ``page[size]``
caps; ``Sandbox(reads=, writes=, window=, rate_limits=False)`` or ``anny sandbox --reads N
--writes N --window SECONDS [--no-rate-limits]`` change them.

Sandbox-only endpoints (not in the spec): ``POST /__sandbox/reset``, ``GET /__sandbox/clock``,
``POST /__sandbox/clock/advance`` ``{"minutes": 15}``, ``POST /__sandbox/clock/set``,
``GET|POST|DELETE /__sandbox/faults``, ``DELETE /__sandbox/faults/{id}``,
``GET /__sandbox/ledger``, ``GET|POST /__sandbox/limits`` (usage per identity and 429s
answered; ``{"reads", "writes", "window", "enabled"}`` to change),
``POST /__sandbox/tokens`` ``{"customer": "<e-mail>"}``,
``GET /__sandbox/outbox``, ``GET /__sandbox/state``, and the payment page
``GET|POST /__sandbox/pay/{order_id}``. OAuth: ``GET /oauth/authorize`` (auto-approves the
customer named by ``login_hint``) and ``POST /oauth/token``.
"""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "anny.sandbox needs the optional 'sandbox' dependencies (starlette, uvicorn): "
        "pip install 'anny[sandbox]'"
    ) from exc

from anny.sandbox.clock import Clock
from anny.sandbox.faults import ConnectionDropped, Fault, FaultSet
from anny.sandbox.seed import SeedError
from anny.sandbox.server import Sandbox

__all__ = ["Clock", "ConnectionDropped", "Fault", "FaultSet", "Sandbox", "SeedError"]
