"""Shared helpers of the core tests (a uniquely named module: imported by test files)."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx

import anny
from anny._retry import RetryPolicy

BASE = "https://api.test"
JSONAPI = "application/vnd.api+json"


def jsonapi(
    status: int = 200, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    """A response with a JSON body served as application/vnd.api+json."""
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(
        status, content=content, headers={"content-type": JSONAPI, **(headers or {})}
    )


Handler = Callable[[httpx.Request], httpx.Response]


#: The clock of every Harness client unless a test passes its own (Monday noon, UTC).
HARNESS_NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)


class Harness:
    """A client of one flavour (sync or async) over an `httpx.MockTransport`.

    `requests` records every request that reached the transport; `sleeps` records every
    backoff or pacing delay (time is mocked: nothing really sleeps). `now` is the client's
    monotonic clock (rate-limit pacing): it moves only when the client sleeps.
    """

    def __init__(self, kind: str, handler: Handler, **kwargs: Any) -> None:
        self.kind = kind
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self.now = 0.0

        def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)
            self.now += seconds

        def record(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return handler(request)

        transport = httpx.MockTransport(record)
        kwargs.setdefault("base_url", BASE)
        kwargs.setdefault("token", None)
        kwargs.setdefault("_monotonic", lambda: self.now)
        # "Now" for helpers that default to it (next_free, today): fixed, whatever the wall
        # clock says, so two harnesses built a moment apart send the same requests.
        kwargs.setdefault("clock", lambda: HARNESS_NOW)
        if kind == "sync":
            self.client: Any = anny.Anny(
                http_client=httpx.Client(transport=transport),
                _sleep=sleep,
                **kwargs,
            )
        else:

            async def fake_sleep(seconds: float) -> None:
                sleep(seconds)

            self.client = anny.AsyncAnny(
                http_client=httpx.AsyncClient(transport=transport),
                _sleep=fake_sleep,
                **kwargs,
            )
        # Deterministic backoff: no jitter, so delays are exactly 0.5, 1, 2 ...
        self.client._set_retry_policy(
            RetryPolicy(max_retries=self.client.max_retries, jitter=lambda: 0.0)
        )

    async def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a client method of either flavour and return its result."""
        result = fn(*args, **kwargs)
        # The colour is part of the contract: a sync method that turned async (or the other
        # way round) must fail here, not be papered over by awaiting whatever comes back.
        name = getattr(fn, "__qualname__", repr(fn))
        if self.kind == "sync":
            assert not inspect.isawaitable(result), f"{name} returned an awaitable on Anny"
            return result
        assert inspect.iscoroutine(result), f"{name} did not return a coroutine on AsyncAnny"
        return await result

    async def collect(self, iterable: Any) -> list[Any]:
        """Drain a Pager / AsyncPager / async generator."""
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]
