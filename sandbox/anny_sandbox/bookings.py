"""Bookings: the customer's list, lookup by number, detail, cancellation preview and cancel."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from anny_sandbox.domain import cancellation
from anny_sandbox.domain.access import proves_booking_access
from anny_sandbox.errors import ApiError, bad_param, not_found
from anny_sandbox.models import Booking
from anny_sandbox.serializers import collection, document
from anny_sandbox.web import Ctx, iso_utc, plain

STATUSES = ("reserved", "requested", "accepted", "invited", "rejected", "canceled", "expired")
SORT_KEYS = ("start_date", "end_date", "created_at", "number")


def _can_access(ctx: Ctx, booking: Booking) -> bool:
    """Owner token, the booking ``code``, or the order access token open a booking (C14)."""
    return proves_booking_access(
        ctx.store, ctx.customer, booking, codes=(ctx.q("code"),), order_tokens=(ctx.q("oat"),)
    )


def _booking(ctx: Ctx) -> Booking:
    booking_id = ctx.path_params["booking_id"]
    booking = ctx.store.bookings.get(booking_id)
    if booking is None or booking.status == "expired":
        raise not_found("Booking", booking_id)
    if not _can_access(ctx, booking):
        if ctx.customer is None:
            raise ApiError(401, "unauthenticated", headers={"WWW-Authenticate": "Bearer"})
        raise not_found("Booking", booking_id)  # other customers' bookings do not exist
    return booking


def list_bookings(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    items = [
        b
        for b in ctx.store.bookings.values()
        if b.customer_id == customer.id and b.status not in ("expired",)
    ]
    status = ctx.q("filter[status]")
    if status is not None:
        wanted = set(status.split(","))
        items = [b for b in items if b.status in wanted]
    resources = ctx.q_list("filter[resources]")
    if resources:
        items = [
            b
            for b in items
            if b.resource_id in resources
            or (
                ctx.store.resources.get(b.resource_id)
                and (ctx.store.resources[b.resource_id].parent_id in resources)
            )
        ]
    search = ctx.q("filter[search]")
    if search:
        needle = search.lower()
        items = [b for b in items if needle in _haystack(ctx, b)]
    if ctx.q_bool("filter[upcoming_only]"):
        now = ctx.clock.now()
        items = [b for b in items if b.end > now]
    after = ctx.q_datetime("filter[start_date]")
    before = ctx.q_datetime("filter[end_date]")
    if after is not None:
        items = [b for b in items if b.end >= after]
    if before is not None:
        items = [b for b in items if b.start <= before]
    ctx.q_bool("filter[hide_blocker]")  # customers never see blockers
    email = ctx.q("filter[email]")
    if email:
        items = [b for b in items if customer.email.lower() == email.lower()]
    sort = ctx.q("sort") or "start_date"
    key = sort.lstrip("-")
    if key not in SORT_KEYS:
        sort, key = "start_date", "start_date"  # unknown sort fields are ignored

    def value(b: Booking) -> Any:
        return {"start_date": b.start, "end_date": b.end, "created_at": b.created_at}.get(
            key, b.number
        )

    items.sort(key=lambda b: (value(b), b.id), reverse=sort.startswith("-"))
    return collection(ctx, items)


def _haystack(ctx: Ctx, booking: Booking) -> str:
    resource = ctx.store.resources.get(booking.resource_id)
    service = ctx.store.services.get(booking.service_id)
    parts = [booking.number, booking.description or "", booking.customer_note or ""]
    parts += [resource.name if resource else "", service.name if service else ""]
    return " ".join(parts).lower()


def booking_by_number(ctx: Ctx) -> Response:
    number = ctx.q("number")
    if number is None:
        raise bad_param("number", "is required (BB…)")
    booking = ctx.store.booking_by_number(number)
    if booking is None or booking.status == "expired":
        raise not_found("Booking", number)
    hash_ = ctx.q("hash")
    if hash_ is not None and hash_ != booking.code:
        raise not_found("Booking", number)
    return document(ctx, booking)


def get_booking(ctx: Ctx) -> Response:
    return document(ctx, _booking(ctx))


def cancellation_terms(ctx: Ctx, booking: Booking) -> dict[str, Any]:
    """The preview body: the policy's verdict at the sandbox's now, datetimes as UTC text."""
    terms = cancellation.cancellation_terms(ctx.store, booking, ctx.clock.now())
    return {
        "booking_id": booking.id,
        "booking_number": booking.number,
        **terms,
        "cancelable_until": iso_utc(terms["cancelable_until"]),
        "tier_deadline": iso_utc(terms["tier_deadline"]),
        "currency": booking.currency,
    }


def cancellation_preview(ctx: Ctx) -> Response:
    return plain(cancellation_terms(ctx, _booking(ctx)))


def cancel_booking(ctx: Ctx) -> Response:
    """``GET …/cancel`` (a GET with side effects, as documented): frees the capacity."""
    booking = _booking(ctx)
    terms = cancellation_terms(ctx, booking)
    if booking.status == "canceled":
        raise ApiError(
            409,
            "not_cancelable",
            number=booking.number,
            reason={"en": "already canceled", "de": "bereits storniert"},
        )
    if not terms["cancelable"]:
        raise ApiError(
            422,
            "not_cancelable",
            number=booking.number,
            reason={"en": "the cancellation deadline has passed", "de": "die Frist ist vorbei"},
        )
    now = ctx.clock.now()
    booking.status = "canceled"
    booking.canceled_at = now
    booking.updated_at = now
    booking.refund_amount = terms["refund_amount"]
    notify_waitlist(ctx, booking)
    return document(ctx, booking)


def notify_waitlist(ctx: Ctx, booking: Booking) -> None:
    """Freed capacity notifies everyone waiting for an overlapping slot (booking stays manual)."""
    resource = ctx.store.resources.get(booking.resource_id)
    watched = {booking.resource_id, resource.parent_id if resource else None}
    for entry in ctx.store.waitlist.values():
        if (
            entry.status == "waiting"
            and entry.resource_id in watched
            and entry.start < booking.end
            and booking.start < entry.end
        ):
            entry.status = "notified"
            entry.notified_at = ctx.clock.now()
            customer = ctx.store.customers.get(entry.customer_id)
            if customer:
                ctx.store.send_mail(
                    customer.email,
                    "A slot became available",
                    f"{resource.name if resource else 'A resource'} is free again; book it now.",
                    waitlist_entry_id=entry.id,
                    kind="waitlist",
                )


ROUTES = [
    ("GET", "/api/v1/bookings", list_bookings),
    ("GET", "/api/v1/bookings/by-number", booking_by_number),
    ("GET", "/api/v1/bookings/{booking_id}", get_booking),
    ("GET", "/api/v1/bookings/{booking_id}/cancellation-preview", cancellation_preview),
    ("GET", "/api/v1/bookings/{booking_id}/cancel", cancel_booking),
]
