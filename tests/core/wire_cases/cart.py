"""Wire cases of the Cart workflow (``client.cart(resume=…)``): each method's first request."""

from __future__ import annotations

import anny
from anny_api.models import CartBookingRequest, CheckoutRequest, VoucherRequest

from . import WireCase
from .checkout import CHECKOUT_BODY, CUSTOMER, END, FLAT, FORM, ORDER, START

AREA = ("cart", anny.Cart)

RESUME = ("9001", "oat-secret")
KNOWN = {"oid": "9001", "oat": "oat-secret"}
INCLUDE = {"include": "bookings,bookings.resource"}

CASES: list[WireCase] = [
    WireCase(
        "cart",
        "add",
        "addToCart",
        lambda c: c.cart(resume=RESUME).add(
            "8001", "7001", START, END, quantity=2, description="Team"
        ),
        {"body": CartBookingRequest.from_dict(FLAT), **KNOWN},
        ORDER,
    ),
    WireCase(
        "cart",
        "refresh",
        "getCart",
        lambda c: c.cart(resume=RESUME).refresh(),
        {**KNOWN, **INCLUDE},
        ORDER,
    ),
    WireCase(
        "cart",
        "quote",
        "getCart",
        lambda c: c.cart(resume=RESUME).quote(),
        {**KNOWN, **INCLUDE},
        ORDER,
        check=lambda q: isinstance(q, anny.Quote),
    ),
    WireCase(
        "cart",
        "apply_voucher",
        "applyVoucher",
        lambda c: c.cart(resume=RESUME).apply_voucher("WINTER"),
        {
            "body": VoucherRequest.from_dict({"code": "WINTER"}),
            **KNOWN,
            **INCLUDE,
        },
        ORDER,
    ),
    WireCase(
        "cart",
        "remove_voucher",
        "removeVoucher",
        lambda c: c.cart(resume=RESUME).remove_voucher(),
        {**KNOWN, **INCLUDE},
        ORDER,
    ),
    WireCase("cart", "clear", "emptyCart", lambda c: c.cart(resume=RESUME).clear(), KNOWN, ORDER),
    WireCase(
        "cart",
        "release",
        "emptyCart",
        lambda c: c.cart(resume=RESUME).release(),
        KNOWN,
        ORDER,
        check=lambda released: released is True,
    ),
    WireCase(
        "cart",
        "form",
        "getCheckoutForm",
        lambda c: c.cart(resume=RESUME).form(),
        KNOWN,
        FORM,
        content_type="application/json",
    ),
    WireCase(
        "cart",
        "submit",
        "submitCheckout",
        lambda c: c.cart(resume=RESUME).submit(
            customer=CUSTOMER,
            accept_terms=True,
            success_url="https://shop.example/ok",
            timezone="Europe/Berlin",
        ),
        {
            "body": CheckoutRequest.from_dict(CHECKOUT_BODY),
            **KNOWN,
            **INCLUDE,
        },
        ORDER,
    ),
]
