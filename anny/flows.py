"""The flow kit: write your own helper once, run it on :class:`~anny.Anny` and
:class:`~anny.AsyncAnny` with the same retries, errors, rate limits and read-back rules.

A helper is a generator of :class:`RequestPlan` steps (a :data:`Flow`); ``client.run(flow)``
runs it on either client::

    from anny.flows import Flow, RequestPlan, perform, validate_booking_number

    def booking_status(number: str) -> Flow[str]:
        validate_booking_number(number)                 # bad input fails before anything is sent
        plan = RequestPlan("GET", f"/api/v1/bookings/{number}")
        doc = yield from perform(plan)
        return str(doc.data.status)

    client.run(booking_status("BB81592797"))            # await aclient.run(...) on AsyncAnny

A flow may also yield a :class:`Batch` (several plans at once; concurrent on ``AsyncAnny``)
or a :class:`Sleep` (a pause the client's clock decides, so tests never sleep).
:func:`build_query` builds JSON:API query strings, :func:`path_segment` and the ``validate_*``
functions check what goes into a path; :class:`Operation` describes a spec operation and
:class:`Context` is what the built-in helpers read (look-up cache, clock).
"""

from typing import TYPE_CHECKING

from anny._exports import lazy_exports

if TYPE_CHECKING:
    from anny._binding import Context
    from anny._flow import Batch, Flow, perform
    from anny._ids import (
        path_segment,
        validate_booking_number,
        validate_id,
        validate_order_number,
        validate_slug,
    )
    from anny._operations import Operation
    from anny._plan import RequestPlan
    from anny._plan_flow import Sleep
    from anny._query import build_query

_LAZY = {
    "Batch": "anny._flow",
    "Context": "anny._binding",
    "Flow": "anny._flow",
    "Operation": "anny._operations",
    "RequestPlan": "anny._plan",
    "Sleep": "anny._plan_flow",
    "build_query": "anny._query",
    "path_segment": "anny._ids",
    "perform": "anny._flow",
    "validate_booking_number": "anny._ids",
    "validate_id": "anny._ids",
    "validate_order_number": "anny._ids",
    "validate_slug": "anny._ids",
}

__all__ = [
    "Batch",
    "Context",
    "Flow",
    "Operation",
    "RequestPlan",
    "Sleep",
    "build_query",
    "path_segment",
    "perform",
    "validate_booking_number",
    "validate_id",
    "validate_order_number",
    "validate_slug",
]

__getattr__, __dir__ = lazy_exports(__name__, globals(), _LAZY, __all__)
