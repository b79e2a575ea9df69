"""The cart: draft orders addressed by ``oid`` + ``oat``, the quote, and emptying the cart.

A draft holds capacity (bookings ``reserved``) for 15 minutes from its creation. Checkout is in
:mod:`anny_sandbox.checkout`, instant booking in :mod:`anny_sandbox.instant`, the inferred cart
steps in :mod:`anny_sandbox.cart_extras`, the payment page in :mod:`anny_sandbox.payment`;
prices, quotas and how a taken slot is answered in :mod:`anny_sandbox.domain`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from starlette.responses import HTMLResponse, Response

from anny_sandbox.domain import conflicts
from anny_sandbox.domain.pricing import price_of
from anny_sandbox.engine import check_bookable, check_duration
from anny_sandbox.errors import ApiError, ApiErrors, bad_param, invalid, not_found
from anny_sandbox.models import Booking, Order, Resource, Service
from anny_sandbox.serializers import document
from anny_sandbox.web import Ctx, iso_utc, parse_datetime, plain

DRAFT_LIFETIME = timedelta(minutes=15)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
HOLDING_ORDER_STATUSES = ("draft", "pending_payment")


# ----------------------------------------------------------------------------- helpers
def order_from_query(ctx: Ctx, *, oid_param: str = "oid", oat_param: str = "oat") -> Order:
    oid, oat = ctx.q(oid_param), ctx.q(oat_param)
    if oid is None:
        raise bad_param(oid_param, "is required")
    if oat is None:
        raise bad_param(oat_param, "is required")
    order = ctx.store.orders.get(oid)
    if order is None:
        raise not_found("Order", oid)
    if order.access_token != oat:
        raise ApiError(403, "invalid_order_token", number=order.number)
    return order


def require_draft(order: Order, status: int = 409) -> None:
    """Refuse changes to anything but a live draft (``status``: what the operation declares)."""
    if order.status == "expired":
        raise ApiError(
            status, "order_expired", number=order.number, when=iso_utc(order.expires_at) or "?"
        )
    if order.status != "draft":
        raise ApiError(status, "order_not_editable", number=order.number, state=order.status)


def _string(body: dict[str, Any], name: str, errors: list[ApiError]) -> str | None:
    value = body.get(name)
    if value is None or value == "":
        errors.append(invalid(f"/{name}", "is required"))
        return None
    if not isinstance(value, str):
        errors.append(invalid(f"/{name}", "must be a string"))
        return None
    return value


def _services(body: dict[str, Any], errors: list[ApiError]) -> list[tuple[str, int]]:
    raw = body.get("service_id")
    if raw is None or raw == "" or raw == {}:
        errors.append(invalid("/service_id", "is required"))
        return []
    if isinstance(raw, bool):
        errors.append(invalid("/service_id", "must be an id or a map of id to quantity"))
        return []
    if isinstance(raw, (str, int)):
        return [(str(raw), 1)]
    if isinstance(raw, dict):
        result = []
        for key, qty in raw.items():
            if isinstance(qty, bool) or not isinstance(qty, int) or qty < 1:
                errors.append(invalid(f"/service_id/{key}", "quantity must be a positive integer"))
                continue
            result.append((str(key), qty))
        return result
    errors.append(invalid("/service_id", "must be an id or a map of id to quantity"))
    return []


def _resources(body: dict[str, Any], errors: list[ApiError]) -> list[str]:
    raw = body.get("resource_id")
    if raw is None or raw == "" or raw == []:
        errors.append(invalid("/resource_id", "is required"))
        return []
    items = raw if isinstance(raw, list) else [raw]
    refs = []
    for index, item in enumerate(items):
        if isinstance(item, bool) or not isinstance(item, (str, int)):
            pointer = f"/resource_id/{index}" if isinstance(raw, list) else "/resource_id"
            errors.append(invalid(pointer, "must be a resource id"))
            continue
        refs.append(str(item))
    return refs


def _optional_text(body: dict[str, Any], name: str, errors: list[ApiError]) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        errors.append(invalid(f"/{name}", "must be a string or null"))
        return None
    return value or None


def _times(
    body: dict[str, Any], tz: str, errors: list[ApiError]
) -> tuple[datetime | None, datetime | None]:
    parsed: list[datetime | None] = []
    for name in ("start_date", "end_date"):
        raw = _string(body, name, errors)
        if raw is None:
            parsed.append(None)
            continue
        try:
            parsed.append(parse_datetime(raw, tz))
        except ValueError:
            errors.append(invalid(f"/{name}", "must be an ISO-8601 date-time"))
            parsed.append(None)
    return parsed[0], parsed[1]


def _service(ctx: Ctx, ref: str, pointer: str) -> Service:
    """A referenced service; an unknown id is a 404 (the body itself is well-formed)."""
    service = ctx.store.services.get(ref) if ref.isdigit() else None  # ids only (B12)
    if service is None:
        raise not_found("Service", ref)
    return service


def _resource(ctx: Ctx, ref: str, pointer: str) -> Resource:
    resource = ctx.store.resource_by_id(ref)
    if resource is None:
        raise not_found("Resource", ref)
    return resource


def _pick_unit(
    ctx: Ctx,
    service: Service,
    resource: Resource,
    start: datetime,
    end: datetime,
    quantity: int,
) -> Resource:
    """A parent resource books its first free child; errors come from the first child."""
    if service.id not in {s.id for s in ctx.store.services_of(resource)}:
        raise invalid("/service_id", f"{resource.name} does not offer {service.name}")
    units = ctx.store.bookable_units(resource)
    first_error: ApiError | None = None
    for unit in units:
        try:
            check_bookable(ctx.store, service, unit, start, end, quantity, ctx.customer)
            return unit
        except ApiError as err:
            first_error = first_error or err
    assert first_error is not None
    raise first_error


def _new_order(ctx: Ctx, organization_id: str) -> Order:
    now = ctx.clock.now()
    return Order(
        id=ctx.store.next_id("order"),
        number=ctx.store.order_number(),
        access_token=ctx.store.random_token(40),
        organization_id=organization_id,
        status="draft",
        created_at=now,
        updated_at=now,
        expires_at=now + DRAFT_LIFETIME,
        customer_id=ctx.customer.id if ctx.customer else None,
    )


def _new_booking(
    ctx: Ctx,
    order: Order,
    service: Service,
    unit: Resource,
    start: datetime,
    end: datetime,
    quantity: int,
    *,
    status: str = "reserved",
    description: str | None = None,
    customer_note: str | None = None,
) -> Booking:
    now = ctx.clock.now()
    return Booking(
        id=ctx.store.next_id("booking"),
        number=ctx.store.booking_number(),
        code=ctx.store.random_token(16),
        order_id=order.id,
        resource_id=unit.id,
        service_id=service.id,
        customer_id=order.customer_id,
        start=start,
        end=end,
        status=status,
        quantity=quantity,
        subtotal=price_of(service, start, end, quantity),
        currency=service.currency,
        tax_rate=service.tax_rate,
        created_at=now,
        updated_at=now,
        description=description,
        customer_note=customer_note,
    )


def plan_bookings(
    ctx: Ctx, body: dict[str, Any]
) -> list[tuple[Service, Resource, datetime, datetime, int]]:
    """Validate a flat cart body and resolve (service, unit, start, end, quantity) tuples.

    Capacity is checked per planned booking *including* the ones planned before it, so a
    body asking twice for the last unit fails as a whole.
    """
    errors: list[ApiError] = []
    services = _services(body, errors)
    resource_refs = _resources(body, errors)
    first_tz = "Europe/Berlin"
    if resource_refs:
        candidate = ctx.store.resource_by_id(resource_refs[0])
        first_tz = candidate.timezone if candidate else first_tz
    start, end = _times(body, first_tz, errors)
    _optional_text(body, "description", errors)
    _optional_text(body, "customer_note", errors)
    if errors:
        raise ApiErrors(errors)
    assert start is not None
    assert end is not None
    if end <= start:
        raise invalid("/end_date", "must be after start_date")
    planned: list[tuple[Service, Resource, datetime, datetime, int]] = []
    for s_index, (service_ref, quantity) in enumerate(services):
        service = _service(ctx, service_ref, f"/service_id/{service_ref}" if s_index >= 0 else "")
        check_duration(service, start, end)
        for r_index, ref in enumerate(resource_refs):
            resource = _resource(ctx, ref, f"/resource_id/{r_index}")
            unit = _pick_unit_excluding(ctx, service, resource, start, end, quantity, planned)
            planned.append((service, unit, start, end, quantity))
    return planned


def _pick_unit_excluding(
    ctx: Ctx,
    service: Service,
    resource: Resource,
    start: datetime,
    end: datetime,
    quantity: int,
    planned: list[tuple[Service, Resource, datetime, datetime, int]],
) -> Resource:
    extra = sum(q for (_s, u, s, e, q) in planned if s < end and start < e and u.id == resource.id)
    if not extra and not any(u.parent_id == resource.id for (_s, u, _a, _b, _q) in planned):
        return _pick_unit(ctx, service, resource, start, end, quantity)
    # Rare path (the same unit twice in one body): check with the planned quantity added.
    return _pick_unit(ctx, service, resource, start, end, quantity + extra)


def _resource_refs(body: dict[str, Any]) -> list[Any]:
    refs = body.get("resource_id")
    return refs if isinstance(refs, list) else [refs]


def add_to_cart(ctx: Ctx) -> Response:
    body = ctx.json_body()
    existing: Order | None = None
    if ctx.q("oid") is not None or ctx.q("oat") is not None:
        existing = order_from_query(ctx)
        require_draft(existing)
    try:
        planned = plan_bookings(ctx, body)
    except ApiError as err:
        if err.code == "slot_unavailable" and any(
            conflicts.answers_with_page(ctx.store, ctx.store.resource_by_id(str(ref)))
            for ref in _resource_refs(body)
        ):
            return HTMLResponse(conflicts.SLOT_TAKEN_PAGE, status_code=200)
        raise
    org_ids = {service.organization_id for service, *_ in planned}
    if existing is not None and org_ids - {existing.organization_id}:
        raise invalid("/resource_id", "a cart can only hold bookings of one organization")
    order = existing or _new_order(ctx, next(iter(org_ids)))
    if existing is None:
        ctx.store.orders[order.id] = order
        ctx.store.record_created("order", order.id)
    if ctx.customer is not None and order.customer_id is None:
        order.customer_id = ctx.customer.id
    description = body.get("description") or None
    note = body.get("customer_note") or None
    for service, unit, start, end, quantity in planned:
        booking = _new_booking(
            ctx,
            order,
            service,
            unit,
            start,
            end,
            quantity,
            description=description,
            customer_note=note,
        )
        ctx.store.bookings[booking.id] = booking
        order.booking_ids.append(booking.id)
        ctx.store.record_created("booking", booking.id)
    order.updated_at = ctx.clock.now()
    return document(ctx, order, status=201 if existing is None else 200)


def calculate(ctx: Ctx) -> Response:
    body = ctx.json_body()
    check = ctx.q_bool("check_availability", False)
    errors: list[ApiError] = []
    services = _services(body, errors)
    resource_refs = _resources(body, errors)
    start, end = _times(body, "Europe/Berlin", errors)
    if "prevent_applying_default_quota" in body and not isinstance(
        body["prevent_applying_default_quota"], bool
    ):
        errors.append(invalid("/prevent_applying_default_quota", "must be a boolean"))
    if errors:
        raise ApiErrors(errors)
    assert start is not None
    assert end is not None
    items = []
    total = 0.0
    currency = "EUR"
    for service_ref, quantity in services:
        service = _service(ctx, service_ref, f"/service_id/{service_ref}")
        minutes = check_duration(service, start, end)
        for index, ref in enumerate(resource_refs):
            resource = _resource(ctx, ref, f"/resource_id/{index}")
            if check:
                _pick_unit(ctx, service, resource, start, end, quantity)
            amount = price_of(service, start, end, quantity)
            total += amount
            currency = service.currency
            items.append(
                {
                    "title": f"{resource.name} ({service.name})",
                    "quantity": quantity,
                    "duration": minutes,
                    "total": amount,
                    "currency": service.currency,
                }
            )
    return plain(
        {
            "start_date": iso_utc(start),
            "end_date": iso_utc(end),
            "charged_duration": int((end - start).total_seconds() // 60),
            "total": round(total, 2),
            "currency": currency,
            "price_hidden": False,
            "items": items,
        }
    )


def empty_cart(ctx: Ctx) -> Response:
    """``GET …/delete-all``: a GET with side effects, releasing every held booking at once."""
    order = order_from_query(ctx)
    if order.status == "expired":
        return document(ctx, order)  # the hold already lapsed: nothing left to release
    require_draft(order, status=403)
    now = ctx.clock.now()
    for booking_id in order.booking_ids:
        ctx.store.bookings.pop(booking_id, None)
    order.booking_ids.clear()
    order.voucher_id = None
    order.updated_at = now
    return document(ctx, order)


def get_cart(ctx: Ctx) -> Response:
    return document(ctx, order_from_query(ctx))


ROUTES = [
    ("POST", "/api/v1/order/bookings", add_to_cart),
    ("POST", "/api/v1/order/bookings/calculate", calculate),
    ("GET", "/api/v1/order/bookings/delete-all", empty_cart),
    ("GET", "/api/v1/order", get_cart),
]
