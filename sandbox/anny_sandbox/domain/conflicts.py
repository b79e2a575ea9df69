"""How anny answers an add-to-cart for a slot that is already taken.

Normally a non-2xx JSON:API error (the sandbox: 409 ``slot_unavailable``). One desk-booking
automation got the "timeslot already taken" answer as an HTML page with status **200** instead
(wiestju/anny-booking-automation commit ad8db99, reference §7.2), and now treats any non-JSON
body as a failure. Resources seeded with ``slot_taken_page`` (or children of one) answer so.
"""

from __future__ import annotations

from anny_sandbox.models import Resource
from anny_sandbox.store import Store

SLOT_TAKEN_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    "<title>Booking not possible</title></head><body><h1>This timeslot is already taken.</h1>"
    "<p>Please choose another time.</p></body></html>"
)


def answers_with_page(store: Store, resource: Resource | None) -> bool:
    """Whether a taken slot of ``resource`` is answered with the HTML page (status 200)."""
    while resource is not None:
        if resource.slot_taken_page:
            return True
        resource = store.resources.get(resource.parent_id or "")
    return False
