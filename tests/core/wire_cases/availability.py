"""Wire cases of client.availability (the resource is a fetched object carrying its time zone,
so the first request on the wire is the operation itself)."""

from __future__ import annotations

import datetime as dt

from wire_catalog_data import BERLIN, NINE, RESOURCE, ROOM, TOMORROW, holds, slot

import anny
from anny_api.models import ServiceQuantities

from . import WireCase

AREA = ("availability", anny.Availability)
PLAIN = "application/json"
DAY = [slot(8, available=False), slot(9), slot(10)]
# One answer for both requests of a multi-day scan: as start dates (`date`, `available`) it
# says TOMORROW has availability; as start times it is DAY.
DAY_AND_DATES = [{**item, "date": TOMORROW.isoformat()} for item in DAY]
EVENING = dt.datetime(2026, 11, 24, 18, tzinfo=BERLIN)


def nine_berlin(slots: list[anny.Slot]) -> None:
    assert slots[0].start == NINE
    assert str(slots[0].start.tzinfo) == "Europe/Berlin"


CASES: list[WireCase] = [
    WireCase(
        "availability",
        "dates",
        "getAvailabilityStartDates",
        lambda c: c.availability.dates(ROOM, 7001, TOMORROW, dt.date(2026, 11, 25)),
        {
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "start_date": TOMORROW,
            "end_date": dt.date(2026, 11, 25),
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
        },
        [
            {"date": "2026-11-24", "available": True},
            {"date": "2026-11-25", "available": False, "unavailability_type": "booked_out"},
        ],
        content_type=PLAIN,
        check=holds(lambda days: days == [TOMORROW]),
    ),
    WireCase(
        "availability",
        "slots",
        "getAvailabilityStart",
        lambda c: c.availability.slots(ROOM, "7001", TOMORROW, duration=60),
        {
            "service_id": "7001",
            "date": TOMORROW,
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
            "duration": 60,
        },
        DAY,
        content_type=PLAIN,
        check=holds(lambda slots: len(slots) == 3 and slots[0].unavailability is not None),
        label="day",
    ),
    WireCase(
        "availability",
        "slots",
        # Free slots over several days: the range endpoint, paged from the window's start;
        # no further page (`page_end_date` null) ends the scan after one request.
        "getUpcomingIntervals",
        lambda c: c.availability.slots(
            ROOM, 7001, start=NINE, end=NINE + dt.timedelta(days=2), available_only=True
        ),
        {
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
            "start_date": NINE,
        },
        {"data": DAY, "page_end_date": None},
        content_type=PLAIN,
        check=nine_berlin,
        label="window",
    ),
    WireCase(
        "availability",
        "slots",
        # With a duration (which the range endpoint does not take): which days have any
        # availability first (one request), then only those days' start times.
        "getAvailabilityStartDates",
        lambda c: c.availability.slots(
            ROOM,
            7001,
            start=NINE,
            end=NINE + dt.timedelta(days=2),
            duration=60,
            available_only=True,
        ),
        {
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "start_date": TOMORROW,
            "end_date": TOMORROW + dt.timedelta(days=2),  # the window touches three days
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
        },
        DAY_AND_DATES,
        content_type=PLAIN,
        check=nine_berlin,
        label="window-duration",
    ),
    WireCase(
        "availability",
        "next_free",
        "getUpcomingIntervals",  # from `after` on: the first page holds the answer
        lambda c: c.availability.next_free(ROOM, 7001, after=NINE - dt.timedelta(minutes=30)),
        {
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
            "start_date": NINE - dt.timedelta(minutes=30),
        },
        {"data": DAY, "page_end_date": None},
        content_type=PLAIN,
        check=holds(lambda found: found is not None and found.start == NINE),
    ),
    WireCase(
        "availability",
        "periods",
        "getAvailabilityPeriods",
        lambda c: c.availability.periods(ROOM, NINE, EVENING, service=7001),
        {
            "r": ["8001"],
            "service_id": "7001",
            "start_date": NINE,
            "end_date": EVENING,
            "timezone": "Europe/Berlin",
        },
        {"8001": [{"id": "p1", "start_date": NINE.isoformat(), "end_date": EVENING.isoformat()}]},
        content_type=PLAIN,
        check=holds(lambda periods: [(p.start, p.end) for p in periods] == [(NINE, EVENING)]),
    ),
    WireCase(
        "availability",
        "intervals",
        "getStartIntervals",
        lambda c: c.availability.intervals(ROOM, 7001, day=TOMORROW),
        {
            "date": TOMORROW,
            "resource_id": "8001",
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "timezone": "Europe/Berlin",
        },
        DAY,
        content_type=PLAIN,
        label="starts",
    ),
    WireCase(
        "availability",
        "intervals",
        "getEndIntervals",
        lambda c: c.availability.intervals(ROOM, 7001, start=NINE),
        {
            "date_time": NINE,
            "resource_id": "8001",
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "timezone": "Europe/Berlin",
        },
        [slot(9)],
        content_type=PLAIN,
        label="ends",
    ),
    WireCase(
        "availability",
        "upcoming",
        "getUpcomingIntervals",
        lambda c: c.availability.upcoming(ROOM, 7001, after=NINE, limit=2),
        {
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
            "start_date": NINE,
        },
        {"data": DAY, "page_end_date": None},  # the object form anny answers with (B1)
        content_type=PLAIN,
        check=holds(lambda slots: len(slots) == 2),
    ),
    WireCase(
        "availability",
        "calendar",
        "listCalendarEvents",
        lambda c: c.availability.calendar(
            NINE, EVENING, resources=[ROOM], timezone="Europe/Berlin"
        ),
        {
            "start_date": NINE,
            "end_date": EVENING,
            "resource_id": ["8001"],
            "timezone": "Europe/Berlin",
        },
        {
            "data": {
                "events": [
                    {
                        "resource_id": 8001,
                        "start_date": NINE.isoformat(),
                        "end_date": EVENING.isoformat(),
                        "is_available": True,
                        "occupancy": 0,
                    }
                ]
            }
        },
        content_type=PLAIN,
        check=holds(lambda events: events[0].resource_id == "8001" and events[0].available),
    ),
    WireCase(
        "availability",
        "wait_for",
        "getAvailabilityStart",
        lambda c: c.availability.wait_for(ROOM, "7001", NINE, NINE + dt.timedelta(hours=1)),
        {
            "service_id": "7001",
            "date": TOMORROW,
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
            "duration": 60,
        },
        DAY,
        content_type=PLAIN,
        check=holds(lambda found: found is not None and found.start == NINE),
    ),
    WireCase(
        "availability",
        "today",
        "getResource",
        lambda c: c.availability.today("conference-room-berlin"),
        {"resource_slug": "conference-room-berlin", "include": "services"},
        RESOURCE,
        {"resource_slug": "conference-room-berlin"},
        check=holds(lambda day: isinstance(day, dt.date)),
    ),
]
