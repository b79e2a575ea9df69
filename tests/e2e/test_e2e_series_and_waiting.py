"""Series bookings and waiting for a slot, against the sandbox, sync and async from one body."""

from __future__ import annotations

import datetime as dt
import json
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


async def take(e2e: E2E, client: Any, day: int, hour: int = 10) -> anny.types.CheckoutResult:
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
    [found] = held.bookings  # the checkout result carries the guest's code
    assert found.code
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


def test_occurrences_keep_local_time_across_dst_and_keep_the_past() -> None:
    berlin = __import__("zoneinfo").ZoneInfo("Europe/Berlin")
    now = dt.datetime(2026, 10, 23, 12, tzinfo=dt.UTC)  # a Friday, before the DST end
    rule = rrule(WEEKLY, byweekday=(MO, TU, WE, TH, FR), count=4, dtstart=dt.datetime(2026, 10, 23))
    slots = occurrences(rule, dt.time(9), 90, tz=berlin, now=now)
    # COUNT counts from DTSTART: Friday 09:00 (past, +02:00) is one of the four; Monday 26th
    # is after the change: still 09:00 local, now +01:00. book_series skips the past one.
    assert [s.isoformat() for s, _ in slots] == [
        "2026-10-23T09:00:00+02:00",
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


# --------------------------------------------------------------------------- issue 17: series

DESKS, DESK_SERVICE = "open-space-desks", "desk-booking"  # answers a taken slot with HTML 200


def take_when_added(e2e: E2E, day: int, resource: str, service: str, times: int) -> Any:
    """A request hook: just before the series adds ``day``'s slot, another guest takes it.

    The race the series cannot see coming: the slot was free at the availability check and is
    taken (``times`` holds, one per unit) by the time its add reaches anny.
    """
    fired: list[int] = []

    def maybe_take(request: httpx.Request) -> None:
        if request.method != "POST" or request.url.path != CART or fired:
            return
        if json.loads(request.content)["start_date"][8:10] != f"{day:02d}":
            return
        fired.append(day)
        body = json.loads(request.content)
        body["service_id"] = {service: 1}
        body["add_ons_by_service"] = {service: [[]]}
        body["resource_id"] = [resource]
        for _ in range(times):
            httpx.post(
                f"{e2e.sb.url}{CART}",
                content=json.dumps(body),
                headers={"content-type": "application/vnd.api+json"},
            ).raise_for_status()

    async def maybe_take_async(request: httpx.Request) -> None:
        maybe_take(request)

    hook = maybe_take_async if e2e.is_async else maybe_take
    return e2e.http_client(
        event_hooks={"request": [e2e._record_async if e2e.is_async else e2e._record, hook]}
    )


@pytest.mark.parametrize("day", [23, 25])  # the first add (it makes the cart) or a later one
@pytest.mark.parametrize(
    ("where", "service", "resource", "units", "why"),
    [
        (ROOM, DESK, "8001", 1, "slot_unavailable"),  # anny's 409
        (DESKS, DESK_SERVICE, "8002", 4, "This timeslot is already taken."),  # its HTML 200
    ],
)
async def test_a_date_lost_to_a_race_is_failed_and_the_others_are_booked(
    e2e: E2E, where: str, service: str, resource: str, units: int, why: str, day: int
) -> None:
    client = e2e.client(
        token=e2e.token(),
        http_client=take_when_added(e2e, day, resource, service_id(service), units),
    )
    result = await e2e.call(
        client.series.book, where, service, "FREQ=DAILY;COUNT=3", dt.time(14), 60
    )
    assert [o.start.day for o in result.booked] == [d for d in (23, 24, 25) if d != day]
    [lost] = result.failed
    assert lost.start == dt.datetime(2026, 11, day, 14, tzinfo=BERLIN)
    assert why in (lost.reason or "")
    assert result.order is not None
    assert result.order.status == "accepted"
    # The add went to our cart's URL (oid, oat): the reason quotes anny, never the token.
    assert result.order.access_token
    e2e.secrets.add(result.order.access_token)
    e2e.assert_no_secrets(lost.reason or "", repr(result), where="failed reason")
    assert len(result.booked) == 2
    assert all(o.number for o in result.booked)
    # Our cart holds nothing after the series: its two bookings were placed, no draft is left.
    ours = [o for o in e2e.sb.store.orders.values() if o.id == result.order.id]
    assert [o.status for o in ours] == ["accepted"]


def service_id(slug: str) -> str:
    return {DESK: "7001", DESK_SERVICE: "7003"}[slug]


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=HOURLY;COUNT=3",
        "FREQ=MINUTELY;INTERVAL=30;COUNT=2",
        "FREQ=DAILY;BYHOUR=9,10;COUNT=4",
        rrule(
            __import__("dateutil.rrule").rrule.HOURLY, count=3, dtstart=dt.datetime(2026, 11, 24)
        ),
    ],
)
async def test_a_rule_finer_than_a_day_is_refused_before_sending(e2e: E2E, rule: Any) -> None:
    client = e2e.client(token=e2e.token())
    err = await e2e.raises(
        anny.InvalidParameterError, client.series.book, ROOM, DESK, rule, dt.time(10), 60
    )
    assert "one slot a day" in str(err)
    await e2e.raises(
        anny.InvalidParameterError, client.series.plan, ROOM, DESK, rule, dt.time(10), 60
    )
    assert e2e.sent == []  # not even the resource look-up
    assert [o for o in e2e.sb.store.orders.values() if o.status == "draft"] == []


def test_occurrences_never_give_one_date_twice() -> None:
    now = dt.datetime(2026, 11, 23, 7, tzinfo=dt.UTC)
    with pytest.raises(anny.InvalidParameterError, match="several a day"):
        occurrences("FREQ=HOURLY;COUNT=3", dt.time(10), 60, tz=BERLIN, now=now)
    # BYSETPOS can pick one instant a day: fine, and every date once.
    slots = occurrences("FREQ=DAILY;COUNT=3", dt.time(10), 60, tz=BERLIN, now=now)
    assert len({s.date() for s, _ in slots}) == len(slots) == 3


@pytest.mark.parametrize(
    ("minutes_after_start", "past"),
    [
        (0, []),  # 08:00 Berlin: the 23rd's 09:00 is ahead
        (59, []),  # 08:59
        (60, []),  # 09:00 exactly: it starts now, still bookable
        (61, [23]),  # 09:01: begun
        (60 * 26, [23, 24]),  # Tuesday 10:00
    ],
)
async def test_past_occurrences_are_listed_as_skipped_and_count_from_dtstart(
    e2e: E2E, minutes_after_start: int, past: list[int]
) -> None:
    e2e.sb.advance(minutes=minutes_after_start)
    client = e2e.client(token=e2e.token())
    rule = "DTSTART:20261123T000000\nRRULE:FREQ=DAILY;COUNT=4"
    plan = await e2e.call(client.series.plan, ROOM, DESK, rule, dt.time(9), 60)
    assert [o.start.day for o in plan.occurrences] == [23, 24, 25, 26]  # COUNT=4: four rows
    assert [o.start.day for o in plan.skipped] == past
    assert {o.reason for o in plan.skipped} <= {"in the past"}
    assert [o.start.day for o in plan.planned] == [d for d in (23, 24, 25, 26) if d not in past]
    # The past dates cost no availability request.
    asked = {r.url.params["date"][8:10] for r in e2e.sent_to("GET", "/api/v1/availability/start")}
    assert asked == {f"{d}" for d in (23, 24, 25, 26) if d not in past}

    booked = await e2e.call(client.series.book, ROOM, DESK, rule, dt.time(9), 60)
    assert [o.start.day for o in booked.skipped] == past
    assert [o.start.day for o in booked.booked] == [d for d in (23, 24, 25, 26) if d not in past]


async def test_without_dtstart_count_starts_today_and_todays_past_slot_is_listed(e2e: E2E) -> None:
    e2e.sb.advance(minutes=120)  # 10:00 in Berlin: today's 09:00 has begun
    client = e2e.client(token=e2e.token())
    plan = await e2e.call(client.series.plan, ROOM, DESK, "FREQ=DAILY;COUNT=4", dt.time(9), 60)
    assert [(o.start.day, o.status, o.reason) for o in plan.occurrences] == [
        (23, "skipped", "in the past"),
        (24, "planned", None),
        (25, "planned", None),
        (26, "planned", None),
    ]


async def test_a_series_entirely_in_the_past_lists_every_date_and_asks_nothing(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    rule = "DTSTART:20261116T000000\nRRULE:FREQ=DAILY;COUNT=3"  # the 16th to the 18th
    result = await e2e.call(client.series.book, ROOM, DESK, rule, dt.time(9), 60)
    assert [(o.start.day, o.status, o.reason) for o in result.occurrences] == [
        (16, "skipped", "in the past"),
        (17, "skipped", "in the past"),
        (18, "skipped", "in the past"),
    ]
    assert result.order is None
    assert e2e.sent_to("GET", "/api/v1/availability/start") == []
    assert e2e.sent_to("POST", CART) == []
