"""The Cart workflow against the sandbox over real HTTP, sync and async from one body.

Full checkout; a failure inside the ``with`` block releases the hold at once; an expired
cart refuses before sending; a cart resumes from its state; a lost answer to submit gives one
order; a refused submit keeps anny's message and releases the hold; a paid order is completed
through the payment page; instant booking.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from typing import Any

import httpx
import pytest
from e2e_helpers import CART, CUSTOMER, E2E, ORDER, START, cart_body

import anny
from anny_sandbox import Sandbox

BERLIN = dt.timezone(dt.timedelta(hours=1))  # CET, late November
ROOM, DESK = "conference-room-berlin", "hourly-desk-booking"
PAID_ROOM, PAID = "meeting-room-alex", "meeting-room-hourly"


def at(hour: int, day: int = 24) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, tzinfo=BERLIN)


async def enter(e2e: E2E, cart: Any) -> Any:
    return await cart.__aenter__() if e2e.is_async else cart.__enter__()


async def leave(e2e: E2E, cart: Any, exc: BaseException | None = None) -> None:
    args = (type(exc), exc, None) if exc else (None, None, None)
    if e2e.is_async:
        await cart.__aexit__(*args)
    else:
        cart.__exit__(*args)


async def free(e2e: E2E, client: Any, hour: int) -> bool:
    doc = await e2e.call(
        client.get,
        "/api/v1/availability/start",
        params={"service_id": "7001", "date": "2026-11-24", "timezone": "Europe/Berlin"},
    )
    return any(s["start_date"][11:13] == f"{hour:02d}" and s["available"] for s in doc.data)


async def test_full_checkout_as_a_guest(e2e: E2E) -> None:
    client = e2e.client()
    cart = await enter(e2e, client.cart())
    order = await e2e.call(cart.add, ROOM, DESK, at(10), at(11), customer_note="window seat")
    assert order.status == "draft"
    assert cart.state is not None
    e2e.secrets.add(cart.state.oat)
    assert cart.state.oat not in repr(cart.state)
    assert cart.state.oat not in repr(cart)
    assert cart.expires_at == START + dt.timedelta(minutes=15)
    assert cart.time_left == dt.timedelta(minutes=15)

    price = await e2e.call(cart.quote)
    assert price.total == anny.Money(Decimal("0"), "EUR")
    form = await e2e.call(cart.form)
    assert "customer.email" in form.required
    result = await e2e.call(cart.submit, customer=CUSTOMER, accept_terms=True)
    await leave(e2e, cart)

    assert isinstance(result, anny.types.CheckoutResult)
    assert result.order.status == "accepted"
    assert len(result.numbers) == 1
    assert result.numbers[0].startswith("BB")
    assert not result.needs_payment
    assert result.recovered is False
    assert not await free(e2e, client, 10)
    # The wire: the flat body, built by the cart; the resource and service went as ids.
    [add] = e2e.sent_to("POST", CART)
    body = add.read()
    assert b'"service_id": {"7001": 1}' in body
    assert b'"resource_id": ["8001"]' in body
    assert b'"customer_note": "window seat"' in body
    # The slug was looked up once (getResource with its services), then cached.
    assert len(e2e.sent_to("GET", f"/api/v1/resources/{ROOM}")) == 1


async def test_an_error_inside_the_block_releases_the_hold_at_once(e2e: E2E) -> None:
    client = e2e.client()
    cart = await enter(e2e, client.cart())
    await e2e.call(cart.add, ROOM, DESK, at(10), at(11))
    assert not await free(e2e, client, 10)
    await leave(e2e, cart, RuntimeError("the shop crashed"))
    assert await free(e2e, client, 10)  # capacity back now, not in 15 minutes
    assert len(e2e.sent_to("GET", "/api/v1/order/bookings/delete-all")) == 1


async def test_success_keeps_the_hold_and_the_cart_resumes_from_its_state(e2e: E2E) -> None:
    client = e2e.client()
    cart = await enter(e2e, client.cart())
    await e2e.call(cart.add, ROOM, DESK, at(10), at(11))
    await leave(e2e, cart)  # left normally, not submitted: the hold stays for the session
    state = tuple(cart.state)
    e2e.secrets.add(state[1])
    assert not await free(e2e, client, 10)
    assert e2e.sent_to("GET", "/api/v1/order/bookings/delete-all") == []

    again = client.cart(resume=state)
    await e2e.call(again.add, "8001", "7001", at(12), at(13))  # ids work as well as slugs
    result = await e2e.call(again.submit, customer=CUSTOMER, accept_terms=True)
    assert len(result.numbers) == 2
    assert e2e.orders_created("POST", CART) == 1


async def test_an_expired_cart_refuses_before_sending(e2e: E2E) -> None:
    client = e2e.client()
    cart = client.cart()
    await e2e.call(cart.add, ROOM, DESK, at(10), at(11))
    e2e.sb.advance(minutes=16)
    before = len(e2e.sent)
    await e2e.raises(
        anny.errors.CartExpiredError, cart.submit, customer=CUSTOMER, accept_terms=True
    )
    await e2e.raises(anny.errors.CartExpiredError, cart.add, ROOM, DESK, at(12), at(13))
    assert len(e2e.sent) == before
    assert cart.time_left == dt.timedelta(0)


async def test_a_lost_answer_to_submit_gives_one_order(e2e: E2E) -> None:
    client = e2e.client()
    cart = client.cart()
    await e2e.call(cart.add, ROOM, DESK, at(10), at(11))
    e2e.secrets.add(cart.state.oat)
    e2e.sb.faults.add("drop_after", ORDER, method="POST")
    result = await e2e.call(cart.submit, customer=CUSTOMER, accept_terms=True)
    assert result.recovered is True
    assert result.order.status == "accepted"
    assert len(e2e.ledger("POST", ORDER)) == 1  # submitted once, never resent
    assert len([o for o in e2e.sb.store.orders.values() if o.status == "accepted"]) == 1
    assert cart.submitted


async def test_a_refused_submit_keeps_the_message_and_releases_the_hold(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    cart = client.cart()
    await e2e.call(cart.add, PAID_ROOM, PAID, at(10), at(11))
    e2e.secrets.add(cart.state.oat)
    assert not await free_paid(e2e, client, 10)
    # anny refuses an online-paid order without a success URL (422, with its message).
    err = await e2e.raises(
        anny.UnprocessableEntityError, cart.submit, customer=CUSTOMER, accept_terms=True
    )
    assert "success_url" in str(err)
    assert await free_paid(e2e, client, 10)  # the hold was released for the next customer
    assert not cart.submitted
    assert len(e2e.ledger("POST", ORDER)) == 1


async def free_paid(e2e: E2E, client: Any, hour: int) -> bool:
    doc = await e2e.call(
        client.get,
        "/api/v1/availability/start",
        params={"service_id": "7002", "date": "2026-11-24", "timezone": "Europe/Berlin"},
    )
    return any(s["start_date"][11:13] == f"{hour:02d}" and s["available"] for s in doc.data)


async def test_bad_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client()
    cart = client.cart()
    naive = dt.datetime(2026, 11, 24, 10)
    await e2e.raises(anny.InvalidParameterError, cart.add, ROOM, DESK, naive, at(11))
    await e2e.raises(anny.InvalidParameterError, cart.add, "8001", "7001", at(11), at(10))
    await e2e.raises(anny.InvalidParameterError, cart.add, "../x", DESK, at(10), at(11))
    await e2e.raises(anny.InvalidParameterError, cart.submit, customer=CUSTOMER, accept_terms=True)
    assert e2e.sent == []
    with pytest.raises(anny.InvalidParameterError):
        client.cart(resume=("1", ""))


async def test_a_paid_order_is_completed_on_the_payment_page(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    cart = client.cart()
    await e2e.call(cart.add, PAID_ROOM, PAID, at(10), at(12))
    result = await e2e.call(
        cart.submit,
        customer=CUSTOMER,
        accept_terms=True,
        payment_method="sandbox-card",
        success_url="https://shop.example/ok",
        cancel_url="https://shop.example/cart",
    )
    assert result.needs_payment
    assert result.payment_url is not None
    assert result.order.total == anny.Money(Decimal("50"), "EUR")
    paid = httpx.post(result.payment_url, data={"action": "pay", "oat": cart.state.oat})
    assert paid.status_code == 303
    assert paid.headers["location"].startswith("https://shop.example/ok")
    final = await e2e.call(cart.refresh)
    assert final.status == "accepted"


async def test_instant_booking_and_its_refusal(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    booking = await e2e.call(client.bookings.instant, ROOM, DESK, at(15), at(16))
    assert booking.status is anny.types.BookingStatus.ACCEPTED
    assert booking.start_date == at(15)
    err = await e2e.raises(
        anny.UnprocessableEntityError, client.bookings.instant, PAID_ROOM, PAID, at(10), at(11)
    )
    assert "does not support instant booking" in str(err)  # anny's message, kept


async def test_a_lost_answer_to_instant_booking_is_read_back(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_after", "/api/v1/bookings/instant", method="POST")
    booking = await e2e.call(client.bookings.instant, ROOM, DESK, at(15), at(16))
    assert booking.start_date == at(15)
    assert len(e2e.ledger("POST", "/api/v1/bookings/instant")) == 1


# --------------------------------------------------------------------------- lost answers


async def test_a_lost_answer_to_emptying_the_cart_is_read_back(e2e: E2E) -> None:
    client = e2e.client()
    cart = client.cart()
    await e2e.call(cart.add, ROOM, DESK, at(10), at(11))
    e2e.secrets.add(cart.state.oat)
    e2e.sb.faults.add("drop_after", "/api/v1/order/bookings/delete-all", method="GET")
    emptied = await e2e.call(cart.clear)
    assert emptied.status == "draft"
    assert len(e2e.ledger("GET", "/api/v1/order/bookings/delete-all")) == 1
    assert await free(e2e, client, 10)


async def test_a_lost_answer_to_adding_into_a_known_cart_is_read_back(e2e: E2E) -> None:
    client = e2e.client()
    cart = client.cart()
    await e2e.call(cart.add, ROOM, DESK, at(10), at(11))
    e2e.secrets.add(cart.state.oat)
    e2e.sb.faults.add("drop_after", CART, method="POST")
    order = await e2e.call(cart.add, ROOM, DESK, at(12), at(13))
    assert order.id == cart.state.oid
    assert len(e2e.ledger("POST", CART)) == 2  # one per add: the lost one was not resent
    result = await e2e.call(cart.submit, customer=CUSTOMER, accept_terms=True)
    assert len(result.numbers) == 2


async def test_a_lost_new_cart_is_found_again_for_a_signed_in_customer(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    cart = client.cart()
    e2e.sb.faults.add("drop_after", CART, method="POST")
    order = await e2e.call(cart.add, ROOM, DESK, at(10), at(11))
    assert cart.state is not None
    e2e.secrets.add(cart.state.oat)
    assert order.id == cart.state.oid
    assert e2e.orders_created("POST", CART) == 1
    assert len(e2e.ledger("POST", CART)) == 1
    result = await e2e.call(cart.submit, customer=CUSTOMER, accept_terms=True)
    assert result.order.status == "accepted"


async def test_a_lost_new_cart_of_a_guest_says_until_when_the_slot_is_held(e2e: E2E) -> None:
    client = e2e.client()
    cart = client.cart()
    e2e.sb.faults.add("drop_after", CART, method="POST")
    err = await e2e.raises(anny.OutcomeUnknownError, cart.add, ROOM, DESK, at(10), at(11))
    assert (err.operation, err.read_back) == ("addToCart", "getCart")
    assert any("until about 07:15 UTC" in note for note in err.__notes__)
    assert len(e2e.ledger("POST", CART)) == 1
    assert cart.state is None


async def test_a_lost_answer_to_a_voucher_is_read_back(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    cart = client.cart()
    await e2e.call(cart.add, PAID_ROOM, PAID, at(10), at(12))
    e2e.secrets.add(cart.state.oat)
    e2e.sb.faults.add("drop_after", "/api/v1/order/voucher", method="POST")
    order = await e2e.call(cart.apply_voucher, "WELCOME10")
    assert order.total == anny.Money(Decimal("45"), "EUR")
    assert len(e2e.ledger("POST", "/api/v1/order/voucher")) == 1
    order = await e2e.call(cart.remove_voucher)
    assert order.total == anny.Money(Decimal("50"), "EUR")


async def test_the_booking_limit_keeps_annys_message_and_the_cart_releases_the_desk(
    e2e: E2E,
) -> None:
    """The seeded desks allow two per person and day (anny's real 400 at checkout)."""
    client = e2e.client(token=e2e.token())
    for hour in (9, 11):
        with_cart = client.cart()
        await e2e.call(with_cart.add, "open-space-desks", "desk-booking", at(hour), at(hour + 1))
        e2e.secrets.add(with_cart.state.oat)
        await e2e.call(with_cart.submit, customer=CUSTOMER, accept_terms=True)

    third = client.cart()
    await e2e.call(third.add, "open-space-desks", "desk-booking", at(14), at(15))
    e2e.secrets.add(third.state.oat)
    left = await e2e.call(
        client.availability.slots, "open-space-desks", "desk-booking", at(14).date()
    )
    assert next(s for s in left if s.start == at(14)).remaining == 3  # the draft holds one
    err = await e2e.raises(anny.BadRequestError, third.submit, customer=CUSTOMER, accept_terms=True)
    assert "Booking limit exceeded for ACME GmbH" in str(err)  # anny's message, kept
    assert not third.submitted
    after = await e2e.call(
        client.availability.slots, "open-space-desks", "desk-booking", at(14).date()
    )
    assert next(s for s in after if s.start == at(14)).remaining == 4  # released at once
    assert len(e2e.sent_to("GET", "/api/v1/order/bookings/delete-all")) == 1


# --------------------------------------------------------------------------- issue 17: read-back

DESKS, DESK_SERVICE = "open-space-desks", "desk-booking"  # four desks: one slot, four bookings


def desks_held(e2e: E2E, oid: str) -> int:
    return len(e2e.sb.store.orders[oid].booking_ids)


async def test_a_lost_add_of_a_slot_already_in_the_cart_is_not_a_false_success(e2e: E2E) -> None:
    """A second desk at the same time: its lost answer is read back by booking ids."""
    client = e2e.client()
    cart = client.cart()
    await e2e.call(cart.add, DESKS, DESK_SERVICE, at(10), at(11))
    e2e.secrets.add(cart.state.oat)

    # Lost before anny processed it: nothing was added, although the slot is in the cart.
    e2e.sb.faults.add("drop_before", CART, method="POST")
    err = await e2e.raises(anny.OutcomeUnknownError, cart.add, DESKS, DESK_SERVICE, at(10), at(11))
    assert (err.operation, err.read_back) == ("addToCart", "getCart")
    assert desks_held(e2e, cart.state.oid) == 1
    assert len(e2e.sent_to("GET", ORDER)) == 1  # read back once

    # Lost after anny processed it: the second desk is there, so it is a success.
    e2e.sb.faults.add("drop_after", CART, method="POST")
    order = await e2e.call(cart.add, DESKS, DESK_SERVICE, at(10), at(11))
    assert order.id == cart.state.oid
    assert desks_held(e2e, cart.state.oid) == 2
    assert len(e2e.ledger("POST", CART)) == 3  # never resent

    # And the next lost answer compares with the cart as read back (two desks), not the first.
    e2e.sb.faults.add("drop_before", CART, method="POST")
    await e2e.raises(anny.OutcomeUnknownError, cart.add, DESKS, DESK_SERVICE, at(10), at(11))
    assert desks_held(e2e, cart.state.oid) == 2


async def test_without_a_view_of_the_cart_a_lost_add_stays_unknown(e2e: E2E) -> None:
    client = e2e.client()
    cart = client.cart()
    await e2e.call(cart.add, DESKS, DESK_SERVICE, at(10), at(11))
    state = cart.state
    e2e.secrets.add(state.oat)
    item = await e2e.call(client.checkout.item, DESKS, DESK_SERVICE, at(10), at(11))
    e2e.sb.faults.add("drop_before", CART, method="POST")
    err = await e2e.raises(anny.OutcomeUnknownError, client.checkout.add, item, state=state)
    assert any("before=" in note for note in err.__notes__)
    assert desks_held(e2e, state.oid) == 1
    # A slot not in the cart needs no view: the read-back shows plainly nothing was added.
    other = await e2e.call(client.checkout.item, DESKS, DESK_SERVICE, at(12), at(13))
    e2e.sb.faults.add("drop_before", CART, method="POST")
    err = await e2e.raises(anny.OutcomeUnknownError, client.checkout.add, other, state=state)
    assert not any("before=" in note for note in getattr(err, "__notes__", []))
    assert desks_held(e2e, state.oid) == 1


async def test_the_html_slot_taken_page_is_a_conflict_not_an_unknown_outcome(e2e: E2E) -> None:
    # One address, one identity for anny: the clients share its budget, so the fifth identical
    # add within a second waits instead of meeting the duplicate guard.
    budget = anny.types.LocalBudget()
    client = e2e.client(rate_limit=budget)
    for _ in range(4):  # another guest holds all four desks at 09:00
        body = cart_body(9, service="7003", resource="8002")
        await e2e.add_to_cart(e2e.client(rate_limit=budget), body)
    cart = client.cart()
    err = await e2e.raises(anny.SlotTakenError, cart.add, DESKS, DESK_SERVICE, at(9), at(10))
    assert isinstance(err, anny.ConflictError)
    assert err.status_code == 200
    assert "This timeslot is already taken." in str(err)
    assert cart.state is None
    assert len(e2e.ledger("POST", CART)) == 5  # not resent, not read back


# --------------------------------------------------------------------------- issue 17: cancel


@pytest.mark.parametrize(
    ("known_cart", "raw"), [(False, False), (True, False), (True, True)], ids=str
)
async def test_cancelling_an_async_add_in_flight_leaves_no_hold(
    sandbox: Sandbox, known_cart: bool, raw: bool
) -> None:
    """Cancel the task while anny is still processing the add (latency fault): the add
    settles, then the cart is released (the ``async with`` exit alone would release before
    the add lands, or not know the new cart at all); the cancellation reaches the caller.
    The same with the raw-response view of the cart (``raw``): the release still runs."""
    e2e = E2E(sandbox, "async")
    try:
        client = e2e.client()
        carts: list[Any] = []

        async def shop() -> None:
            async with client.cart() as cart:
                carts.append(cart)
                if known_cart:
                    await cart.add(ROOM, DESK, at(9), at(10))
                e2e.sb.faults.add("latency", CART, method="POST", delay_ms=400)
                await (cart.with_raw_response if raw else cart).add(ROOM, DESK, at(10), at(11))

        task = asyncio.create_task(shop())
        posts = 2 if known_cart else 1
        while len(e2e.sent_to("POST", CART)) < posts:  # the add is on its way
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # Let anny finish whatever it was given (a slow server keeps processing an add whose
        # client went away), then look at what is held.
        for _ in range(300):
            if all(r["outcome"] != "pending" for r in e2e.sb.ledger()["requests"]):
                break
            await asyncio.sleep(0.01)
        [cart] = carts
        assert cart.state is not None  # the add settled: its answer (with the token) arrived
        held = [o for o in e2e.sb.store.orders.values() if o.status == "draft" and o.booking_ids]
        assert held == []
        # The release came after the add landed (not racing it), on the cart the add made.
        paths = [(r["method"], r["path"]) for r in e2e.sb.ledger()["requests"]]
        last_add = max(i for i, p in enumerate(paths) if p == ("POST", CART))
        assert ("GET", "/api/v1/order/bookings/delete-all") in paths[last_add + 1 :]
    finally:
        await e2e.aclose()
