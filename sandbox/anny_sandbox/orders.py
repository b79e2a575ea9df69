"""Orders: lookup by number, the customer's order history and the confirmation document."""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.errors import ApiError, bad_param, not_found
from anny_sandbox.serializers import collection, document, order_amounts
from anny_sandbox.web import Ctx, iso_utc


def order_by_number(ctx: Ctx) -> Response:
    number = ctx.q("number")
    if number is None:
        raise bad_param("number", "is required (BO…)")
    order = ctx.store.order_by_number(number)
    if order is None or order.status == "expired":
        raise not_found("Order", number)
    owner = ctx.customer is not None and order.customer_id == ctx.customer.id
    if not owner and ctx.q("oat") != order.access_token:
        raise not_found("Order", number)  # without the token the order does not exist
    return document(ctx, order)


def list_orders(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    orders = [
        o
        for o in ctx.store.orders.values()
        if o.customer_id == customer.id and o.status not in ("expired",)
    ]
    sort = ctx.q("sort") or "-created_at"
    if sort.lstrip("-") not in ("created_at", "number"):
        sort = "-created_at"  # unknown sort fields are ignored
    status = ctx.q("filter[status]")
    if status:
        orders = [o for o in orders if o.status in status.split(",")]
    orders.sort(
        key=lambda o: (o.created_at if sort.lstrip("-") == "created_at" else o.number, o.id),
        reverse=sort.startswith("-"),
    )
    return collection(ctx, orders)


def download_confirmation(ctx: Ctx) -> Response:
    """A small but valid PDF naming the order, its bookings and the total."""
    order = ctx.store.orders.get(ctx.path_params["order_id"])
    token = ctx.q("access_token")
    if order is None or order.status in ("draft", "expired"):
        raise not_found("Order", ctx.path_params["order_id"])
    if token != order.access_token:
        raise ApiError(403, "invalid_order_token", number=order.number)
    lines = [f"Order confirmation {order.number}", f"Status: {order.status}"]
    for booking_id in order.booking_ids:
        booking = ctx.store.bookings.get(booking_id)
        if booking:
            lines.append(
                f"{booking.number}: {iso_utc(booking.start)} - {iso_utc(booking.end)} "
                f"({booking.status})"
            )
    lines.append(f"Total: {order_amounts(ctx, order)['total']:.2f} EUR")
    return Response(
        _pdf(lines),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{order.number}.pdf"'},
    )


def _pdf(lines: list[str]) -> bytes:
    def esc(text: str) -> str:
        ascii_text = text.encode("latin-1", "replace").decode("latin-1")
        return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text_ops = "BT /F1 12 Tf 50 780 Td 16 TL " + " ".join(f"({esc(t)}) '" for t in lines) + " ET"
    stream = text_ops.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


ROUTES = [
    ("GET", "/api/v1/orders/by-number", order_by_number),
    ("GET", "/api/v1/orders", list_orders),
    ("GET", "/downloads/order-confirmation/{order_id}", download_confirmation),
]
