"""Retries against sandbox faults, and the promise that an order is never lost or duplicated.

Backoff sleeps are recorded, not slept (``E2E.sleeps``); jitter is off, so the delays are
exactly 0.5 s, 1 s ... unless the server sends ``Retry-After``.
"""

from __future__ import annotations

import asyncio

import pytest
from e2e_helpers import CART, E2E, ORDER, ROOM, cart_body, checkout_body

import anny

# --------------------------------------------------------------------------- reads are retried


async def test_503_twice_on_a_get_then_success(e2e: E2E) -> None:
    client = e2e.client()
    e2e.sb.faults.add("status", ROOM, method="GET", status=503, times=2)
    raw = await e2e.call(client.with_raw_response.get, ROOM)
    assert raw.retries_taken == 2
    assert raw.status_code == 200
    assert raw.parse().data.slug == "conference-room-berlin"
    assert e2e.sleeps == [0.5, 1.0]
    assert [e["status"] for e in e2e.ledger("GET", ROOM)] == [503, 503, 200]


async def test_retries_give_up_after_max_retries(e2e: E2E) -> None:
    client = e2e.client()
    e2e.sb.faults.add("status", ROOM, method="GET", status=503, times=3)
    err = await e2e.raises(anny.InternalServerError, client.get, ROOM)
    assert err.status_code == 503
    assert err.errors[0].code == "server_error"
    assert e2e.sleeps == [0.5, 1.0]
    assert len(e2e.ledger("GET", ROOM)) == 3  # the first attempt and two retries


@pytest.mark.parametrize("retry_after", [1, 3])
async def test_429_honours_retry_after(e2e: E2E, retry_after: int) -> None:
    client = e2e.client()
    e2e.sb.faults.add("rate_limit", ROOM, method="GET", retry_after=retry_after)
    raw = await e2e.call(client.with_raw_response.get, ROOM)
    assert raw.retries_taken == 1
    assert e2e.sleeps == [float(retry_after)]  # the server's value, not the 0.5 s backoff
    assert [e["status"] for e in e2e.ledger("GET", ROOM)] == [429, 200]


async def test_dropped_connection_on_a_get_is_retried(e2e: E2E) -> None:
    client = e2e.client()
    e2e.sb.faults.add("drop_before", ROOM, method="GET")
    raw = await e2e.call(client.with_raw_response.get, ROOM)
    assert raw.retries_taken == 1
    assert raw.parse().data.id == "8001"
    assert e2e.sleeps == [0.5]
    outcomes = [e["outcome"] for e in e2e.ledger("GET", ROOM)]
    assert outcomes == ["fault:drop_before", "ok"]


# --------------------------------------------------------------------------- writes are not


async def test_dropped_connection_after_add_to_cart_is_not_resent(e2e: E2E) -> None:
    client = e2e.client()
    e2e.sb.faults.add("drop_after", CART, method="POST")
    err = await e2e.raises(anny.OutcomeUnknownError, client.post, CART, json=cart_body(10))
    assert isinstance(err, anny.APIConnectionError)
    assert (err.operation, err.read_back) == ("addToCart", "getCart")
    assert err.request.method == "POST"
    assert e2e.sleeps == []
    entries = e2e.ledger("POST", CART)
    assert len(entries) == 1  # sent once ...
    assert e2e.orders_created("POST", CART) == 1  # ... and the server did create the order
    assert len(e2e.sb.store.orders) == 1


async def test_503_on_checkout_submit_is_not_resent(e2e: E2E) -> None:
    client = e2e.client()
    draft = await e2e.add_to_cart(client, cart_body(10))
    e2e.sb.faults.add("status", ORDER, method="POST", status=503)
    err = await e2e.raises(anny.OutcomeUnknownError, e2e.submit, client, draft)
    assert isinstance(err, anny.InternalServerError)
    assert (err.operation, err.read_back) == ("submitCheckout", "getCart")
    assert err.status_code == 503
    assert e2e.sleeps == []
    assert [e["status"] for e in e2e.ledger("POST", ORDER)] == [503]
    # The caller reads the order back and decides; here it was not processed, so resubmit.
    params = {"oid": draft.id, "oat": draft.access_token}
    cart = anny.types.Order.from_document(await e2e.call(client.get, ORDER, params=params))
    assert cart.status == "draft"
    order = anny.types.Order.from_document(await e2e.submit(client, draft))
    assert order.status == "accepted"
    assert len(e2e.ledger("POST", ORDER)) == 2


async def test_429_on_add_to_cart_is_not_resent(e2e: E2E) -> None:
    client = e2e.client()
    e2e.sb.faults.add("rate_limit", CART, method="POST")
    err = await e2e.raises(anny.RateLimitError, client.post, CART, json=cart_body(10))
    assert err.response.headers["retry-after"] == "1"
    assert e2e.sleeps == []
    assert len(e2e.ledger("POST", CART)) == 1


async def test_dropped_connection_before_processing_is_not_resent_either(e2e: E2E) -> None:
    """The client cannot tell ``drop_before`` from ``drop_after``: both look like a connection
    closed after the request was sent. So anny does not resend; the caller may, because the
    ledger (or reading the cart back) shows nothing was created."""
    client = e2e.client()
    e2e.sb.faults.add("drop_before", CART, method="POST")
    await e2e.raises(anny.OutcomeUnknownError, client.post, CART, json=cart_body(10))
    assert e2e.sleeps == []
    [entry] = e2e.ledger("POST", CART)
    assert entry["outcome"] == "fault:drop_before"
    assert entry["orders_created"] == []
    await e2e.add_to_cart(client, cart_body(10))  # the caller's own resend
    assert e2e.orders_created("POST", CART) == 1
    assert len(e2e.sb.store.orders) == 1


async def test_a_post_that_never_connected_is_resent_once(e2e: E2E) -> None:
    """A refused connection (a real socket to a closed port) provably never reached the
    server: anny resends the add-to-cart, and exactly one order exists afterwards."""
    transport = e2e.refuse_first_connection()
    client = e2e.client(http_client=e2e.http_client(transport=transport))
    raw = await e2e.call(client.with_raw_response.post, CART, json=cart_body(10))
    assert raw.status_code == 201
    assert raw.retries_taken == 1
    assert transport.attempts == 2
    assert e2e.sleeps == [0.5]
    assert len(e2e.ledger("POST", CART)) == 1  # only the second attempt arrived
    assert e2e.orders_created("POST", CART) == 1
    assert len(e2e.sb.store.orders) == 1


async def test_timeout_on_checkout_submit_is_not_resent(e2e: E2E) -> None:
    client = e2e.client()
    draft = await e2e.add_to_cart(client, cart_body(10))
    e2e.sb.faults.add("latency", ORDER, method="POST", delay_ms=600)
    impatient = client.with_options(timeout=0.2)
    params = {"oid": draft.id, "oat": draft.access_token}
    err = await e2e.raises(
        anny.OutcomeUnknownError, impatient.post, ORDER, params=params, json=checkout_body()
    )
    assert isinstance(err, anny.APITimeoutError)
    assert e2e.sleeps == []
    assert len(e2e.ledger("POST", ORDER)) == 1
    # The server still processes the submit: the order turns accepted without a resend —
    # which is exactly why resending after a timeout could have booked twice.
    status = None
    for _ in range(40):
        order = anny.types.Order.from_document(await e2e.call(client.get, ORDER, params=params))
        status = order.status
        if status != "draft":
            break
        await asyncio.sleep(0.05)
    assert status == "accepted"
    assert len(e2e.ledger("POST", ORDER)) == 1
    accepted = [b for b in e2e.sb.store.bookings.values() if b.status == "accepted"]
    assert len(accepted) == 1
