"""`client.availability` against the sandbox over real HTTP, sync and async from one body.

The sandbox's clock is frozen at Monday 2026-11-23 08:00 Berlin (``START``); every time the
helpers return is tz-aware in the resource's zone (Europe/Berlin), so ``slot.start.hour`` is the
local hour. A service or resource given by slug is resolved once; anny is sent numeric ids.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from e2e_helpers import E2E, START, cart_body

import anny

BERLIN = ZoneInfo("Europe/Berlin")
TOMORROW = dt.date(2026, 11, 24)
ROOM, HOURLY = "conference-room-berlin", "hourly-desk-booking"
START_PATH = "/api/v1/availability/start"


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


async def book(e2e: E2E, client: object, hour: int, **kwargs: str) -> None:
    draft = await e2e.add_to_cart(client, cart_body(hour, **kwargs))
    await e2e.submit(client, draft)


async def test_find_a_free_slot_tomorrow_morning_and_book_it(e2e: E2E) -> None:
    client = e2e.client()
    day = await e2e.call(client.availability.slots, ROOM, HOURLY, TOMORROW)
    assert all(isinstance(s, anny.types.Slot) for s in day)
    assert [s.start.hour for s in day] == list(range(7, 22))  # open 07:00-22:00
    assert all(s.start.tzinfo == BERLIN and s.duration == dt.timedelta(hours=1) for s in day)
    assert all(s.available and (s.capacity, s.remaining) == (1, 1) for s in day)
    morning = [s for s in day if 9 <= s.start.hour < 12 and s.available]
    assert morning[0].start == at(TOMORROW, 9)

    # The wire: the resource was looked up once by slug, then anny got numeric ids.
    lookup, request = e2e.sent
    assert lookup.url.path == f"/api/v1/resources/{ROOM}"
    assert request.url.path == START_PATH
    assert sorted(request.url.params.multi_items()) == [
        ("date", "2026-11-24"),
        ("resource_id", "8001"),
        ("service_id", "7001"),  # availability/start takes the plain form
        ("timezone", "Europe/Berlin"),
    ]

    await book(e2e, client, 9)
    again = await e2e.call(client.availability.slots, ROOM, HOURLY, TOMORROW)
    nine = next(s for s in again if s.start.hour == 9)
    assert (nine.available, nine.remaining) == (False, 0)
    assert nine.unavailability is anny.types.Unavailability.BOOKED_OUT
    assert nine.unavailability_raw == "booked_out"
    assert len(e2e.sent_to("GET", f"/api/v1/resources/{ROOM}")) == 1  # still cached


async def test_slots_over_a_window_ask_each_local_day(e2e: E2E) -> None:
    client = e2e.client()
    start, end = at(TOMORROW, 20), at(TOMORROW + dt.timedelta(days=2), 9)
    found = await e2e.call(client.availability.slots, 8001, 7001, start=start, end=end)
    assert [s.start for s in found] == [
        at(TOMORROW, 20),
        at(TOMORROW, 21),
        *[at(TOMORROW + dt.timedelta(days=1), h) for h in range(7, 22)],
        at(TOMORROW + dt.timedelta(days=2), 7),
        at(TOMORROW + dt.timedelta(days=2), 8),
    ]
    days = sorted(r.url.params["date"] for r in e2e.sent_to("GET", START_PATH))
    assert days == ["2026-11-24", "2026-11-25", "2026-11-26"]

    free = await e2e.call(
        client.availability.slots,
        ROOM,
        HOURLY,
        start=start,
        end=end,
        duration=120,
        available_only=True,
    )
    # A two-hour booking starting 21:00 would run past closing time.
    assert at(TOMORROW, 21) not in {s.start for s in free}
    assert at(TOMORROW, 20) in {s.start for s in free}
    assert {r.url.params.get("duration") for r in e2e.sent_to("GET", START_PATH)[3:]} == {"120"}


async def test_days_with_availability(e2e: E2E) -> None:
    client = e2e.client()
    days = await e2e.call(
        client.availability.dates,
        "open-space-desks",
        "desk-booking",
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 29),
    )
    # Open Monday to Saturday: Sunday the 29th has nothing.
    assert days == [dt.date(2026, 11, d) for d in range(23, 29)]
    [request] = e2e.sent_to("GET", "/api/v1/availability/start-dates")
    assert sorted(request.url.params.multi_items()) == [
        ("end_date", "2026-11-29"),
        ("resource_id", "8002"),
        ("service_id[7003]", "1"),
        ("start_date", "2026-11-23"),
        ("timezone", "Europe/Berlin"),
    ]


async def test_next_free_from_a_given_time_and_from_the_clients_clock(e2e: E2E) -> None:
    client = e2e.client()
    # The paid meeting room needs an hour's notice: at 08:00 the first free slot is 09:00.
    first = await e2e.call(
        client.availability.next_free, "meeting-room-alex", "meeting-room-hourly", after=START
    )
    assert first is not None
    assert first.start == at(dt.date(2026, 11, 23), 9)

    # Taken 09:00 and 10:00 tomorrow: searching from 08:30 tomorrow finds 11:00.
    await book(e2e, client, 9, service="7001", resource="8001")
    await book(e2e, client, 10, service="7001", resource="8001")
    later = await e2e.call(client.availability.next_free, ROOM, HOURLY, after=at(TOMORROW, 8, 30))
    assert later is not None
    assert later.start == at(TOMORROW, 11)

    # Without `after`, "now" comes from the client's injected clock (not the wall clock).
    clocked = e2e.client()
    clocked._context.now = lambda: dt.datetime(2026, 11, 25, 21, 30, tzinfo=dt.UTC)
    e2e.sent.clear()
    upcoming = await e2e.call(clocked.availability.next_free, 8001, 7001, within_days=3)
    assert upcoming is not None
    # 21:30 UTC is 22:30 in Berlin, after closing: the next slot is 07:00 the day after.
    assert upcoming.start == at(dt.date(2026, 11, 26), 7)
    # One range request from that instant (its first page holds the answer), no per-day ones.
    [asked] = e2e.sent_to("GET", "/api/v1/availability/upcoming-intervals")
    assert asked.url.params["start_date"] == "2026-11-25T21:30:00+00:00"
    assert e2e.sent_to("GET", START_PATH) == []


async def test_next_free_says_none_when_nothing_is_free(e2e: E2E) -> None:
    client = e2e.client()
    # Closed on Sunday, 29th: a one-day search from Sunday noon finds nothing.
    found = await e2e.call(
        client.availability.next_free,
        "open-space-desks",
        "desk-booking",
        after=at(dt.date(2026, 11, 29), 12),
        within_days=1,
    )
    assert found is None


async def test_opening_hours(e2e: E2E) -> None:
    client = e2e.client()
    periods = await e2e.call(client.availability.periods, ROOM, START, START + dt.timedelta(days=2))
    assert all(isinstance(p, anny.types.OpeningPeriod) for p in periods)
    assert [(p.start, p.end) for p in periods] == [
        (at(dt.date(2026, 11, 23), 8), at(dt.date(2026, 11, 23), 22)),  # from "now"
        (at(TOMORROW, 7), at(TOMORROW, 22)),
        (at(dt.date(2026, 11, 25), 7), at(dt.date(2026, 11, 25), 8)),  # up to the end
    ]
    assert {p.resource_id for p in periods} == {"8001"}
    [request] = e2e.sent_to("GET", "/api/v1/availability/periods")
    assert request.url.params.get_list("r[]") == ["8001"]


async def test_start_and_end_intervals(e2e: E2E) -> None:
    client = e2e.client()
    starts = await e2e.call(client.availability.intervals, ROOM, HOURLY, day=TOMORROW)
    assert [s.start.hour for s in starts] == list(range(7, 22))
    [request] = e2e.sent_to("GET", "/api/v1/intervals/start")
    assert sorted(request.url.params.multi_items()) == [
        ("date", "2026-11-24"),
        ("resource_id", "8001"),
        ("service_id[7001]", "1"),
        ("timezone", "Europe/Berlin"),
    ]

    ends = await e2e.call(client.availability.intervals, ROOM, HOURLY, start=at(TOMORROW, 9))
    # 60 to 240 minutes in steps of 60.
    assert [s.end for s in ends] == [at(TOMORROW, h) for h in (10, 11, 12, 13)]
    assert all(s.start == at(TOMORROW, 9) and s.available for s in ends)
    [request] = e2e.sent_to("GET", "/api/v1/intervals/end")
    assert request.url.params["date_time"] == "2026-11-24T09:00:00+01:00"


async def test_upcoming_intervals(e2e: E2E) -> None:
    client = e2e.client()
    found = await e2e.call(client.availability.upcoming, ROOM, HOURLY, limit=5)
    assert [s.start for s in found] == [at(dt.date(2026, 11, 23), h) for h in range(8, 13)]
    assert all(s.available for s in found)

    later = await e2e.call(client.availability.upcoming, 8001, 7001, after=at(TOMORROW, 20))
    assert [s.start for s in later[:3]] == [
        at(TOMORROW, 20),
        at(TOMORROW, 21),
        at(dt.date(2026, 11, 25), 7),
    ]
    # The first page asks from `after`; the next ones from the page_end_date anny returned.
    asked = [r.url.params for r in e2e.sent_to("GET", "/api/v1/availability/upcoming-intervals")]
    later_pages = [q for q in asked if q.get("start_date", "") >= "2026-11-24T20:00:00+01:00"]
    assert later_pages[0]["start_date"] == "2026-11-24T20:00:00+01:00"
    assert all(q["resource_id"] == "8001" for q in asked)


async def test_calendar_shows_occupancy(e2e: E2E) -> None:
    client = e2e.client()
    await book(e2e, client, 10)
    events = await e2e.call(
        client.availability.calendar,
        at(TOMORROW, 0),
        at(TOMORROW, 23),
        resources=[ROOM],
        timezone="Europe/Berlin",
    )
    assert all(isinstance(e, anny.types.CalendarEvent) for e in events)
    [event] = events
    assert (event.resource_id, event.start, event.end) == (
        "8001",
        at(TOMORROW, 7),
        at(TOMORROW, 22),
    )
    assert (event.occupancy, event.quota, event.available) == (1, 1, True)
    [request] = e2e.sent_to("GET", "/api/v1/calendar-events")
    assert request.url.params.get_list("resource_id[]") == ["8001"]


async def test_bad_availability_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client()
    naive = dt.datetime(2026, 11, 24, 9)
    aware = at(TOMORROW, 9)
    refused = [
        (client.availability.slots, (ROOM, HOURLY), {"start": naive, "end": aware}),
        (client.availability.slots, (ROOM, HOURLY), {"start": aware, "end": aware}),
        (client.availability.slots, ("../etc", HOURLY, TOMORROW), {}),
        (client.availability.next_free, (ROOM, HOURLY), {"after": naive}),
        (client.availability.next_free, (ROOM, HOURLY), {"within_days": 0}),
        (client.availability.dates, (ROOM, HOURLY, TOMORROW, dt.date(2026, 11, 1)), {}),
        (client.availability.intervals, (ROOM, "a/b"), {"day": TOMORROW}),
        (client.availability.periods, (ROOM, aware, naive), {}),
        (client.availability.calendar, (aware, aware - dt.timedelta(hours=1)), {}),
        (client.availability.upcoming, (ROOM, HOURLY), {"after": naive}),
    ]
    for method, args, kwargs in refused:
        await e2e.raises(anny.InvalidParameterError, method, *args, **kwargs)
    assert e2e.sb.ledger()["requests"] == []

    # A service slug the resource does not offer is named after the one look-up.
    err = await e2e.raises(
        anny.InvalidParameterError, client.availability.slots, ROOM, "nope", TOMORROW
    )
    assert "nope" in str(err)
    assert [e["path"] for e in e2e.sb.ledger()["requests"]] == [f"/api/v1/resources/{ROOM}"]
