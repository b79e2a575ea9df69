"""Hostile answers: only `AnnyError` escapes, and no single value can hang the client.

Every test goes through the real response path (a client on an `httpx.MockTransport`), once
with `Anny` and once with `AsyncAnny` (the `make` fixture).
"""

from __future__ import annotations

import inspect
import logging
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from annycore_helpers import BASE, jsonapi

import anny
from anny import errors
from anny._models import parse_datetime, parse_money


async def call(h: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a client method; its flavour must match the client's (a coroutine iff async)."""
    result = fn(*args, **kwargs)
    assert inspect.isawaitable(result) == (h.kind == "async"), f"{h.kind} client: {result!r}"
    return await result if inspect.isawaitable(result) else result


async def collect(h: Any, pager: Any) -> list[Any]:
    """Drain a pager, which must be an AsyncPager iff the client is async."""
    assert hasattr(pager, "__aiter__") == (h.kind == "async"), f"{h.kind} client: {pager!r}"
    return list(await h.collect(pager))


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


# ----------------------------------------------------------------- error bodies


@pytest.mark.parametrize("depth", [1_500, 100_000])
async def test_deeply_nested_error_body_is_a_status_error(make, depth):
    body = b'{"errors": [{"detail": ' + nested(depth) + b"}]}"
    h = make(lambda r: httpx.Response(400, content=body, headers={"content-type": "x/y+json"}))
    with pytest.raises(anny.BadRequestError) as info:
        await call(h, h.client.get, "/api/v1/order")
    assert info.value.status_code == 400
    assert info.value.errors == []  # too deep to decode: kept as text
    assert isinstance(info.value.body, str)
    assert info.value.body.startswith('{"errors"')
    assert len(str(info.value)) < 1000
    assert len(h.requests) == 1


async def test_error_detail_nested_near_the_limit_is_summarised_not_raised(make):
    # Decodes (just under the recursion limit) but re-encoding it for the message would not.
    inner = b'{"a":' * 900 + b"1" + b"}" * 900
    body = b'{"errors": [{"title": "Bad", "detail": ' + inner + b"}]}"
    h = make(lambda r: httpx.Response(422, content=body))
    with pytest.raises(anny.UnprocessableEntityError) as info:
        await call(h, h.client.get, "/api/v1/order")
    assert info.value.errors[0].title == "Bad"
    assert len(str(info.value)) < 3000


def test_parse_error_body_never_raises_on_depth():
    errors_, body = errors.parse_error_body(nested(200_000))
    assert errors_ == []
    assert isinstance(body, str)


# ----------------------------------------------------------------- pagination


def page_handler(first: dict[str, object], rest: dict[str, object] | None = None):
    def handler(request: httpx.Request) -> httpx.Response:
        if "page[number]" in request.url.params and rest is not None:
            return jsonapi(200, rest)
        return jsonapi(200, first)

    return handler


def items(*ids: int) -> list[dict[str, object]]:
    return [{"type": "bookings", "id": str(i)} for i in ids]


@pytest.mark.parametrize("bad", ["²", "1" * 4301, "-3", "9" * 30, "\u0661"])
async def test_hostile_page_numbers_are_ignored(make, bad):
    first = {"data": items(1, 2), "meta": {"page": {"current-page": bad, "last-page": bad}}}
    h = make(page_handler(first, {"data": items(3)}))
    found = await collect(h, h.client.paginate("/api/v1/bookings", page_size=2))
    # No usable page numbers: the full first page asks for page 2, the short page 2 ends.
    assert [r.id for r in found] == ["1", "2", "3"]
    assert [r.url.params.get("page[number]") for r in h.requests] == [None, "2"]


@pytest.mark.parametrize("href", ["http://[::1", "/api/v1/bookings?\x00", "https://a:b:c/"])
async def test_malformed_next_link_stops_with_a_warning(make, caplog, href):
    first = {"data": items(1, 2), "links": {"next": href}}
    h = make(page_handler(first))
    with caplog.at_level(logging.WARNING, logger="anny"):
        found = await collect(h, h.client.paginate("/api/v1/bookings"))
    assert [r.id for r in found] == ["1", "2"]  # the page already fetched stays usable
    assert len(h.requests) == 1
    assert "links.next is not a valid URL" in caplog.text


# ----------------------------------------------------------------- typed views


HUGE = ["1e2000000", "-1e2000000", "1e-2000000", "0E+999999", "9" * 5000, 10**4000, 1e308]


@pytest.mark.parametrize("value", HUGE, ids=lambda v: str(v)[:12])
async def test_huge_numbers_are_unreadable_not_slow(make, value):
    body = {
        "data": {
            "type": "services",
            "id": "7001",
            "attributes": {
                "name": "Desk",
                "min_duration": value,
                "max_duration": 60,
                "price": value,
                "currency": "EUR",
            },
        }
    }
    h = make(lambda r: jsonapi(200, body))
    doc = await call(h, h.client.get, "/api/v1/services/7001")
    started = time.process_time()
    service = anny.types.Service.from_document(doc)
    assert time.process_time() - started < 0.5  # was 105 s of CPU for "1e2000000"
    assert service.min_duration is None
    assert service.price is None
    assert service.max_duration == 60
    assert service.name == "Desk"


def test_numbers_inside_the_bounds_are_exact():
    assert parse_money("12345678901234567.89", "EUR") == anny.Money(
        Decimal("12345678901234567.89"), "EUR"
    )
    assert parse_money(1e30, None) == anny.Money(Decimal("1e30"))
    assert parse_money("1e31", None) is None
    assert parse_money("0.000001", None) == anny.Money(Decimal("0.000001"))
    assert parse_money(0, "EUR") == anny.Money(Decimal(0), "EUR")


def test_overlong_datetime_strings_are_unreadable():
    assert parse_datetime("2026-04-15T09:00:00+02:00") is not None
    assert parse_datetime("2026-04-15T09:00:00." + "1" * 100_000 + "+02:00") is None


# ----------------------------------------------------------------- data: null


@pytest.mark.parametrize("extra", [{"foo": 1}, {"meta": {}, "x-debug": [1]}, {"errors": None}])
async def test_null_data_with_unknown_members_stays_jsonapi(make, extra):
    h = make(lambda r: jsonapi(200, {"data": None, **extra}))
    doc = await call(h, h.client.get, "/api/v1/order")
    assert doc.is_jsonapi
    assert doc.data is None
    assert doc.resources == []
    assert len(doc) == 0
    assert str(h.last.url) == f"{BASE}/api/v1/order"
