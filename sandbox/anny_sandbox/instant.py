"""Instant booking: one call without the cart, for services that support it."""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.cart import (
    _new_booking,
    _new_order,
    _pick_unit,
    _times,
)
from anny_sandbox.checkout import confirm_bookings
from anny_sandbox.domain.pricing import price_of
from anny_sandbox.errors import ApiError, ApiErrors, invalid
from anny_sandbox.serializers import document
from anny_sandbox.web import Ctx


def instant_booking(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    body = ctx.json_body()
    errors: list[ApiError] = []
    service_ref = body.get("service_id")
    if isinstance(service_ref, dict) and len(service_ref) == 1:
        service_ref = next(iter(service_ref))
    if isinstance(service_ref, bool) or not isinstance(service_ref, (str, int)):
        errors.append(invalid("/service_id", "is required (a service id)"))
    resource_ref = body.get("resource_id")
    if isinstance(resource_ref, list) and len(resource_ref) == 1:
        resource_ref = resource_ref[0]
    if isinstance(resource_ref, bool) or not isinstance(resource_ref, (str, int)):
        errors.append(invalid("/resource_id", "is required (a resource id)"))
    start, end = _times(body, "Europe/Berlin", errors)
    if errors:
        raise ApiErrors(errors)
    assert start is not None
    assert end is not None
    # Unknown ids are 422 here: the spec declares no 404 for instant bookings.
    service = ctx.store.services.get(str(service_ref)) if str(service_ref).isdigit() else None
    if service is None:
        raise invalid("/service_id", f"unknown service {service_ref!r}")
    resource = ctx.store.resource_by_id(str(resource_ref))
    if resource is None:
        raise invalid("/resource_id", f"unknown resource {resource_ref!r}")
    if not service.supports_instant_booking:
        raise invalid("/service_id", f"{service.name} does not support instant booking")
    if end <= start:
        raise invalid("/end_date", "must be after start_date")
    unit = _pick_unit(ctx, service, resource, start, end, 1)
    if price_of(service, start, end, 1) > 0:
        raise invalid("/service_id", "paid services must go through the cart and checkout")
    order = _new_order(ctx, service.organization_id)
    order.customer_id = customer.id
    ctx.store.orders[order.id] = order
    ctx.store.record_created("order", order.id)
    booking = _new_booking(ctx, order, service, unit, start, end, 1)
    ctx.store.bookings[booking.id] = booking
    order.booking_ids.append(booking.id)
    ctx.store.record_created("booking", booking.id)
    confirm_bookings(ctx, order)
    return document(ctx, booking, status=201)


ROUTES = [
    ("POST", "/api/v1/bookings/instant", instant_booking),
]
