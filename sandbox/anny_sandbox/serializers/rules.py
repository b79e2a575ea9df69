"""How every stored entity looks on the wire: one :class:`~.documents.TypeDef` per type
(attributes, relationships, meta, self link), and the derived values the API computes (order
totals, payment flow, cancellation deadline, pass status, queue position)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from anny_sandbox.domain import cancellation, pricing
from anny_sandbox.domain.access import proves_booking_access
from anny_sandbox.domain.pricing import price_of
from anny_sandbox.models import (
    Booking,
    CancellationPolicy,
    Community,
    Customer,
    Membership,
    Order,
    Organization,
    Pass,
    Plan,
    PlanSubscription,
    QueueTicket,
    Resource,
    Service,
    Voucher,
    WaitlistEntry,
)
from anny_sandbox.serializers.documents import TypeDef, register
from anny_sandbox.serializers.entities import Address, Category, CustomerAccount, User
from anny_sandbox.web import Ctx, iso_local, iso_utc


# ----------------------------------------------------------------------------- helpers
def category_id(name: str) -> str:
    return str(600 + sum(ord(c) for c in name) % 300)


def order_amounts(ctx: Ctx, order: Order) -> dict[str, float]:
    """The order's totals (:func:`anny_sandbox.domain.pricing.order_amounts`)."""
    return pricing.order_amounts(ctx.store, order)


def payment_flow(ctx: Ctx, order: Order) -> str:
    """How the order is paid (:func:`anny_sandbox.domain.pricing.payment_flow`)."""
    return pricing.payment_flow(ctx.store, order)


def cancelable_until(ctx: Ctx, booking: Booking) -> str | None:
    """The booking's last cancellation deadline (the cancellation policy's one rule)."""
    return iso_utc(cancellation.cancelable_until(ctx.store, booking))


def order_items(ctx: Ctx, order: Order) -> list[dict[str, Any]]:
    items = []
    for booking_id in order.booking_ids:
        booking = ctx.store.bookings.get(booking_id)
        if booking is None or booking.status == "expired":
            continue
        resource = ctx.store.resources.get(booking.resource_id)
        service = ctx.store.services.get(booking.service_id)
        tz = resource.timezone if resource else "UTC"
        parent = ctx.store.resources.get(resource.parent_id or "") if resource else None
        label = (
            f"{parent.name} ({resource.name})"
            if parent and resource
            else (resource.name if resource else "?")
        )
        start_local = iso_local(booking.start, tz)
        end_local = iso_local(booking.end, tz)
        title = (
            f"{label} ({service.name if service else '?'}): "
            f"{start_local[8:10]}/{start_local[5:7]}/{start_local[:4]} "
            f"{start_local[11:16]} - {end_local[11:16]} "
            f"({booking.start.astimezone(ZoneInfo(tz)).strftime('%Z')})"
        )
        net = round(booking.subtotal / (1 + booking.tax_rate / 100), 2)
        items.append(
            {
                "title": title,
                "quantity": booking.quantity,
                "single_net_amount": round(net / booking.quantity, 2),
                "net_amount": net,
                "total": booking.subtotal,
                "tax_rate": booking.tax_rate,
                "booking_id": booking.id,
            }
        )
    return items


# ----------------------------------------------------------------------------- types
def _org_attrs(ctx: Ctx, o: Organization) -> dict[str, Any]:
    return {
        "name": o.name,
        "slug": o.slug,
        "description": o.description,
        "timezone": o.timezone,
        "currency": o.currency,
        "locale": "de",
        "address_line": o.address_line,
        "created_at": iso_utc(o.created_at),
    }


register(
    Organization,
    TypeDef(
        "organizations",
        lambda o: f"/api/v1/organizations/{o.slug}",
        _org_attrs,
        {
            "resources": lambda ctx, o: [
                r
                for r in ctx.store.resources.values()
                if r.organization_id == o.id and r.parent_id is None and not r.hidden
            ],
            "communities": lambda ctx, o: [
                c for c in ctx.store.communities.values() if c.organization_id == o.id
            ],
            "address": lambda ctx, o: (
                Address(f"a{o.id}", o.address_line) if o.address_line else None
            ),
        },
    ),
)


def _resource_attrs(ctx: Ctx, r: Resource) -> dict[str, Any]:
    children = ctx.store.children_of(r)
    return {
        "slug": r.slug,
        "name": r.name,
        "description": r.description,
        "plain_description": r.description,
        "timezone": r.timezone,
        "quantity": sum(c.quantity for c in children) if children else r.quantity,
        "max_booking_quantity": r.quantity,
        "has_children": bool(children),
        "bookings_enabled": True,
        "auto_accept_bookings": True,
        "booking_requires_community": r.booking_requires_community,
        "viewing_requires_community": r.viewing_requires_community,
        "hidden": r.hidden,
        "is_online": False,
        "settings": {
            "checkout": {
                "customerCanPickChildren": bool(children),
                "requiresLogin": r.booking_requires_community,
                "verifyGuestEmail": False,
            },
            "waitlist": {"enabled": r.waitlist_enabled, "backoff": 0},
        },
    }


def _resource_meta(ctx: Ctx, r: Resource) -> dict[str, Any]:
    communities = r.community_ids
    member = ctx.store.is_member(ctx.customer, communities)
    return {
        "parent_id": r.parent_id,
        "services_count": len(ctx.store.services_of(r)),
        "viewing_restricted": r.viewing_requires_community and not member,
        "booking_restricted": r.booking_requires_community and not member,
        "client_url": f"https://anny.co/b/book/{r.slug}",
    }


register(
    Resource,
    TypeDef(
        "resources",
        lambda r: f"/api/v1/resources/{r.slug}",
        _resource_attrs,
        {
            "organization": lambda ctx, r: ctx.store.organizations.get(r.organization_id),
            "parent": lambda ctx, r: ctx.store.resources.get(r.parent_id or ""),
            "children": lambda ctx, r: ctx.store.children_of(r),
            "services": lambda ctx, r: ctx.store.services_of(r),
            "communities": lambda ctx, r: [
                ctx.store.communities[c] for c in r.community_ids if c in ctx.store.communities
            ],
            "all_communities": lambda ctx, r: [
                ctx.store.communities[c]
                for c in (
                    r.community_ids
                    + (ctx.store.resources[r.parent_id].community_ids if r.parent_id else [])
                )
                if c in ctx.store.communities
            ],
            "location": lambda ctx, r: (
                Address(f"r{r.id}", r.address_line) if r.address_line else None
            ),
            "category": lambda ctx, r: (
                Category(category_id(r.category), r.category) if r.category else None
            ),
            "cover_image": lambda ctx, r: None,
        },
        _resource_meta,
    ),
)


_UNIT_DE = {"hour": "Stunde", "booking": "Buchung"}


def _service_attrs(ctx: Ctx, s: Service) -> dict[str, Any]:
    unit = "per hour" if s.price_unit == "hour" else "per booking"
    return {
        "name": s.name,
        "slug": s.slug,
        "description": s.description,
        "currency": s.currency,
        "price": s.price,
        "unit": s.price_unit,
        "price_label": "free" if s.is_free else f"{s.currency} {s.price:.2f} {unit}",
        "price_label_i18n": {
            "en": "free" if s.is_free else f"{s.currency} {s.price:.2f} {unit}",
            "de": "kostenlos"
            if s.is_free
            else f"{s.price:.2f} {s.currency} pro {_UNIT_DE.get(s.price_unit, 'Buchung')}",
        },
        "tax_rate": s.tax_rate,
        "is_net_price": False,
        "price_hidden": False,
        "min_duration": s.min_duration,
        "max_duration": s.max_duration,
        "default_duration": s.default_duration,
        "booking_interval": s.booking_interval,
        "calculation_interval": s.booking_interval,
        "lead_time": s.lead_time,
        "advance_booking_period": s.advance_booking_period * 24 * 60,  # minutes, as in the spec
        "has_flexible_duration": s.min_duration != s.max_duration,
        "is_full_day": False,
        "auto_accept_bookings": s.auto_accept_bookings,
        "booking_requires_community": s.booking_requires_community,
        "hidden": s.hidden,
        "public_settings": {"payment": {"flow": s.payment_flow}},
    }


def _price_preview(ctx: Ctx, s: Service) -> str:
    now = ctx.clock.now()
    amount = price_of(s, now, now + timedelta(minutes=s.default_duration), 1)
    return "free" if amount == 0 else f"{s.currency} {amount:.2f}"


def _service_meta(ctx: Ctx, s: Service) -> dict[str, Any]:
    return {
        "supports_instant_booking": s.supports_instant_booking,
        "duration_preview": f"{s.default_duration} min",
        "price_preview": _price_preview(ctx, s),
        "has_add_ons": False,
        "has_custom_forms": False,
        "resource_count": len([r for r in ctx.store.resources.values() if s.id in r.service_ids]),
    }


register(
    Service,
    TypeDef(
        "services",
        lambda s: f"/api/v1/services/{s.id}",
        _service_attrs,
        {
            "organization": lambda ctx, s: ctx.store.organizations.get(s.organization_id),
            "cancellation_policy": lambda ctx, s: ctx.store.policies.get(
                s.cancellation_policy_id or ""
            ),
            "resources": lambda ctx, s: [
                r for r in ctx.store.resources.values() if s.id in r.service_ids
            ],
        },
        _service_meta,
    ),
)

register(
    CancellationPolicy,
    TypeDef(
        "cancellation-policies",
        None,
        lambda ctx, p: {
            "name": p.name,
            "tiers": [
                {"hours_before": t.hours_before, "fee_percentage": t.fee_percentage}
                for t in p.tiers
            ],
        },
        {},
    ),
)

register(Address, TypeDef("addresses", None, lambda ctx, a: {"address_line": a.address_line}, {}))
register(Category, TypeDef("resource-categories", None, lambda ctx, c: {"name": c.name}, {}))


def _own_community_accounts(ctx: Ctx, c: Community) -> list[Membership]:
    """The caller's own community accounts in ``c`` (none anonymously): the relation anny's
    tools read a membership back through (reference Addendum B7)."""
    if ctx.customer is None:
        return []
    return [
        m
        for m in ctx.store.memberships.values()
        if m.customer_id == ctx.customer.id
        and m.community_id == c.id
        and m.status in ("accepted", "pending")
    ]


register(
    Community,
    TypeDef(
        "communities",
        lambda c: f"/api/v1/communities/{c.id}",
        # Only the documented attributes (reference Addendum C7).
        lambda ctx, c: {
            "name": c.name,
            "slug": c.slug,
            "is_private": c.is_private,
            "allow_customer_requests": c.allow_customer_requests,
            "auto_join_enabled": c.auto_join_enabled,
            "include_all_services": c.include_all_services,
            "welcome_text": c.welcome_text,
        },
        {
            "organization": lambda ctx, c: ctx.store.organizations.get(c.organization_id),
            "community_accounts": _own_community_accounts,
        },
    ),
)

register(
    Membership,
    TypeDef(
        "community-accounts",
        None,
        lambda ctx, m: {
            "status": m.status,
            "role": m.role,
            "start_date": iso_utc(m.start_date),
            "end_date": iso_utc(m.end_date),
        },
        {
            "community": lambda ctx, m: ctx.store.communities.get(m.community_id),
            "customer": lambda ctx, m: ctx.store.customers.get(m.customer_id),
        },
    ),
)


def _customer_attrs(ctx: Ctx, c: Customer) -> dict[str, Any]:
    return {
        "uuid": c.account_id,
        "number": c.id,
        "title": c.title,
        "given_name": c.given_name,
        "family_name": c.family_name,
        "full_name": c.full_name,
        "email": c.email,
        "locale": c.locale,
        "phone": c.phone,
        "mobile": c.mobile,
        "company": c.company,
        "sex": c.sex,
        "birth_date": c.birth_date,
        "created_at": iso_utc(c.created_at),
    }


register(
    Customer,
    TypeDef(
        "customers",
        None,
        _customer_attrs,
        {"organization": lambda ctx, c: ctx.store.organizations.get(c.organization_id)},
    ),
)

register(
    User,
    TypeDef(
        "users",
        lambda u: "/api/v1/user",
        lambda ctx, u: {
            "name": u.customer.full_name,
            "given_name": u.customer.given_name,
            "family_name": u.customer.family_name,
            "email": u.customer.email,
            "locale": u.customer.locale,
            "created_at": iso_utc(u.customer.created_at),
        },
        {
            "customer_accounts": lambda ctx, u: [CustomerAccount(u.customer)],
            "active_organization": lambda ctx, u: None,
        },
    ),
)

register(
    CustomerAccount,
    TypeDef(
        "customer-accounts",
        None,
        lambda ctx, a: {
            "email": a.customer.email,
            "given_name": a.customer.given_name,
            "family_name": a.customer.family_name,
            "locale": a.customer.locale,
            "created_at": iso_utc(a.customer.created_at),
        },
        {
            "customers": lambda ctx, a: [
                c
                for c in ctx.store.customers.values()
                if c.account_id == a.customer.account_id and not c.is_guest
            ],
        },
    ),
)


def shows_code(ctx: Ctx, b: Booking) -> bool:
    """Whether this request proved access to ``b``, so its ``code`` may be shown (C14).

    The proofs are the owner's token, the code itself (``code``, or ``hash`` on by-number) and
    the order's access token (``oat``; ``oats`` on the last-succeeded orders). A booking number
    alone is no proof: an anonymous by-number lookup gets the booking without its code.
    """
    return proves_booking_access(
        ctx.store,
        ctx.customer,
        b,
        codes=(ctx.q("code"), ctx.q("hash")),
        order_tokens=(ctx.q("oat"), *ctx.q_list("oats")),
    )


def _booking_attrs(ctx: Ctx, b: Booking) -> dict[str, Any]:
    paid = b.subtotal if b.status != "reserved" else 0.0
    return {
        "number": b.number,
        # Left out, not null, without proof: anny's documented example always has a string.
        **({"code": b.code} if shows_code(ctx, b) else {}),
        "status": b.status,
        "start_date": iso_utc(b.start),
        "end_date": iso_utc(b.end),
        "created_at": iso_utc(b.created_at),
        "updated_at": iso_utc(b.updated_at),
        "canceled_at": iso_utc(b.canceled_at),
        "currency": b.currency,
        "total": b.subtotal,
        "subtotal": b.subtotal,
        "charged_total": paid,
        "starting_fee": 0.0,
        "tax_rate": b.tax_rate,
        "weight": b.quantity,
        "charged_duration": int((b.end - b.start).total_seconds() // 60),
        "description": b.description,
        "customer_note": b.customer_note,
        "is_blocker": False,
        "is_series": False,
        "is_sub_booking": False,
        "price_hidden": False,
        "can_edit": False,
    }


def _booking_meta(ctx: Ctx, b: Booking) -> dict[str, Any]:
    return {
        "is_anonymous": b.customer_id is None
        or (b.customer_id in ctx.store.customers and ctx.store.customers[b.customer_id].is_guest),
        "cancelable_until": cancelable_until(ctx, b),
        "booking_group_identifier": (
            f"resource:{b.resource_id}-service:{b.service_id}-"
            f"startDate:{iso_utc(b.start)}-endDate:{iso_utc(b.end)}-"
        ),
        "has_personalization": False,
    }


register(
    Booking,
    TypeDef(
        "bookings",
        lambda b: f"/api/v1/bookings/{b.id}",
        _booking_attrs,
        {
            "resource": lambda ctx, b: ctx.store.resources.get(b.resource_id),
            "service": lambda ctx, b: ctx.store.services.get(b.service_id),
            "customer": lambda ctx, b: ctx.store.customers.get(b.customer_id or ""),
            "order": lambda ctx, b: ctx.store.orders.get(b.order_id),
            "cancellation_policy": lambda ctx, b: (
                ctx.store.policies.get(
                    ctx.store.services[b.service_id].cancellation_policy_id or ""
                )
                if b.service_id in ctx.store.services
                else None
            ),
            "sub_bookings": lambda ctx, b: [],
        },
        _booking_meta,
    ),
)


def _order_attrs(ctx: Ctx, o: Order) -> dict[str, Any]:
    amounts = order_amounts(ctx, o)
    bookings = [ctx.store.bookings[b] for b in o.booking_ids if b in ctx.store.bookings]
    live = [b for b in bookings if b.status not in ("expired",)]
    return {
        "number": o.number,
        "status": o.status,
        "currency": ctx.store.organizations[o.organization_id].currency
        if o.organization_id in ctx.store.organizations
        else "EUR",
        "total": amounts["total"],
        "net_amount": amounts["net_amount"],
        "tax_amount": amounts["tax_amount"],
        "discount_amount": amounts["discount_amount"],
        "modification_total": 0.0,
        "system_fee": 0.0,
        "access_token": o.access_token,
        "expires_at": iso_utc(o.expires_at),
        "start_date": iso_utc(min(b.start for b in live)) if live else None,
        "end_date": iso_utc(max(b.end for b in live)) if live else None,
        "created_at": iso_utc(o.created_at),
        "updated_at": iso_utc(o.updated_at),
        "note": None,
        "custom_entry_map": {},
        "has_payment": o.paid_at is not None,
        "manually_created": False,
    }


def _order_meta(ctx: Ctx, o: Order) -> dict[str, Any]:
    voucher = ctx.store.vouchers.get(o.voucher_id or "")
    flow = payment_flow(ctx, o)
    meta: dict[str, Any] = {
        "download_url": ctx.url(
            f"/downloads/order-confirmation/{o.id}", {"access_token": o.access_token}
        )
        if o.status in ("accepted", "requested", "pending_payment")
        else None,
        "voucher_code": voucher.code if voucher else None,
        "is_base_order": True,
        "payment_flow": flow,
        "pay_now_amount": pricing.pay_now_amount(ctx.store, o),
        "items": order_items(ctx, o),
        "guest_email_verified": o.guest_email_verified,
    }
    if o.status == "pending_payment":
        meta["payment_url"] = ctx.url(f"/__sandbox/pay/{o.id}", {"oat": o.access_token})
    return meta


register(
    Order,
    TypeDef(
        "orders",
        lambda o: f"/api/v1/orders/{o.id}",
        _order_attrs,
        {
            "bookings": lambda ctx, o: [
                ctx.store.bookings[b]
                for b in o.booking_ids
                if b in ctx.store.bookings and ctx.store.bookings[b].status != "expired"
            ],
            "customer": lambda ctx, o: ctx.store.customers.get(o.customer_id or ""),
            "voucher": lambda ctx, o: ctx.store.vouchers.get(o.voucher_id or ""),
            "organization": lambda ctx, o: ctx.store.organizations.get(o.organization_id),
            "sub_orders": lambda ctx, o: [],
        },
        _order_meta,
    ),
)

register(
    Voucher,
    TypeDef(
        "vouchers",
        None,
        lambda ctx, v: {"code": v.code, "discount_type": v.discount_type, "value": v.value},
        {},
    ),
)

register(
    Plan,
    TypeDef(
        "plans",
        lambda p: f"/api/v1/plans/{p.slug}",
        lambda ctx, p: {
            "name": p.name,
            "slug": p.slug,
            "description": p.description,
            "price": p.price,
            "currency": p.currency,
            "billing_period": p.billing_interval,
            "requires_confirmation": p.requires_confirmation,
            "auto_renew": True,
            "is_free": p.price == 0,
        },
        {
            "organization": lambda ctx, p: ctx.store.organizations.get(p.organization_id),
            "community": lambda ctx, p: ctx.store.communities.get(p.community_id or ""),
        },
    ),
)

register(
    PlanSubscription,
    TypeDef(
        "plan-subscriptions",
        lambda s: f"/api/v1/plan-subscriptions/{s.id}",
        lambda ctx, s: {
            "status": s.status,
            "start_date": iso_utc(s.start_date),
            "end_date": iso_utc(s.end_date),
            "renews_at": iso_utc(s.end_date) if s.status == "active" else None,
            "created_at": iso_utc(s.created_at),
            "canceled_at": iso_utc(s.canceled_at),
            "payment_method": s.payment_method,
        },
        {
            "plan": lambda ctx, s: ctx.store.plans.get(s.plan_id),
            "customer": lambda ctx, s: ctx.store.customers.get(s.customer_id),
        },
    ),
)

register(
    Pass,
    TypeDef(
        "passes",
        lambda p: f"/api/v1/passes/{p.id}",
        lambda ctx, p: {
            "name": p.name,
            "number": f"P-{p.id}",
            "status": pass_status(ctx, p),
            "quota_type": p.quota_type,
            "total": p.total,
            "remaining": p.remaining,
            "currency": p.currency,
            "recurrence": p.recurrence,
            "source": p.source,
            "valid_from": iso_utc(p.valid_from),
            "valid_until": iso_utc(p.valid_until),
        },
        {
            "customer": lambda ctx, p: ctx.store.customers.get(p.customer_id),
            "organization": lambda ctx, p: ctx.store.organizations.get(p.organization_id),
            "services": lambda ctx, p: [
                ctx.store.services[s] for s in p.service_ids if s in ctx.store.services
            ],
        },
    ),
)


def pass_status(ctx: Ctx, p: Pass) -> str:
    if p.valid_until and p.valid_until <= ctx.clock.now():
        return "expired"
    if p.remaining is not None and p.remaining <= 0:
        return "used_up"
    return p.status


register(
    WaitlistEntry,
    TypeDef(
        "waitlist-entries",
        lambda w: f"/api/v1/waitlist-entries/{w.id}",
        lambda ctx, w: {
            "status": w.status,
            "start_date": iso_utc(w.start),
            "end_date": iso_utc(w.end),
            "created_at": iso_utc(w.created_at),
            "notified_at": iso_utc(w.notified_at),
        },
        {
            "resource": lambda ctx, w: ctx.store.resources.get(w.resource_id),
            "service": lambda ctx, w: ctx.store.services.get(w.service_id),
            "customer": lambda ctx, w: ctx.store.customers.get(w.customer_id),
        },
    ),
)


def _ticket_position(ctx: Ctx, t: QueueTicket) -> int | None:
    if t.status != "waiting":
        return None
    ahead = [
        o
        for o in ctx.store.queue_tickets.values()
        if o.resource_id == t.resource_id and o.status == "waiting" and o.number < t.number
    ]
    return len(ahead) + 1


register(
    QueueTicket,
    TypeDef(
        "queue-tickets",
        lambda t: f"/api/v1/queue-tickets/{t.id}",
        lambda ctx, t: {
            "number": f"Q-{t.number:03d}",
            "status": t.status,
            "position": _ticket_position(ctx, t),
            "estimated_wait_minutes": (_ticket_position(ctx, t) or 0) * 10
            if t.status == "waiting"
            else None,
            "created_at": iso_utc(t.created_at),
            "called_at": None,
            "canceled_at": iso_utc(t.canceled_at),
        },
        {
            "resource": lambda ctx, t: ctx.store.resources.get(t.resource_id),
            "service": lambda ctx, t: ctx.store.services.get(t.service_id or ""),
            "customer": lambda ctx, t: ctx.store.customers.get(t.customer_id),
        },
    ),
)
