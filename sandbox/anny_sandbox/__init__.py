"""A stateful local server that behaves like the anny.co Customer API.

Its own distribution, ``anny-sandbox`` (``pip install anny-sandbox``, or ``pip install
'anny-client[sandbox]'`` with the client); it imports nothing from the client, so it can play
anny's server for a client in any language. It also carries a pytest plugin for testing apps
built on the client (:mod:`anny_sandbox.pytest_plugin`).

Python::

    from anny_sandbox import Sandbox
    with Sandbox() as sb:                      # real HTTP on 127.0.0.1, free port
        token = sb.issue_token("erika.mustermann@example.com")["access_token"]
        sb.faults.add("drop_after", "/api/v1/order", method="POST")
        sb.advance(minutes=15)                 # drafts expire, tokens age
        sb.ledger()                            # orders/bookings created per request

Command line: ``anny-sandbox --port 8080 [--seed seed.yaml] [--host 127.0.0.1]`` (also
``python -m anny_sandbox …``, and ``anny sandbox …`` where the client is installed).

Default seed (``anny_sandbox/data/default_seed.json``): organization ``acme-gmbh`` (1001);
resources ``conference-room-berlin`` (8001), ``open-space-desks`` (8002, children ``desk-01``
… ``desk-04`` = 8003-8006), ``meeting-room-alex`` (8020), member-only ``members-lounge``
(8030); services ``hourly-desk-booking`` (7001, free), ``meeting-room-hourly`` (7002, EUR 25/h,
paid online), ``desk-booking`` (7003), ``lounge-access`` (7004, members only),
``coaching-session`` (7005, EUR 80, needs approval); customers
``erika.mustermann@example.com`` (member of ``acme-members``) and ``max.power@example.com``.

anny's documented rate limits are enforced by default (:mod:`anny_sandbox.limits`): 150 reads
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

from anny_sandbox._version import __version__
from anny_sandbox.clock import Clock
from anny_sandbox.faults import ConnectionDropped, Fault, FaultSet
from anny_sandbox.seed import SeedError
from anny_sandbox.server import Sandbox

__all__ = [
    "Clock",
    "ConnectionDropped",
    "Fault",
    "FaultSet",
    "Sandbox",
    "SeedError",
    "__version__",
]
