"""Catalog and availability helpers over a MockTransport: the async fan-out is concurrent with
its bound (and the blocking client gets the same answer), ``upcoming`` follows
``page_end_date``, look-ups are cached, bad input is refused before anything is sent."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

import anny

BASE = "https://api.test"
BERLIN = ZoneInfo("Europe/Berlin")
ROOM = anny.types.BookableResource(
    id="8001", slug="conference-room-berlin", timezone="Europe/Berlin"
)
RESOURCE_DOC = {
    "data": {
        "type": "resources",
        "id": "8001",
        "attributes": {"slug": "conference-room-berlin", "timezone": "Europe/Berlin"},
        "relationships": {"services": {"data": [{"type": "services", "id": "7001"}]}},
    },
    "included": [{"type": "services", "id": "7001", "attributes": {"slug": "hourly-desk-booking"}}],
}

Handler = Callable[[httpx.Request], httpx.Response]


def plain(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body)


def day_slots(day: str, *, free_from: str = "2026-11-01") -> list[dict[str, Any]]:
    """Three hourly slots 09-12 local; free only on days >= ``free_from``."""
    free = day >= free_from
    return [
        {
            "start_date": f"{day}T{h:02d}:00:00+01:00",
            "end_date": f"{day}T{h + 1:02d}:00:00+01:00",
            "available": free,
            "number_available": 1,
            "remaining_number_available": 1 if free else 0,
            "unavailability_type": None if free else "booked_out",
        }
        for h in (9, 10, 11)
    ]


def catalog_handler(free_from: str = "2026-11-01") -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/resources/conference-room-berlin":
            return httpx.Response(
                200,
                content=json.dumps(RESOURCE_DOC).encode(),
                headers={"content-type": "application/vnd.api+json"},
            )
        if request.url.path == "/api/v1/availability/start":
            return plain(day_slots(request.url.params["date"], free_from=free_from))
        if request.url.path == "/api/v1/availability/start-dates":
            first = dt.date.fromisoformat(request.url.params["start_date"])
            last = dt.date.fromisoformat(request.url.params["end_date"])
            days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
            return plain(
                [{"date": d.isoformat(), "available": d.isoformat() >= free_from} for d in days]
            )
        return httpx.Response(404, json={"errors": [{"status": "404"}]})

    return handle


class Counting:
    """Records requests and the most that were in flight at once."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.in_flight = 0
        self.max_in_flight = 0

    def sync_client(self) -> anny.Anny:
        def handle(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                return self.handler(request)
            finally:
                self.in_flight -= 1

        http = httpx.Client(transport=httpx.MockTransport(handle))
        return anny.Anny(base_url=BASE, http_client=http, token=None, max_retries=0)

    def async_client(self) -> anny.AsyncAnny:
        async def handle(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                # Yield to the loop a few times so concurrent requests overlap for real.
                for _ in range(5):
                    await asyncio.sleep(0)
                return self.handler(request)
            finally:
                self.in_flight -= 1

        http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
        return anny.AsyncAnny(base_url=BASE, http_client=http, token=None, max_retries=0)

    def dates(self) -> list[str]:
        """The days whose start times were asked (``getAvailabilityStart``)."""
        return [r.url.params["date"] for r in self.requests if r.url.path.endswith("/start")]

    def ranges(self) -> list[tuple[str, str]]:
        """The ranges asked for bookable days (``getAvailabilityStartDates``)."""
        return [
            (r.url.params["start_date"], r.url.params["end_date"])
            for r in self.requests
            if r.url.path.endswith("/start-dates")
        ]


WINDOW_START = dt.datetime(2026, 11, 23, 0, 0, tzinfo=BERLIN)
WINDOW_END = dt.datetime(2026, 12, 3, 0, 0, tzinfo=BERLIN)  # ten local days


async def test_async_slot_search_fans_out_with_its_bound_and_matches_sync() -> None:
    sync, asyn = Counting(catalog_handler()), Counting(catalog_handler())
    with sync.sync_client() as client:
        expected = client.availability.slots(
            ROOM, 7001, start=WINDOW_START, end=WINDOW_END, concurrency=3
        )
    async with asyn.async_client() as aclient:
        got = await aclient.availability.slots(
            ROOM, 7001, start=WINDOW_START, end=WINDOW_END, concurrency=3
        )

    days = [f"2026-11-{d}" for d in range(23, 31)] + ["2026-12-01", "2026-12-02"]
    assert sync.dates() == days  # one after the other, in order
    assert sync.max_in_flight == 1
    assert sorted(asyn.dates()) == days
    assert asyn.max_in_flight == 3  # concurrent, but never more than the bound
    assert got == expected
    assert len(got) == 30
    assert [s.start for s in got] == sorted(s.start for s in got)
    assert all(s.start.tzinfo == BERLIN for s in got)


async def test_next_free_searches_window_by_window_and_stops_at_the_first_free_slot() -> None:
    """With a duration (the range endpoint takes none) the search goes window by window."""
    sync, asyn = Counting(catalog_handler("2026-11-28")), Counting(catalog_handler("2026-11-28"))
    after = dt.datetime(2026, 11, 23, 10, 30, tzinfo=BERLIN)
    kwargs: dict[str, Any] = {"after": after, "window": 4, "concurrency": 2, "duration": 60}
    with sync.sync_client() as client:
        expected = client.availability.next_free(ROOM, 7001, **kwargs)
    async with asyn.async_client() as aclient:
        got = await aclient.availability.next_free(ROOM, 7001, **kwargs)

    assert got == expected
    assert got is not None
    assert got.start == dt.datetime(2026, 11, 28, 9, tzinfo=BERLIN)
    # 23-26 has nothing (one range request says so), 27-30 has the 28th on: two windows,
    # start times only for the three bookable days, then it stops.
    ranges = [("2026-11-23", "2026-11-26"), ("2026-11-27", "2026-11-30")]
    assert sync.ranges() == ranges
    assert asyn.ranges() == ranges
    bookable = ["2026-11-28", "2026-11-29", "2026-11-30"]
    assert sync.dates() == bookable
    assert sorted(asyn.dates()) == bookable
    assert asyn.max_in_flight == 2
    assert len(sync.requests) == 5  # a per-day fan-out would have taken 8


async def test_next_free_reads_now_from_the_clients_clock_in_the_resources_zone() -> None:
    counting = Counting(catalog_handler())
    with counting.sync_client() as client:
        # 23:30 UTC is already the next day in Berlin.
        client._context.now = lambda: dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC)
        found = client.availability.next_free(ROOM, 7001, within_days=1, duration=60)
    assert counting.dates() == ["2026-11-24"]
    assert found is not None
    assert found.start == dt.datetime(2026, 11, 24, 9, tzinfo=BERLIN)


def test_a_failing_day_fails_the_search() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.params["date"] == "2026-11-25":
            return httpx.Response(422, json={"errors": [{"status": "422", "title": "bad"}]})
        return plain(day_slots(request.url.params["date"]))

    with Counting(handle).sync_client() as client, pytest.raises(anny.UnprocessableEntityError):
        client.availability.slots(ROOM, 7001, start=WINDOW_START, end=WINDOW_END)


# --------------------------------------------------------------------------- upcoming


def interval(hour: int) -> dict[str, Any]:
    return {
        "start_date": f"2026-11-24T{hour:02d}:00:00+01:00",
        "end_date": f"2026-11-24T{hour + 1:02d}:00:00+01:00",
        "available": True,
    }


def paged_upcoming() -> Handler:
    """The object form (reference Addendum B1): intervals plus ``page_end_date``."""
    pages = {
        None: {"data": [interval(9), interval(10)], "page_end_date": "2026-11-24T11:00:00+01:00"},
        "2026-11-24T11:00:00+01:00": {
            "intervals": [interval(11)],
            "page_end_date": "2026-11-24T12:00:00+01:00",
        },
        "2026-11-24T12:00:00+01:00": {"data": [], "page_end_date": "2026-11-24T12:00:00+01:00"},
    }

    def handle(request: httpx.Request) -> httpx.Response:
        return plain(pages[request.url.params.get("start_date")])

    return handle


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_upcoming_follows_page_end_date_until_exhausted(flavour: str) -> None:
    counting = Counting(paged_upcoming())
    if flavour == "sync":
        with counting.sync_client() as client:
            found = client.availability.upcoming(ROOM, 7001)
    else:
        async with counting.async_client() as aclient:
            found = await aclient.availability.upcoming(ROOM, 7001)

    assert [s.start.hour for s in found] == [9, 10, 11]
    assert all(s.start.tzinfo == BERLIN for s in found)
    sent = [r.url.params.get("start_date") for r in counting.requests]
    assert sent == [None, "2026-11-24T11:00:00+01:00", "2026-11-24T12:00:00+01:00"]
    assert {r.url.path for r in counting.requests} == {"/api/v1/availability/upcoming-intervals"}
    assert all(r.url.params["resource_id"] == "8001" for r in counting.requests)


def test_upcoming_stops_at_its_limit_and_on_a_cursor_that_does_not_move() -> None:
    counting = Counting(paged_upcoming())
    with counting.sync_client() as client:
        assert len(client.availability.upcoming(ROOM, 7001, limit=2)) == 2
        assert len(counting.requests) == 1

    def stuck(request: httpx.Request) -> httpx.Response:
        return plain({"data": [interval(9)], "page_end_date": "2026-11-24T09:00:00+01:00"})

    counting = Counting(stuck)
    with counting.sync_client() as client:
        found = client.availability.upcoming(ROOM, 7001)
    assert len(counting.requests) == 2  # the cursor repeated: no endless loop
    assert len(found) == 2


def test_upcoming_takes_a_bare_array_as_the_only_page() -> None:
    counting = Counting(lambda request: plain([interval(9), interval(10)]))
    with counting.sync_client() as client:
        found = client.availability.upcoming(ROOM, 7001)
    assert [s.start.hour for s in found] == [9, 10]
    assert len(counting.requests) == 1


# --------------------------------------------------------------------------- look-ups


def test_slugs_are_resolved_once_and_numeric_ids_are_sent() -> None:
    counting = Counting(catalog_handler())
    with counting.sync_client() as client:
        day = dt.date(2026, 11, 24)
        first = client.availability.slots("conference-room-berlin", "hourly-desk-booking", day)
        again = client.availability.slots("conference-room-berlin", "hourly-desk-booking", day)
        by_id = client.availability.slots(8001, 7001, day)  # the id was cached too
    assert first == again == by_id
    paths = [r.url.path for r in counting.requests]
    assert paths.count("/api/v1/resources/conference-room-berlin") == 1
    assert counting.requests[0].url.params["include"] == "services"
    starts = [r for r in counting.requests if r.url.path == "/api/v1/availability/start"]
    assert len(starts) == 3
    for request in starts:
        assert sorted(request.url.params.multi_items()) == [
            ("date", "2026-11-24"),
            ("resource_id", "8001"),
            ("service_id", "7001"),
            ("timezone", "Europe/Berlin"),
        ]


def test_an_unknown_service_slug_is_named() -> None:
    counting = Counting(catalog_handler())
    with counting.sync_client() as client, pytest.raises(anny.InvalidParameterError) as info:
        client.availability.slots(
            "conference-room-berlin", "no-such-service", dt.date(2026, 11, 24)
        )
    assert "no-such-service" in str(info.value)
    assert "hourly-desk-booking" in str(info.value)
    assert [r.url.path for r in counting.requests] == ["/api/v1/resources/conference-room-berlin"]


def test_slots_across_a_dst_change_are_in_local_time() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        day = request.url.params["date"]
        offset = "+01:00" if day < "2026-03-29" else "+02:00"
        start, end = f"{day}T09:00:00{offset}", f"{day}T10:00:00{offset}"
        return plain([{"start_date": start, "end_date": end, "available": True}])

    counting = Counting(handle)
    start = dt.datetime(2026, 3, 28, 8, tzinfo=BERLIN)
    with counting.sync_client() as client:
        found = client.availability.slots(ROOM, 7001, start=start, end=start + dt.timedelta(days=2))
    assert counting.dates() == ["2026-03-28", "2026-03-29", "2026-03-30"]
    assert [(s.start.day, s.start.hour) for s in found] == [(28, 9), (29, 9)]
    assert [s.start.utcoffset() for s in found] == [dt.timedelta(hours=1), dt.timedelta(hours=2)]


@pytest.mark.parametrize("colour", ["sync", "async"])
async def test_a_slot_always_has_an_end(colour: str) -> None:
    """`Slot.end` is a datetime: anny's intervals always carry one; `availability/start`
    documents `end_date` as optional, so a slot without one ends after the asked duration,
    and with no duration asked it is refused (typed error), never left as None."""
    answers = {
        "with": [
            {"start_date": "2026-11-24T09:00:00+01:00", "end_date": "2026-11-24T09:30:00+01:00"}
        ],
        "without": [{"start_date": "2026-11-24T09:00:00+01:00", "available": True}],
    }
    kind = ["with"]

    def handle(request: httpx.Request) -> httpx.Response:
        return plain(answers[kind[0]])

    counting = Counting(handle)

    async def slots(**options: Any) -> list[anny.types.Slot]:
        if colour == "sync":
            with counting.sync_client() as client:
                return client.availability.slots(ROOM, 7001, dt.date(2026, 11, 24), **options)
        async with counting.async_client() as aclient:
            return await aclient.availability.slots(ROOM, 7001, dt.date(2026, 11, 24), **options)

    [slot] = await slots()
    assert (slot.start.hour, slot.end.hour, slot.end.minute) == (9, 9, 30)  # anny's end wins
    [slot] = await slots(duration=90)
    assert slot.end - slot.start == dt.timedelta(minutes=30)
    kind[0] = "without"
    [slot] = await slots(duration=dt.timedelta(minutes=90))
    assert slot.end == dt.datetime(2026, 11, 24, 10, 30, tzinfo=BERLIN)
    assert slot.duration == dt.timedelta(minutes=90)
    assert counting.requests[-1].url.params["duration"] == "90"
    with pytest.raises(anny.APIResponseValidationError, match="without a readable end_date"):
        await slots()


AWARE = dt.datetime(2026, 11, 24, 9, tzinfo=BERLIN)
NAIVE = dt.datetime(2026, 11, 24, 9)
BAD_CALLS: list[tuple[str, Callable[[anny.Anny], Any]]] = [
    ("naive start", lambda c: c.availability.slots(ROOM, 7001, start=NAIVE, end=AWARE)),
    ("end before start", lambda c: c.availability.slots(ROOM, 7001, start=AWARE, end=AWARE)),
    ("day and window", lambda c: c.availability.slots(ROOM, 7001, AWARE.date(), start=AWARE)),
    ("day as datetime", lambda c: c.availability.slots(ROOM, 7001, AWARE)),
    ("no day", lambda c: c.availability.slots(ROOM, 7001)),
    ("slug with ..", lambda c: c.availability.slots("a..b", 7001, AWARE.date())),
    ("slug with /", lambda c: c.resources.get("a/b")),
    ("empty slug", lambda c: c.organizations.get("")),
    ("service slug /", lambda c: c.services.configuration(8001, "x/y")),
    ("bool id", lambda c: c.resources.services(True)),
    ("zero duration", lambda c: c.availability.slots(ROOM, 7001, AWARE.date(), duration=0)),
    ("naive after", lambda c: c.availability.next_free(ROOM, 7001, after=NAIVE)),
    (
        "dates reversed",
        lambda c: c.availability.dates(ROOM, 7001, AWARE.date(), dt.date(2026, 1, 1)),
    ),
    ("intervals neither", lambda c: c.availability.intervals(ROOM, 7001)),
    ("naive interval start", lambda c: c.availability.intervals(ROOM, 7001, start=NAIVE)),
    ("periods reversed", lambda c: c.availability.periods(ROOM, AWARE, NAIVE)),
    (
        "calendar zone",
        lambda c: c.availability.calendar(AWARE, AWARE.replace(hour=10), timezone="Mars/Base"),
    ),
    ("upcoming limit", lambda c: c.availability.upcoming(ROOM, 7001, limit=0)),
    (
        "children window",
        lambda c: c.resources.children(ROOM, available_from=AWARE, available_to=AWARE),
    ),
    ("locations naive", lambda c: c.resources.locations(start=NAIVE)),
    ("org page size", lambda c: c.organizations.resources("acme-gmbh", page_size=0)),
]


@pytest.mark.parametrize(("label", "call"), BAD_CALLS, ids=[label for label, _ in BAD_CALLS])
def test_bad_input_is_refused_before_anything_is_sent(
    label: str, call: Callable[[anny.Anny], Any]
) -> None:
    counting = Counting(catalog_handler())
    with counting.sync_client() as client, pytest.raises(anny.InvalidParameterError):
        call(client)
    assert counting.requests == [], label


# --------------------------------------------------------------------------- docstrings

MY_AREAS = {"organizations", "resources", "services", "availability"}


def test_each_helper_names_its_operation_and_says_when_it_is_inferred() -> None:
    from helper_calls import AREAS, helper_operations

    from anny._operations import operation

    checked = 0
    for (area, name), ops in helper_operations().items():
        if area not in MY_AREAS:
            continue
        doc = getattr(AREAS[area], name).fn.__doc__ or ""
        first_line = doc.strip().splitlines()[0]
        for op in ops:
            assert f"``{op}``" in doc, f"{area}.{name} does not name {op}"
            inferred = operation(op).inferred
            if f"``{op}``" in first_line:
                assert ("(inferred operation)" in first_line) == inferred, f"{area}.{name}"
        checked += 1
    assert checked >= 16


async def test_free_slots_over_a_range_ask_only_the_bookable_days() -> None:
    """With a duration (the range endpoint takes none): start-dates, then bookable days."""
    sync, asyn = Counting(catalog_handler("2026-11-28")), Counting(catalog_handler("2026-11-28"))
    with sync.sync_client() as client:
        expected = client.availability.slots(
            ROOM, 7001, start=WINDOW_START, end=WINDOW_END, duration=60, available_only=True
        )
    async with asyn.async_client() as aclient:
        got = await aclient.availability.slots(
            ROOM, 7001, start=WINDOW_START, end=WINDOW_END, duration=60, available_only=True
        )
    assert got == expected
    assert len(got) == 15  # three free slots on each of the five bookable days
    bookable = ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]
    for counting in (sync, asyn):
        assert counting.ranges() == [("2026-11-23", "2026-12-02")]
        assert sorted(counting.dates()) == bookable  # 6 requests instead of 10
