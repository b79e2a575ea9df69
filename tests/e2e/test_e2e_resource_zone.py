"""Times come back in the resource's time zone from every helper, as slots do (README: "tz-aware
datetimes in the resource's time zone"), sync and async from one body.

anny stores booking times in UTC (the sandbox answers ``…T09:00:00+00:00`` for a 10:00 CET
booking); a slot of the same room is ``10:00+01:00``. A booking, a quote, cancellation terms
and a checkout's bookings must read alike: the same instant, in the room's zone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from e2e_helpers import CUSTOMER, E2E

import anny

ROOM, DESK = "conference-room-berlin", "hourly-desk-booking"
CET = dt.timezone(dt.timedelta(hours=1))
TEN = dt.datetime(2026, 11, 24, 10, tzinfo=CET)
ELEVEN = TEN + dt.timedelta(hours=1)


def in_berlin(value: dt.datetime | None, expected: dt.datetime) -> None:
    assert value == expected  # the same instant ...
    assert value is not None
    assert str(value.tzinfo) == "Europe/Berlin"  # ... in the room's zone
    assert value.isoformat() == expected.isoformat()


async def book_ten(e2e: E2E, client: Any) -> anny.types.CheckoutResult:
    cart = client.cart()
    await e2e.call(cart.add, ROOM, DESK, TEN, ELEVEN)
    result: anny.types.CheckoutResult = await e2e.call(
        cart.submit, customer=CUSTOMER, accept_terms=True
    )
    return result


async def test_bookings_quotes_and_terms_are_in_the_rooms_zone_like_its_slots(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    [slot] = [
        s
        for s in await e2e.call(client.availability.slots, ROOM, DESK, TEN.date())
        if s.start == TEN
    ]
    in_berlin(slot.start, TEN)

    quote = await e2e.call(client.checkout.quote, ROOM, DESK, TEN, ELEVEN)
    in_berlin(quote.start, TEN)
    in_berlin(quote.end, ELEVEN)

    result = await book_ten(e2e, client)
    [booked] = result.bookings
    in_berlin(booked.start_date, TEN)
    in_berlin(booked.end_date, ELEVEN)
    assert booked.code is not None
    e2e.secrets.add(booked.code)
    assert booked.number is not None
    # What anny itself answered: UTC (so the conversion is the client's doing).
    raw = (await e2e.call(client.get, f"/api/v1/bookings/{booked.id}")).data
    assert raw.attributes["start_date"] == "2026-11-24T09:00:00+00:00"

    for fetched in (
        await e2e.call(client.bookings.by_number, booked.number),
        await e2e.call(client.bookings.get, booked.id),
        *await e2e.collect(client.bookings.list()),
    ):
        assert str(fetched.zone) == "Europe/Berlin"
        in_berlin(fetched.start_date, TEN)
        in_berlin(fetched.end_date, ELEVEN)
        assert fetched.created_at is not None
        assert str(fetched.created_at.tzinfo) == "Europe/Berlin"
    for request in e2e.sent_to("GET", "/api/v1/bookings/by-number"):
        assert request.url.params["include"] == "resource"

    booking = await e2e.call(client.bookings.by_number, booked.number)
    terms = await e2e.call(client.bookings.cancellation_preview, booking)
    assert terms.deadline is not None
    assert str(terms.deadline.tzinfo) == "Europe/Berlin"
    by_id = await e2e.call(client.bookings.cancellation_preview, booking.id)
    assert by_id.deadline == terms.deadline  # by id: the same instant, as anny answers it

    canceled = await e2e.call(client.bookings.cancel, booking)
    assert canceled.status is anny.types.BookingStatus.CANCELED
    in_berlin(canceled.start_date, TEN)
    assert canceled.canceled_at is not None
    assert str(canceled.canceled_at.tzinfo) == "Europe/Berlin"
