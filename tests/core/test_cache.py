"""The opt-in cache of public reads (`Anny(cache=...)`), on both clients, with an injected clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from annycore_helpers import Harness, jsonapi

import anny
from anny._cache import CACHE_KINDS, DEFAULT_TTL, cache_kind
from anny._operations import operation

RESOURCE = "/api/v1/resources/room-1"
SLOTS = "/api/v1/availability/slots"
T0 = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)  # a DST night in Europe: no matter here


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def counting_handler() -> Callable[[httpx.Request], httpx.Response]:
    served = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        served["n"] += 1
        if request.method != "GET":
            return jsonapi(201, {"data": {"type": "orders", "id": "1", "attributes": {}}})
        body = {"data": {"type": "resources", "id": str(served["n"]), "attributes": {"name": "R"}}}
        return jsonapi(200, body)

    return handler


@pytest.fixture
def clock() -> Clock:
    return Clock()


def paths(h: Harness) -> list[str]:
    return [f"{r.method} {r.url.path}?{r.url.query.decode()}" for r in h.requests]


async def test_a_repeated_public_read_is_answered_from_the_cache(
    make: Callable[..., Harness], clock: Clock
) -> None:
    h = make(counting_handler(), cache=True, clock=clock, locale="de-DE")
    first = await h.call(h.client.get, RESOURCE, params={"include": "services"})
    clock.advance(DEFAULT_TTL["catalog"] - 1)
    second = await h.call(h.client.get, RESOURCE, params={"include": "services"})
    assert paths(h) == ["GET /api/v1/resources/room-1?include=services"]
    assert h.last.headers["accept-language"] == "de-DE"
    assert first.data.id == second.data.id == "1"
    assert first is not second  # each caller gets its own parsed value
    assert h.client._cache.hits == 1


async def test_an_entry_expires_after_its_kinds_ttl(
    make: Callable[..., Harness], clock: Clock
) -> None:
    h = make(counting_handler(), cache=anny.Cache(ttl={"availability": 30}), clock=clock)
    params = {"r[]": "7", "start_date": "2026-03-29", "end_date": "2026-03-30"}
    await h.call(h.client.get, SLOTS, params=params)
    clock.advance(29.9)
    await h.call(h.client.get, SLOTS, params=params)
    assert len(h.requests) == 1
    clock.advance(0.1)  # exactly 30 s after it was stored: stale
    latest = await h.call(h.client.get, SLOTS, params=params)
    assert len(h.requests) == 2
    assert latest.data.id == "2"  # the new answer, not the old one
    assert h.requests[0].url == h.requests[1].url


async def test_the_cache_is_off_by_default(make: Callable[..., Harness], clock: Clock) -> None:
    h = make(counting_handler(), clock=clock)
    await h.call(h.client.get, RESOURCE)
    await h.call(h.client.get, RESOURCE)
    assert len(h.requests) == 2


async def test_nothing_sent_with_a_token_is_cached(
    make: Callable[..., Harness], clock: Clock
) -> None:
    h = make(counting_handler(), cache=True, clock=clock, token="secret-token")
    await h.call(h.client.get, RESOURCE)
    await h.call(h.client.get, RESOURCE)
    assert [r.headers["authorization"] for r in h.requests] == ["Bearer secret-token"] * 2
    assert len(h.client._cache) == 0


@pytest.mark.parametrize(
    ("path", "params", "headers"),
    [
        ("/api/v1/bookings/3581903", None, None),  # personal: bookings are never cached
        ("/api/v1/orders", None, None),
        ("/api/v1/customer", None, None),
        ("/api/v1/order", None, None),  # the cart
        ("/api/v1/bookings/by-number", {"number": "BB81000001", "hash": "h4sh"}, None),
        (SLOTS, {"r[]": "7", "oat": "order-token"}, None),  # a credential in the query
        (RESOURCE, None, {"X-App-Key": "app-secret"}),  # a credential header
        ("/api/v1/not-in-the-spec", None, None),
    ],
)
async def test_personal_or_credentialed_reads_are_never_cached(
    make: Callable[..., Harness],
    clock: Clock,
    path: str,
    params: dict[str, str] | None,
    headers: dict[str, str] | None,
) -> None:
    h = make(counting_handler(), cache=True, clock=clock)
    for _ in range(2):
        await h.call(h.client.get, path, params=params, headers=headers)
    assert len(h.requests) == 2
    assert len(h.client._cache) == 0


async def test_the_locale_is_part_of_the_key(make: Callable[..., Harness], clock: Clock) -> None:
    h = make(counting_handler(), cache=True, clock=clock)
    await h.call(h.client.get, RESOURCE)
    german = h.client.with_options(locale="de-DE")
    await h.call(german.get, RESOURCE)
    await h.call(german.get, RESOURCE)  # the copy shares the cache
    assert [r.headers.get("accept-language") for r in h.requests] == [None, "de-DE"]


async def test_a_write_drops_cached_availability_but_not_the_catalog(
    make: Callable[..., Harness], clock: Clock
) -> None:
    h = make(counting_handler(), cache=True, clock=clock)
    await h.call(h.client.get, SLOTS, params={"r[]": "7"})
    await h.call(h.client.get, RESOURCE)
    await h.call(h.client.post, "/api/v1/order/bookings", json={"resource_id": "7"})
    await h.call(h.client.get, SLOTS, params={"r[]": "7"})
    await h.call(h.client.get, RESOURCE)
    assert paths(h) == [
        "GET /api/v1/availability/slots?r%5B%5D=7",
        "GET /api/v1/resources/room-1?",
        "POST /api/v1/order/bookings?",
        "GET /api/v1/availability/slots?r%5B%5D=7",
    ]


async def test_errors_are_not_cached(make: Callable[..., Harness], clock: Clock) -> None:
    answers = iter([jsonapi(404, {"errors": [{"status": "404", "title": "Not Found"}]})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, jsonapi(200, {"data": {"type": "resources", "id": "1"}}))

    h = make(handler, cache=True, clock=clock)
    with pytest.raises(anny.NotFoundError):
        await h.call(h.client.get, RESOURCE)
    doc = await h.call(h.client.get, RESOURCE)
    assert doc.data.id == "1"
    assert len(h.requests) == 2


async def test_a_kind_with_ttl_zero_is_not_cached(
    make: Callable[..., Harness], clock: Clock
) -> None:
    h = make(counting_handler(), cache=anny.Cache(ttl={"catalog": 0}), clock=clock)
    await h.call(h.client.get, RESOURCE)
    await h.call(h.client.get, RESOURCE)
    await h.call(h.client.get, SLOTS)
    await h.call(h.client.get, SLOTS)
    assert len(h.requests) == 3


async def test_the_least_recently_used_entry_goes_first(
    make: Callable[..., Harness], clock: Clock
) -> None:
    h = make(counting_handler(), cache=anny.Cache(max_entries=2), clock=clock)
    for slug in ("a", "b", "a", "c", "a", "b"):  # c evicts b (a was used more recently)
        await h.call(h.client.get, f"/api/v1/resources/{slug}")
    assert [r.url.path.rsplit("/", 1)[1] for r in h.requests] == ["a", "b", "c", "b"]


@pytest.mark.parametrize(
    "bad",
    [
        {"ttl": {"bookings": 60}},
        {"ttl": {"catalog": -1}},
        {"ttl": {"catalog": "300"}},
        {"ttl": {"catalog": True}},
        {"max_entries": 0},
    ],
)
def test_bad_settings_are_typed_errors(bad: dict[str, Any]) -> None:
    with pytest.raises(anny.InvalidParameterError):
        anny.Cache(**bad)


@pytest.mark.parametrize("client_cls", [anny.Anny, anny.AsyncAnny])
def test_cache_must_be_a_cache_or_a_bool(client_cls: type) -> None:
    with pytest.raises(anny.InvalidParameterError, match=r"anny\.Cache"):
        client_cls(base_url="https://api.test", token=None, cache={"catalog": 300})


def test_every_cached_kind_is_a_public_get_of_the_spec() -> None:
    assert set(CACHE_KINDS.values()) == set(DEFAULT_TTL)
    for operation_id, kind in CACHE_KINDS.items():
        op = operation(operation_id)  # KeyError if the spec has no such operation
        assert op.method == "GET"
        assert op.tag in {"catalog", "availability", "plans"}, (operation_id, op.tag)
        plan = anny.flows.RequestPlan("GET", op.path, operation=operation_id)
        assert cache_kind(plan) == kind
    for personal in ("listBookings", "getCart", "getCustomer", "listCustomerAccountResources"):
        assert cache_kind(anny.flows.RequestPlan("GET", "/x", operation=personal)) is None


def test_repr_shows_settings_and_counts() -> None:
    assert repr(anny.Cache(ttl={"availability": 15})) == (
        "Cache(catalog=300s, opening_hours=300s, availability=15s, entries=0, hits=0, misses=0)"
    )


async def test_concurrent_misses_share_one_request_then_the_cache_answers(clock: Clock) -> None:
    import asyncio

    h = Harness("async", counting_handler(), cache=True, clock=clock)
    docs = await asyncio.gather(*(h.client.get(SLOTS, params={"r[]": "7"}) for _ in range(5)))
    assert len(h.requests) == 1  # single flight: one upstream request for five callers
    assert len({id(d) for d in docs}) == 5  # each caller parsed its own copy
    later = await h.client.get(SLOTS, params={"r[]": "7"})
    assert later.data.id == "1"
    assert len(h.requests) == 1  # the cache: no request at all
    assert (h.client._cache.hits, len(h.client._cache)) == (1, 1)


def test_neither_the_cache_nor_redis_is_loaded_unless_used() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, anny; anny.Anny(base_url='https://api.test', token=None); "
        "print(sorted({'anny._cache', 'anny._redis_budget', 'limits', 'redis'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
