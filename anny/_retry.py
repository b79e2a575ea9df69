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
import random
from collections.abc import Callable

import attrs
import httpx

from anny._clock import utc_now

__all__ = [
    "IDEMPOTENT_METHODS",
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


def parse_retry_after(value: str | None, *, now: dt.datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date), or ``None``.

    ``now`` is the instant an HTTP date is measured from (see :attr:`RetryPolicy.now`).
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())


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
