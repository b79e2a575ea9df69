"""Series bookings and waiting for a slot, against the sandbox, sync and async from one body."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from dateutil.rrule import FR, MO, TH, TU, WE, WEEKLY, rrule
from e2e_helpers import CART, CUSTOMER, E2E

import anny
from anny._areas.series import occurrences

BERLIN = dt.timezone(dt.timedelta(hours=1))
ROOM, DESK = "conference-room-berlin", "hourly-desk-booking"
WEEKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10"


async def take(e2e: E2E, client: Any, day: int, hour: int = 10) -> anny.CheckoutResult:
    """Another customer books a slot (so the series finds it taken)."""
    cart = client.cart()
    start = dt.datetime(2026, 11, day, hour, tzinfo=BERLIN)
    await e2e.call(cart.add, ROOM, DESK, start, start + dt.timedelta(hours=1))
    e2e.secrets.add(cart.state.oat)
    return await e2e.call(cart.submit, customer=CUSTOMER, accept_terms=True)


async def test_a_two_week_weekday_series_with_a_full_day(e2e: E2E) -> None:
    other = e2e.client()
    await take(e2e, other, 26)  # Thursday 26th, 10:00 is taken
    client = e2e.client(token=e2e.token())

    plan = await e2e.call(client.series.plan, ROOM, DESK, WEEKDAYS, dt.time(10), 60)
    assert plan.dry_run
    # Monday 23rd 10:00 is still ahead (the clock says 08:00 Berlin): ten weekdays from it.
    assert [o.start.day for o in plan.planned] == [23, 24, 25, 27, 30, 1, 2, 3, 4]
    [taken] = plan.skipped
    assert taken.start == dt.datetime(2026, 11, 26, 10, tzinfo=BERLIN)
    assert taken.reason == "booked_out"
    assert len(e2e.ledger("POST", CART)) == 1  # the other customer's: a dry run holds nothing

    result = await e2e.call(client.series.book, ROOM, DESK, WEEKDAYS, dt.time(10), 60)
    assert [o.start.day for o in result.booked] == [23, 24, 25, 27, 30, 1, 2, 3, 4]
    assert all(o.number and o.number.startswith("BB") for o in result.booked)
    assert [o.start.day for o in result.skipped] == [26]
    assert result.failed == ()
    assert result.order is not None
    assert result.order.status == "accepted"
    # One cart for the whole series, and no draft left holding anything.
    assert e2e.orders_created("POST", CART) == 2
    assert [o.status for o in e2e.sb.store.orders.values()].count("draft") == 0
    assert all(o.start.tzinfo is not None for o in result.occurrences)


async def test_a_series_that_fails_midway_leaves_no_hold(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("status", "/api/v1/order", method="POST", status=503)
    await e2e.raises(
        anny.OutcomeUnknownError, client.series.book, ROOM, DESK, "FREQ=DAILY;COUNT=3",
        dt.time(14), 60,
    )  # fmt: skip
    drafts = [o for o in e2e.sb.store.orders.values() if o.status == "draft"]
    assert all(not o.booking_ids for o in drafts)  # the cart was emptied at once


async def test_wait_for_gets_the_slot_another_customer_releases(e2e: E2E) -> None:
    other = e2e.client()
    held = await take(e2e, other, 24, 10)
    [booking] = held.bookings
    found = await e2e.call(other.bookings.by_number, booking.number)
    e2e.secrets.add(found.code)

    class ReleaseOnSecondPoll(list[float]):
        def append(self, seconds: float) -> None:
            super().append(seconds)
            if len(self) == 2:  # the other customer cancels while we wait
                httpx.get(
                    f"{e2e.sb.url}/api/v1/bookings/{found.id}/cancel", params={"code": found.code}
                ).raise_for_status()

    e2e.sleeps = ReleaseOnSecondPoll()
    client = e2e.client()
    start = dt.datetime(2026, 11, 24, 10, tzinfo=BERLIN)
    slot = await e2e.call(
        client.availability.wait_for, ROOM, DESK, start, start + dt.timedelta(hours=1),
        poll=30, jitter=lambda: 0.0,
    )  # fmt: skip
    assert slot is not None
    assert slot.start == start
    assert slot.available
    assert e2e.sleeps == [30.0, 45.0]  # polite: growing by half each time
    assert len(e2e.sent_to("GET", "/api/v1/availability/start")) == 3


async def test_wait_for_gives_up_at_its_cap(e2e: E2E) -> None:
    other = e2e.client()
    await take(e2e, other, 24, 10)
    client = e2e.client()
    start = dt.datetime(2026, 11, 24, 10, tzinfo=BERLIN)
    slot = await e2e.call(
        client.availability.wait_for, ROOM, DESK, start, start + dt.timedelta(hours=1),
        poll=10, max_requests=4, jitter=lambda: 0.0,
    )  # fmt: skip
    assert slot is None
    assert len(e2e.sent_to("GET", "/api/v1/availability/start")) == 4
    assert e2e.sleeps == [10.0, 15.0, 22.5]


def test_occurrences_keep_local_time_across_dst_and_skip_the_past() -> None:
    berlin = __import__("zoneinfo").ZoneInfo("Europe/Berlin")
    now = dt.datetime(2026, 10, 23, 12, tzinfo=dt.UTC)  # a Friday, before the DST end
    rule = rrule(WEEKLY, byweekday=(MO, TU, WE, TH, FR), count=4, dtstart=dt.datetime(2026, 10, 23))
    slots = occurrences(rule, dt.time(9), 90, tz=berlin, now=now)
    # Friday 09:00 has passed; Monday 26th is after the change: still 09:00 local, now +01:00.
    assert [s.isoformat() for s, _ in slots] == [
        "2026-10-26T09:00:00+01:00",
        "2026-10-27T09:00:00+01:00",
        "2026-10-28T09:00:00+01:00",
    ]
    assert all(e - s == dt.timedelta(minutes=90) for s, e in slots)


@pytest.mark.parametrize(
    ("rule", "why"),
    [
        ("FREQ=DAILY", "never ends"),
        ("every monday", "not an RRULE"),
        ("FREQ=DAILY;COUNT=500", "more than 200"),
    ],
)
def test_bad_series_input_is_refused(rule: str, why: str) -> None:
    now = dt.datetime(2026, 11, 23, 7, tzinfo=dt.UTC)
    with pytest.raises(anny.InvalidParameterError, match=why):
        occurrences(rule, dt.time(9), 60, tz=None, now=now)


def test_a_zero_duration_is_refused() -> None:
    now = dt.datetime(2026, 11, 23, 7, tzinfo=dt.UTC)
    with pytest.raises(anny.InvalidParameterError, match="duration"):
        occurrences("FREQ=DAILY;COUNT=2", dt.time(9), 0, tz=None, now=now)
