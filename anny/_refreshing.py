"""A token provider that keeps itself fresh: :class:`RefreshingToken`, and where it shares
the token with other processes (:class:`TokenStore`).

The refresh itself is one flow (:meth:`RefreshingToken._refresh_flow`: adopt a token another
process stored, else spend the single-use refresh token once, remember a refusal, install and
store the new token) run by :meth:`OAuth2.run <anny.auth.OAuth2.run>` or
:meth:`OAuth2.arun <anny.auth.OAuth2.arun>`; what differs between the colours is only the locking
around it (a thread lock, or an asyncio lock and a task the caller cannot cancel).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import inspect
import itertools
import threading
import weakref
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

import attrs

from anny._clock import Clock, aware_now
from anny._flow import Flow
from anny._logging import logger
from anny._oauth import OAuth2
from anny._token import Token
from anny.errors import AnnyError, AuthenticationError, InvalidParameterError

__all__ = ["RefreshingToken", "TokenStore"]


@runtime_checkable
class TokenStore(Protocol):
    """Where a :class:`RefreshingToken`'s token is kept and shared with other processes.

    anny's refresh tokens are single use, so two processes sharing one stored sign-in must
    not both spend the same one. Before a refresh the provider enters :meth:`lock` (exclusive
    across processes), reads :meth:`load` and, if another process already rotated the token,
    uses that one instead of refreshing; after its own refresh it calls :meth:`save` while
    still holding the lock. ``anny login``'s token file is one (``anny._token_file.TokenFile``).
    """

    def lock(self) -> AbstractContextManager[object]:
        """An exclusive lock held around reading, refreshing and saving."""
        ...

    def load(self) -> Token | None:
        """The token stored now (``None`` if there is none or it cannot be read)."""
        ...

    def save(self, token: Token) -> None:
        """Store a refreshed token."""
        ...


_instance_ids = itertools.count()


class RefreshingToken:
    """A token provider for ``Anny(token=…)`` / ``AsyncAnny(token=…)`` that keeps itself fresh.

    * Before each request: if the access token expires within ``refresh_margin`` seconds
      (by ``clock``), it is refreshed first. A freshly issued token that already looks
      (nearly) expired, i.e. the clocks disagree, is refreshed by the API's 401 instead, or
      halfway through its remaining life: clock skew never causes a refresh per request.
    * After a 401 the client calls :meth:`invalidate`; the next token is a refreshed one and
      the client resends the request once.
    * At most one refresh runs at a time, across threads and across asyncio tasks, and
      concurrent callers share its result: 20 requests racing an expiry cause one refresh.
      A 401 for a token that was already replaced causes no second refresh.
    * A refused refresh token is sent once: every later caller gets the same
      :class:`~anny.AuthenticationError` without a request (sign in again).
    * A caller that is cancelled or times out while a refresh is in flight does not cancel
      it: the rotated token is still installed (and stored) when it arrives.
    * ``on_refresh(new_token)`` is called after every refresh (while the lock is held), so
      the application can persist the rotated refresh token. For ``AsyncAnny`` it may be a
      coroutine function.
    * ``store`` (a :class:`TokenStore`) shares the token with other processes: it is re-read
      under the store's lock before a refresh token is spent, and saved after a refresh.

    A refused refresh raises :class:`~anny.AuthenticationError` (the user must sign in again)
    from the request that needed the token.
    """

    def __init__(
        self,
        oauth: OAuth2,
        token: Token,
        *,
        on_refresh: Callable[[Token], Any] | None = None,
        clock: Clock | None = None,
        refresh_margin: float = 60.0,
        store: TokenStore | None = None,
    ) -> None:
        if not isinstance(oauth, OAuth2):
            raise InvalidParameterError("oauth must be an anny.auth.OAuth2")
        if not isinstance(token, Token):
            raise InvalidParameterError("token must be an anny.auth.Token")
        if on_refresh is not None and not callable(on_refresh):
            raise InvalidParameterError("on_refresh must be callable")
        if isinstance(refresh_margin, bool) or not isinstance(refresh_margin, (int, float)):
            raise InvalidParameterError("refresh_margin must be a number of seconds")
        if refresh_margin < 0:
            raise InvalidParameterError("refresh_margin must be >= 0")
        if store is not None and not isinstance(store, TokenStore):
            raise InvalidParameterError("store must have lock(), load() and save()")
        self._oauth = oauth
        self._on_refresh = on_refresh
        self._store = store
        self._clock: Clock = clock if clock is not None else oauth.clock
        self._margin = timedelta(seconds=float(refresh_margin))
        self._lock = threading.Lock()
        self._guard = threading.Lock()  # only around creating a loop's asyncio.Lock
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        # Refreshes that outlive the caller that started them (strong references until done).
        self._tasks: set[asyncio.Task[tuple[int, str]]] = set()
        # Bumped on every refresh. Each thread/task remembers the generation it was handed
        # (a context variable), so a late 401 for a replaced token does not refresh again.
        self._generation = 0
        self._rejected: int | None = None  # the generation a 401 was answered to
        self._handed_out: contextvars.ContextVar[int | None] = contextvars.ContextVar(
            f"anny_refreshing_token_{next(_instance_ids)}", default=None
        )
        # The refresh token the auth server refused and its error: never sent again.
        self._refused: tuple[str, AuthenticationError] | None = None
        self._token = token
        self._due_at = self._due_time(token, fresh=False)
        self.refresh_count = 0

    @property
    def token(self) -> Token:
        """The current token (possibly about to be refreshed)."""
        return self._token

    def __repr__(self) -> str:
        return f"RefreshingToken(client_id={self._oauth.client_id!r}, token={self._token!r})"

    # ------------------------------------------------------------------ decisions

    def _due_time(self, token: Token, *, fresh: bool) -> datetime | None:
        """When to refresh ``token`` by expiry (``None``: only after a 401)."""
        if token.expires_at is None:
            return None
        if not fresh:
            # A stored token may really have expired meanwhile: refresh it first.
            return token.expires_at - self._margin
        remaining = token.expires_at - aware_now(self._clock)
        if remaining <= timedelta(0):
            # Just issued, yet expired by our clock: the clocks disagree. Refreshing by
            # expiry would refresh before every request; the API's 401 decides instead.
            return None
        return token.expires_at - min(self._margin, remaining / 2)

    def _needs_refresh(self) -> bool:
        # Without a refresh token there is nothing to do: the API's 401 reaches the caller.
        if self._token.refresh_token is None:
            return False
        if self._rejected == self._generation:
            return True
        return self._due_at is not None and aware_now(self._clock) >= self._due_at

    def _install(self, token: Token, *, fresh: bool = True) -> None:
        self._token = token
        self._due_at = self._due_time(token, fresh=fresh)
        self._generation += 1
        if fresh:
            self.refresh_count += 1

    def _hand_out(self) -> str:
        self._handed_out.set(self._generation)
        return self._token.access_token

    def _check_refused(self) -> None:
        # A refused refresh token stays refused: answer every waiter with the first error
        # instead of sending it again (50 threads would otherwise send it 50 times).
        if self._refused is not None and self._refused[0] == self._token.refresh_token:
            # A new instance per waiter (same type, message and details): one exception object
            # raised in 50 threads at once would share and grow a single traceback.
            first = self._refused[1]
            raise type(first)(
                str(first), response=first.response, errors=list(first.errors), body=first.body
            )

    def _remember_refusal(self, refresh: str | None, exc: AuthenticationError) -> None:
        if refresh is not None:
            self._refused = (refresh, exc)

    def _adopt_stored(self) -> bool:
        """Take over a token another process stored meanwhile; True if it needs no refresh."""
        assert self._store is not None
        try:
            stored = self._store.load()
        except (AnnyError, OSError) as exc:
            logger.warning("oauth: could not re-read the stored token: %s", type(exc).__name__)
            return False
        if (
            stored is None
            or stored.refresh_token is None
            or stored.refresh_token == self._token.refresh_token
        ):
            return False
        # Another process rotated it: its refresh token is the live one, ours is spent.
        self._install(attrs.evolve(stored, clock=self._token.clock), fresh=False)
        return not self._needs_refresh()

    def _save(self, token: Token) -> None:
        assert self._store is not None
        try:
            self._store.save(token)
        except (AnnyError, OSError) as exc:
            # The new token works in this process; only sharing it failed. Not fatal here.
            logger.warning("oauth: could not store the refreshed token: %s", type(exc).__name__)

    # ------------------------------------------------------------------ the refresh: one flow

    def _refresh_flow(self) -> Flow[bool]:
        """Adopt the token another process stored, else spend the refresh token once: one
        flow for both colours, run under the store's lock. True if this process refreshed."""
        if self._store is not None and self._adopt_stored():
            return False
        self._check_refused()
        refresh = self._token.refresh_token
        try:
            token = yield from self._oauth.refresh_flow(self._token)
        except AuthenticationError as exc:
            self._remember_refusal(refresh, exc)
            raise
        self._install(token)
        if self._store is not None:
            self._save(token)
        return True

    def _notify(self) -> object:
        """Call ``on_refresh`` with the new token; what it returned (maybe an awaitable)."""
        return self._on_refresh(self._token) if self._on_refresh is not None else None

    # ------------------------------------------------------------------ TokenProvider

    def _refresh_sync(self) -> None:
        """Refresh the token, or adopt the stored one; ``self._lock`` is held."""
        with self._store.lock() if self._store is not None else contextlib.nullcontext():
            refreshed = self._oauth.run(self._refresh_flow())
        result = self._notify() if refreshed else None
        if inspect.iscoroutine(result):
            result.close()
            raise InvalidParameterError("an async on_refresh needs AsyncAnny (aget_token)")

    def get_token(self) -> str:
        """The access token, refreshed first if due (blocking).

        The refresh runs to its end under the lock, so its rotated token is installed even if
        the thread that asked no longer waits for it.
        """
        with self._lock:
            if self._needs_refresh():
                self._refresh_sync()
            return self._hand_out()

    async def _arefresh(self) -> tuple[int, str]:
        """The async refresh, in its own task; both locks are held until it ends."""
        store_lock = self._store.lock() if self._store is not None else None
        if store_lock is not None:
            # A file lock blocks: wait for it in a thread, not on the event loop.
            await asyncio.to_thread(store_lock.__enter__)
        try:
            refreshed = await self._oauth.arun(self._refresh_flow())
        finally:
            if store_lock is not None:
                store_lock.__exit__(None, None, None)
        result = self._notify() if refreshed else None
        if inspect.isawaitable(result):
            await result
        return self._generation, self._token.access_token

    async def aget_token(self) -> str:
        """The access token, refreshed first if due (async)."""
        lock = self._async_lock()
        await lock.acquire()
        try:
            # Tasks of this loop are serialised by the asyncio lock; the thread lock keeps
            # out sync users in other threads without blocking this loop while it waits.
            while not self._lock.acquire(blocking=False):
                await asyncio.sleep(0.005)
        except BaseException:
            lock.release()
            raise
        task: asyncio.Task[tuple[int, str]] | None = None
        try:
            if not self._needs_refresh():
                return self._hand_out()
            if self._store is None:
                self._check_refused()  # no task for a known answer (a store may have news)
            # The refresh is a task of its own that keeps both locks until it ends: a caller
            # cancelled (or timed out) meanwhile does not cancel it, so the rotated single-use
            # token is still installed when it arrives, and nobody else spends the old one.
            task = asyncio.get_running_loop().create_task(self._arefresh())
            self._tasks.add(task)
            task.add_done_callback(functools.partial(self._refresh_done, lock))
        finally:
            if task is None:
                self._lock.release()
                lock.release()
        generation, access = await asyncio.shield(task)
        self._handed_out.set(generation)
        return access

    def _refresh_done(self, lock: asyncio.Lock, task: asyncio.Task[tuple[int, str]]) -> None:
        self._tasks.discard(task)
        self._lock.release()
        lock.release()
        if not task.cancelled():
            task.exception()  # retrieved: a caller that gave up must not cause a warning

    def invalidate(self) -> None:
        """The API answered 401: refresh before handing out the next token.

        Ignored when the rejected token (the one handed to this thread/task) was already
        replaced by a refresh. Takes no lock, so it never waits for a refresh in flight
        (which would block an event loop): a mark for a replaced generation is harmless.
        """
        generation = self._generation
        handed = self._handed_out.get()
        if handed is None or handed == generation:
            self._rejected = generation

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock
