"""Checkout: the checkout form, submitting the cart, and the orders that just succeeded.

Submitting turns the draft's held bookings into accepted/requested ones, or, for online
payment, into ``pending_payment`` with a ``meta.payment_url`` to the sandbox payment page
(:mod:`anny_sandbox.payment`). The booking quotas are checked here (domain.quotas).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from anny_sandbox.cart import (
    EMAIL,
    order_from_query,
    require_draft,
)
from anny_sandbox.domain.quotas import check_booking_quota
from anny_sandbox.errors import ApiError, ApiErrors, invalid
from anny_sandbox.models import Customer, Order
from anny_sandbox.serializers import document, payment_flow
from anny_sandbox.web import Ctx, plain


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
        # The guest's own way back to a booking: its number with its code (a "manage booking"
        # link). A number alone opens nothing (C14), so the code travels only to the guest.
        booked = [ctx.store.bookings[b] for b in order.booking_ids]
        codes = {b.number: b.code for b in booked}
        ctx.store.send_mail(
            customer.email,
            f"Order {order.number} confirmed",
            f"Your order {order.number} with {len(order.booking_ids)} booking(s) is confirmed.",
            order_id=order.id,
            kind="order_confirmation",
            booking_codes=codes,
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


ROUTES = [
    ("GET", "/api/ui/checkout-form", checkout_form),
    ("POST", "/api/v1/order", submit_checkout),
    ("GET", "/api/v1/order/last-succeeded", last_succeeded),
]
