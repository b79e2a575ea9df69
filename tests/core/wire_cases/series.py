"""Wire cases of client.series: the first request is the availability check of the first day."""

from __future__ import annotations

import datetime as dt

from wire_catalog_data import ROOM, TOMORROW, holds, slot

import anny

from . import WireCase

AREA = ("series", anny.Series)
PLAIN = "application/json"


def _clock_before_tomorrow(client: anny.Anny) -> anny.Anny:
    client._context.now = lambda: dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
    return client


CASES: list[WireCase] = [
    WireCase(
        "series",
        "plan",
        "getAvailabilityStart",
        lambda c: _clock_before_tomorrow(c).series.plan(
            ROOM, "7001", "FREQ=DAILY;COUNT=2", dt.time(9), 60
        ),
        {
            "service_id": "7001",
            "date": TOMORROW,
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
            "duration": 60,
        },
        [slot(9)],
        content_type=PLAIN,
        # The 23rd's 09:00 has passed (the clock says 13:00 in Berlin): COUNT counts it, it is
        # listed as skipped "in the past", and only the 24th is checked.
        check=holds(
            lambda r: (
                r.dry_run
                and [(o.status, o.reason) for o in r.occurrences]
                == [("skipped", "in the past"), ("planned", None)]
            )
        ),
    ),
    WireCase(
        "series",
        "book",
        "getAvailabilityStart",
        lambda c: _clock_before_tomorrow(c).series.book(
            ROOM, "7001", "FREQ=DAILY;COUNT=2", dt.time(9), 60, dry_run=True
        ),
        {
            "service_id": "7001",
            "date": TOMORROW,
            "resource_id": "8001",
            "timezone": "Europe/Berlin",
            "duration": 60,
        },
        [slot(9)],
        content_type=PLAIN,
        check=holds(lambda r: [o.status for o in r.occurrences] == ["skipped", "planned"]),
    ),
]
