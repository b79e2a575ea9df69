"""The one default clock: every "now" in anny comes from an injectable function that defaults to
this (``Anny(clock=…)``, ``RetryPolicy(now=…)``, ``Token``/``RefreshingToken(clock=…)``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeAlias

from anny.errors import InvalidParameterError

__all__ = ["Clock", "aware_now", "utc_now"]

#: A source of "now": returns a timezone-aware datetime.
Clock: TypeAlias = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time in UTC (the only wall-clock read of the client)."""
    return dt.datetime.now(dt.UTC)


def aware_now(clock: Clock) -> dt.datetime:
    """``clock()``, refused unless it is a timezone-aware datetime (a naive "now" cannot be
    compared with an expiry)."""
    now = clock()
    if not isinstance(now, dt.datetime) or now.tzinfo is None:
        raise InvalidParameterError("the clock must return a timezone-aware datetime")
    return now
