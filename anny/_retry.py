"""Retry decisions and backoff: pure functions shared by the sync and the async runner.

Rules
-----
* **Idempotent requests** (GET, HEAD, OPTIONS, DELETE, PUT, or a plan marked
  ``idempotent=True``) are retried on connection errors, timeouts and the statuses
  408, 429, 502, 503 and 504.
* **Non-idempotent requests** (POST/PATCH: add to cart, checkout submit, instant booking)
  are retried **only** when the request provably never reached the server: a failure in
  the connect phase (:class:`httpx.ConnectError`, :class:`httpx.ConnectTimeout`) or while
  waiting for a pooled connection (:class:`httpx.PoolTimeout`). A read timeout or a dropped
  connection after sending may mean the server *did* create the booking, so it is never
  resent; the error is raised and the caller must check the cart/order state. A status
  response (even 429/503) to a POST is never retried either: the server saw the request.
* The delay is exponential with jitter: ``0.5 s * 2ⁿ`` capped at 8 s, reduced by up to
  25 % at random so that many clients do not retry in lockstep.
* ``Retry-After`` (seconds or an HTTP date) is honoured when present, capped at 60 s. An HTTP
  date is measured from the policy's ``now`` (the wall clock unless injected).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import random
import re
from collections.abc import Callable

import attrs
import httpx

from anny._clock import utc_now

__all__ = [
    "IDEMPOTENT_METHODS",
    "MAX_RETRY_AFTER",
    "NOT_SENT_ERRORS",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "backoff_delay",
    "parse_retry_after",
    "retry_delay_for_exception",
    "retry_delay_for_response",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})

#: Transport errors raised before any byte of the request reached the server.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


@attrs.frozen
class RetryPolicy:
    """How often and how long to wait between attempts.

    ``jitter`` returns a number in ``[0, 1)`` and ``now`` the current time (timezone-aware),
    used to turn a ``Retry-After`` HTTP date into a delay; both are injectable so tests are
    deterministic.
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[], float] = attrs.field(default=random.random, repr=False, eq=False)
    now: Callable[[], dt.datetime] = attrs.field(default=utc_now, repr=False, eq=False)


def is_idempotent(method: str, idempotent: bool | None) -> bool:
    """An explicit plan flag wins; otherwise decide by HTTP method."""
    if idempotent is not None:
        return idempotent
    return method.upper() in IDEMPOTENT_METHODS


def backoff_delay(retries_taken: int, policy: RetryPolicy) -> float:
    """Delay before retry number ``retries_taken + 1``: ``base * 2ⁿ`` capped, minus ≤25 % jitter."""
    delay = min(policy.max_delay, policy.base_delay * (2.0**retries_taken))
    return delay * (1.0 - 0.25 * policy.jitter())


#: The longest ``Retry-After`` :func:`parse_retry_after` returns (one day): a server asking for
#: more is asking for something no caller waits for, and the cap keeps every later
#: ``now + timedelta(seconds=…)`` far from ``datetime``'s range.
MAX_RETRY_AFTER = 86_400.0

# delta-seconds are ASCII digits (RFC 9110 §10.2.3); `str.isdigit` and `float` also accept
# "²", "٣", "1e9", "nan" and "inf". A sign is tolerated so a negative value means "now".
_DELTA_SECONDS = re.compile(r"[+-]?[0-9]+", re.ASCII)


def parse_retry_after(value: str | None, *, now: dt.datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date), or ``None``.

    Never raises: the result is ``None`` (absent or unreadable) or a finite number of seconds
    in ``[0, MAX_RETRY_AFTER]``. Delta-seconds must be ASCII digits; a negative value or an
    HTTP date in the past means 0. ``now`` is the instant an HTTP date is measured from (the
    injected clock: :attr:`RetryPolicy.now`, or the client's clock for ``wait_for``).
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value:
        return None
    if _DELTA_SECONDS.fullmatch(value):
        if value.startswith("-"):
            return 0.0
        digits = value.lstrip("+").lstrip("0")
        # Past the cap anyway; and int() of a huge string is slow (and limited) in Python.
        return MAX_RETRY_AFTER if len(digits) > 9 else _clamp(float(digits or 0))
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return _clamp((when - now).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _clamp(seconds: float) -> float:
    if not math.isfinite(seconds):
        return MAX_RETRY_AFTER if seconds > 0 else 0.0
    return min(MAX_RETRY_AFTER, max(0.0, seconds))


def _delay(retries_taken: int, policy: RetryPolicy, retry_after: float | None) -> float:
    if retry_after is not None:
        return min(retry_after, policy.max_retry_after)
    return backoff_delay(retries_taken, policy)


def retry_delay_for_response(
    *,
    method: str,
    idempotent: bool | None,
    response: httpx.Response,
    retries_taken: int,
    policy: RetryPolicy,
) -> float | None:
    """Seconds to wait before retrying after ``response``, or ``None`` not to retry."""
    if retries_taken >= policy.max_retries:
        return None
    if response.status_code not in RETRYABLE_STATUSES:
        return None
    if not is_idempotent(method, idempotent):
        return None  # the server saw the request: never resend a write
    retry_after = parse_retry_after(response.headers.get("retry-after"), now=policy.now())
    return _delay(retries_taken, policy, retry_after)


def retry_delay_for_exception(
    *,
    method: str,
    idempotent: bool | None,
    exc: httpx.TransportError,
    retries_taken: int,
    policy: RetryPolicy,
) -> float | None:
    """Seconds to wait before retrying after a transport error, or ``None`` not to retry."""
    if retries_taken >= policy.max_retries:
        return None
    if isinstance(exc, NOT_SENT_ERRORS):
        return backoff_delay(retries_taken, policy)
    if not is_idempotent(method, idempotent):
        return None  # may have reached the server (read timeout, reset): never resend
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.ProxyError)):
        return None  # configuration errors: retrying cannot help
    return backoff_delay(retries_taken, policy)
