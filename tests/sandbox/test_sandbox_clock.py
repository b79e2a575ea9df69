"""The sandbox clock: frozen or running, always from an injected time source in tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from anny_sandbox import Clock

BERLIN = ZoneInfo("Europe/Berlin")


class FakeWall:
    """A wall clock that moves only when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_running_clock_follows_its_wall_source() -> None:
    wall = FakeWall(datetime(2026, 10, 25, 0, 59, 59, 900_000, tzinfo=UTC))
    clock = Clock(wall=wall)
    assert clock.now() == datetime(2026, 10, 25, 0, 59, 59, tzinfo=UTC)  # whole seconds
    wall.now += timedelta(minutes=90)  # through the autumn DST change in Berlin
    assert clock.now() == datetime(2026, 10, 25, 2, 29, 59, tzinfo=UTC)
    assert clock.advance(hours=1) == datetime(2026, 10, 25, 3, 29, 59, tzinfo=UTC)
    wall.now += timedelta(seconds=1)
    assert clock.now() == datetime(2026, 10, 25, 3, 30, tzinfo=UTC)


def test_a_running_clock_with_a_start_keeps_the_wall_pace_and_answers_in_utc() -> None:
    wall = FakeWall(datetime(2030, 1, 1, tzinfo=UTC))
    clock = Clock(start=datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN), wall=wall)
    assert clock.now() == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)
    wall.now += timedelta(hours=1)  # 02:30 local does not exist: it is 03:30 CEST
    assert clock.now().astimezone(BERLIN).isoformat() == "2026-03-29T03:30:00+02:00"
    clock.set(datetime(2026, 12, 31, 23, 59, tzinfo=BERLIN))
    wall.now += timedelta(minutes=2)
    assert clock.now().astimezone(BERLIN).isoformat() == "2027-01-01T00:01:00+01:00"
    clock.reset()  # back to the start, running on from the wall's current reading
    assert clock.now() == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)


def test_a_frozen_clock_ignores_the_wall() -> None:
    wall = FakeWall(datetime(2026, 6, 17, 12, 0, tzinfo=UTC))
    clock = Clock(frozen=True, wall=wall)
    wall.now += timedelta(days=3)
    assert clock.now() == datetime(2026, 6, 17, 12, 0, tzinfo=UTC)
    assert clock.advance(minutes=30) == datetime(2026, 6, 17, 12, 30, tzinfo=UTC)
    assert clock.set(datetime(2026, 1, 1, tzinfo=BERLIN)) == datetime(
        2025, 12, 31, 23, 0, tzinfo=UTC
    )
    clock.reset()
    assert clock.now() == datetime(2026, 6, 20, 12, 0, tzinfo=UTC)  # the wall when reset


def test_naive_times_and_going_back_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Clock(start=datetime(2026, 3, 29, 2, 30))
    clock = Clock(start=datetime(2026, 3, 29, tzinfo=UTC), frozen=True)
    with pytest.raises(ValueError, match="timezone-aware"):
        clock.set(datetime(2026, 3, 29, 2, 30))
    with pytest.raises(ValueError, match="forward"):
        clock.advance(minutes=-1)
