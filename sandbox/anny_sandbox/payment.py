"""The sandbox's stand-in for the payment provider's page (outside the Customer API).

``pay`` completes a ``pending_payment`` order and redirects to its ``success_url``; ``cancel``
reopens the draft and redirects to its ``cancel_url``.
"""

from __future__ import annotations

import html
from urllib.parse import parse_qs

from starlette.responses import HTMLResponse, RedirectResponse, Response

from anny_sandbox.checkout import confirm_bookings
from anny_sandbox.serializers import order_amounts
from anny_sandbox.web import Ctx


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


SANDBOX_ROUTES = [
    ("GET", "/__sandbox/pay/{order_id}", payment_page),
    ("POST", "/__sandbox/pay/{order_id}", payment_submit),
]
