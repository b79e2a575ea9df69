"""Shared helpers of the end-to-end tests (a uniquely named module: imported by test files).

One :class:`E2E` object per test drives `anny` of the parametrized flavour (``Anny`` or
``AsyncAnny``) against the real sandbox server over HTTP on 127.0.0.1. Test bodies are written
once, as ``async def``, and call client methods through :meth:`E2E.call`, which awaits only
what the async flavour returns.
"""

from __future__ import annotations

import asyncio
import inspect
import socket
from collections.abc import Callable
from typing import Any

import httpx

import anny
from anny._retry import RetryPolicy
from anny_sandbox import Sandbox

from spec_tools import ResponseValidator
from suite_helpers import START, VirtualMonotonic

__all__ = ["START", "ResponseValidator", "VirtualMonotonic"]

TOMORROW = "2026-11-24"
ERIKA = "erika.mustermann@example.com"
JSONAPI = "application/vnd.api+json"

CART = "/api/v1/order/bookings"
ORDER = "/api/v1/order"
ROOM = "/api/v1/resources/conference-room-berlin"


CUSTOMER = {"given_name": "Erika", "family_name": "Mustermann", "email": ERIKA}


def slot(hour: int, hours: int = 1) -> tuple[str, str]:
    """Start and end of a slot tomorrow in Berlin local time (UTC+01:00 in November)."""
    return f"{TOMORROW}T{hour:02d}:00:00+01:00", f"{TOMORROW}T{hour + hours:02d}:00:00+01:00"


def cart_body(
    hour: int, *, hours: int = 1, service: str = "7001", resource: str = "8001"
) -> dict[str, Any]:
    """The flat add-to-cart body the web shop sends."""
    start, end = slot(hour, hours)
    return {
        "start_date": start,
        "end_date": end,
        "service_id": {service: 1},
        "resource_id": [resource],
        "description": "",
        "customer_note": "",
        "add_ons_by_service": {service: [[]]},
        "sub_bookings_by_service": {},
        "strategy": "multi-resource",
    }


def checkout_body(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "customer": dict(CUSTOMER),
        "accept_terms": True,
        "payment_method": "",
        "meta": {"timezone": "Europe/Berlin"},
    }
    body.update(extra)
    return body


def dead_port() -> int:
    """A local port nobody listens on (connecting to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _to_dead_port(request: httpx.Request, port: int) -> httpx.Request:
    return httpx.Request(
        request.method,
        request.url.copy_with(port=port),
        headers=request.headers,
        content=request.content,
        extensions=request.extensions,
    )


class RefuseFirstConnection(httpx.BaseTransport):
    """Real HTTP, but the first attempt goes to a closed port: a genuine ECONNREFUSED."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.port = dead_port()
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if self.attempts == 1:
            request = _to_dead_port(request, self.port)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRefuseFirstConnection(httpx.AsyncBaseTransport):
    """Async twin of :class:`RefuseFirstConnection`."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.port = dead_port()
        self.attempts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if self.attempts == 1:
            request = _to_dead_port(request, self.port)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class E2E:
    """The sandbox plus clients of one flavour, a recorded sleep and the secrets in play.

    ``sleeps`` records every backoff delay (nothing really sleeps). ``secrets`` collects every
    bearer token and order access token a test handled; :meth:`raises` checks that no
    exception message or repr ever contains one of them.
    """

    def __init__(
        self, sandbox: Sandbox, flavour: str, validator: ResponseValidator | None = None
    ) -> None:
        self.sb = sandbox
        self.flavour = flavour
        # Checks every answer the sandbox gives to a client made by `client()` against the spec.
        self.validator = validator
        self.sleeps: list[float] = []
        self.secrets: set[str] = set()
        self.errors: list[BaseException] = []
        #: Every request the clients made by `client()` put on the wire, in order.
        self.sent: list[httpx.Request] = []
        self._clients: list[Any] = []
        self._http_clients: list[Any] = []

    @property
    def is_async(self) -> bool:
        return self.flavour == "async"

    # ------------------------------------------------------------------ clients

    def client(
        self,
        *,
        token: str | None = None,
        locale: str | None = None,
        http_client: Any = None,
        max_retries: int = 2,
        **kwargs: Any,
    ) -> Any:
        """An ``Anny``/``AsyncAnny`` on the sandbox with a recorded, jitter-free backoff.

        Without an injected ``http_client`` it gets one whose responses are validated against
        the spec (violations are collected, and the fixture fails the test on any).
        """
        if token is not None:
            self.secrets.add(token)
        # The helpers' "now" is the sandbox's (frozen) clock: tests never read the wall clock.
        kwargs.setdefault("clock", self.sb.clock.now)
        if http_client is None:
            hooks: dict[str, list[Any]] = {
                "request": [self._record_async if self.is_async else self._record]
            }
            if self.validator is not None:
                hooks["response"] = [
                    self.validator.ahook if self.is_async else self.validator.record
                ]
            http_client = self.http_client(event_hooks=hooks)
        # Pacing and the sandbox's rate windows read one clock; a recorded sleep moves it.
        monotonic = self.sb.limits.monotonic
        kwargs.setdefault("_monotonic", monotonic)

        def record_sync(seconds: float) -> None:
            self.sleeps.append(seconds)
            if isinstance(monotonic, VirtualMonotonic):
                monotonic.skip(seconds)

        if self.is_async:

            async def record(seconds: float) -> None:
                record_sync(seconds)

            client: Any = anny.AsyncAnny(
                base_url=self.sb.url,
                token=token,
                locale=locale,
                http_client=http_client,
                max_retries=max_retries,
                _sleep=record,
                **kwargs,
            )
        else:
            client = anny.Anny(
                base_url=self.sb.url,
                token=token,
                locale=locale,
                http_client=http_client,
                max_retries=max_retries,
                _sleep=record_sync,
                **kwargs,
            )
        # Deterministic backoff: delays are exactly 0.5, 1, 2 ... (Retry-After wins if sent).
        client._set_retry_policy(RetryPolicy(max_retries=max_retries, jitter=lambda: 0.0))
        self._clients.append(client)
        if http_client is not None:
            self._http_clients.append(http_client)
        return client

    def _record(self, request: httpx.Request) -> None:
        self.sent.append(request)

    async def _record_async(self, request: httpx.Request) -> None:
        self.sent.append(request)

    def sent_to(self, method: str, path: str) -> list[httpx.Request]:
        """The requests sent to ``method path`` (the path without the query)."""
        return [r for r in self.sent if r.method == method and r.url.path == path]

    def http_client(self, **kwargs: Any) -> Any:
        """A bare ``httpx.Client``/``httpx.AsyncClient`` of the flavour (to inject)."""
        return httpx.AsyncClient(**kwargs) if self.is_async else httpx.Client(**kwargs)

    def refuse_first_connection(self) -> Any:
        return AsyncRefuseFirstConnection() if self.is_async else RefuseFirstConnection()

    def token(self, email: str = ERIKA) -> str:
        token: str = self.sb.issue_token(email)["access_token"]
        self.secrets.add(token)
        return token

    async def aclose(self) -> None:
        for client in self._clients:
            await self.call(client.close)
        for http in self._http_clients:
            await self.call(http.aclose if self.is_async else http.close)

    # ------------------------------------------------------------------ calling

    async def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a method of either flavour and return its result."""
        result = fn(*args, **kwargs)
        # The colour is part of the contract: a sync method that turned async (or the other
        # way round) must fail here, not be papered over by awaiting whatever comes back.
        name = getattr(fn, "__qualname__", repr(fn))
        if not self.is_async:
            assert not inspect.isawaitable(result), f"{name} returned an awaitable on Anny"
            return result
        assert inspect.iscoroutine(result), f"{name} did not return a coroutine on AsyncAnny"
        return await result

    async def raises(
        self, expected: type[BaseException], fn: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> Any:
        """Call and return the exception, which must be exactly of type ``expected`` and must
        not reveal any secret of the test in ``str()`` or ``repr()``."""
        try:
            if not str(getattr(fn, "__module__", "")).startswith("anny"):
                # A test driver (E2E.submit, a sign-in helper …): async in both flavours.
                result = fn(*args, **kwargs)
                if inspect.isawaitable(result):
                    await result
            else:
                await self.call(fn, *args, **kwargs)
        except BaseException as exc:  # checked right below
            # OutcomeUnknownError comes as a private twin of its cause's class.
            twin = expected is anny.OutcomeUnknownError and isinstance(exc, expected)
            if type(exc) is not expected and not twin:
                raise AssertionError(f"expected {expected.__name__}, got {exc!r}") from exc
            self.errors.append(exc)
            self.assert_no_secrets(str(exc), repr(exc), where=f"{expected.__name__} message")
            return exc
        raise AssertionError(f"{expected.__name__} was not raised")

    def assert_no_secrets(self, *texts: str, where: str) -> None:
        for secret in self.secrets:
            for text in texts:
                assert secret not in text, f"a secret leaked into the {where}: {text!r}"

    async def collect(self, pager: Any) -> list[Any]:
        """Drain a Pager with a plain ``for``, an AsyncPager with ``async for``."""
        items: list[Any] = []
        if self.is_async:
            async for item in pager:
                items.append(item)
        else:
            for item in pager:
                items.append(item)
        return items

    async def race(self, *thunks: Callable[[], Any]) -> list[Any]:
        """Run the calls concurrently (threads for the sync flavour); results or exceptions."""
        if self.is_async:
            return list(await asyncio.gather(*(t() for t in thunks), return_exceptions=True))
        return list(
            await asyncio.gather(*(asyncio.to_thread(t) for t in thunks), return_exceptions=True)
        )

    # ------------------------------------------------------------------ cart shortcuts

    async def add_to_cart(
        self, client: Any, body: dict[str, Any], order: anny.types.Order | None = None
    ) -> anny.types.Order:
        """Add to a new cart (or to ``order``) and return the draft order."""
        params = {"oid": order.id, "oat": order.access_token} if order is not None else None
        doc = await self.call(client.post, CART, json=body, params=params)
        draft = anny.types.Order.from_document(doc)
        assert draft.access_token
        self.secrets.add(draft.access_token)
        return draft

    async def submit(self, client: Any, order: anny.types.Order, **extra: Any) -> anny.Document:
        params = {"oid": order.id, "oat": order.access_token, "include": "bookings"}
        doc: anny.Document = await self.call(
            client.post, ORDER, params=params, json=checkout_body(**extra)
        )
        return doc

    # ------------------------------------------------------------------ sandbox state

    def ledger(self, method: str, path: str) -> list[dict[str, Any]]:
        """The sandbox's ledger entries of every request to ``method path``."""
        return [
            entry
            for entry in self.sb.ledger()["requests"]
            if entry["method"] == method and entry["path"] == path
        ]

    def orders_created(self, method: str, path: str) -> int:
        return sum(len(e["orders_created"]) for e in self.ledger(method, path))
