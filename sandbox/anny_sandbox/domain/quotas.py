"""Per-customer booking quotas: the limit that fails a checkout with anny's real 400.

The recorded error (wiestju/anny-booking-automation pull request 7, reference §7.3) came from
``POST /api/v1/order`` when the customer had used up the per-timeslot booking quota: a
``400`` whose ``title`` is "Booking limit exceeded for <organization>" and whose ``code``
repeats the localized ``detail`` sentence, ``{name}`` placeholder unfilled. A service's
``quota_per_day`` (seed key) caps the bookings one customer holds of it per local day; held
(reserved) bookings in other carts count too, which is why the desk bots empty their cart
after a failure ("otherwise wait 15 minutes for the quota to come back").
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from zoneinfo import ZoneInfo

from anny_sandbox.errors import ApiError
from anny_sandbox.models import OCCUPYING_STATUSES, Booking, Order
from anny_sandbox.store import Store


def _day(store: Store, booking: Booking) -> date:
    resource = store.resources.get(booking.resource_id)
    zone = ZoneInfo(resource.timezone if resource else "UTC")
    return booking.start.astimezone(zone).date()


def check_booking_quota(store: Store, order: Order, customer_id: str) -> None:
    """Raise anny's booking-limit error if checking out ``order`` exceeds a quota."""
    wanted = Counter(
        (b.service_id, _day(store, b))
        for b in (store.bookings[i] for i in order.booking_ids if i in store.bookings)
        if b.status in OCCUPYING_STATUSES
    )
    for (service_id, day), count in wanted.items():
        service = store.services.get(service_id)
        if service is None or service.quota_per_day is None:
            continue
        held = sum(
            1
            for b in store.bookings.values()
            if b.customer_id == customer_id
            and b.order_id != order.id
            and b.service_id == service_id
            and b.status in OCCUPYING_STATUSES
            and _day(store, b) == day
        )
        if held + count > service.quota_per_day:
            organization = store.organizations.get(service.organization_id)
            raise ApiError(
                400,
                "booking_limit",
                organization=organization.name if organization else service.name,
            )
