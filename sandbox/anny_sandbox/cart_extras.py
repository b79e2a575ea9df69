"""The inferred cart steps of the checkout guide: voucher, recommendations, guest e-mail check.

None of these paths was ever seen; the checkout guide only names the steps.
"""

from __future__ import annotations

from datetime import timedelta

from starlette.responses import Response

from anny_sandbox.cart import (
    EMAIL,
    order_from_query,
    require_draft,
)
from anny_sandbox.errors import ApiError, ApiErrors, invalid
from anny_sandbox.models import EmailVerification
from anny_sandbox.serializers import document
from anny_sandbox.web import Ctx, iso_utc, plain


def apply_voucher(ctx: Ctx) -> Response:
    body = ctx.json_body()
    order = order_from_query(ctx)
    require_draft(order, status=422)
    # `voucher_code` is the only voucher field anny documents (reference Addendum C12); any
    # other member (the earlier, unevidenced `code`) is refused, as a strict API would.
    unknown = sorted(set(body) - {"voucher_code"})
    if unknown:
        raise invalid(f"/{unknown[0]}", "is not a known field (send voucher_code)")
    code = body.get("voucher_code")
    if not isinstance(code, str) or not code.strip():
        raise invalid("/voucher_code", "is required")
    for voucher in ctx.store.vouchers.values():
        if (
            voucher.code == code.strip().upper()
            and voucher.active
            and voucher.organization_id == order.organization_id
        ):
            order.voucher_id = voucher.id
            order.updated_at = ctx.clock.now()
            return document(ctx, order)
    raise ApiError(422, "invalid_voucher", pointer="/voucher_code", voucher=code)


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


ROUTES = [
    ("POST", "/api/v1/order/voucher", apply_voucher),
    ("DELETE", "/api/v1/order/voucher", remove_voucher),
    ("GET", "/api/v1/order/recommendations", recommendations),
    ("POST", "/api/v1/order/email-verification", request_email_verification),
    ("POST", "/api/v1/order/email-verification/confirm", confirm_email_verification),
]
