"""Flows: API operations and workflows written once, run by the blocking or the async client.

A *flow* is a generator that yields what it needs done and returns its result:

* a :class:`~anny.flows.RequestPlan` — answered with the plan's :class:`~anny.APIResponse`, or the
  :class:`~anny.AnnyError` it raised is thrown into the flow;
* a :class:`Batch` of plans — answered with a list holding, per plan, its response or its error
  (run one after the other by :class:`~anny.Anny`, concurrently with a bound by
  :class:`~anny.AsyncAnny`);
* a :class:`~anny._plan_flow.Sleep` — answered with ``None`` after the client's sleep;
* a :class:`~anny._plan_flow.Send` (only :func:`~anny._plan_flow.plan_flow`, the life of one
  plan, yields it) — answered with the :class:`httpx.Response` or the
  :class:`httpx.RequestError`.

Two small drivers, :func:`run_flow_sync` and :func:`run_flow_async`, perform those actions;
they are the only code that does I/O, so every helper (slug resolution, cancel with
read-back, following ``page_end_date``, an OAuth token refresh …) exists once and both clients
behave the same. A yielded plan is run by ``run_raw`` (the client's cache and single-flight
around :func:`run_plan_sync` / :func:`run_plan_async`), which drives that plan's
:func:`~anny._plan_flow.plan_flow` with the same drivers. ``client.run(flow)`` runs any flow,
including your own::

    def booking_with_preview(booking_id: str) -> anny.flows.Flow[tuple[anny.types.Booking, dict]]:
        booking = yield from anny.flows.perform(plans.get_booking(booking_id))
        preview = yield from anny.flows.perform(plans.cancellation_preview(booking_id))
        return booking, preview

    booking, preview = client.run(booking_with_preview("3581903"))         # Anny
    booking, preview = await client.run(booking_with_preview("3581903"))   # AsyncAnny
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import Any, TypeAlias, TypeVar

import attrs
import httpx

from anny._plan import RequestPlan
from anny._plan_flow import Send, Sleep, plan_flow
from anny._ratelimit import Pacing
from anny._response import APIResponse, release_stream
from anny._retry import RetryPolicy
from anny.errors import AnnyError, APIResponseValidationError, OutcomeUnknownError

__all__ = [
    "Batch",
    "Flow",
    "perform",
    "raw_flow",
    "run_flow_async",
    "run_flow_sync",
    "run_plan_async",
    "run_plan_sync",
]

T = TypeVar("T")

#: A generator of plans (or batches, or sleeps) that returns ``T``.
Flow: TypeAlias = Generator[Any, Any, T]

#: Default bound on the requests one :class:`Batch` has in flight at once (async client).
DEFAULT_BATCH_CONCURRENCY = 8


@attrs.frozen
class Batch:
    """Action: run several independent plans; answered with ``list[APIResponse | AnnyError]``.

    ``concurrency`` caps the requests in flight at once on the async client (the blocking
    client runs them one after the other).
    """

    plans: tuple[RequestPlan[Any], ...] = attrs.field(converter=tuple)
    concurrency: int = DEFAULT_BATCH_CONCURRENCY


def perform(plan: RequestPlan[T]) -> Flow[T]:
    """Flow step: run ``plan`` and return its parsed result (``yield from perform(plan)``).

    A success answer that cannot be parsed is, for a call with side effects, an
    :class:`~anny.OutcomeUnknownError` (it did take effect; what it returned is unknown), so
    read-back logic sees every lost answer the same way.
    """
    response: APIResponse[T] = yield plan
    try:
        return response.parse()
    except APIResponseValidationError as exc:
        if plan.is_idempotent:
            raise
        raise OutcomeUnknownError.from_cause(
            exc,
            f"{exc} — outcome unknown ({plan.operation or plan.method}): it took effect but its "
            "answer could not be read",
            operation=plan.operation,
            read_back=None,
        ) from exc


def raw_flow(work: RequestPlan[T] | Flow[T]) -> Flow[APIResponse[T]]:
    """``work`` as a flow returning an :class:`~anny.APIResponse` (the raw-response mode).

    A plan's answer is returned as it came (``parse()`` runs the plan's parser). A flow runs
    unchanged, answers and errors included; the result is the *last* response it received (for
    most helpers the one its result was read from; for a read-back, the read-back's) and
    ``parse()`` returns the flow's result (a flow returning a response returns it as is). A
    flow that sent nothing (its answer was known without asking) has no response:
    :class:`~anny.AnnyError`.
    """
    if isinstance(work, RequestPlan):
        response: APIResponse[T] = yield work
        return response
    last: APIResponse[Any] | None = None
    done, action = _first(work)
    while not done:
        error: BaseException | None = None
        answer: Any = None
        try:
            answer = yield action
        except GeneratorExit:
            work.close()
            raise
        except BaseException as exc:  # thrown in by the driver: the flow decides
            error = exc
        for item in answer if isinstance(answer, list) else (answer,):
            if isinstance(item, APIResponse):
                last = item
        done, action = _step(work, answer, error)
    if isinstance(action, APIResponse):
        return action  # the flow's result is a response already (a list's first page)
    if last is None:
        raise AnnyError("this call made no request, so it has no raw response")
    result: T = action
    return APIResponse(
        last.http_response, retries_taken=last.retries_taken, parser=lambda _: result
    )


def _first(flow: Flow[T]) -> tuple[bool, Any]:
    try:
        return False, next(flow)
    except StopIteration as stop:
        return True, stop.value


def _step(flow: Flow[T], outcome: Any, error: BaseException | None) -> tuple[bool, Any]:
    try:
        if error is not None:
            return False, flow.throw(error)
        return False, flow.send(outcome)
    except StopIteration as stop:
        return True, stop.value


#: What a :class:`~anny._plan_flow.Send` is answered with.
SendOutcome: TypeAlias = "httpx.Response | httpx.RequestError"


def _unsupported(action: object) -> TypeError:
    return TypeError(f"a flow may yield RequestPlan, Batch or Sleep, not {type(action).__name__}")


def run_flow_sync(
    flow: Flow[T],
    *,
    run_raw: Callable[[RequestPlan[Any]], APIResponse[Any]] | None = None,
    sleep: Callable[[float], None],
    send: Callable[[httpx.Request], SendOutcome] | None = None,
) -> T:
    """Drive ``flow`` with a blocking plan runner (``run_raw``) and sender (``send``)."""
    done, action = _first(flow)
    while not done:
        outcome: Any = None
        error: AnnyError | None = None
        if isinstance(action, Send) and send is not None:
            outcome = send(action.request)
        elif isinstance(action, Sleep):
            sleep(action.seconds)
        elif run_raw is None:
            raise _unsupported(action)
        elif isinstance(action, RequestPlan):
            try:
                outcome = run_raw(action)
            except AnnyError as exc:
                error = exc
        elif isinstance(action, Batch):
            outcome = [_try_sync(run_raw, plan) for plan in action.plans]
        else:
            raise _unsupported(action)
        done, action = _step(flow, outcome, error)
    result: T = action
    return result


def _try_sync(
    run_raw: Callable[[RequestPlan[Any]], APIResponse[Any]], plan: RequestPlan[Any]
) -> APIResponse[Any] | AnnyError:
    try:
        return run_raw(plan)
    except AnnyError as exc:
        return exc


async def run_flow_async(
    flow: Flow[T],
    *,
    run_raw: Callable[[RequestPlan[Any]], Awaitable[APIResponse[Any]]] | None = None,
    sleep: Callable[[float], Awaitable[Any]],
    send: Callable[[httpx.Request], Awaitable[SendOutcome]] | None = None,
) -> T:
    """Drive ``flow`` with an async plan runner and sender (a :class:`Batch` runs concurrently)."""
    done, action = _first(flow)
    while not done:
        outcome: Any = None
        error: AnnyError | None = None
        if isinstance(action, Send) and send is not None:
            outcome = await send(action.request)
        elif isinstance(action, Sleep):
            await sleep(action.seconds)
        elif run_raw is None:
            raise _unsupported(action)
        elif isinstance(action, RequestPlan):
            try:
                outcome = await run_raw(action)
            except AnnyError as exc:
                error = exc
        elif isinstance(action, Batch):
            outcome = await _gather(run_raw, action.plans, action.concurrency)
        else:
            raise _unsupported(action)
        done, action = _step(flow, outcome, error)
    result: T = action
    return result


async def _gather(
    run_raw: Callable[[RequestPlan[Any]], Awaitable[APIResponse[Any]]],
    plans: Sequence[RequestPlan[Any]],
    concurrency: int,
) -> list[APIResponse[Any] | AnnyError]:
    import asyncio  # only async code pays for it

    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(plan: RequestPlan[Any]) -> APIResponse[Any] | AnnyError:
        async with gate:
            try:
                return await run_raw(plan)
            except AnnyError as exc:
                return exc

    return list(await asyncio.gather(*(one(plan) for plan in plans)))


# --------------------------------------------------------------------------- one plan

#: The auth of an anonymous plan: none at all (``auth=None`` would mean "the client's own").
NO_AUTH = httpx.Auth()


def run_plan_sync(
    http: httpx.Client,
    plan: RequestPlan[T],
    *,
    build: Callable[[RequestPlan[T]], httpx.Request],
    policy: RetryPolicy,
    auth: httpx.Auth | None,
    sleep: Callable[[float], None],
    pacing: Pacing | None = None,
) -> APIResponse[T]:
    """Execute ``plan`` with a blocking httpx client: :func:`run_flow_sync` of its
    :func:`~anny._plan_flow.plan_flow`.

    An anonymous plan (a token request to the auth server) is sent without ``auth`` and
    without following redirects, whatever the httpx client is configured to do.
    """

    def send(request: httpx.Request) -> SendOutcome:
        try:
            if plan.anonymous:
                return release_stream(http.send(request, auth=NO_AUTH, follow_redirects=False))
            if auth is None:
                return release_stream(http.send(request))
            return release_stream(http.send(request, auth=auth))
        except httpx.RequestError as exc:
            return exc

    flow = plan_flow(plan, build=build, policy=policy, pacing=pacing)
    return run_flow_sync(flow, sleep=sleep, send=send)


async def run_plan_async(
    http: httpx.AsyncClient,
    plan: RequestPlan[T],
    *,
    build: Callable[[RequestPlan[T]], httpx.Request],
    policy: RetryPolicy,
    auth: httpx.Auth | None,
    sleep: Callable[[float], Awaitable[Any]],
    pacing: Pacing | None = None,
) -> APIResponse[T]:
    """:func:`run_plan_sync` for an async httpx client."""

    async def send(request: httpx.Request) -> SendOutcome:
        try:
            if plan.anonymous:
                response = await http.send(request, auth=NO_AUTH, follow_redirects=False)
            elif auth is None:
                response = await http.send(request)
            else:
                response = await http.send(request, auth=auth)
        except httpx.RequestError as exc:
            return exc
        return release_stream(response)

    flow = plan_flow(plan, build=build, policy=policy, pacing=pacing)
    return await run_flow_async(flow, sleep=sleep, send=send)
