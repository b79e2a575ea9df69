"""Wire cases of client.orders."""

from __future__ import annotations

import anny

from . import WireCase, first_page

AREA = ("orders", anny.Orders)

ORDER = {
    "data": {
        "type": "orders",
        "id": "58075515",
        "attributes": {"number": "BO559015923", "status": "accepted", "total": 12.5},
    }
}
ORDERS = {"data": [ORDER["data"]], "links": {"next": None}}


def check_guest_order(order: anny.Order) -> None:
    assert isinstance(order, anny.Order)
    assert (order.number, order.access_token) == ("BO559015923", "s3cret-oat")
    assert "s3cret-oat" not in repr(order)


def expect(condition: bool) -> None:
    """A check that fails the case (a bare lambda's False would be ignored)."""
    assert condition


CASES: list[WireCase] = [
    WireCase(
        "orders",
        "get",
        "getOrderByNumber",
        lambda c: c.orders.get("BO559015923", oat="s3cret-oat", include=["bookings"]),
        {"number": "BO559015923", "oat": "s3cret-oat", "include": "bookings"},
        ORDER,
        check=check_guest_order,
    ),
    WireCase(
        "orders",
        "get",
        "getOrderByNumber",
        lambda c: c.orders.get("bo559015923"),
        {"number": "BO559015923"},
        ORDER,
        label="signed-in, number upper-cased",
    ),
    WireCase(
        "orders",
        "list",
        "listOrders",
        lambda c: first_page(
            c.orders.list(status=["accepted", "canceled"], sort="-created_at", page_size=10)
        ),
        {"filterstatus": "accepted,canceled", "sort": "-created_at", "pagesize": 10},
        ORDERS,
        check=lambda page: expect([o.number for o in page.items] == ["BO559015923"]),
    ),
    WireCase(
        "orders",
        "confirmation",
        "downloadOrderConfirmation",
        lambda c: c.orders.confirmation(anny.Order(id="58075515", access_token="s3cret-oat")),
        {"order_id": "58075515", "access_token": "s3cret-oat"},
        {"pdf": "bytes"},
        {"order_id": "58075515"},
        content_type="application/pdf",
        check=lambda body: expect(isinstance(body, bytes) and body.startswith(b"{")),
    ),
    WireCase(
        "orders",
        "confirmation",
        "downloadOrderConfirmation",
        lambda c: c.orders.confirmation("58075515", access_token="s3cret-oat"),
        {"order_id": "58075515", "access_token": "s3cret-oat"},
        {"pdf": "bytes"},
        {"order_id": "58075515"},
        content_type="application/pdf",
        label="id and token",
    ),
]
