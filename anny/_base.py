"""State and pure helpers shared by :class:`~anny.Anny` and :class:`~anny.AsyncAnny`.

Nothing here performs I/O: the subclasses only add ``_run_raw`` (sync or async), closing
and the context-manager protocol.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import time
import warnings
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from anny._auth import TokenSource
from anny._binding import Context
from anny._build import build_request
from anny._clock import utc_now
from anny._config import NOT_GIVEN, ClientConfig, NotGiven, check_headers, resolve_config
from anny._jsonapi import Document
from anny._logging import redact_headers, redact_url, setup_logging_from_env
from anny._operations import find_operation
from anny._pagination import Paged, fit_page_size
from anny._plan import RequestPlan
from anny._query import merge_params
from anny._ratelimit import Budget, Pacing, RateLimit, RateLimitWait, make_budget
from anny._response import APIResponse
from anny._retry import RetryPolicy
from anny.errors import InvalidParameterError

if TYPE_CHECKING:
    from anny._cache import Cache
    from anny_api import Client as AnnyApiClient

__all__ = ["BaseClient"]

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")
ViewT = TypeVar("ViewT")

# What httpx puts on every client: replaced, unlike headers the user chose.
_HTTPX_DEFAULT_HEADERS = {
    "accept": "*/*",
    "user-agent": f"python-httpx/{httpx.__version__}",
}

Params = Mapping[str, object] | Iterable[tuple[str, object]] | None


class _ClientDefault:
    """``send(auth=...)``/``follow_redirects`` not given: use the view's own.

    Ours, not httpx's (its class lives in the private ``httpx._client``). httpx's own
    ``request()`` passes its public ``httpx.USE_CLIENT_DEFAULT`` to ``send``, which means the
    same and is recognised as well.
    """

    def __repr__(self) -> str:
        return "CLIENT_DEFAULT"


_CLIENT_DEFAULT: Any = _ClientDefault()


def _given(value: object) -> bool:
    return value is not _CLIENT_DEFAULT and value is not httpx.USE_CLIENT_DEFAULT


def _view_send_args(view: httpx.Client | httpx.AsyncClient, auth: Any, redirects: Any) -> Any:
    """``send``'s keyword arguments for the inner client: the view's auth unless one was given;
    following redirects as asked, else as the inner client does."""
    args: dict[str, Any] = {"auth": auth if _given(auth) else view.auth}
    if _given(redirects):
        args["follow_redirects"] = redirects
    return args


class _SyncView(httpx.Client):
    """An httpx client with one anny client's headers, timeout and auth, sending through
    another httpx client (its pool, transport, proxies and event hooks).

    ``client.generated`` hands this to the generated package, so generated calls send exactly what
    anny's own calls send, for ``with_options`` copies and injected clients alike, without a
    second connection pool.
    """

    def __init__(self, inner: httpx.Client, config: ClientConfig, auth: httpx.Auth | None) -> None:
        super().__init__(
            base_url=config.base_url,
            headers=config.headers(),
            timeout=config.timeout,
            auth=auth,
            follow_redirects=inner.follow_redirects,
            transport=_UNUSED_TRANSPORT,
        )
        self._inner = inner

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = _CLIENT_DEFAULT,
        follow_redirects: Any = _CLIENT_DEFAULT,
    ) -> httpx.Response:
        return self._inner.send(
            request, stream=stream, **_view_send_args(self, auth, follow_redirects)
        )

    def close(self) -> None:
        """Nothing to close: the pool belongs to the anny client."""


class _AsyncView(httpx.AsyncClient):
    """:class:`_SyncView` for :class:`httpx.AsyncClient`."""

    def __init__(
        self, inner: httpx.AsyncClient, config: ClientConfig, auth: httpx.Auth | None
    ) -> None:
        super().__init__(
            base_url=config.base_url,
            headers=config.headers(),
            timeout=config.timeout,
            auth=auth,
            follow_redirects=inner.follow_redirects,
            transport=_UNUSED_ASYNC_TRANSPORT,
        )
        self._inner = inner

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = _CLIENT_DEFAULT,
        follow_redirects: Any = _CLIENT_DEFAULT,
    ) -> httpx.Response:
        return await self._inner.send(
            request, stream=stream, **_view_send_args(self, auth, follow_redirects)
        )

    async def aclose(self) -> None:
        """Nothing to close: the pool belongs to the anny client."""


def _never(request: httpx.Request) -> httpx.Response:
    raise RuntimeError("a view client sends through its inner client")  # pragma: no cover


# Views never use their own transport; a mock one avoids building an SSL context per view.
_UNUSED_TRANSPORT = httpx.MockTransport(_never)
_UNUSED_ASYNC_TRANSPORT = httpx.MockTransport(_never)


_METHOD = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token


def _check_method(method: object) -> str:
    if not isinstance(method, str) or not _METHOD.fullmatch(method):
        raise InvalidParameterError(f"method must be an HTTP method name, got {method!r}")
    return method


_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


def _check_path(path: object, base_url: str) -> str:
    if not isinstance(path, str) or not path:
        raise InvalidParameterError("path must be a non-empty string")
    if _CONTROL_CHARS.search(path):
        # Paths may carry `?oat=…`: an error never echoes it.
        raise InvalidParameterError(f"path contains a control character: {redact_url(path)!r}")
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(f"path is not valid Unicode: {redact_url(path)!r}") from None
    if "://" in path:
        try:
            target, base = httpx.URL(path), httpx.URL(base_url)
        except (httpx.InvalidURL, ValueError):
            raise InvalidParameterError(f"path is not a valid URL: {redact_url(path)!r}") from None
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            # Refuse: the bearer token would be sent to a foreign host.
            raise InvalidParameterError("absolute URLs must point to the client's base_url host")
        return path
    if not path.startswith("/") or path.startswith("//"):
        # "//host/x" is a scheme-relative URL, not a path.
        raise InvalidParameterError(f"path must start with a single '/', got {redact_url(path)!r}")
    return path


def _check_page_size(page_size: object) -> int | None:
    if page_size is None:
        return None
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise InvalidParameterError(f"page_size must be an int >= 1, got {page_size!r}")
    return page_size


_RAW_CLASSES: dict[type, type] = {}


def _redacted_raw_class(client_cls: type) -> type:
    """``anny_api.Client`` with a ``repr`` that hides credential headers.

    The generated class shows its headers (``Authorization`` from ``default_headers``) in
    its attrs repr; the subclass keeps everything else, and ``with_headers`` copies
    (``attrs.evolve``) stay of the subclass.
    """
    cls = _RAW_CLASSES.get(client_cls)
    if cls is None:

        def __repr__(self: Any) -> str:
            return (
                f"anny_api.Client(base_url={self._base_url!r}, "
                f"headers={redact_headers(self._headers)!r}, timeout={self._timeout!r})"
            )

        cls = type("Client", (client_cls,), {"__repr__": __repr__, "__slots__": ()})
        _RAW_CLASSES[client_cls] = cls
    return cls


#: Per scope (see :func:`_cache_scope`), the look-ups helpers remember (``Context.cache``).
Caches = dict[Hashable, dict[tuple[str, str], Any]]


def _cache_scope(config: ClientConfig) -> Hashable:
    """What may change the answers a helper's look-up remembers.

    A client and its ``with_options`` copies share base URL and credentials, so a resource's
    id, time zone and services are the same for all of them, except what depends on the
    language (names of resources and services) or on headers the caller chose. Copies that
    differ only in timeout or retries therefore share one cache (``client.with_options(
    timeout=5).availability.slots("room", …)`` does not look the room up again); a copy with
    another locale or other default headers has its own.
    """
    return (config.locale, config.default_headers)


@attrs.frozen
class CopyOf:
    """What ``with_options`` hands the constructor of its copy: the merged configuration and
    the client whose connection pool, clock, sleep and look-up caches it shares."""

    config: ClientConfig
    parent: BaseClient[Any]
    #: The copy's rate-limit budget: the parent's (same identity) unless given its own.
    budget: Budget | None = None


class BaseClient(Generic[HttpT]):
    """Configuration, ``with_options`` and plan factories shared by both clients."""

    _config: ClientConfig
    _http: HttpT
    _owns_http: bool
    _raw_client: Any
    #: The opt-in cache of public answers (``cache=``); not the helpers' look-ups (``_caches``).
    _cache: Cache | None
    _budget: Budget | None
    _pacing: Pacing | None
    _monotonic: Callable[[], float]
    _on_wait: Callable[[RateLimitWait], None] | None
    _caches: Caches
    _context: Context

    def _init_base(
        self,
        *,
        environment: str | NotGiven | None,
        base_url: str | NotGiven | None,
        token: TokenSource | NotGiven | None,
        locale: str | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: HttpT | None,
        clock: Callable[[], dt.datetime] | None = None,
        cache: object = None,
        copy_of: CopyOf | None = None,
    ) -> None:
        setup_logging_from_env()
        self._raw_client = None
        if copy_of is not None:
            # A with_options copy: everything was validated when the original was built.
            self._config = copy_of.config
            self._caches = copy_of.parent._caches
            self._context = Context(
                cache=self._caches.setdefault(_cache_scope(self._config), {}),
                now=copy_of.parent._context.now,
                signed_in=self._signed_in,
            )
            self._cache = copy_of.parent._cache  # same identity, same public answers
            return
        if (
            http_client is not None
            and str(http_client.base_url)
            and isinstance(base_url, NotGiven)
            and isinstance(environment, NotGiven)
        ):
            base_url = str(http_client.base_url)  # an injected client's base_url is honoured
        self._config = resolve_config(
            environment=environment,
            base_url=base_url,
            token=token,
            locale=locale,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if clock is not None and not callable(clock):
            raise InvalidParameterError("clock must be a function returning an aware datetime")
        self._caches = {}
        lookups = self._caches.setdefault(_cache_scope(self._config), {})
        self._context = Context(cache=lookups, now=clock or utc_now, signed_in=self._signed_in)
        if clock is not None:
            # A Retry-After HTTP date is measured on the same clock as everything else.
            retry = attrs.evolve(self._config.retry, now=clock)
            self._config = attrs.evolve(self._config, retry=retry)
        self._cache = None
        if cache is not None and cache is not False:
            from anny._cache import check_cache  # only clients with a cache load it

            self._cache = check_cache(cache)

    # ------------------------------------------------------------------ the cache

    def _cached(self, plan: RequestPlan[T]) -> tuple[Any, APIResponse[T] | None]:
        """``(key, fresh answer)`` for ``plan`` from the opt-in cache (``(None, None)`` if off)."""
        cache = self._cache
        if cache is None or plan.method != "GET":
            return None, None
        key = cache.key(
            plan, base_url=self._config.base_url, headers=self._config.headers(), auth=self._auth
        )
        if key is None:
            return None, None
        return key, cache.get(key, plan, self._context.now())

    def _remember(self, plan: RequestPlan[T], key: Any, response: APIResponse[T]) -> None:
        """Keep ``response`` under ``key``; a successful write drops cached availability."""
        cache = self._cache
        if cache is None:
            return
        if key is not None:
            cache.put(key, response, self._context.now())
        elif plan.method != "GET" and not plan.anonymous:  # a token request changes no booking
            cache.clear("availability")

    def _init_pacing(
        self,
        rate_limit: RateLimit | Budget | None,
        on_wait: Callable[[RateLimitWait], None] | None,
        monotonic: Callable[[], float] | None,
        copy_of: CopyOf | None = None,
    ) -> None:
        if copy_of is not None:
            # A with_options copy: the parent's clock and callback, the budget chosen for it.
            self._budget = copy_of.budget
            self._on_wait = copy_of.parent._on_wait
            self._monotonic = copy_of.parent._monotonic
            self._update_pacing()
            return
        if on_wait is not None and not callable(on_wait):
            raise InvalidParameterError(
                "on_wait must be a function taking an anny.types.RateLimitWait"
            )
        self._budget = make_budget(rate_limit)
        self._on_wait = on_wait
        self._monotonic = monotonic or time.monotonic
        self._update_pacing()

    def _update_pacing(self) -> None:
        # Rebuilt when the budget or the timeout changes (with_options), not per request.
        if self._budget is None:
            self._pacing = None
            return
        self._pacing = Pacing(
            self._budget,
            self._monotonic,
            on_wait=self._on_wait,
            # A call may wait for the budget as long as it may wait for an answer.
            max_wait=self._config.timeout.read,
        )

    @property
    def rate_limit(self) -> RateLimit | None:
        """The budgets this client paces itself to (``None``: pacing is off)."""
        return None if self._budget is None else self._budget.limit

    # ------------------------------------------------------------------ properties

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. ``https://b.anny.co``."""
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """Per-request timeout."""
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (see :mod:`anny._retry` for what is retried)."""
        return self._config.retry.max_retries

    @property
    def locale(self) -> str | None:
        """The ``Accept-Language`` sent, if any."""
        return self._config.locale

    @property
    def http_client(self) -> HttpT:
        """The underlying httpx client (shared with ``with_options`` copies and ``raw``)."""
        return self._http

    # ------------------------------------------------------------------ copies

    def _copy_with(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        locale: str | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        rate_limit: RateLimit | Budget | NotGiven | None = NOT_GIVEN,
    ) -> CopyOf:
        """The merged configuration of a ``with_options`` copy, for its constructor.

        The copy is built by the constructor (like openai-python's ``copy()``), never copied
        attribute by attribute: areas, bound helpers and the generated client hold the client
        they were made for, so a copy that inherited them would send with the original's
        retries, locale and timeout.
        """
        changes: dict[str, Any] = {}
        budget = self._budget if isinstance(rate_limit, NotGiven) else make_budget(rate_limit)
        if not isinstance(timeout, NotGiven):
            probe = resolve_config(base_url=self._config.base_url, token=None, timeout=timeout)
            changes["timeout"] = probe.timeout
        if not isinstance(max_retries, NotGiven):
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise InvalidParameterError(f"max_retries must be an int >= 0: {max_retries!r}")
            changes["retry"] = attrs.evolve(self._config.retry, max_retries=max_retries)
        if not isinstance(locale, NotGiven):
            changes["locale"] = locale
        if default_headers:
            merged = dict(self._config.default_headers)
            merged.update(default_headers)
            changes["default_headers"] = tuple(merged.items())
        return CopyOf(attrs.evolve(self._config, **changes), self, budget)

    def _raw_view(self, cls: Callable[[Any], ViewT]) -> ViewT:
        """``with_raw_response``: made once, so its areas and bound calls are made once too."""
        view: ViewT | None = self.__dict__.get("_raw_responses")
        if view is None:
            view = self.__dict__["_raw_responses"] = cls(self)
        return view

    def _set_retry_policy(self, policy: RetryPolicy) -> None:
        """Testing hook: replace the retry policy (e.g. a deterministic jitter)."""
        self._config = attrs.evolve(self._config, retry=policy)

    # ------------------------------------------------------------------ plans

    def _build(self, plan: RequestPlan[Any]) -> httpx.Request:
        # Everything configured comes from self._config on every request, never from the httpx
        # client: copies made by with_options share that client but not its settings.
        return build_request(
            self._http,
            plan,
            base_url=self._config.base_url,
            base_headers=self._config.headers(),
            timeout=self._config.timeout,
        )

    def _signed_in(self) -> bool:
        """Whether requests carry a customer credential (read when a helper asks, so an
        injected client's auth counts too)."""
        headers = {name.lower() for name in self._config.headers()}
        return self._auth is not None or "authorization" in headers

    @property
    def _auth(self) -> httpx.Auth | None:
        """The auth every request uses: the configured token, else the injected client's own."""
        return self._config.auth if self._config.auth is not None else self._http.auth

    def _plan(
        self,
        method: str,
        path: str,
        *,
        params: Params = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
    ) -> RequestPlan[Document]:
        """Call any endpoint; the answer is a :class:`~anny.Document` (``client.request``).

        ``params`` is a mapping or pairs (``True`` → ``1``, lists → ``key[]``), or the
        output of :func:`anny.flows.build_query`. ``json`` is sent as
        ``application/vnd.api+json``.
        ``idempotent=True`` lets a POST be retried like a GET; by default a POST is only
        retried if it never reached the server (connect-phase failure).
        """
        method = _check_method(method)
        checked = _check_path(path, self._config.base_url)
        # A generic call is still an operation of the spec: `get(".../cancel")` is cancelBooking,
        # which must not be resent blindly however it was written.
        relative = checked.split("://", 1)[1].split("/", 1)[-1] if "://" in checked else checked
        found = find_operation(method, "/" + relative.lstrip("/"))
        return RequestPlan(
            method,
            checked,
            params=merge_params(params),
            headers=check_headers(headers),
            json=json,
            idempotent=idempotent,
            operation=found.operation_id if found else None,
        )

    def _paged(
        self,
        path: str | RequestPlan[Document],
        params: Params,
        page_size: int | None,
        max_pages: int,
        map_item: Callable[[Any], Any] | None,
    ) -> Paged[Any]:
        """What ``paginate`` pages through (both colours)."""
        plan = self._page_plan(path, params, page_size)
        if map_item is None:
            return Paged(plan, max_pages=max_pages)
        return Paged(plan, map_item, max_pages=max_pages)

    def _page_plan(
        self, path: str | RequestPlan[Document], params: Params, page_size: int | None
    ) -> RequestPlan[Document]:
        page_size = _check_page_size(page_size)
        first: RequestPlan[Document] = (
            path if isinstance(path, RequestPlan) else self._plan("GET", path)
        )
        given = [*first.params, *merge_params(params)]
        pairs = [(k, v) for k, v in given if k != "page[size]" or not page_size]
        if page_size:
            pairs.append(("page[size]", str(page_size)))
        return fit_page_size(first.with_params(pairs))

    # ------------------------------------------------------------------ generated client

    def _make_raw(self) -> AnnyApiClient:
        # Imported lazily: most programs never use the generated package.
        anny_api = importlib.import_module("anny_api")
        raw: AnnyApiClient = _redacted_raw_class(anny_api.Client)(
            base_url=self._config.base_url,
            headers=self._config.headers(),
            timeout=self._config.timeout,
        )
        if isinstance(self._http, httpx.AsyncClient):
            raw.set_async_httpx_client(_AsyncView(self._http, self._config, self._auth))
        else:
            raw.set_httpx_client(_SyncView(self._http, self._config, self._auth))
        return raw

    @property
    def raw(self) -> Any:
        """Deprecated name of ``client.generated`` (removed in the next release).

        Renamed because "raw" already means the HTTP response (``client.with_raw_response``).
        """
        warnings.warn(
            "client.raw is deprecated and will be removed in the next release; "
            "use client.generated (the generated anny_api.Client)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.generated  # type: ignore[attr-defined]  # defined by Anny and AsyncAnny

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, "
            f"authenticated={self._config.auth is not None}, locale={self._config.locale!r}, "
            f"max_retries={self._config.retry.max_retries})"
        )
