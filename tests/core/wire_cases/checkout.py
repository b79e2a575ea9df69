"""Wire cases of client.checkout (and bookings.instant, whose body is built the same way)."""

from __future__ import annotations

import datetime as dt

from wire_catalog_data import ROOM

import anny
from anny_api.models import CartBookingRequest, CheckoutRequest, QuoteRequest, VoucherRequest

from . import WireCase

AREA = ("checkout", anny.Checkout)

BERLIN = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 11, 24, 10, tzinfo=BERLIN)
END = dt.datetime(2026, 11, 24, 11, tzinfo=BERLIN)
STATE = anny.CartState("9001", "oat-secret")

ITEM = anny.CartItem("8001", "7001", START, END, quantity=2, description="Team")
FLAT = ITEM.body()
ORDER = {
    "data": {
        "type": "orders",
        "id": "9001",
        "attributes": {"number": "BO1", "status": "draft", "access_token": "oat-secret"},
    }
}
QUOTE = {"total": 0, "currency": "EUR", "items": []}
FORM = {"components": [{"key": "customer.email", "required": True}], "payment_methods": []}
CUSTOMER = {"given_name": "Erika", "family_name": "Mustermann", "email": "erika@example.com"}
CHECKOUT_BODY = {
    "customer": CUSTOMER,
    "accept_terms": True,
    "payment_method": "",
    "success_url": "https://shop.example/ok",
    "meta": {"timezone": "Europe/Berlin"},
}

CASES: list[WireCase] = [
    WireCase(
        "checkout",
        "item",
        "calculateCartBookings",  # item sends nothing for ids; the quote shows its body
        lambda c: c.run(
            anny._areas.checkout.quote_plan(c.checkout.item("8001", "7001", START, END))
        ),
        {
            "body": QuoteRequest.from_dict(anny.CartItem("8001", "7001", START, END).body()),
            "check_availability": 1,
        },
        QUOTE,
        content_type="application/json",
    ),
    WireCase(
        "checkout",
        "quote",
        "calculateCartBookings",
        # A fetched resource carries its time zone: no look-up before the quote.
        lambda c: c.checkout.quote(ROOM, "7001", START, END, quantity=2),
        {
            "body": QuoteRequest.from_dict(anny.CartItem("8001", "7001", START, END, 2).body()),
            "check_availability": 1,
        },
        {**QUOTE, "start_date": "2026-11-24T09:00:00+00:00", "end_date": "2026-11-24T10:00:00Z"},
        content_type="application/json",
        check=lambda q: (
            isinstance(q, anny.Quote)
            and (q.start.isoformat(), str(q.start.tzinfo))
            == ("2026-11-24T10:00:00+01:00", "Europe/Berlin")
        ),
    ),
    WireCase(
        "checkout",
        "add",
        "addToCart",
        lambda c: c.checkout.add(ITEM),
        {"body": CartBookingRequest.from_dict(FLAT)},
        ORDER,
        status=201,
    ),
    WireCase(
        "checkout",
        "add",
        "addToCart",
        lambda c: c.checkout.add(ITEM, state=STATE),
        {"body": CartBookingRequest.from_dict(FLAT), "oid": "9001", "oat": "oat-secret"},
        ORDER,
        label="into a known cart",
    ),
    WireCase(
        "checkout",
        "get",
        "getCart",
        lambda c: c.checkout.get(STATE),
        {"oid": "9001", "oat": "oat-secret", "include": "bookings,bookings.resource"},
        ORDER,
    ),
    WireCase(
        "checkout",
        "empty",
        "emptyCart",
        lambda c: c.checkout.empty(STATE),
        {"oid": "9001", "oat": "oat-secret"},
        ORDER,
    ),
    WireCase(
        "checkout",
        "form",
        "getCheckoutForm",
        lambda c: c.checkout.form(STATE),
        {"oid": "9001", "oat": "oat-secret"},
        FORM,
        content_type="application/json",
        check=lambda f: f.required == ("customer.email",),
    ),
    WireCase(
        "checkout",
        "submit",
        "submitCheckout",
        lambda c: c.checkout.submit(
            STATE,
            customer=CUSTOMER,
            accept_terms=True,
            success_url="https://shop.example/ok",
            timezone="Europe/Berlin",
        ),
        {
            "body": CheckoutRequest.from_dict(CHECKOUT_BODY),
            "oid": "9001",
            "oat": "oat-secret",
            "include": "bookings,bookings.resource",
        },
        ORDER,
    ),
    WireCase(
        "checkout",
        "apply_voucher",
        "applyVoucher",
        lambda c: c.checkout.apply_voucher(STATE, "WINTER"),
        {
            "body": VoucherRequest.from_dict({"code": "WINTER"}),
            "oid": "9001",
            "oat": "oat-secret",
            "include": "bookings,bookings.resource",
        },
        ORDER,
    ),
    WireCase(
        "checkout",
        "remove_voucher",
        "removeVoucher",
        lambda c: c.checkout.remove_voucher(STATE),
        {"oid": "9001", "oat": "oat-secret", "include": "bookings,bookings.resource"},
        ORDER,
    ),
]
