"""Pricing: booking prices, order totals (voucher, tax) and the payment flow."""

from __future__ import annotations

from datetime import datetime

from anny_sandbox.models import Booking, Order, Service
from anny_sandbox.store import Store

DEFAULT_TAX_RATE = 19.0


def price_of(service: Service, start: datetime, end: datetime, quantity: int) -> float:
    """Major units (euros), like every amount in the API."""
    if service.price_unit == "hour":
        hours = (end - start).total_seconds() / 3600
        return round(service.price * hours * quantity, 2)
    return round(service.price * quantity, 2)


def order_bookings(store: Store, order: Order) -> list[Booking]:
    """The order's bookings that still count (expired holds are gone)."""
    return [
        store.bookings[b]
        for b in order.booking_ids
        if b in store.bookings and store.bookings[b].status != "expired"
    ]


def order_amounts(store: Store, order: Order) -> dict[str, float]:
    """Totals of an order: gross prices (tax included), voucher discount applied."""
    active = [b for b in order_bookings(store, order) if b.status != "canceled"]
    subtotal = round(sum(b.subtotal for b in active), 2)
    discount = 0.0
    voucher = store.vouchers.get(order.voucher_id or "")
    if voucher is not None and subtotal > 0:
        if voucher.discount_type == "percentage":
            discount = round(subtotal * voucher.value / 100, 2)
        else:
            discount = min(subtotal, voucher.value)
    total = round(subtotal - discount, 2)
    rate = active[0].tax_rate if active else DEFAULT_TAX_RATE
    net = round(total / (1 + rate / 100), 2)
    return {
        "subtotal": subtotal,
        "discount_amount": discount,
        "total": total,
        "net_amount": net,
        "tax_amount": round(total - net, 2),
    }


def payment_flow(store: Store, order: Order) -> str:
    """``free`` for a zero total, else ``pay-online`` if any service needs it, else offline."""
    flows = {
        store.services[store.bookings[b].service_id].payment_flow
        for b in order.booking_ids
        if b in store.bookings and store.bookings[b].service_id in store.services
    }
    if order_amounts(store, order)["total"] == 0:
        return "free"
    if "pay-online" in flows:
        return "pay-online"
    return "pay-offline"


def pay_now_amount(store: Store, order: Order) -> float:
    """What the customer pays at checkout: the total when paid online, nothing otherwise."""
    if payment_flow(store, order) != "pay-online":
        return 0.0
    return order_amounts(store, order)["total"]


def paid_amount(store: Store, booking: Booking) -> float:
    """What was paid for a booking: its price once its order is confirmed."""
    order = store.orders.get(booking.order_id)
    if order is None or order.status not in ("accepted", "requested"):
        return 0.0
    return booking.subtotal
