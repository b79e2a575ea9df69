"""The booking flows through `anny`, sync and async, against the real sandbox server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from e2e_helpers import CART, E2E, ROOM, TOMORROW, cart_body

import anny

BERLIN = timezone(timedelta(hours=1))  # CET, late November


async def _slots(e2e: E2E, client: Any) -> dict[str, dict[str, Any]]:
    """Availability of the room tomorrow, by local start time ``HH:MM``."""
    doc = await e2e.call(
        client.get,
        "/api/v1/availability/start",
        params={"service_id": "7001", "date": TOMORROW, "timezone": "Europe/Berlin"},
    )
    assert not doc.is_jsonapi  # a plain JSON list, not a JSON:API document
    assert isinstance(doc.data, list)
    return {slot["start_date"][11:16]: slot for slot in doc.data}


async def test_anonymous_booking_flow(e2e: E2E) -> None:
    client = e2e.client()

    # Catalog: the room with its services, built with anny.flows.build_query.
    doc = await e2e.call(client.get, ROOM, params=anny.flows.build_query(include=["services"]))
    room = anny.types.BookableResource.from_document(doc)
    assert (room.id, room.slug, room.name) == (
        "8001",
        "conference-room-berlin",
        "Conference room Berlin",
    )
    services = [anny.types.Service.from_resource(s) for s in doc.data.services]
    assert [(s.id, s.slug) for s in services] == [("7001", "hourly-desk-booking")]
    assert services[0].price == anny.Money(Decimal("0"), "EUR")
    assert isinstance(services[0].price.amount, Decimal)

    # Availability: 10:00 tomorrow is free.
    before = await _slots(e2e, client)
    assert before["10:00"]["available"] is True
    assert before["10:00"]["remaining_number_available"] == 1

    # Cart: a draft order with its access token.
    draft = await e2e.add_to_cart(client, cart_body(10))
    assert draft.status == "draft"
    assert draft.number is not None
    assert draft.number.startswith("BO")
    assert draft.total == anny.Money(Decimal("0"), "EUR")
    assert draft.expires_at == datetime(2026, 11, 23, 7, 15, tzinfo=UTC)
    assert draft.expires_at.tzinfo is not None
    assert draft.access_token is not None
    assert draft.access_token not in repr(draft)  # the oat is kept out of the repr

    # Checkout form of the draft.
    form = await e2e.call(
        client.get, "/api/ui/checkout-form", params={"oid": draft.id, "oat": draft.access_token}
    )
    keys = {component["key"] for component in form.data["components"]}
    assert {"customer.given_name", "customer.family_name", "customer.email"} <= keys
    assert "accept_terms" in keys
    assert form.data["requires_payment"] is False
    assert form.data["order"]["id"] == draft.id

    # Submit: the order is accepted and carries its booking.
    submitted = await e2e.submit(client, draft)
    order = anny.types.Order.from_document(submitted)
    assert (order.id, order.number, order.status) == (draft.id, draft.number, "accepted")
    assert order.expires_at is None
    assert len(submitted.data.bookings) == 1
    booking = anny.types.Booking.from_resource(submitted.data.bookings[0])
    assert booking.status is anny.types.BookingStatus.ACCEPTED
    assert booking.number is not None
    assert booking.number.startswith("BB")
    assert len(booking.number) == 10
    assert booking.start_date == datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN)
    assert booking.end_date == datetime(2026, 11, 24, 11, 0, tzinfo=BERLIN)
    assert booking.start_date.utcoffset() is not None

    # The slot is taken now.
    assert (await _slots(e2e, client))["10:00"]["available"] is False

    # The booking by its number.
    found = anny.types.Booking.from_document(
        await e2e.call(client.get, "/api/v1/bookings/by-number", params={"number": booking.number})
    )
    assert (found.id, found.number, found.status) == (booking.id, booking.number, booking.status)
    assert found.total == anny.Money(Decimal("0"), "EUR")

    # Cancellation preview, then cancel (a GET, as in anny's web shop), with the order token.
    oat = {"oat": draft.access_token}
    preview = await e2e.call(
        client.get, f"/api/v1/bookings/{booking.id}/cancellation-preview", params=oat
    )
    assert preview.data["cancelable"] is True
    assert preview.data["fee_type"] == "none"
    assert preview.data["booking_number"] == booking.number
    canceled = anny.types.Booking.from_document(
        await e2e.call(client.get, f"/api/v1/bookings/{booking.id}/cancel", params=oat)
    )
    assert canceled.status is anny.types.BookingStatus.CANCELED
    assert canceled.status_raw == "canceled"
    assert canceled.canceled_at == datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

    # The slot is free again.
    after = await _slots(e2e, client)
    assert after["10:00"]["available"] is True
    assert after["10:00"]["remaining_number_available"] == 1

    # And a second cancel is refused.
    err = await e2e.raises(
        anny.ConflictError, client.get, f"/api/v1/bookings/{booking.id}/cancel", params=oat
    )
    assert err.status_code == 409

    # Every answer of the flow was checked against the spec (the fixture fails on a violation).
    assert e2e.validator is not None
    assert {
        ("GET", "/api/v1/resources/{resource_slug}"),
        ("POST", "/api/v1/order/bookings"),
        ("POST", "/api/v1/order"),
        ("GET", "/api/v1/bookings/{booking_id}/cancel"),
    } <= e2e.validator.seen


async def test_paid_cart_totals_are_decimal_money(e2e: E2E) -> None:
    client = e2e.client()
    draft = await e2e.add_to_cart(client, cart_body(10, hours=2, service="7002", resource="8020"))
    assert draft.total == anny.Money(Decimal("50"), "EUR")  # EUR 25 per hour, two hours
    assert isinstance(draft.total.amount, Decimal)
    assert str(draft.total) in ("50 EUR", "50.0 EUR", "50.00 EUR")


async def test_customer_lists_own_bookings_across_pages(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    order: anny.types.Order | None = None
    for hour in (8, 9, 10, 11, 12):  # five bookings in one cart
        order = await e2e.add_to_cart(client, cart_body(hour), order)
    assert order is not None
    submitted = await e2e.submit(client, order)
    created = {b.number for b in submitted.data.bookings}
    assert len(created) == 5

    bookings = await e2e.collect(client.paginate("/api/v1/bookings", page_size=2))
    numbers = [b.number for b in bookings]
    assert len(numbers) == 5  # each booking exactly once ...
    assert set(numbers) == created  # ... and every one of them
    starts = [anny.types.Booking.from_resource(b).start_date for b in bookings]
    assert all(start is not None for start in starts)
    # The server's default order (by start) is kept across pages.
    assert starts == sorted(s for s in starts if s is not None)

    pages = e2e.ledger("GET", "/api/v1/bookings")
    assert len(pages) == 3  # 2 + 2 + 1: the pager stopped after the last page
    assert all(entry["status"] == 200 for entry in pages)


async def test_two_carts_compete_for_the_last_slot(e2e: E2E) -> None:
    first, second = e2e.client(), e2e.client()
    results = await e2e.race(
        lambda: first.post(CART, json=cart_body(14)),
        lambda: second.post(CART, json=cart_body(14)),
    )
    winners = [r for r in results if isinstance(r, anny.Document)]
    losers = [r for r in results if isinstance(r, anny.APIStatusError)]
    assert len(winners) == 1, results
    assert len(losers) == 1, results
    err = losers[0]
    assert type(err) is anny.ConflictError
    assert err.status_code == 409
    assert err.errors[0].code == "slot_unavailable"
    assert err.errors[0].status == "409"
    assert err.request_id == err.response.headers["x-request-id"]
    assert e2e.orders_created("POST", CART) == 1
