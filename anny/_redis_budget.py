"""One rate-limit budget shared by processes and machines, kept in Redis (``anny-client[redis]``).

anny's budgets are per identity (C1): four gunicorn workers with one token, or three machines
behind one NAT address, share 150 reads a minute. Each process pacing itself alone
(:class:`~anny._ratelimit.LocalBudget`) would send four times too much. :class:`RedisBudget`
is the same :class:`~anny._ratelimit.Budget` kept in Redis, so every process of an identity
draws from one budget::

    budget = anny.RedisBudget("redis://cache:6379/0", name="acme-anonymous")
    client = anny.Anny(rate_limit=budget)          # in every worker; AsyncAnny too

It is built on the ``limits`` library: its Redis storage (connection, key prefix) and its
moving-window Lua script, which takes a slot atomically, so two processes never take the
same last one. What is shared, under one ``name`` (one per identity):

* reads and writes, each at most ``reads`` / ``writes`` in any ``per``-second span
  (plus a small margin: the API counts arrivals, the budget counts departures);
* identical requests (same method, path, query and body), at most ``identical_per_second``
  in any second (C2); only a digest of the request reaches Redis, never a credential;
* the pause after a 429: every process waits until ``Retry-After`` has passed;
* what a 429 taught (:meth:`RedisBudget.learn`): that kind's lowered budget, for every process
  of the identity, until :meth:`RedisBudget.clear`.

A reservation may lie in the future: a process told to wait 3 s has its slot at now + 3 s,
and others queue behind it, exactly like the local budget. The times in Redis are each
process's wall clock (``time.time()``), the one clock processes on several machines share
(keep them in sync with NTP); the client's monotonic ``now`` is translated on every call.

The protocol is synchronous because the client reserves inside its sans-I/O request flow;
:class:`~anny.AsyncAnny` uses the same object. Each reservation is two round trips to Redis
(~0.2 ms each on the same host), which an event loop can afford.

Needs ``pip install 'anny-client[redis]'``; nothing here is imported by ``import anny``.
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from anny._ratelimit import DEFAULT_RATE_LIMIT, RECOVER_AFTER_WINDOWS, Kind, RateLimit, _margin
from anny.errors import InvalidParameterError

__all__ = ["RedisBudget"]

#: A 429: record the refusal, move the sends up to now out of the paced window (anny's window
#: resets at Retry-After) into a log that later 429s of the same burst still count; answer
#: the sends of the last window and the refusals in it. Atomic, so processes agree.
_REFUSED = """
local wall = tonumber(ARGV[1])
local span = tonumber(ARGV[2])
local since = wall - span
local ttl = math.ceil(span) + 1
redis.call('ZADD', KEYS[3], wall, ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', since)
local items = redis.call('LRANGE', KEYS[1], 0, -1)
local kept = {}
local latest = wall
for i, v in ipairs(items) do
  local t = tonumber(v)
  if t > wall then
    table.insert(kept, v)
    if t > latest then latest = t end
  else
    redis.call('ZADD', KEYS[2], t, ARGV[3] .. ':' .. i)
  end
end
redis.call('DEL', KEYS[1])
if #kept > 0 then
  redis.call('RPUSH', KEYS[1], unpack(kept))
  redis.call('EXPIRE', KEYS[1], math.ceil(latest - wall + span) + 1)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. since)
redis.call('EXPIRE', KEYS[2], ttl)
redis.call('EXPIRE', KEYS[3], ttl)
return {redis.call('ZCOUNT', KEYS[2], '(' .. since, wall), redis.call('ZCARD', KEYS[3])}
"""

#: Lower a learned budget, never raise it (another process may have learned less already);
#: every 429 keeps it for another RECOVER_AFTER_WINDOWS windows (ARGV[2] seconds), after which
#: the key expires and every process is back at the configured budget.
_LOWER = """
local current = redis.call('GET', KEYS[1])
if current and tonumber(current) <= tonumber(ARGV[1]) then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
"""

#: How often a reservation is retried when another process took the slot in between.
_ATTEMPTS = 50

#: The least room added to every window, in seconds. The API opens its window at the first
#: arrival; processes (on several machines) add scheduling and network jitter between their
#: sends and those arrivals, more than one process alone does.
MIN_MARGIN = 0.1


def _room(per: float) -> float:
    return max(_margin(per), MIN_MARGIN)


def _import_limits() -> Any:
    try:
        import limits
        import limits.storage
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError(
            "a Redis-shared budget needs the optional 'redis' dependencies: "
            "pip install 'anny-client[redis]'"
        ) from exc
    return limits


def _whole_seconds(per: float) -> int:
    # `limits` keeps its windows in whole seconds (Redis EXPIRE takes integers).
    if per != int(per):
        raise InvalidParameterError(f"a Redis budget's window is whole seconds, got per={per!r}")
    return int(per)


def _floats(values: list[Any]) -> list[float]:
    return sorted((float(v) for v in values), reverse=True)


class RedisBudget:
    """A :class:`~anny._ratelimit.Budget` shared through Redis by every process of one identity.

    Args:
        url: the Redis server, ``redis://host:6379/0`` (``rediss://`` for TLS).
        limit: the budget (default: anny's 150 reads and 60 writes per 60 s, 4 identical per
            second); ``per`` must be whole seconds.
        name: the identity whose budget this is; every process of that identity uses the same
            name (e.g. ``"acme-anonymous"``, or one per customer token). Never the token itself.
        prefix: the prefix of every key in Redis.
    """

    def __init__(
        self,
        url: str,
        limit: RateLimit = DEFAULT_RATE_LIMIT,
        *,
        name: str = "default",
        prefix: str = "anny",
        _wall_clock: Callable[[], float] = time.time,
    ) -> None:
        limits = _import_limits()
        if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
            raise InvalidParameterError("url must be a redis:// (or rediss://, unix://) URL")
        if not isinstance(limit, RateLimit):
            raise InvalidParameterError(f"limit must be an anny.RateLimit, got {limit!r}")
        if not isinstance(name, str) or not name:
            raise InvalidParameterError("name must be a non-empty string (one per identity)")
        if not isinstance(prefix, str) or not prefix:
            raise InvalidParameterError("prefix must be a non-empty string")
        self._limit = limit
        self.name = name
        per = _whole_seconds(limit.per)
        item = limits.RateLimitItemPerSecond
        self._windows: dict[str, tuple[Any, float]] = {
            "read": (item(limit.reads, per, namespace=prefix), limit.per + _room(limit.per)),
            "write": (item(limit.writes, per, namespace=prefix), limit.per + _room(limit.per)),
        }
        self._identical = (
            item(limit.identical_per_second, 1, namespace=prefix),
            1.0 + _room(1.0),
        )
        self._storage = limits.storage.RedisStorage(url, key_prefix=prefix)
        self._redis = self._storage.get_connection()
        self._pause_key = self._storage.prefixed_key(f"{prefix}/{name}/paused-until")
        self._learned_keys = {
            kind: self._storage.prefixed_key(f"{prefix}/{name}/learned/{kind}")
            for kind in ("read", "write")
        }
        self._refused_keys = {
            kind: self._storage.prefixed_key(f"{prefix}/{name}/refused/{kind}")
            for kind in ("read", "write")
        }
        self._before_reset_keys = {
            kind: self._storage.prefixed_key(f"{prefix}/{name}/before-reset/{kind}")
            for kind in ("read", "write")
        }
        self._wall = _wall_clock
        # The client's monotonic clock minus the wall clock, refreshed by every reserve():
        # pause_until(t) arrives on the client's clock and is kept on the wall clock.
        self._offset = _wall_clock() - time.monotonic()
        self._lock = threading.Lock()

    @property
    def limit(self) -> RateLimit:
        """The budgets configured (see :attr:`effective_limit` for what a 429 taught)."""
        return self._limit

    @property
    def effective_limit(self) -> RateLimit:
        """The budgets enforced now, shared by every process: lowered by :meth:`learn`."""
        reads, writes = self._redis.mget(self._learned_keys["read"], self._learned_keys["write"])
        return self._limit if reads is None and writes is None else self._evolve(reads, writes)

    def _evolve(self, reads: Any, writes: Any) -> RateLimit:
        return RateLimit(
            reads=int(reads) if reads is not None else self._limit.reads,
            writes=int(writes) if writes is not None else self._limit.writes,
            per=self._limit.per,
            identical_per_second=self._limit.identical_per_second,
        )

    def learn(self, kind: Kind, now: float) -> int | None:
        """A 429 answered a ``kind`` request sent at or before ``now`` (the client's clock):
        lower that kind's budget, for every process of the identity, to the sends anny
        accepted in the window (the sends of all processes minus the 429s, at least 1).
        Returns the new number, or ``None`` if the budget already was that low."""
        if kind not in self._windows:
            raise InvalidParameterError(f"kind must be 'read' or 'write', got {kind!r}")
        item, window = self._windows[kind]
        wall = now + self._offset
        keys = (self._key(item, kind), self._before_reset_keys[kind], self._refused_keys[kind])
        with self._lock:
            sent, refused = self._redis.eval(_REFUSED, 3, *keys, wall, window, uuid.uuid4().hex)
            learned = max(1, int(sent) - int(refused))
            keep = math.ceil(RECOVER_AFTER_WINDOWS * window)
            if learned >= item.amount:
                self._redis.expire(self._learned_keys[kind], keep, xx=True)
                return None
            lowered = self._redis.eval(_LOWER, 1, self._learned_keys[kind], learned, keep)
        return learned if lowered else None

    def _key(self, item: Any, *identifiers: str) -> str:
        key: str = self._storage.prefixed_key(item.key_for(self.name, *identifiers))
        return key

    def reserve(self, kind: Kind, key: str, now: float, *, max_wait: float | None = None) -> float:
        """Seconds to wait before sending (the slot is taken at ``now + wait`` in Redis),
        unless the wait would exceed ``max_wait`` (then nothing is taken)."""
        if kind not in self._windows:
            raise InvalidParameterError(f"kind must be 'read' or 'write', got {kind!r}")
        item, window = self._windows[kind]
        same, same_window = self._identical
        kind_key, same_key = self._key(item, kind), self._key(same, key)
        with self._lock:
            for _ in range(_ATTEMPTS):
                wall = self._wall()
                self._offset = wall - now
                pipe = self._redis.pipeline(transaction=False)
                pipe.get(self._pause_key)
                pipe.lrange(kind_key, 0, -1)
                pipe.lrange(same_key, 0, -1)
                pipe.get(self._learned_keys[kind])
                paused, sends, identical, learned = pipe.execute()
                budget = min(item.amount, int(learned)) if learned is not None else item.amount
                at = max(wall, float(paused) if paused is not None else wall)
                for entries, count, span in (
                    (_floats(sends), budget, window),
                    (_floats(identical), same.amount, same_window),
                ):
                    if entries:
                        # Never before a reservation already queued: the lists stay in time
                        # order, which the moving-window script relies on.
                        at = max(at, entries[0])
                    if len(entries) >= count:
                        at = max(at, entries[count - 1] + span)
                wait = at - wall
                if max_wait is not None and wait > max_wait:
                    return wait
                # Identical first: a slot of it taken for a request that then has to retry for
                # the budget only makes this client more careful, never the API busier.
                if not self._take(same_key, at, same.amount, 1, wall):
                    continue
                if not self._take(kind_key, at, budget, item.get_expiry(), wall):
                    continue
                return wait
        raise RuntimeError("the Redis budget stayed contended for 50 attempts")  # pragma: no cover

    def _take(self, key: str, at: float, count: int, seconds: int, wall: float) -> bool:
        # limits' moving-window script: atomically, the slot at `at` is taken only if fewer
        # than `count` entries lie after `at - seconds`.
        if not self._storage.lua_acquire_moving_window([key], [at, count, seconds, 1]):
            return False
        # The script keeps the list for `seconds` from now; a reservation in the future must
        # outlive its own window.
        self._redis.expire(key, math.ceil(at - wall + seconds) + 1)
        return True

    def pause_until(self, t: float) -> None:
        """No request of this identity, in any process, before ``t`` (the client's clock)."""
        until = t + self._offset
        left = until - self._wall()
        if left <= 0:
            return
        with self._lock:
            current = self._redis.get(self._pause_key)
            if current is None or float(current) < until:
                self._redis.set(self._pause_key, repr(until), px=math.ceil(left * 1000) + 1)

    def clear(self) -> None:
        """Forget the counts and the pause of this budget (tests, or after a budget change)."""
        pattern = self._storage.prefixed_key(f"{self._windows['read'][0].namespace}/{self.name}/*")
        keys = list(self._redis.scan_iter(match=pattern))
        if keys:
            self._redis.delete(*keys)

    def close(self) -> None:
        """Close the connections to Redis."""
        self._redis.close()

    def __repr__(self) -> str:
        return f"RedisBudget(name={self.name!r}, {self._limit!r})"
