"""Multi-day free-slot scans read the range endpoint (``getUpcomingIntervals``) and find
exactly what the per-day method (``getAvailabilityStart`` day by day) finds, in far fewer
requests; sync and async, at several fixed instants of the sandbox's clock (a weekday morning,
late at night, across the spring DST night, near the end of the booking window)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from e2e_helpers import E2E

import anny

UPCOMING_PATH = "/api/v1/availability/upcoming-intervals"
START_PATH = "/api/v1/availability/start"
INSTANTS = (
    dt.datetime(2026, 11, 23, 7, 0, tzinfo=dt.UTC),  # Monday 08:00 Berlin
    dt.datetime(2026, 11, 25, 22, 45, 30, 500, tzinfo=dt.UTC),  # 23:45 Berlin, odd seconds
    dt.datetime(2027, 3, 24, 23, 10, tzinfo=dt.UTC),  # the 10 days span the DST night
)
PAIRS = ((8001, 7001), (8020, 7005))
DAYS = 10


def _comparable(slots: list[anny.types.Slot]) -> list[anny.types.Slot]:
    # Interval items carry no resource_ids (anny's interval answers have none).
    return [attrs.evolve(slot, resource_ids=()) for slot in slots]


@pytest.mark.parametrize("instant", INSTANTS, ids=lambda i: i.isoformat())
async def test_a_range_scan_equals_the_per_day_method_in_fewer_requests(
    e2e: E2E, instant: dt.datetime
) -> None:
    e2e.sb.clock.set(instant)
    client = e2e.client(clock=e2e.sb.clock.now)
    start = instant.replace(second=0, microsecond=0)
    end = start + dt.timedelta(days=DAYS)
    for resource, service in PAIRS:
        e2e.sent.clear()
        every: list[anny.types.Slot] = await e2e.call(
            client.availability.slots, resource, service, start=start, end=end
        )
        per_day = [slot for slot in every if slot.available]
        assert len(e2e.sent_to("GET", START_PATH)) >= DAYS  # one per local day
        e2e.sent.clear()
        ranged: list[anny.types.Slot] = await e2e.call(
            client.availability.slots, resource, service, start=start, end=end, available_only=True
        )
        assert per_day, "the comparison needs free slots"
        assert _comparable(ranged) == _comparable(per_day)
        asked = e2e.sent_to("GET", UPCOMING_PATH)
        assert [r.url.path for r in e2e.sent] == [UPCOMING_PATH] * len(asked)
        assert 1 <= len(asked) <= 2  # a page covers a week: 10 days take two
        params: list[dict[str, Any]] = [dict(r.url.params.multi_items()) for r in asked]
        assert params[0] == {
            f"service_id[{service}]": "1",
            "resource_id": str(resource),
            "timezone": "Europe/Berlin",
            "start_date": start.isoformat(),
        }
        # Each next page starts later, where the previous one ended (B1), and before `end`.
        cursors = [dt.datetime.fromisoformat(r.url.params["start_date"]) for r in asked]
        assert cursors == sorted(set(cursors))
        assert cursors[-1] < end

        # next_free: the per-day answer is the first free slot from `after` on.
        e2e.sent.clear()
        first = await e2e.call(
            client.availability.next_free, resource, service, after=instant, within_days=DAYS
        )
        local_first = instant.astimezone(per_day[0].start.tzinfo).date()
        horizon = dt.datetime.combine(
            local_first + dt.timedelta(days=DAYS), dt.time(0), per_day[0].start.tzinfo
        )
        everything = await e2e.call(
            client.availability.slots, resource, service, start=instant, end=horizon
        )
        expected = next((s for s in everything if s.available and s.start >= instant), None)
        assert expected is not None
        assert first is not None
        assert _comparable([first]) == _comparable([expected])
