"""Client-side pacing: anny's documented budgets, kept by the client itself (sans-I/O).

anny allows each identity (a customer token, or an anonymous caller by address) **150 reads
and 60 writes per 60 s** (reads are ``GET``; writes ``POST``/``PATCH``/``PUT``/``DELETE``) and
**at most 4 identical requests per second** (same method, path, query and JSON body). Over a
limit it answers ``429`` with ``Retry-After: <seconds>``; it sends no ``X-RateLimit-*``
headers, so a client cannot ask how much budget is left: it has to count for itself.

:class:`RateLimit` is the configuration (``Anny(rate_limit=RateLimit(reads=400))``;
``rate_limit=None`` turns pacing off). :class:`LocalBudget` does the counting for one process.
Both clients ask a :class:`Budget` before *every* attempt they send; the answer is a number of
seconds to wait, which the request flow turns into a :class:`~anny._plan_flow.Sleep` (so unit
tests inject a clock and never sleep for real).

The :class:`Budget` protocol (for other backends, e.g. one shared through Redis)
-------------------------------------------------------------------------------
Times are seconds on one **monotonic clock** chosen by the client (``time.monotonic`` unless a
test injects another); a backend shared between processes must translate them to its own
time base (e.g. a Redis server's ``TIME``) itself.

``reserve(kind, key, now, *, max_wait=None) -> float``
    ``kind`` is ``"read"`` or ``"write"``; ``key`` identifies *identical* requests (a hash of
    method, URL with query, and body: never a secret); ``now`` the client's monotonic time.
    Returns the seconds to wait before sending (``0.0``: send now) and **records the send at
    ``now + wait``**, so the next caller queues behind it. If the wait would exceed
    ``max_wait`` (``None``: no bound) nothing is recorded and the (too long) wait is returned:
    the caller raises :class:`~anny.errors.RateLimitWaitError` instead of hanging.
    Must be safe to call from several threads.

``pause_until(t) -> None``
    A ``429`` arrived: no request of this identity may be sent before ``t`` (monotonic time).
    Every later ``reserve`` waits at least until then; an earlier ``t`` than the current pause
    changes nothing.

``limit -> RateLimit``
    The budgets this backend enforces (for logs and messages).

``learn(kind, now) -> int | None`` (optional)
    A 429 answered a request of ``kind`` sent at or before ``now``: anny's budget for this
    identity is smaller than ``limit`` says (another process, an organization's own budget).
    A backend that has it lowers that kind's budget to what anny accepted and returns the new
    number (``None``: nothing changed). :class:`LocalBudget` has it.

A budget belongs to one identity: share one object between clients that use the same token
(``Anny(rate_limit=budget)``), never between different identities.
"""

from __future__ import annotations

import bisect
import collections
import hashlib
import threading
from collections.abc import Callable, Hashable
from typing import Any, Literal, Protocol, TypeAlias, TypeVar, runtime_checkable

import attrs

from anny.errors import InvalidParameterError

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "Budget",
    "Kind",
    "LocalBudget",
    "Pacing",
    "RateLimit",
    "RateLimitWait",
    "SingleFlight",
    "flight_key",
    "identical_key",
    "kind_of",
    "make_budget",
]

Kind: TypeAlias = Literal["read", "write"]

#: Requests anny counts as reads; every other method is a write.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _positive_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"RateLimit.{attribute.name} must be an int >= 1: {value!r}")


def _positive_number(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not value > 0
        or value == float("inf")
    ):
        raise InvalidParameterError(f"RateLimit.{attribute.name} must be a number > 0: {value!r}")


@attrs.frozen
class RateLimit:
    """The budget of one identity: ``reads`` GETs and ``writes`` other requests per ``per``
    seconds, and at most ``identical_per_second`` identical requests in any second.

    The defaults are anny's documented customer and anonymous budgets (150/60 per 60 s, 4
    identical per second). anny configures budgets per organization: pass the numbers you
    were given, e.g. ``anny.Anny(rate_limit=anny.RateLimit(reads=400, writes=100))``.
    """

    reads: int = attrs.field(default=150, validator=_positive_int)
    writes: int = attrs.field(default=60, validator=_positive_int)
    per: float = attrs.field(default=60.0, validator=_positive_number)
    identical_per_second: int = attrs.field(default=4, validator=_positive_int)

    def budget_for(self, kind: Kind) -> int:
        """Requests of ``kind`` allowed per window."""
        return self.reads if kind == "read" else self.writes


#: anny's documented budget for customers and anonymous callers.
DEFAULT_RATE_LIMIT = RateLimit()


@attrs.frozen
class RateLimitWait:
    """What ``on_wait`` receives when a request is held back by the budget.

    ``path`` is the request's path without its query (queries may carry an ``oat`` or a
    booking ``code``); ``reason`` is ``"budget"``, ``"identical"`` or ``"paused"`` (a 429
    said so).
    """

    seconds: float
    kind: Kind
    method: str
    path: str
    reason: str


@runtime_checkable
class Budget(Protocol):
    """Where the client reserves its sends; see the module docstring for the contract."""

    @property
    def limit(self) -> RateLimit:
        """The budgets enforced."""
        ...

    def reserve(self, kind: Kind, key: str, now: float, *, max_wait: float | None = None) -> float:
        """Seconds to wait before sending (recorded as sent then, unless beyond ``max_wait``)."""
        ...

    def pause_until(self, t: float) -> None:
        """No request before monotonic time ``t`` (a 429's ``Retry-After``)."""
        ...


def kind_of(method: str) -> Kind:
    """``"read"`` for GET (and HEAD/OPTIONS), ``"write"`` for everything else."""
    return "read" if method.upper() in READ_METHODS else "write"


def identical_key(method: str, url: str, body: bytes | None) -> str:
    """A short digest naming what anny's duplicate guard compares: method, path, query, body.

    Hashed, so a backend that stores keys (Redis) never stores a token carried in a URL.
    """
    digest = hashlib.sha256()
    digest.update(method.upper().encode())
    digest.update(b"\0")
    digest.update(url.encode("utf-8", "replace"))
    digest.update(b"\0")
    digest.update(body or b"")
    return digest.hexdigest()[:32]


#: How many windows a budget lowered by a 429 stays lowered after the last 429: a share of the
#: budget that another process used up comes back once it has stopped (anny's default window:
#: ten minutes), instead of holding a long-lived client at one request a window for good.
RECOVER_AFTER_WINDOWS = 10


def _margin(per: float) -> float:
    """Extra room added to every window, in seconds.

    The server counts arrival times: two requests exactly one window apart on our clock can
    land inside one window on the server's when the first was delayed more than the second
    (network, TLS, a busy event loop). A tenth of the window, at most 0.25 s: 0.4 % of
    anny's 60-s window, 0.1 s of the duplicate guard's second.
    """
    return min(0.25, per * 0.1)


class LocalBudget:
    """The :class:`Budget` of one process: a sliding-window log per kind and per identical key.

    A request may go at the earliest ``t >= now`` for which fewer than ``budget`` sends of its
    kind are recorded after ``t - per`` (and fewer than ``identical_per_second`` identical
    sends after ``t - 1``), and not before a 429's pause has passed. Counting *every* recorded
    send after ``t - per`` — also those reserved for the future — keeps any window-length
    span, wherever it starts, within the budget; so anny's fixed windows are never exceeded
    either.
    """

    def __init__(self, limit: RateLimit = DEFAULT_RATE_LIMIT) -> None:
        if not isinstance(limit, RateLimit):
            raise InvalidParameterError(f"limit must be an anny.RateLimit, got {limit!r}")
        self._limit = limit
        self._window = limit.per + _margin(limit.per)
        self._identical_window = 1.0 + _margin(1.0)
        self._sends: dict[Kind, list[float]] = {"read": [], "write": []}
        self._identical: dict[str, collections.deque[float]] = {}
        self._paused_until = float("-inf")
        self._learned: dict[Kind, int] = {}
        self._learned_until: dict[Kind, float] = {}
        self._refused: dict[Kind, list[float]] = {"read": [], "write": []}
        # Sends before a 429, no longer paced against (anny's window resets) but still counted
        # when a later 429 of the same burst asks what anny accepted.
        self._before_reset: dict[Kind, list[float]] = {"read": [], "write": []}
        self._lock = threading.Lock()

    @property
    def limit(self) -> RateLimit:
        """The budgets configured (see :attr:`effective_limit` for what a 429 taught)."""
        return self._limit

    @property
    def effective_limit(self) -> RateLimit:
        """The budgets enforced now: :attr:`limit`, lowered by what 429s taught (:meth:`learn`)."""
        with self._lock:
            return self._effective()

    def _effective(self) -> RateLimit:
        return attrs.evolve(
            self._limit,
            reads=self._learned.get("read", self._limit.reads),
            writes=self._learned.get("write", self._limit.writes),
        )

    def _budget_for(self, kind: Kind, now: float | None = None) -> int:
        if now is not None and kind in self._learned and now >= self._learned_until[kind]:
            del self._learned[kind]  # RECOVER_AFTER_WINDOWS without a 429: back to the limit
        return self._learned.get(kind, self._limit.budget_for(kind))

    def learn(self, kind: Kind, now: float) -> int | None:
        """A 429 answered a ``kind`` request sent at or before ``now``: lower that kind's budget.

        anny accepted the sends of the last window but the refused ones (this one and other
        429s of that window: a burst in flight gets several), so that many (at least 1) is the
        budget from now on, until ``RECOVER_AFTER_WINDOWS`` windows pass without a 429; returns
        it, or ``None`` if the budget already was that low. Reservations for later than ``now``
        are not counted: they were never sent. The sends up to ``now`` are forgotten: the 429's
        pause (until anny's window resets) keeps the next ones out of the old window.
        """
        with self._lock:
            since = now - self._window
            sends, refused, old = self._sends[kind], self._refused[kind], self._before_reset[kind]
            self._forget(refused, since)
            self._forget(old, since)
            refused.append(now)
            # anny's Retry-After is "seconds until the limit resets": what was sent before the
            # 429 counts no more once the pause is over, so the retry is not held back by it.
            cut = bisect.bisect_right(sends, now)
            old.extend(sends[:cut])
            del sends[:cut]
            old.sort()
            sent = len(old) - bisect.bisect_right(old, since)
            learned = max(1, sent - len(refused))
            # Every 429 keeps what it taught for another RECOVER_AFTER_WINDOWS windows.
            budget = self._budget_for(kind, now)
            self._learned_until[kind] = now + RECOVER_AFTER_WINDOWS * self._window
            if learned >= budget:
                return None
            self._learned[kind] = learned
            return learned

    @property
    def paused_until(self) -> float:
        """The monotonic time before which nothing is sent (``-inf``: no pause)."""
        return self._paused_until

    def reserve(self, kind: Kind, key: str, now: float, *, max_wait: float | None = None) -> float:
        """See :class:`Budget`."""
        with self._lock:
            sends = self._sends[kind]
            self._forget(sends, now - self._window)
            at = max(now, self._paused_until)
            budget = self._budget_for(kind, now)
            if len(sends) >= budget:
                at = max(at, sends[-budget] + self._window)
            same = self._identical.get(key)
            if same is not None:
                while same and same[0] <= now - self._identical_window:
                    same.popleft()
                n = self._limit.identical_per_second
                if len(same) >= n:
                    at = max(at, same[-n] + self._identical_window)
            wait = at - now
            if max_wait is not None and wait > max_wait:
                return wait
            bisect.insort(sends, at)
            if same is None:
                self._prune_keys(now)
                same = self._identical[key] = collections.deque()
            # Kept sorted: a later reservation of this key is never earlier than this one.
            same.append(at)
            return wait

    def reason(self, kind: Kind, key: str, now: float) -> str:
        """Why a send at ``now`` would wait (for logs): ``paused``, ``identical`` or ``budget``."""
        with self._lock:
            if self._paused_until > now:
                return "paused"
            same = self._identical.get(key)
            n = self._limit.identical_per_second
            if same is not None and len(same) >= n and same[-n] + self._identical_window > now:
                return "identical"
            return "budget"

    def pause_until(self, t: float) -> None:
        """See :class:`Budget`."""
        with self._lock:
            self._paused_until = max(self._paused_until, t)

    @staticmethod
    def _forget(sends: list[float], before: float) -> None:
        cut = bisect.bisect_right(sends, before)
        if cut:
            del sends[:cut]

    def _prune_keys(self, now: float) -> None:
        # Bounded memory for clients that send many different requests.
        if len(self._identical) < 1024:
            return
        horizon = now - self._identical_window
        for key in [k for k, v in self._identical.items() if not v or v[-1] <= horizon]:
            del self._identical[key]

    def __repr__(self) -> str:
        return f"LocalBudget({self.effective_limit!r})"


def make_budget(rate_limit: object) -> Budget | None:
    """``rate_limit=`` as given to a client: a :class:`RateLimit` (a fresh
    :class:`LocalBudget`), a :class:`Budget` (shared as is) or ``None`` (no pacing)."""
    if rate_limit is None:
        return None
    if isinstance(rate_limit, RateLimit):
        return LocalBudget(rate_limit)
    if isinstance(rate_limit, Budget):
        return rate_limit
    raise InvalidParameterError(
        f"rate_limit must be an anny.RateLimit, a Budget or None, got {type(rate_limit).__name__}"
    )


@attrs.frozen
class Pacing:
    """What a client's request flow needs to pace itself: the budget, the monotonic clock, the
    ``on_wait`` callback and the longest wait allowed (``None``: unbounded)."""

    budget: Budget
    monotonic: Callable[[], float] = attrs.field(repr=False)
    on_wait: Callable[[RateLimitWait], None] | None = attrs.field(default=None, repr=False)
    max_wait: float | None = None

    def learn(self, kind: Kind, now: float) -> int | None:
        """A 429 answered a ``kind`` request: the budget's new number for it, if it learns."""
        learn = getattr(self.budget, "learn", None)
        return learn(kind, now) if callable(learn) else None

    def explain(self, kind: Kind, key: str, now: float) -> str:
        """Why a send would wait now (``budget`` when the backend cannot say)."""
        if isinstance(self.budget, LocalBudget):
            return self.budget.reason(kind, key, now)
        return "budget"


T = TypeVar("T")


def flight_key(plan: Any, config: object) -> Hashable | None:
    """What makes two calls share one request: a GET's path, query and headers under one
    client configuration (``None``: the call is never shared)."""
    if plan.method != "GET" or not plan.is_idempotent:
        return None
    return (plan.path, plan.params, plan.headers, id(config))


class _Call:
    __slots__ = ("done", "error", "followers", "result")

    def __init__(self) -> None:
        self.followers = 0  # callers waiting for this one's answer
        # Made by the first follower (under the lock): most calls have none, and an Event
        # (a Condition and two locks) is most of what single flight would cost per request.
        self.done: threading.Event | None = None
        self.result: Any = None
        self.error: BaseException | None = None


class SingleFlight:
    """Identical GETs in flight at once from several threads share one request (sync client).

    The first caller of a key sends; the others wait for its answer (or its error).
    """

    __slots__ = ("_calls", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[Hashable, _Call] = {}

    def run(self, key: Hashable, call: Callable[[], T]) -> T:
        with self._lock:
            pending = self._calls.get(key)
            if pending is None:
                mine = self._calls[key] = _Call()
            else:
                pending.followers += 1
                if pending.done is None:
                    pending.done = threading.Event()
                done = pending.done
        if pending is not None:
            done.wait()
            if pending.error is not None:
                raise pending.error
            shared: T = pending.result
            return shared
        try:
            mine.result = call()
            return mine.result  # type: ignore[no-any-return]
        except BaseException as exc:
            mine.error = exc
            raise
        finally:
            with self._lock:
                del self._calls[key]
                # Read under the lock: a follower that found this call made its Event then.
                waiting = mine.done
            if waiting is not None:
                waiting.set()

    def __len__(self) -> int:
        return len(self._calls)
