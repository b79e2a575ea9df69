"""The clients: :class:`Anny` (blocking) and :class:`AsyncAnny` (asyncio).

Both have the same surface: the areas (:mod:`anny._areas._clients`) and ``request/get/post/
patch/delete`` (:mod:`anny._calls`) are bound to them by :mod:`anny._binding`, and everything
runs through ``run``, which hands flows and plans to the driver of the client's colour. The
``with_raw_response`` views are the same calls in the raw-response mode.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

from anny._areas._clients import Areas  # the one import of the area layer: its registry
from anny._auth import TokenSource
from anny._base import BaseClient, CopyOf, Params
from anny._binding import Async, AsyncRaw, RawResponses, Sync, SyncRaw
from anny._calls import Calls
from anny._config import DEFAULT_MAX_RETRIES, NOT_GIVEN, NotGiven
from anny._flow import (
    Flow,
    raw_flow,
    run_flow_async,
    run_flow_sync,
    run_plan_async,
    run_plan_sync,
)
from anny._jsonapi import Document, Resource
from anny._pagination import DEFAULT_MAX_PAGES, AsyncPager, Pager, async_pager, pager
from anny._plan import RequestPlan
from anny._ratelimit import (
    DEFAULT_RATE_LIMIT,
    Budget,
    RateLimit,
    RateLimitWait,
    SingleFlight,
    flight_key,
)
from anny._response import APIResponse
from anny.errors import InvalidParameterError

if TYPE_CHECKING:
    from anny._cache import Cache
    from anny._limits import ConcurrencyLimiter

__all__ = ["Anny", "AnnyWithRawResponse", "AsyncAnny", "AsyncAnnyWithRawResponse"]

T = TypeVar("T")


class Anny(Calls[Sync], Areas[Sync], BaseClient[httpx.Client]):
    """Blocking client for the anny Customer API.

    Args:
        environment: ``"production"`` (https://b.anny.co), ``"gov-cloud"``
            (https://b.anny.eu) or ``"staging"`` (https://b.staging.anny.co). Default:
            ``ANNY_ENVIRONMENT`` or production.
        base_url: any other API base URL (e.g. a local sandbox); ``ANNY_BASE_URL``.
        token: customer access token or a :class:`~anny.auth.TokenProvider`; leave it out to
            read ``ANNY_TOKEN``, pass ``None`` to be anonymous regardless.
        locale: sent as ``Accept-Language`` (translates labels and error messages).
        timeout: seconds or an :class:`httpx.Timeout` (default 30 s read, 5 s connect).
        max_retries: retries after the first attempt (default 2). Writes are only
            resent when they provably never reached the server.
        default_headers: extra headers for every request.
        http_client: an :class:`httpx.Client` to use (proxies, custom transport ...). anny
            sends through it but does not change it: base URL, headers, timeout and auth go
            with every request from this client's configuration (the injected client's own
            auth is used when no token is configured). It is *not* closed by :meth:`close`.
        limits: an :class:`httpx.Limits` for the connection pool this client creates (with
            an injected ``http_client``, that client's own pool is used).
        clock: where helpers read "now" from (a function returning an aware datetime;
            default: the system clock in UTC). Inject one for tests and simulations.
        cache: an :class:`~anny.Cache` of public reads (catalog, opening hours,
            availability) with a time to live per kind, or ``True`` for the defaults. Off by
            default; never used for anything sent with a token (see :mod:`anny._cache`).
        rate_limit: the budget this client paces itself to (see :mod:`anny._ratelimit`):
            default :class:`~anny.RateLimit` ``()`` = anny's documented 150 reads and 60
            writes per 60 s and 4 identical requests per second; another
            :class:`~anny.RateLimit` for an organization with other budgets; a
            :class:`~anny.types.Budget` to share one budget between clients of the same identity;
            ``None`` turns pacing off. A call the budget would hold back longer than the
            read timeout raises :class:`~anny.RateLimitWaitError`; a 429 pauses every call
            of this client until its ``Retry-After``.
        on_wait: called with an :class:`~anny.types.RateLimitWait` whenever a call is held back
            (e.g. to show a progress line); each wait is also logged at INFO.

    Example::

        with anny.Anny(locale="de-DE") as client:
            doc = client.get("/api/v1/resources/my-room", params={"include": "services"})
            print(doc.data.name)
    """

    def __init__(
        self,
        *,
        environment: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        token: TokenSource | NotGiven | None = NOT_GIVEN,
        locale: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        cache: Cache | bool | None = None,
        rate_limit: RateLimit | Budget | None = DEFAULT_RATE_LIMIT,
        on_wait: Callable[[RateLimitWait], None] | None = None,
        _sleep: Callable[[float], None] | None = None,
        _monotonic: Callable[[], float] | None = None,
        _copy_of: CopyOf | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidParameterError(
                "http_client must be an httpx.Client (use AsyncAnny for async)"
            )
        self._init_base(
            environment=environment,
            base_url=base_url,
            token=token,
            locale=locale,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            clock=clock,
            cache=cache,
            copy_of=_copy_of,
        )
        self._init_pacing(rate_limit, on_wait, _monotonic, _copy_of)
        if self._config.auth is not None and self._config.auth.is_async_only:
            raise InvalidParameterError("an async token provider needs AsyncAnny")
        if http_client is None:
            # Bare on purpose: base URL, headers, timeout and auth travel with every request
            # from the configuration (see BaseClient._build), never from the pool.
            if limits is not None and not isinstance(limits, httpx.Limits):
                raise InvalidParameterError("limits must be an httpx.Limits")
            self._http = httpx.Client(limits=limits) if limits else httpx.Client()
            self._owns_http = True
        else:
            self._http = http_client
            self._owns_http = False
        self._sleep: Callable[[float], None] = _sleep or time.sleep
        # Shared with with_options() copies; keys carry the configuration they were sent with.
        self._flights: SingleFlight = (
            _copy_of.parent._flights
            if _copy_of is not None and isinstance(_copy_of.parent, Anny)
            else SingleFlight()
        )

    # ------------------------------------------------------------------ running plans

    def _run_raw(self, plan: RequestPlan[T]) -> APIResponse[T]:
        """Execute ``plan`` with retries and error mapping; return the raw response.

        A fresh answer in the opt-in cache is returned without sending. Identical GETs in
        flight at once (from several threads) share one request.
        """
        cache_key, cached = self._cached(plan)
        if cached is not None:
            return cached
        key = flight_key(plan, self._config)
        if key is None:
            return self._send_raw(plan, cache_key)
        shared = self._flights.run(key, lambda: self._send_raw(plan, cache_key))
        # Each caller parses with its own plan's parser (and caches its own result).
        return APIResponse(
            shared.http_response, retries_taken=shared.retries_taken, parser=plan.parser
        )

    def _send_raw(self, plan: RequestPlan[T], cache_key: Any = None) -> APIResponse[T]:
        response = run_plan_sync(
            self._http,
            plan,
            build=self._build,
            policy=self._config.retry,
            auth=self._auth,
            sleep=self._sleep,
            pacing=self._pacing,
        )
        self._remember(plan, cache_key, response)
        return response

    @overload
    def paginate(
        self,
        path: str | RequestPlan[Document],
        *,
        params: Params = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        map_item: None = None,
    ) -> Pager[Resource]: ...

    @overload
    def paginate(
        self,
        path: str | RequestPlan[Document],
        *,
        params: Params = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        map_item: Callable[[Resource], T],
    ) -> Pager[T]: ...

    def paginate(
        self,
        path: str | RequestPlan[Document],
        *,
        params: Params = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        map_item: Callable[[Resource], Any] | None = None,
    ) -> Pager[Any]:
        """A :class:`~anny.Pager` over the items of a collection (lazy: no request yet).

        ``path`` is a collection path or the :class:`~anny.flows.RequestPlan` of its first page.
        ``map_item`` turns each :class:`~anny.Resource` into what the pager yields, e.g.
        ``client.paginate("/api/v1/bookings", map_item=anny.types.Booking.from_resource)``.
        """
        return pager(self.run, self._paged(path, params, page_size, max_pages, map_item))

    def run(self, work: RequestPlan[T] | Flow[T]) -> T:
        """Execute a :class:`~anny.flows.RequestPlan` or a flow and return its result.

        A plan runs with retries and error mapping and returns its parsed value. A flow (a
        generator of plans, see :mod:`anny._flow`) is driven to its end; helpers that take
        several requests (slug resolution, cancel with read-back) are flows, and so can yours.
        """
        if isinstance(work, RequestPlan):
            return self._run_raw(work).parse()
        return run_flow_sync(work, run_raw=self._run_raw, sleep=self._sleep)

    @property
    def with_raw_response(self) -> AnnyWithRawResponse:
        """The same calls, returning :class:`~anny.APIResponse` (``.http_response``,
        ``.retries_taken``, ``.parse()``) instead of the parsed value, areas included
        (``client.with_raw_response.bookings.get(...)``)."""
        return self._raw_view(AnnyWithRawResponse)

    @property
    def generated(self) -> Any:
        """The generated low-level client (``anny_api.Client``) on the same httpx client.

        Use it with any generated operation::

            from anny_api.api.bookings import list_bookings
            resp = list_bookings.sync_detailed(client=client.generated)

        It shares the connection pool, base URL, default headers and auth of this client.
        Requests made through it bypass anny's retries and error mapping.
        """
        if self._raw_client is None:
            self._raw_client = self._make_raw()
        return self._raw_client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        locale: str | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        rate_limit: RateLimit | Budget | NotGiven | None = NOT_GIVEN,
    ) -> Anny:
        """A configured copy sharing this client's connection pool.

        The copy is a new client (its own areas and helpers) with the merged options; it
        shares the pool, the clock, the look-ups that do not depend on its options and the
        rate-limit budget (same identity) unless ``rate_limit`` is given. It does not own the
        pool: close the original client when done.
        """
        copy_of = self._copy_with(
            timeout=timeout,
            max_retries=max_retries,
            locale=locale,
            default_headers=default_headers,
            rate_limit=rate_limit,
        )
        return type(self)(http_client=self._http, _sleep=self._sleep, _copy_of=copy_of)

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the connection pool (unless the httpx client was injected)."""
        if self._owns_http:
            self._http.close()

    @property
    def is_closed(self) -> bool:
        """Whether the underlying httpx client is closed."""
        return self._http.is_closed

    def __enter__(self) -> Anny:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAnny(Calls[Async], Areas[Async], BaseClient[httpx.AsyncClient]):
    """Async client for the anny Customer API; same arguments and surface as :class:`Anny`.

    ``token`` may also be an :class:`~anny.auth.AsyncTokenProvider` or an async callable.
    ``http_client`` must be an :class:`httpx.AsyncClient`.

    ``limits`` (an :class:`httpx.Limits`) bounds the connection pool *and* how many calls
    are in flight at once: the others wait their turn inside anny, so ``asyncio.gather``
    over hundreds of calls needs no semaphore of its own. The default allows 16 (see
    :mod:`anny._limits`). With an injected ``http_client`` its own pool is kept and only
    a given ``limits.max_connections`` bounds the calls in flight.

    Example::

        async with anny.AsyncAnny() as client:
            async for booking in client.paginate("/api/v1/bookings", page_size=30):
                print(booking.number)
    """

    _limiter: ConcurrencyLimiter

    def __init__(
        self,
        *,
        environment: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven | None = NOT_GIVEN,
        token: TokenSource | NotGiven | None = NOT_GIVEN,
        locale: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        cache: Cache | bool | None = None,
        rate_limit: RateLimit | Budget | None = DEFAULT_RATE_LIMIT,
        on_wait: Callable[[RateLimitWait], None] | None = None,
        _sleep: Callable[[float], Awaitable[None]] | None = None,
        _monotonic: Callable[[], float] | None = None,
        _copy_of: CopyOf | None = None,
    ) -> None:
        from anny import _limits  # async-only machinery: not loaded by `import anny`

        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidParameterError(
                "http_client must be an httpx.AsyncClient (use Anny for sync)"
            )
        limits = _limits.check_limits(limits)
        _limits.skip_sniffio_probe()
        self._init_base(
            environment=environment,
            base_url=base_url,
            token=token,
            locale=locale,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            clock=clock,
            cache=cache,
            copy_of=_copy_of,
        )
        self._init_pacing(rate_limit, on_wait, _monotonic, _copy_of)
        if http_client is None:
            # Bare on purpose: base URL, headers, timeout and auth travel with every request
            # from the configuration (see BaseClient._build), never from the pool.
            limits = limits or _limits.DEFAULT_ASYNC_LIMITS
            self._http = httpx.AsyncClient(
                limits=limits, transport=_limits.ShardedTransport(limits)
            )
            self._owns_http = True
        else:
            self._http = http_client
            self._owns_http = False
        import asyncio  # here, not at module level: `import anny` stays free of asyncio

        self._sleep: Callable[[float], Awaitable[None]] = _sleep or asyncio.sleep
        # Shared with with_options() copies, like the pool it guards.
        self._limiter = (
            _copy_of.parent._limiter
            if _copy_of is not None and isinstance(_copy_of.parent, AsyncAnny)
            else _limits.ConcurrencyLimiter(limits.max_connections if limits else None)
        )
        self._flights: _limits.AsyncSingleFlight = (
            _copy_of.parent._flights
            if _copy_of is not None and isinstance(_copy_of.parent, AsyncAnny)
            else _limits.AsyncSingleFlight()
        )

    async def _run_raw(self, plan: RequestPlan[T]) -> APIResponse[T]:
        """Execute ``plan`` with retries and error mapping; return the raw response.

        A fresh answer in the opt-in cache is returned without sending. Identical GETs in
        flight at once share one request (see :class:`AsyncSingleFlight`).
        """
        cache_key, cached = self._cached(plan)
        if cached is not None:
            return cached
        key = flight_key(plan, self._config)
        if key is None:
            return await self._send_raw(plan, cache_key)
        shared = await self._flights.run(key, lambda: self._send_raw(plan, cache_key))
        # Each caller parses with its own plan's parser (and caches its own result).
        return APIResponse(
            shared.http_response, retries_taken=shared.retries_taken, parser=plan.parser
        )

    async def _send_raw(self, plan: RequestPlan[T], cache_key: Any = None) -> APIResponse[T]:
        async with self._limiter:
            response = await run_plan_async(
                self._http,
                plan,
                build=self._build,
                policy=self._config.retry,
                auth=self._auth,
                sleep=self._sleep,
                pacing=self._pacing,
            )
        self._remember(plan, cache_key, response)
        return response

    @overload
    def paginate(
        self,
        path: str | RequestPlan[Document],
        *,
        params: Params = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        map_item: None = None,
    ) -> AsyncPager[Resource]: ...

    @overload
    def paginate(
        self,
        path: str | RequestPlan[Document],
        *,
        params: Params = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        map_item: Callable[[Resource], T],
    ) -> AsyncPager[T]: ...

    def paginate(
        self,
        path: str | RequestPlan[Document],
        *,
        params: Params = None,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        map_item: Callable[[Resource], Any] | None = None,
    ) -> AsyncPager[Any]:
        """An :class:`~anny.AsyncPager` over the items of a collection (lazy: no request yet).

        ``path`` is a collection path or the :class:`~anny.flows.RequestPlan` of its first page.
        ``map_item`` turns each :class:`~anny.Resource` into what the pager yields, e.g.
        ``client.paginate("/api/v1/bookings", map_item=anny.types.Booking.from_resource)``.
        """
        return async_pager(self.run, self._paged(path, params, page_size, max_pages, map_item))

    async def run(self, work: RequestPlan[T] | Flow[T]) -> T:
        """Execute a :class:`~anny.flows.RequestPlan` or a flow and return its result.

        A plan runs with retries and error mapping and returns its parsed value. A flow (a
        generator of plans, see :mod:`anny._flow`) is driven to its end; helpers that take
        several requests (slug resolution, cancel with read-back) are flows, and so can yours.
        """
        if isinstance(work, RequestPlan):
            return (await self._run_raw(work)).parse()
        return await run_flow_async(work, run_raw=self._run_raw, sleep=self._sleep)

    @property
    def with_raw_response(self) -> AsyncAnnyWithRawResponse:
        """The same calls, returning :class:`~anny.APIResponse`; see
        :attr:`Anny.with_raw_response`."""
        return self._raw_view(AsyncAnnyWithRawResponse)

    @property
    def generated(self) -> Any:
        """The generated ``anny_api.Client`` bound to this client's ``httpx.AsyncClient``.

        Use ``await op.asyncio_detailed(client=client.generated)``; see :attr:`Anny.generated`.
        """
        if self._raw_client is None:
            self._raw_client = self._make_raw()
        return self._raw_client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        locale: str | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        rate_limit: RateLimit | Budget | NotGiven | None = NOT_GIVEN,
    ) -> AsyncAnny:
        """A configured copy sharing this client's connection pool; see :meth:`Anny.with_options`.

        The copy also shares the bound on calls in flight (``limits``), which guards that pool.
        """
        copy_of = self._copy_with(
            timeout=timeout,
            max_retries=max_retries,
            locale=locale,
            default_headers=default_headers,
            rate_limit=rate_limit,
        )
        return type(self)(http_client=self._http, _sleep=self._sleep, _copy_of=copy_of)

    async def close(self) -> None:
        """Close the connection pool (unless the httpx client was injected)."""
        if self._owns_http:
            await self._http.aclose()

    @property
    def is_closed(self) -> bool:
        """Whether the underlying httpx client is closed."""
        return self._http.is_closed

    async def __aenter__(self) -> AsyncAnny:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AnnyWithRawResponse(RawResponses[SyncRaw], Calls[SyncRaw], Areas[SyncRaw]):
    """``client.with_raw_response``: the same calls, returning :class:`~anny.APIResponse`."""

    _of: Anny

    def run(self, plan: RequestPlan[T] | Flow[T]) -> APIResponse[T]:
        """Execute a plan or a flow (see :meth:`Anny.run`); its response, unparsed."""
        return self._of.run(raw_flow(plan))


class AsyncAnnyWithRawResponse(RawResponses[AsyncRaw], Calls[AsyncRaw], Areas[AsyncRaw]):
    """``AsyncAnny.with_raw_response``: the calls, returning :class:`~anny.APIResponse`."""

    _of: AsyncAnny

    async def run(self, plan: RequestPlan[T] | Flow[T]) -> APIResponse[T]:
        """Execute a plan or a flow (see :meth:`AsyncAnny.run`); its response, unparsed."""
        return await self._of.run(raw_flow(plan))
