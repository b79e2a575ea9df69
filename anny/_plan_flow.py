"""The life of one plan: :func:`plan_flow`, a flow of :class:`Send` and :class:`Sleep`
actions with every retry, backoff, pacing and error-mapping decision."""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import attrs
import httpx

from anny._logging import logger, redact_headers, redact_url
from anny._operations import operation
from anny._plan import RequestPlan
from anny._ratelimit import Pacing, RateLimitWait, identical_key, kind_of
from anny._response import APIResponse
from anny._retry import (
    NOT_SENT_ERRORS,
    RetryPolicy,
    backoff_delay,
    parse_retry_after,
    retry_delay_for_exception,
    retry_delay_for_response,
)
from anny.errors import (
    AnnyError,
    APIConnectionError,
    APITimeoutError,
    OutcomeUnknownError,
    RateLimitWaitError,
    make_status_error,
    request_id_of,
)

__all__ = ["Send", "Sleep", "pace", "plan_flow"]

T = TypeVar("T")


@attrs.frozen
class Send:
    """Action: send ``request``; answer with the response or the httpx error."""

    request: httpx.Request


@attrs.frozen
class Sleep:
    """Action: wait ``seconds`` before the next attempt; answer with ``None``."""

    seconds: float


def _map_request_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    where = f"{request.method} {redact_url(str(request.url))}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{type(exc).__name__} on {where}", request=request)
    return APIConnectionError(f"{type(exc).__name__} on {where}: {exc}", request=request)


def _outcome_unknown(plan: RequestPlan[Any], cause: AnnyError) -> OutcomeUnknownError:
    """The error for a call with side effects whose answer was lost (it is never resent)."""
    read_back = operation(plan.operation).read_back if plan.operation else None
    what = f" ({plan.operation})" if plan.operation else ""
    advice = f"; read the state back ({read_back}) before trying again" if read_back else ""
    return OutcomeUnknownError.from_cause(
        cause,
        f"{cause} — outcome unknown{what}: it may have taken effect and was not resent{advice}",
        operation=plan.operation,
        read_back=read_back,
    )


def pace(pacing: Pacing, request: httpx.Request) -> Generator[Sleep, Any, None]:
    """Reserve ``request``'s send in the client's budget; a :class:`Sleep` if it must wait.

    A wait longer than ``pacing.max_wait`` raises :class:`~anny.RateLimitWaitError` (nothing
    is sent, nothing is recorded). Every wait is logged (INFO) and reported to ``on_wait``.
    """
    kind = kind_of(request.method)
    key = identical_key(request.method, str(request.url), request.content)
    now = pacing.monotonic()
    wait = pacing.budget.reserve(kind, key, now, max_wait=pacing.max_wait)
    if wait <= 0:
        return
    reason = pacing.explain(kind, key, now)
    path = request.url.path  # never the query: it may carry an `oat` or a booking `code`
    if pacing.max_wait is not None and wait > pacing.max_wait:
        raise RateLimitWaitError(
            f"{request.method} {path}: the {kind} budget "
            f"({_budget_text(pacing, kind)}; {reason}) would hold this call back "
            f"{wait:.1f}s, longer than its timeout of {pacing.max_wait:.1f}s; nothing was sent",
            wait=wait,
            max_wait=pacing.max_wait,
            kind=kind,
        )
    logger.info(
        "rate limit: holding %s %s back %.2fs (%s; %s budget %s)",
        request.method,
        path,
        wait,
        reason,
        kind,
        _budget_text(pacing, kind),
    )
    if pacing.on_wait is not None:
        pacing.on_wait(
            RateLimitWait(seconds=wait, kind=kind, method=request.method, path=path, reason=reason)
        )
    yield Sleep(wait)


def _budget_text(pacing: Pacing, kind: str) -> str:
    # What a 429 taught, where the budget learns (LocalBudget), else what was configured.
    limit = getattr(pacing.budget, "effective_limit", pacing.budget.limit)
    count = limit.reads if kind == "read" else limit.writes
    return f"{count} per {limit.per:g}s"


def _pause_after_429(
    pacing: Pacing, response: httpx.Response, retries: int, policy: RetryPolicy
) -> None:
    """A 429 stops *every* request of this identity until its ``Retry-After`` has passed."""
    retry_after = parse_retry_after(response.headers.get("retry-after"), now=policy.now())
    pause = retry_after if retry_after is not None else backoff_delay(retries, policy)
    # Capped like a retry's wait: anny's windows are a minute; a day-long Retry-After is noise
    # that must not freeze the client (wait_for keeps its own, bounded, schedule).
    pause = min(pause, policy.max_retry_after)
    now = pacing.monotonic()
    pacing.budget.pause_until(now + pause)
    kind = kind_of(response.request.method)
    learned = pacing.learn(kind, now)
    if learned is not None:
        # Logged when the budget changes, not on every 429: it only ever goes down.
        logger.warning(
            "rate limit: anny's %s budget for this client is smaller than configured; "
            "sending at most %d %ss per %gs from now on",
            kind,
            learned,
            kind,
            pacing.budget.limit.per,
        )
    logger.warning(
        "rate limit: 429 on %s %s; pausing every request of this client for %.2fs",
        response.request.method,
        response.request.url.path,
        pause,
    )


def plan_flow(
    plan: RequestPlan[T],
    *,
    build: Callable[[RequestPlan[T]], httpx.Request],
    policy: RetryPolicy,
    pacing: Pacing | None = None,
) -> Generator[Send | Sleep, Any, APIResponse[T]]:
    """The whole life of one plan as a generator of :class:`Send`/:class:`Sleep` actions.

    Pure apart from logging: all retry, backoff, pacing and error-mapping decisions are here,
    and both runners drive this same generator. With ``pacing`` every attempt first reserves
    its send in the client's rate-limit budget (and sleeps if it must), and a 429 pauses the
    whole budget until its ``Retry-After``.
    """
    retries = 0
    idempotent = plan.is_idempotent
    # The budget is the API host's (anny counts requests per identity there); a request to
    # another service (the auth server's token endpoint) neither spends nor pauses it.
    if plan.anonymous:
        pacing = None
    # Checked once per call: redacting the URL and headers for a record nobody reads would
    # cost more than the rest of anny's per-request work.
    debug = logger.isEnabledFor(logging.DEBUG)
    while True:
        request = build(plan)
        if pacing is not None:
            yield from pace(pacing, request)
        if debug:
            logger.debug(
                "request: %s %s headers=%s attempt=%d",
                request.method,
                redact_url(str(request.url)),
                redact_headers(request.headers.multi_items()),
                retries + 1,
            )
        outcome = yield Send(request)
        if isinstance(outcome, httpx.RequestError):
            delay = None
            if isinstance(outcome, httpx.TransportError):
                delay = retry_delay_for_exception(
                    method=plan.method,
                    idempotent=idempotent,
                    exc=outcome,
                    retries_taken=retries,
                    policy=policy,
                )
            if delay is None:
                error = _map_request_error(outcome, request)
                if not idempotent and not isinstance(outcome, NOT_SENT_ERRORS):
                    raise _outcome_unknown(plan, error) from outcome
                raise error from outcome
            if debug:
                logger.debug(
                    "retrying %s %s in %.2fs after %s (retry %d of %d)",
                    request.method,
                    redact_url(str(request.url)),
                    delay,
                    type(outcome).__name__,
                    retries + 1,
                    policy.max_retries,
                )
            yield Sleep(delay)
            retries += 1
            continue

        response: httpx.Response = outcome
        if debug:
            logger.debug(
                "response: %d %s %s request_id=%s bytes=%d",
                response.status_code,
                request.method,
                redact_url(str(request.url)),
                request_id_of(response),
                len(response.content),
            )
        if pacing is not None and response.status_code == 429:
            _pause_after_429(pacing, response, retries, policy)
        delay = retry_delay_for_response(
            method=plan.method,
            idempotent=idempotent,
            response=response,
            retries_taken=retries,
            policy=policy,
        )
        if delay is not None:
            if debug:
                logger.debug(
                    "retrying %s %s in %.2fs after status %d (retry %d of %d)",
                    request.method,
                    redact_url(str(request.url)),
                    delay,
                    response.status_code,
                    retries + 1,
                    policy.max_retries,
                )
            yield Sleep(delay)
            retries += 1
            continue
        if not response.is_success:
            status_error = make_status_error(response)
            if not idempotent and response.status_code >= 500:
                raise _outcome_unknown(plan, status_error) from status_error
            raise status_error
        return APIResponse(response, retries_taken=retries, parser=plan.parser)
