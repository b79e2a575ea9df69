"""How many requests one :class:`~anny.AsyncAnny` has in flight: ``limits=`` and its default.

``asyncio.gather`` over a few hundred calls is the normal way to use an async client, and
httpx's defaults handle it badly: requests beyond the pool's ``max_connections`` wait in
httpcore's queue, which is rescanned against every connection each time any request starts
or ends (quadratic), and idle connections above ``max_keepalive_connections`` (20) are
closed and reopened in the middle of the burst. So the bound belongs to the client, not
to every caller:

* anny's own pool is created with :data:`DEFAULT_ASYNC_LIMITS` (or ``limits=``), keeping
  as many connections alive as it may open;
* a :class:`ConcurrencyLimiter` lets at most ``max_connections`` calls into the pool at a
  time; the others wait in an :class:`asyncio.Semaphore` (FIFO, O(1) per wake-up) where
  httpcore's queue would have cost O(queued x connections) per event;
* even without a queue, httpcore re-checks every connection of a pool (a ``poll()`` on
  each idle socket, and an O(connections) count for each) whenever a request starts or
  ends, so one pool of N connections costs O(N^2) per request. :class:`ShardedTransport`
  spreads the connections over pools of :data:`SHARD_SIZE`, which keeps that cost flat.

Nothing here is imported by ``import anny``: only an :class:`~anny.AsyncAnny` loads it.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Hashable
from types import TracebackType
from typing import Any, TypeVar

import httpx

from anny.errors import InvalidParameterError

T = TypeVar("T")

__all__ = [
    "DEFAULT_ASYNC_LIMITS",
    "SHARD_SIZE",
    "AsyncSingleFlight",
    "ConcurrencyLimiter",
    "ShardedTransport",
    "check_limits",
    "skip_sniffio_probe",
]

#: Connections per httpcore pool inside a :class:`ShardedTransport`.
SHARD_SIZE = 2

#: The pool of an :class:`~anny.AsyncAnny` that creates its own ``httpx.AsyncClient``.
#: 16 calls in flight: anny allows one identity 150 reads a minute, and 16 concurrent calls at
#: a production round trip of 50-100 ms already send 160-320 requests a second, i.e. the whole
#: minute's budget in under a second. More connections cannot finish budget-bound work any
#: sooner; they only raise the peak load on anny, the TLS handshakes, and the number of calls
#: already in flight when a 429 arrives. An organization with raised budgets (and
#: ``rate_limit=None`` or a larger :class:`~anny.RateLimit`) can pass ``limits=`` to go wider.
DEFAULT_ASYNC_LIMITS = httpx.Limits(
    max_connections=16, max_keepalive_connections=16, keepalive_expiry=5.0
)


def check_limits(limits: object) -> httpx.Limits | None:
    """``limits=`` as given, or :class:`~anny.InvalidParameterError` if it is not
    an :class:`httpx.Limits` (or ``None``)."""
    if limits is None or isinstance(limits, httpx.Limits):
        return limits
    raise InvalidParameterError(f"limits must be an httpx.Limits, got {type(limits).__name__}")


class ConcurrencyLimiter:
    """``async with limiter:`` admits at most ``limit`` holders at a time (``None``: no bound).

    The semaphore is made on first use in the running event loop (and again if the client
    is used from another loop later), so building the client needs no loop.
    """

    __slots__ = ("_loop", "_semaphore", "limit")

    def __init__(self, limit: int | None) -> None:
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
            raise InvalidParameterError(f"the concurrency limit must be an int, got {limit!r}")
        if limit is not None and limit < 1:
            raise InvalidParameterError(f"the concurrency limit must be >= 1, got {limit}")
        self.limit = limit
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None

    def _current(self) -> asyncio.Semaphore | None:
        if self.limit is None:
            return None
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:
            self._loop, self._semaphore = loop, asyncio.Semaphore(self.limit)
        return self._semaphore

    async def __aenter__(self) -> None:
        semaphore = self._current()
        if semaphore is not None:
            await semaphore.acquire()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._semaphore is not None and self.limit is not None:
            self._semaphore.release()

    def __repr__(self) -> str:
        return f"ConcurrencyLimiter(limit={self.limit})"


class AsyncSingleFlight:
    """Identical GETs in flight at the same time share one request ("single flight").

    ``await flights.run(key, call)``: the first caller of a ``key`` starts ``call()`` as a
    task; callers arriving while it runs await the same task. The task is shielded, so one
    caller's cancellation does not cancel the others' answer. A burst of 50 visitors asking
    for the same availability makes one upstream call and spends one unit of budget.
    """

    __slots__ = ("_calls", "_loop")

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._calls: dict[Hashable, asyncio.Task[Any]] = {}

    async def run(self, key: Hashable, call: Callable[[], Coroutine[Any, Any, T]]) -> T:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # a client reused from another event loop
            self._loop, self._calls = loop, {}
        task = self._calls.get(key)
        if task is None:
            task = loop.create_task(call())
            self._calls[key] = task
            task.add_done_callback(lambda done: self._finished(key, done))
        result: T = await asyncio.shield(task)
        return result

    def _finished(self, key: Hashable, task: asyncio.Task[Any]) -> None:
        if self._calls.get(key) is task:
            del self._calls[key]
        if not task.cancelled():
            task.exception()  # retrieved: no "exception was never retrieved" if all left

    def __len__(self) -> int:
        return len(self._calls)


def skip_sniffio_probe() -> None:
    """Let httpcore's ``import sniffio`` fail fast when sniffio is not installed.

    httpcore asks sniffio which async library runs, several times per request, inside a
    ``try: import sniffio / except ImportError``. A failed import is not cached, so each
    attempt scans every ``sys.path`` entry again. When sniffio is not installed at all
    (it is not a dependency of httpx >= 0.28, nor of anny), recording that in
    ``sys.modules`` turns each attempt into a dict lookup that raises the same
    ImportError. Nothing changes when sniffio is installed: then this does nothing.
    """
    if "sniffio" in sys.modules:
        return
    if importlib.util.find_spec("sniffio") is None:
        # PEP 451: a None entry in sys.modules makes `import sniffio` raise ImportError.
        sys.modules["sniffio"] = None  # type: ignore[assignment]


class _CountedStream(httpx.AsyncByteStream):
    """A response body that tells its shard when it is closed (the connection is free)."""

    def __init__(self, stream: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            done, self._done = self._done, None
            if done is not None:
                done()


class ShardedTransport(httpx.AsyncBaseTransport):
    """Several small :class:`httpx.AsyncHTTPTransport` pools behind one transport.

    Each request goes to the shard with the fewest open responses; ``limits`` is shared
    out (``max_connections`` and ``max_keepalive_connections`` split evenly, rounded up).
    One SSL context serves all shards.
    """

    def __init__(self, limits: httpx.Limits, *, shard_size: int = SHARD_SIZE) -> None:
        total = limits.max_connections
        count = 1 if total is None else max(1, -(-total // shard_size))
        keepalive = limits.max_keepalive_connections

        def share(value: int | None) -> int | None:
            return None if value is None else max(1, -(-value // count))

        shard_limits = httpx.Limits(
            max_connections=share(total),
            max_keepalive_connections=share(keepalive),
            keepalive_expiry=limits.keepalive_expiry,
        )
        ssl_context = httpx.create_ssl_context()
        self._shards = [
            httpx.AsyncHTTPTransport(verify=ssl_context, limits=shard_limits) for _ in range(count)
        ]
        self._open = [0] * count

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        open_ = self._open
        index = open_.index(min(open_))
        open_[index] += 1

        def done() -> None:
            open_[index] -= 1

        try:
            response = await self._shards[index].handle_async_request(request)
        except BaseException:
            done()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_CountedStream(response.stream, done),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()

    def __repr__(self) -> str:
        return f"ShardedTransport(shards={len(self._shards)})"
