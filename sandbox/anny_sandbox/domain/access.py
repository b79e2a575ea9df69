"""Who may see what: member-only resources, and a booking's cancellation ``code``.

A resource with ``viewing_requires_community`` is visible to members of one of its
communities. Requested anonymously, anny answered with an HTML "Forbidden" page rather than
JSON (tue-client tests, Addendum B5); a signed-in non-member gets the JSON:API 403.

A booking number is short and guessable, so it proves nothing: a booking's ``code`` (which
opens and cancels it) is shown only to a caller who proves access, and only such a caller may
cancel (Addendum C14).
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from anny_sandbox.models import Booking, Customer, Resource
from anny_sandbox.store import Store

FORBIDDEN_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Forbidden</title>'
    "</head><body><h1>403 Forbidden</h1><p>You are not allowed to access this page.</p>"
    "</body></html>"
)


def may_view(store: Store, customer: Customer | None, resource: Resource) -> bool:
    if not resource.viewing_requires_community:
        return True
    return store.is_member(customer, resource.community_ids)


def refuses_with_html(customer: Customer | None) -> bool:
    """The Forbidden page is what an anonymous caller gets; a token gets JSON:API."""
    return customer is None


def proves_booking_access(
    store: Store,
    customer: Customer | None,
    booking: Booking,
    *,
    codes: Iterable[str | None] = (),
    order_tokens: Iterable[str | None] = (),
) -> bool:
    """The owner's token, the booking's own code (``code`` or ``hash``), or the access token of
    the order it belongs to: the proofs that open a booking (Addendum C14)."""
    if customer is not None and booking.customer_id == customer.id:
        return True
    if any(_same(code, booking.code) for code in codes):
        return True
    order = store.orders.get(booking.order_id) if booking.order_id else None
    return order is not None and any(_same(oat, order.access_token) for oat in order_tokens)


def _same(given: str | None, secret: str | None) -> bool:
    # Constant time: the sandbox should not teach a client that timing leaks are fine.
    return bool(given and secret) and hmac.compare_digest(str(given), str(secret))
