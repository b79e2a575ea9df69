"""One rate-limit budget shared by processes and machines, kept in Redis (``anny[redis]``).

anny's budgets are per identity (C1): four gunicorn workers with one token, or three machines
behind one NAT address, share 150 reads a minute. Each process pacing itself alone would
send four times too much. :class:`RedisBudget` (blocking) and :class:`AsyncRedisBudget` keep
the count in Redis instead, with the moving window of the ``limits`` library (an atomic Lua
script per request: no two processes can take the same last slot).

What is shared, under one ``name`` (one per identity):

* reads and writes, each at most ``reads`` / ``writes`` in any ``per``-second span;
* identical requests (same method, path, query and body), at most ``identical_per_second``
  in any second (C2);
* a pause: after a 429 every process waits until ``Retry-After`` has passed, not just the one
  that got it.

The window runs on the wall clock of each process (``time.time()``), because the processes
share nothing else; machines sharing a budget should keep their clocks in sync (NTP).

Needs ``pip install 'anny[redis]'``; nothing here is imported by ``import anny``.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from typing import Any

from anny.errors import InvalidParameterError

__all__ = ["AsyncRedisBudget", "RedisBudget"]

#: Seconds added to every wait: the API counts arrivals, the budget counts departures, and a
#: request released the instant its slot frees could arrive just inside the server's window.
DEFAULT_MARGIN = 0.05

#: Reads or writes: the two budgets of C1.
KINDS = ("read", "write")


def _import_limits() -> Any:
    try:
        import limits
        import limits.aio.storage
        import limits.aio.strategies
        import limits.storage
        import limits.strategies
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError(
            "a Redis-shared budget needs the optional 'redis' dependencies: "
            "pip install 'anny[redis]'"
        ) from exc
    return limits


def _check_count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"{what} must be an int >= 1, got {value!r}")
    return value


def _check_window(per: object) -> int:
    # `limits` keeps its windows in whole seconds (Redis EXPIRE takes integers).
    if isinstance(per, bool) or not isinstance(per, (int, float)) or per < 1:
        raise InvalidParameterError(f"per must be whole seconds >= 1, got {per!r}")
    if per != int(per):
        raise InvalidParameterError(f"a Redis budget's window is whole seconds, got per={per!r}")
    return int(per)


class _Budget:
    """What both flavours share: the limits, the keys, turning window stats into a wait."""

    def __init__(
        self,
        url: str,
        *,
        name: str,
        reads: int,
        writes: int,
        per: float,
        identical_per_second: int | None,
        margin: float,
        prefix: str,
        wall_clock: Callable[[], float],
    ) -> None:
        self._limits = _import_limits()
        if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
            raise InvalidParameterError("url must be a redis:// (or rediss://, unix://) URL")
        if not isinstance(name, str) or not name:
            raise InvalidParameterError("name must be a non-empty string (one per identity)")
        if isinstance(margin, bool) or not isinstance(margin, (int, float)) or margin < 0:
            raise InvalidParameterError(f"margin must be seconds >= 0, got {margin!r}")
        window = _check_window(per)
        item = self._limits.RateLimitItemPerSecond
        self._items = {
            "read": item(_check_count(reads, "reads"), window, namespace=prefix),
            "write": item(_check_count(writes, "writes"), window, namespace=prefix),
        }
        self._identical = (
            None
            if identical_per_second is None
            else item(
                _check_count(identical_per_second, "identical_per_second"), 1, namespace=prefix
            )
        )
        self.url = url
        self.name = name
        self.margin = float(margin)
        self._pause_key = f"{prefix}:{name}:paused-until"
        self._wall = wall_clock
        # The caller's clock (`now` of reserve) and the wall clock differ; pause_until(t)
        # arrives in the caller's terms and is stored in wall-clock terms.
        self._offset = 0.0

    def _kind(self, kind: str) -> Any:
        item = self._items.get(kind)
        if item is None:
            raise InvalidParameterError(f"kind must be 'read' or 'write', got {kind!r}")
        return item

    def _identical_key(self, key: str) -> str:
        # The request's identity may carry a query credential: only its digest reaches Redis.
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def _wait_for(self, reset: float) -> float:
        return max(reset - self._wall(), 0.0) + self.margin

    def _pause_wait(self, raw: object) -> float:
        if raw is None:
            return 0.0
        until = float(raw.decode() if isinstance(raw, bytes) else str(raw))
        return max(until - self._wall(), 0.0)

    def _pause_value(self, t: float) -> tuple[float, int]:
        until = t + self._offset
        ttl_ms = max(math.ceil((until - self._wall()) * 1000), 1)
        return until, ttl_ms

    def __repr__(self) -> str:
        reads, writes = self._items["read"], self._items["write"]
        return (
            f"{type(self).__name__}(name={self.name!r}, reads={reads.amount}, "
            f"writes={writes.amount}, per={reads.multiples}s)"
        )


class RedisBudget(_Budget):
    """A budget shared through Redis, for :class:`~anny.Anny` (blocking).

    Args:
        url: the Redis server, ``redis://host:6379/0``.
        name: the identity whose budget this is; every process of that identity uses the
            same name (e.g. the organization and whether it is anonymous or which customer).
        reads / writes / per: the budget (default: anny's 150 reads and 60 writes per 60 s).
        identical_per_second: identical requests per second (default 4; ``None``: unchecked).
        margin: seconds added to each wait (arrivals lag departures).
    """

    def __init__(
        self,
        url: str,
        *,
        name: str = "default",
        reads: int = 150,
        writes: int = 60,
        per: float = 60,
        identical_per_second: int | None = 4,
        margin: float = DEFAULT_MARGIN,
        prefix: str = "anny",
        _wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            url,
            name=name,
            reads=reads,
            writes=writes,
            per=per,
            identical_per_second=identical_per_second,
            margin=margin,
            prefix=prefix,
            wall_clock=_wall_clock,
        )
        limits = self._limits
        self._storage = limits.storage.RedisStorage(url, key_prefix=prefix)
        self._limiter = limits.strategies.MovingWindowRateLimiter(self._storage)
        import redis  # installed with limits[redis]

        self._redis = redis.Redis.from_url(url)  # the pause key is ours, not a limits window

    def reserve(self, kind: str, key: str | None, now: float) -> float:
        """Take one slot of ``kind`` (``"read"``/``"write"``) for the request ``key``.

        Returns 0 when the request may go now (the slot is taken), else the seconds to wait
        before asking again (nothing is taken).
        """
        item = self._kind(kind)
        self._offset = self._wall() - now
        redis = self._redis
        paused = self._pause_wait(redis.get(self._pause_key))
        if paused > 0:
            return paused
        # Identical first: a slot of it taken for a request that then waits for the budget
        # only makes this process more careful, never the API busier.
        if self._identical is not None and key is not None:
            digest = self._identical_key(key)
            if not self._limiter.hit(self._identical, self.name, digest):
                stats = self._limiter.get_window_stats(self._identical, self.name, digest)
                return self._wait_for(stats.reset_time)
        if self._limiter.hit(item, self.name, kind):
            return 0.0
        return self._wait_for(self._limiter.get_window_stats(item, self.name, kind).reset_time)

    def pause_until(self, t: float) -> None:
        """Hold every process of this budget until ``t`` (the caller's clock, as ``now``)."""
        until, ttl_ms = self._pause_value(t)
        redis = self._redis
        current = self._pause_wait(redis.get(self._pause_key))
        if current < until - self._wall():
            redis.set(self._pause_key, repr(until), px=ttl_ms)

    def clear(self) -> None:
        """Forget everything counted for this budget (tests, or after changing the budget)."""
        redis = self._redis
        for kind, item in self._items.items():
            self._limiter.clear(item, self.name, kind)
        redis.delete(self._pause_key)

    def close(self) -> None:
        """Close the connections to Redis."""
        self._redis.close()
        self._storage.storage.close()


class AsyncRedisBudget(_Budget):
    """:class:`RedisBudget` for :class:`~anny.AsyncAnny` (the same arguments and keys, so
    blocking and async processes can share one budget)."""

    def __init__(
        self,
        url: str,
        *,
        name: str = "default",
        reads: int = 150,
        writes: int = 60,
        per: float = 60,
        identical_per_second: int | None = 4,
        margin: float = DEFAULT_MARGIN,
        prefix: str = "anny",
        _wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            url,
            name=name,
            reads=reads,
            writes=writes,
            per=per,
            identical_per_second=identical_per_second,
            margin=margin,
            prefix=prefix,
            wall_clock=_wall_clock,
        )
        limits = self._limits
        # redis-py's asyncio client (the same package as the blocking one): no coredis.
        self._storage = limits.aio.storage.RedisStorage(
            "async+" + url, key_prefix=prefix, implementation="redispy"
        )
        self._limiter = limits.aio.strategies.MovingWindowRateLimiter(self._storage)
        import redis.asyncio  # installed with limits[redis]

        self._redis = redis.asyncio.Redis.from_url(url)

    async def reserve(self, kind: str, key: str | None, now: float) -> float:
        """See :meth:`RedisBudget.reserve`."""
        item = self._kind(kind)
        self._offset = self._wall() - now
        redis = self._redis
        paused = self._pause_wait(await redis.get(self._pause_key))
        if paused > 0:
            return paused
        if self._identical is not None and key is not None:
            digest = self._identical_key(key)
            if not await self._limiter.hit(self._identical, self.name, digest):
                stats = await self._limiter.get_window_stats(self._identical, self.name, digest)
                return self._wait_for(stats.reset_time)
        if await self._limiter.hit(item, self.name, kind):
            return 0.0
        stats = await self._limiter.get_window_stats(item, self.name, kind)
        return self._wait_for(stats.reset_time)

    async def pause_until(self, t: float) -> None:
        """See :meth:`RedisBudget.pause_until`."""
        until, ttl_ms = self._pause_value(t)
        redis = self._redis
        current = self._pause_wait(await redis.get(self._pause_key))
        if current < until - self._wall():
            await redis.set(self._pause_key, repr(until), px=ttl_ms)

    async def clear(self) -> None:
        """See :meth:`RedisBudget.clear`."""
        redis = self._redis
        for kind, item in self._items.items():
            await self._limiter.clear(item, self.name, kind)
        await redis.delete(self._pause_key)

    async def aclose(self) -> None:
        """Close the connections to Redis."""
        await self._redis.aclose()
