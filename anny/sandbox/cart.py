"""Cart, checkout and payment: draft orders addressed by ``oid`` + ``oat``.

A draft holds capacity (bookings ``reserved``) for 15 minutes from its creation; checkout turns
it into accepted/requested bookings, or — for online payment — into ``pending_payment`` with a
``meta.payment_url`` that points at the sandbox payment page.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from starlette.responses import HTMLResponse, RedirectResponse, Response

from anny.sandbox.domain import conflicts
from anny.sandbox.domain.pricing import price_of
from anny.sandbox.domain.quotas import check_booking_quota
from anny.sandbox.engine import check_bookable, check_duration
from anny.sandbox.errors import ApiError, ApiErrors, bad_param, invalid, not_found
from anny.sandbox.models import Booking, Customer, EmailVerification, Order, Resource, Service
from anny.sandbox.serializers import document, order_amounts, payment_flow
from anny.sandbox.web import Ctx, iso_utc, parse_datetime, plain

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


def checkout_form(ctx: Ctx) -> Response:
    order = order_from_query(ctx)
    customer = ctx.customer or ctx.store.customers.get(order.customer_id or "")
    defaults = {
        "given_name": customer.given_name if customer else None,
        "family_name": customer.family_name if customer else None,
        "email": customer.email if customer else None,
        "phone": customer.phone if customer else None,
        "company": customer.company if customer else None,
    }
    fields = [
        ("given_name", "text", True),
        ("family_name", "text", True),
        ("email", "email", True),
        ("phone", "tel", False),
        ("company", "text", False),
    ]
    return plain(
        {
            "default": {
                "customer": {k: v for k, v in defaults.items() if v is not None},
                "accept_terms": False,
                "payment_method": None,
            },
            "components": [
                {"key": f"customer.{name}", "type": kind, "required": required}
                for name, kind, required in fields
            ]
            + [{"key": "accept_terms", "type": "checkbox", "required": True}],
            "validations": {
                "customer.given_name": ["required", "string"],
                "customer.family_name": ["required", "string"],
                "customer.email": ["required", "email"],
                "accept_terms": ["accepted"],
            },
            "payment_methods": _payment_methods(ctx, order),
            "requires_payment": payment_flow(ctx, order) == "pay-online",
            "order": {"id": order.id, "number": order.number, "status": order.status},
        }
    )


def _payment_methods(ctx: Ctx, order: Order) -> list[str]:
    flow = payment_flow(ctx, order)
    return {"free": [], "pay-offline": ["invoice"], "pay-online": ["sandbox-card"]}.get(flow, [])


def _checkout_customer(ctx: Ctx, body: dict[str, Any]) -> dict[str, str]:
    errors: list[ApiError] = []
    raw = body.get("customer")
    if not isinstance(raw, dict):
        if ctx.customer is not None and raw is None:
            raw = {
                "given_name": ctx.customer.given_name,
                "family_name": ctx.customer.family_name,
                "email": ctx.customer.email,
            }
        else:
            raise invalid("/customer", "is required (given_name, family_name, email)")
    result: dict[str, str] = {}
    for name in ("given_name", "family_name", "email"):
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            errors.append(invalid(f"/customer/{name}", "is required"))
            continue
        result[name] = value.strip()
    if "email" in result and not EMAIL.match(result["email"]):
        errors.append(invalid("/customer/email", "must be a valid e-mail address"))
    if body.get("accept_terms") is not True:
        errors.append(invalid("/accept_terms", "the terms must be accepted"))
    for name in ("success_url", "cancel_url", "payment_method"):
        value = body.get(name)
        if value is not None and not isinstance(value, str):
            errors.append(invalid(f"/{name}", "must be a string"))
    meta = body.get("meta")
    if meta is not None and not isinstance(meta, dict):
        errors.append(invalid("/meta", "must be an object"))
    if errors:
        raise ApiErrors(errors)
    return result


def _guest(ctx: Ctx, order: Order, data: dict[str, str]) -> Customer:
    for customer in ctx.store.customers.values():
        if customer.email.lower() == data["email"].lower() and customer.is_guest:
            return customer
    guest = Customer(
        id=ctx.store.next_id("customer"),
        account_id=ctx.store.new_uuid(),
        user_id=ctx.store.next_id("user"),
        organization_id=order.organization_id,
        email=data["email"],
        given_name=data["given_name"],
        family_name=data["family_name"],
        is_guest=True,
        created_at=ctx.clock.now(),
    )
    ctx.store.customers[guest.id] = guest
    return guest


def confirm_bookings(ctx: Ctx, order: Order) -> None:
    """Turn held bookings into real ones: accepted, or requested when approval is needed."""
    now = ctx.clock.now()
    for booking_id in order.booking_ids:
        booking = ctx.store.bookings[booking_id]
        service = ctx.store.services[booking.service_id]
        booking.status = "accepted" if service.auto_accept_bookings else "requested"
        booking.customer_id = order.customer_id
        booking.updated_at = now
    statuses = {ctx.store.bookings[b].status for b in order.booking_ids}
    order.status = "requested" if "requested" in statuses else "accepted"
    order.expires_at = None
    order.updated_at = now
    customer = ctx.store.customers.get(order.customer_id or "")
    if customer is not None:
        ctx.store.send_mail(
            customer.email,
            f"Order {order.number} confirmed",
            f"Your order {order.number} with {len(order.booking_ids)} booking(s) is confirmed.",
            order_id=order.id,
            kind="order_confirmation",
        )


def submit_checkout(ctx: Ctx) -> Response:
    body = ctx.json_body()
    order = order_from_query(ctx)
    require_draft(order)
    data = _checkout_customer(ctx, body)
    if not order.booking_ids:
        raise ApiError(422, "empty_cart", pointer="/")
    customer = ctx.customer or _guest(ctx, order, data)
    check_booking_quota(ctx.store, order, customer.id)
    order.customer_id = customer.id
    order.payment_method = body.get("payment_method") or None
    order.success_url = body.get("success_url") or None
    order.cancel_url = body.get("cancel_url") or None
    meta = body.get("meta") or {}
    order.timezone = meta.get("timezone") if isinstance(meta.get("timezone"), str) else None
    flow = payment_flow(ctx, order)
    if flow == "pay-online":
        if not order.success_url:
            raise invalid("/success_url", "is required for orders paid online")
        order.status = "pending_payment"
        order.updated_at = ctx.clock.now()
        for booking_id in order.booking_ids:
            ctx.store.bookings[booking_id].customer_id = customer.id
    else:
        confirm_bookings(ctx, order)
    return document(ctx, order)


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


def apply_voucher(ctx: Ctx) -> Response:
    body = ctx.json_body()
    order = order_from_query(ctx)
    require_draft(order, status=422)
    code = body.get("code")
    if not isinstance(code, str) or not code.strip():
        raise invalid("/code", "is required")
    for voucher in ctx.store.vouchers.values():
        if (
            voucher.code == code.strip().upper()
            and voucher.active
            and voucher.organization_id == order.organization_id
        ):
            order.voucher_id = voucher.id
            order.updated_at = ctx.clock.now()
            return document(ctx, order)
    raise ApiError(422, "invalid_voucher", pointer="/code", voucher=code)


def remove_voucher(ctx: Ctx) -> Response:
    order = order_from_query(ctx)
    if order.status != "draft":
        return document(ctx, order)  # nothing to remove from a submitted order
    order.voucher_id = None
    order.updated_at = ctx.clock.now()
    return document(ctx, order)


def recommendations(ctx: Ctx) -> Response:
    """Other services of the cart's organization that the cart does not contain yet."""
    order = order_from_query(ctx)
    in_cart = {
        ctx.store.bookings[b].service_id for b in order.booking_ids if b in ctx.store.bookings
    }
    services = [
        s
        for s in ctx.store.services.values()
        if s.organization_id == order.organization_id
        and s.id not in in_cart
        and not s.hidden
        and not s.booking_requires_community
    ]
    services.sort(key=lambda s: (s.price, s.name))
    return document(ctx, services[:5])


def request_email_verification(ctx: Ctx) -> Response:
    body = ctx.json_body()
    order = order_from_query(ctx)
    require_draft(order, status=422)
    email = body.get("email")
    if not isinstance(email, str) or not EMAIL.match(email.strip()):
        raise invalid("/email", "must be a valid e-mail address")
    code = ctx.store.random_digits(6)
    expires = ctx.clock.now() + timedelta(minutes=10)
    ctx.store.verifications[order.id] = EmailVerification(order.id, email.strip(), code, expires)
    ctx.store.send_mail(
        email.strip(),
        "Your verification code",
        f"Your code is {code}. It is valid for 10 minutes.",
        order_id=order.id,
        code=code,
        kind="email_verification",
    )
    return plain({"sent": True, "email": email.strip(), "expires_at": iso_utc(expires)}, status=202)


def confirm_email_verification(ctx: Ctx) -> Response:
    body = ctx.json_body()
    order = order_from_query(ctx)
    require_draft(order, status=422)
    email, code = body.get("email"), body.get("code")
    errors = []
    if not isinstance(email, str) or not email.strip():
        errors.append(invalid("/email", "is required"))
    if not isinstance(code, str) or not code.strip():
        errors.append(invalid("/code", "is required"))
    if errors:
        raise ApiErrors(errors)
    assert isinstance(email, str)
    assert isinstance(code, str)
    pending = ctx.store.verifications.get(order.id)
    if (
        pending is None
        or pending.email.lower() != email.strip().lower()
        or pending.code != code.strip()
        or pending.expires_at <= ctx.clock.now()
    ):
        raise ApiError(422, "invalid_verification_code", pointer="/code")
    pending.verified = True
    order.guest_email_verified = True
    order.updated_at = ctx.clock.now()
    return document(ctx, order)


def last_succeeded(ctx: Ctx) -> Response:
    oids, oats = ctx.q_list("oids"), ctx.q_list("oats")
    orders = []
    # Pairs without a match are skipped, not rejected (the spec declares no 422 here).
    for oid, oat in zip(oids, oats, strict=False):
        order = ctx.store.orders.get(oid)
        if order and order.access_token == oat and order.status in ("accepted", "requested"):
            orders.append(order)
    return document(ctx, orders)


# ----------------------------------------------------------------------------- payment page
def payment_page(ctx: Ctx) -> Response:
    """The sandbox stand-in for the payment provider: two buttons, pay or cancel."""
    order = ctx.store.orders.get(ctx.path_params["order_id"])
    oat = ctx.q("oat") or ""
    if order is None or order.access_token != oat:
        return HTMLResponse("<h1>Unknown payment</h1>", status_code=404)
    amount = order_amounts(ctx, order)["total"]
    token = html.escape(oat)
    page = f"""<!doctype html>
<html><head><title>Sandbox payment {html.escape(order.number)}</title></head>
<body><h1>Pay order {html.escape(order.number)}</h1>
<p>Amount due: EUR {amount:.2f} (status: {html.escape(order.status)})</p>
<form method="post"><input type="hidden" name="oat" value="{token}">
<button name="action" value="pay">Pay</button>
<button name="action" value="cancel">Cancel</button></form></body></html>"""
    return HTMLResponse(page)


def payment_submit(ctx: Ctx) -> Response:
    """``pay`` completes the order and 303s to success_url; ``cancel`` reopens the draft."""
    form = {k: v[0] for k, v in parse_qs(ctx.body.decode("utf-8", "replace")).items()}
    oat = form.get("oat") or ctx.q("oat") or ""
    action = form.get("action") or ctx.q("action") or ""
    order = ctx.store.orders.get(ctx.path_params["order_id"])
    if order is None or order.access_token != oat:
        return HTMLResponse("<h1>Unknown payment</h1>", status_code=404)
    if order.status != "pending_payment":
        return HTMLResponse(f"<h1>Order is {html.escape(order.status)}</h1>", status_code=409)
    if action == "pay":
        order.paid_at = ctx.clock.now()
        confirm_bookings(ctx, order)
        target = order.success_url
    elif action == "cancel":
        order.status = "draft"  # back to the cart; the original 15-minute hold still applies
        order.updated_at = ctx.clock.now()
        target = order.cancel_url
    else:
        return HTMLResponse("<h1>Choose pay or cancel</h1>", status_code=400)
    if not target:
        return HTMLResponse(f"<h1>Payment {action}: no redirect URL</h1>")
    return RedirectResponse(target, status_code=303)


ROUTES = [
    ("POST", "/api/v1/order/bookings", add_to_cart),
    ("POST", "/api/v1/order/bookings/calculate", calculate),
    ("GET", "/api/v1/order/bookings/delete-all", empty_cart),
    ("GET", "/api/v1/order", get_cart),
    ("POST", "/api/v1/order", submit_checkout),
    ("GET", "/api/ui/checkout-form", checkout_form),
    ("POST", "/api/v1/bookings/instant", instant_booking),
    ("POST", "/api/v1/order/voucher", apply_voucher),
    ("DELETE", "/api/v1/order/voucher", remove_voucher),
    ("GET", "/api/v1/order/recommendations", recommendations),
    ("POST", "/api/v1/order/email-verification", request_email_verification),
    ("POST", "/api/v1/order/email-verification/confirm", confirm_email_verification),
    ("GET", "/api/v1/order/last-succeeded", last_succeeded),
]

SANDBOX_ROUTES = [
    ("GET", "/__sandbox/pay/{order_id}", payment_page),
    ("POST", "/__sandbox/pay/{order_id}", payment_submit),
]
