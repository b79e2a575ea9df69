"""The one default clock: every "now" in anny comes from an injectable function that defaults to
this (``Anny(clock=…)``, ``RetryPolicy(now=…)``, ``Token``/``RefreshingToken(clock=…)``)."""

from __future__ import annotations

import datetime as dt

__all__ = ["utc_now"]


def utc_now() -> dt.datetime:
    """The current time in UTC (the only wall-clock read of the client)."""
    return dt.datetime.now(dt.UTC)
