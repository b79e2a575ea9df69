"""The sandbox clock: injectable and advanceable, so tests can move time deterministically."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def _wall_clock() -> datetime:
    return datetime.now(UTC)


class Clock:
    """A UTC clock that the sandbox reads for every time-dependent decision.

    By default it follows the wall clock plus an offset that :meth:`advance` grows. With
    ``start`` it begins at that instant; with ``frozen=True`` it only moves when advanced,
    which makes availability and expiry fully deterministic in tests.

    ``wall`` is the time source a running clock follows (default: the system clock, read in
    UTC); tests inject their own to check a running clock without waiting for real time.
    """

    def __init__(
        self,
        start: datetime | None = None,
        *,
        frozen: bool = False,
        wall: Callable[[], datetime] = _wall_clock,
    ) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("Clock start must be timezone-aware")
        self._lock = threading.Lock()
        self._frozen = frozen
        self._start = start
        self._wall = wall
        self._origin_wall = self._wall()
        self._offset = timedelta()
        self._frozen_now = (start or self._origin_wall).astimezone(UTC)

    def now(self) -> datetime:
        """Return the current sandbox time (timezone-aware, UTC, whole seconds)."""
        with self._lock:
            if self._frozen:
                current = self._frozen_now
            else:
                wall = self._wall()
                base = self._start + (wall - self._origin_wall) if self._start else wall
                current = base + self._offset
        return current.astimezone(UTC).replace(microsecond=0)

    def advance(
        self, *, days: float = 0, hours: float = 0, minutes: float = 0, seconds: float = 0
    ) -> datetime:
        """Move the clock forward and return the new time."""
        delta = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
        if delta < timedelta():
            raise ValueError("The sandbox clock only moves forward")
        with self._lock:
            if self._frozen:
                self._frozen_now += delta
            else:
                self._offset += delta
        return self.now()

    def set(self, when: datetime) -> datetime:
        """Jump to ``when`` (must be timezone-aware); later reads continue from there."""
        if when.tzinfo is None:
            raise ValueError("Clock time must be timezone-aware")
        with self._lock:
            if self._frozen:
                self._frozen_now = when.astimezone(UTC)
            else:
                self._offset += when - self._unlocked_now()
        return self.now()

    def reset(self) -> None:
        """Return to the state the clock was created in (used by the sandbox reset)."""
        with self._lock:
            self._origin_wall = self._wall()
            self._offset = timedelta()
            self._frozen_now = (self._start or self._origin_wall).astimezone(UTC)

    def _unlocked_now(self) -> datetime:
        wall = self._wall()
        base = self._start + (wall - self._origin_wall) if self._start else wall
        return base + self._offset
