"""``with_options`` copies behave like a client built with those options, through every helper.

A copy is a new client (sharing the connection pool), not a shallow copy: an area object
already used on the original is bound to the original and must not be reused by the copy,
or ``client.with_options(max_retries=0).orders.get(...)`` would still retry and drop the
copy's locale and timeout.

Every helper (run with its required arguments, see ``helper_calls.py``) first runs on the
original, so that its area and bound helper exist there. Then every request answers 503,
and the helper runs on ``original.with_options(...)``: what reaches the wire must be exactly
what a client *constructed* with those options sends (same requests, one attempt each), each
with the copy's ``Accept-Language`` and timeout.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from annycore_helpers import Harness, jsonapi
from helper_calls import AREAS, answer, call, every_helper, required

import anny


def _call(client: Any, *, area: str, name: str, kwargs: dict[str, Any]) -> Any:
    return call(client, area, name, **kwargs)


#: One call per helper: (id, call on a client of either flavour).
CASES = [
    (
        f"{area}.{name}",
        functools.partial(_call, area=area, name=name, kwargs=required(area, name, h)),
    )
    for area, name, h in every_helper()
]

TOKEN = "copy-test-token"
COPY_OPTIONS: dict[str, Any] = {"max_retries": 0, "locale": "de-DE", "timeout": 7.0}
COPY_TIMEOUT = {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


async def settle(result: Any) -> Any:
    """The result of a case's call on either client flavour (a coroutine is awaited)."""
    return await result if inspect.isawaitable(result) else result


class Switchable:
    """A transport handler that answers each operation's canned answer, or 503 once
    ``failing``."""

    def __init__(self) -> None:
        self.failing = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.failing:
            return jsonapi(503, {"errors": [{"status": "503", "title": "Service Unavailable"}]})
        return answer(request)


def wire(requests: list[httpx.Request]) -> list[tuple[str, str, bytes]]:
    return [(r.method, str(r.url), r.content) for r in requests]


async def run_failing(case: Callable[[Any], Any], client: Any) -> None:
    # Most helpers raise the 503; a workflow may report it in its result instead.
    with contextlib.suppress(anny.AnnyError):
        await settle(case(client))


@pytest.mark.parametrize(("helper", "case"), CASES, ids=[c[0] for c in CASES])
async def test_copy_after_the_area_was_used_sends_like_a_client_built_with_its_options(
    kind: str, helper: str, case: Callable[[Any], Any]
) -> None:
    # What a client constructed with the options sends under the fault.
    handler = Switchable()
    handler.failing = True
    # Signed in, as some helpers (the waitlist) refuse before sending without a token.
    reference = Harness(kind, handler, token=TOKEN, **COPY_OPTIONS)
    await run_failing(case, reference.client)
    assert reference.requests, f"{helper}: sent nothing"

    handler = Switchable()
    h = Harness(kind, handler, token=TOKEN)  # 2 retries, no locale, 30 s timeout
    await settle(case(h.client))  # the area (and its bound helper) now exist on h.client
    handler.failing = True
    del h.requests[:]
    await run_failing(case, h.client.with_options(**COPY_OPTIONS))

    assert wire(h.requests) == wire(reference.requests), f"{helper}: retried or re-routed"
    for request in h.requests:
        assert request.headers.get("accept-language") == "de-DE", helper
        assert request.extensions["timeout"] == COPY_TIMEOUT, helper


def test_every_area_is_exercised() -> None:
    assert {helper.split(".")[0] for helper, _ in CASES} == set(AREAS)


RESOURCE = {
    "data": {
        "type": "resources",
        "id": "8001",
        "attributes": {"slug": "room", "name": "Room", "timezone": "Europe/Berlin"},
        "relationships": {"services": {"data": [{"type": "services", "id": "7001"}]}},
    },
    "included": [
        {"type": "services", "id": "7001", "attributes": {"slug": "desk", "name": "Desk"}}
    ],
}


async def test_original_is_unchanged_by_its_copies(make: Any) -> None:
    h = make(lambda r: jsonapi(503, {"errors": []}))
    with pytest.raises(anny.APIStatusError):
        await h.call(h.client.with_options(**COPY_OPTIONS).orders.get, "BO1")
    assert len(h.requests) == 1
    del h.requests[:]
    with pytest.raises(anny.APIStatusError):
        await h.call(h.client.orders.get, "BO1")
    assert len(h.requests) == 3  # the original keeps its 2 retries ...
    assert all("accept-language" not in r.headers for r in h.requests)  # ... and no locale
    assert h.requests[-1].extensions["timeout"]["read"] == 30.0


async def test_resource_look_ups_are_shared_only_by_copies_that_see_the_same_answers(
    make: Any,
) -> None:
    # A resource's id, time zone and services are remembered per client; a copy that only
    # changes timeout or retries gets the same answers, so it shares what was looked up. A
    # copy with another locale or other headers may get other answers (translated names),
    # so it looks up for itself.
    h = make(lambda r: jsonapi(200, RESOURCE))
    await h.call(h.client.resources.services, "room")
    assert len(h.requests) == 1
    same = h.client.with_options(timeout=3, max_retries=0)
    assert [s.id for s in await h.call(same.resources.services, "room")] == ["7001"]
    assert len(h.requests) == 1
    german = h.client.with_options(locale="de-DE")
    await h.call(german.resources.services, "room")
    assert len(h.requests) == 2
    assert h.last.headers["accept-language"] == "de-DE"
    await h.call(german.with_options(timeout=2).resources.services, "room")
    await h.call(h.client.with_options(default_headers={"X-App": "a"}).resources.services, "room")
    assert len(h.requests) == 3


async def test_copy_keeps_the_clock_and_the_async_limiter(make: Any) -> None:
    h = make(lambda r: jsonapi(200, {"data": None}))
    copy = h.client.with_options(locale="de-DE")
    assert copy._context.now is h.client._context.now
    assert copy.http_client is h.client.http_client
    if h.kind == "async":  # the limiter guards the shared pool, so it is shared too
        assert copy._limiter is h.client._limiter
