"""What the performance work must keep true — memory, concurrency bounds, lazy imports.

No timing is asserted anywhere here (speed is `make bench`'s business): these tests check
the mechanisms — pages freed by reference counting alone, the number of calls in flight,
the modules `import anny` loads, the debug-log work skipped when logging is off.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import importlib.util
import json
import logging
import subprocess
import sys
import tracemalloc
import weakref
from collections.abc import Iterator

import httpx
import pytest
from annycore_helpers import BASE, JSONAPI

import anny
from anny import _jsonapi, _limits, _ratelimit
from anny._models import parse_datetime


@pytest.fixture
def gc_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _page_body(number: int, size: int, pages: int) -> bytes:
    # Realistic sizes (~1 KB per booking with its resource), so a leak cannot pass unnoticed.
    start = (number - 1) * size
    data = [
        {
            "type": "bookings",
            "id": str(start + i),
            "attributes": {
                "number": f"BB{81_000_000 + start + i}",
                "status": "accepted",
                "start_date": "2026-11-25T08:00:00+01:00",
                "end_date": "2026-11-25T09:00:00+01:00",
                "created_at": "2026-11-20T10:11:12+01:00",
                "total": 25.5,
                "currency": "EUR",
                "description": "Desk booking for the whole team, second floor",
            },
            "relationships": {
                "resource": {"data": {"type": "resources", "id": str(start + i)}},
                "order": {"data": {"type": "orders", "id": str(58_000_000 + start + i)}},
            },
            "links": {"self": f"https://b.anny.co/api/v1/bookings/{start + i}"},
            "meta": {"cancelable_until": "2026-11-24T08:00:00+01:00"},
        }
        for i in range(size)
    ]
    included = [
        {
            "type": "resources",
            "id": str(start + i),
            "attributes": {
                "name": f"Desk {start + i}",
                "slug": f"desk-{start + i}",
                "timezone": "Europe/Berlin",
                "description": "A quiet desk by the window, with a docking station",
            },
        }
        for i in range(size)
    ]
    following = f"{BASE}/api/v1/bookings?page[number]={number + 1}" if number < pages else None
    return json.dumps({"data": data, "included": included, "links": {"next": following}}).encode()


def _pages_handler(size: int, pages: int, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        number = int(request.url.params.get("page[number]", "1"))
        body = _page_body(number, size, pages)
        return httpx.Response(200, content=body, headers={"content-type": JSONAPI})

    return httpx.MockTransport(handler)


# ----------------------------------------------------------------------------- memory


def _iterate_pages(size: int, pages: int) -> tuple[int, int, list[httpx.Request]]:
    """Walk ``pages`` pages of ``size`` bookings with the cyclic GC off; returns the item count,
    the traced peak of allocated memory while iterating, and the requests sent."""
    seen: list[httpx.Request] = []
    client = anny.Anny(
        base_url=BASE,
        token=None,
        http_client=httpx.Client(transport=_pages_handler(size, pages, seen)),
    )
    tracemalloc.start()
    try:
        count = 0
        firsts: list[weakref.ref[anny.Resource]] = []
        for item in client.paginate("/api/v1/bookings", params={"sort": "start_date"}):
            assert item.related("resource").name == f"Desk {count}"  # navigated, not just counted
            if count % size == 0:  # the first item of a page: two pages on, it must be gone
                firsts.append(weakref.ref(item))
                if len(firsts) > 2:
                    assert firsts[-3]() is None, f"page {len(firsts) - 2} is still alive"
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak, seen


def test_iterating_pages_with_gc_off_frees_each_page_and_stays_bounded(gc_off: None) -> None:
    """Memory does not grow with the number of pages: every page is freed by reference counting
    alone (the cyclic GC is off), two pages later at the latest. A leak of ~300 bytes per item
    already breaks the bound below; `make bench`'s memory row measures 50,000 items."""
    size, pages = 100, 20
    _, short_peak, _ = _iterate_pages(size, 2)
    count, peak, seen = _iterate_pages(size, pages)
    assert count == size * pages
    assert peak < short_peak * 1.25, (
        f"peak {peak / 1e6:.2f} MB for {pages} pages, {short_peak / 1e6:.2f} MB for 2"
    )
    # The wire: one GET per page, the caller's query kept, then the next link followed.
    assert [r.method for r in seen] == ["GET"] * pages
    assert seen[0].url.path == "/api/v1/bookings"
    assert seen[0].url.params["sort"] == "start_date"
    assert [r.url.params.get("page[number]") for r in seen[1:3]] == ["2", "3"]


async def test_async_pager_frees_each_page_and_response_with_gc_off(gc_off: None) -> None:
    seen: list[httpx.Request] = []
    client = anny.AsyncAnny(
        base_url=BASE,
        token=None,
        http_client=httpx.AsyncClient(transport=_pages_handler(50, 4, seen)),
    )
    items: list[weakref.ref[anny.Resource]] = []
    responses: list[weakref.ref[httpx.Response]] = []
    async for page in client.paginate("/api/v1/bookings").pages():
        assert page.response.http_response.request.method == "GET"
        responses.append(weakref.ref(page.response.http_response))
        items.extend(weakref.ref(item) for item in page.items)
        del page
    assert len(items) == 200
    assert len(seen) == 4
    assert [r.url.params.get("page[number]") for r in seen] == [None, "2", "3", "4"]
    # Nothing of the earlier pages survives: not the resources, not the httpx responses.
    assert all(ref() is None for ref in items[:150])
    assert [ref() is None for ref in responses[:3]] == [True, True, True]


def test_document_with_relationship_cycles_is_freed_by_refcounting(gc_off: None) -> None:
    body = {
        "data": {
            "type": "orders",
            "id": "1",
            "relationships": {"bookings": {"data": [{"type": "bookings", "id": "2"}]}},
        },
        "included": [
            {
                "type": "bookings",
                "id": "2",
                "relationships": {"order": {"data": {"type": "orders", "id": "1"}}},
            }
        ],
    }
    doc = anny.Document.from_json(body)
    order = doc.data
    booking = order.bookings[0]
    assert booking.order is order
    assert order.relationships["bookings"].data[0] is booking
    probes = [weakref.ref(order), weakref.ref(booking)]
    del doc, order, booking
    assert [probe() for probe in probes] == [None, None]


def test_resolution_reads_only_the_relationship_asked_for() -> None:
    doc = anny.Document.from_json(
        {
            "data": {
                "type": "bookings",
                "id": "1",
                "attributes": {"number": "BB1"},
                "relationships": {
                    "service": {"data": {"type": "services", "id": "7"}},
                    "broken": "not a relationship object",
                },
            },
            "included": [{"type": "services", "id": "7", "attributes": {"name": "Desk"}}],
        }
    )
    booking = doc.data
    assert booking.number == "BB1"
    assert booking.related("service").name == "Desk"
    assert booking.broken is None  # malformed relationship: no linkage, as before
    assert doc.find("services", 7) is booking.service  # one wrapper per resource while held


def _booking_with_room() -> anny.Document:
    return anny.Document.from_json(
        {
            "data": [
                {
                    "type": "bookings",
                    "id": "1",
                    "attributes": {"number": "BB1", "start_date": "2026-11-25T08:00:00Z"},
                    "relationships": {
                        "resource": {"data": {"type": "resources", "id": "9"}},
                        "order": {"data": {"type": "orders", "id": "5"}},
                    },
                }
            ],
            "included": [
                {
                    "type": "resources",
                    "id": "9",
                    "attributes": {"name": "Desk", "timezone": "Europe/Berlin"},
                }
            ],
        }
    )


def test_a_booking_view_builds_no_relationship_objects() -> None:
    # The view reads attributes and meta, and its zone through the one `resource`
    # relationship: building every Relationship (and its Refs) per booking cost a third of
    # the views row.
    booking = _booking_with_room().data[0]
    view = anny.types.Booking.from_resource(booking)
    assert view.start_date == dt.datetime(2026, 11, 25, 9, tzinfo=view.zone)
    assert str(view.zone) == "Europe/Berlin"
    with pytest.raises(AttributeError):
        _jsonapi._get_relationships(booking)  # never built


def test_attribute_and_relationship_names_skip_the_failed_normal_lookup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `booking.resource.name` is the idiom; letting Python's normal lookup fail first (then
    # call __getattr__) costs an AttributeError per access. __getattr__ stays the fallback
    # for misses.
    calls: list[str] = []
    fallback = _jsonapi.Resource.__getattr__

    def counting(self: anny.Resource, name: str) -> object:
        calls.append(name)
        return fallback(self, name)

    monkeypatch.setattr(_jsonapi.Resource, "__getattr__", counting)
    booking = _booking_with_room().data[0]
    assert (booking.number, booking.resource.name, booking.order) == (
        "BB1",
        "Desk",
        anny.types.Ref("orders", "5"),
    )
    assert booking.id == "1"
    assert booking.related("resource") is booking.resource
    assert calls == []
    with pytest.raises(AttributeError, match="no attribute or relationship 'missing'"):
        _ = booking.missing


def test_a_get_nobody_joins_builds_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # Single flight's Event is made by the first follower: a call alone (nearly every call)
    # pays for a dict entry and a lock, not for a Condition and two locks.
    import threading

    made: list[object] = []

    def event() -> threading.Event:
        made.append(None)
        return threading.Event()

    monkeypatch.setattr(_ratelimit.threading, "Event", event)
    client = anny.Anny(
        base_url=BASE,
        token=None,
        rate_limit=None,
        http_client=httpx.Client(
            transport=httpx.MockTransport(
                lambda request: httpx.Response(
                    200, json={"data": None}, headers={"content-type": JSONAPI}
                )
            )
        ),
    )
    for _ in range(3):
        assert client.get("/api/v1/bookings").data is None
    assert made == []


# ----------------------------------------------------------------------------- datetimes


def test_datetimes_use_the_fast_parser_and_fall_back_to_dateutil() -> None:
    assert parse_datetime("2026-11-25T08:00:00Z") == dt.datetime(2026, 11, 25, 8, tzinfo=dt.UTC)
    assert parse_datetime("2026-11-25T09:00:00+01:00") == dt.datetime(
        2026, 11, 25, 8, tzinfo=dt.UTC
    )
    assert parse_datetime("2026-11-25T08:00:00") == dt.datetime(2026, 11, 25, 8, tzinfo=dt.UTC)
    # fromisoformat rejects hour 24; dateutil (imported only now) reads it.
    assert parse_datetime("2026-11-25T24:00:00+00:00") == dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
    assert parse_datetime("not a date") is None
    assert parse_datetime(None) is None


# ----------------------------------------------------------------------------- logging


def test_debug_log_arguments_are_built_only_when_debug_is_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import anny._plan_flow as request_module

    redacted: list[str] = []
    real = request_module.redact_url

    def counting(url: str) -> str:
        redacted.append(url)
        return real(url)

    monkeypatch.setattr(request_module, "redact_url", counting)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"data": []}', headers={"content-type": JSONAPI})

    client = anny.Anny(
        base_url=BASE, token=None, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    caplog.set_level(logging.WARNING, logger="anny")
    client.get("/api/v1/bookings", params={"oat": "secret-oat"})
    assert redacted == []
    caplog.set_level(logging.DEBUG, logger="anny")
    client.get("/api/v1/bookings", params={"oat": "secret-oat"})
    assert len(redacted) == 2  # request + response records
    assert "secret-oat" not in caplog.text
    assert "[REDACTED]" in caplog.text


# ----------------------------------------------------------------------------- imports


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_import_anny_loads_neither_asyncio_nor_dateutil_nor_the_sign_in() -> None:
    loaded = _modules_after("import anny")
    sign_in = {"anny._oauth", "anny._refreshing", "anny._token", "anny._token_file"}
    assert {"asyncio", "dateutil", "anny._limits", *sign_in}.isdisjoint(loaded)
    assert "httpx" in loaded
    loaded = _modules_after("import anny\nassert anny.types.Booking.__module__ == 'anny.types'")
    assert "dateutil" not in loaded  # only an unusual timestamp needs it
    loaded = _modules_after("import anny\nassert anny.auth.OAuth2.__module__ == 'anny.auth'")
    assert "anny._oauth" in loaded
    loaded = _modules_after("import anny\nanny.AsyncAnny(base_url='http://127.0.0.1:9')")
    assert {"asyncio", "anny._limits"} <= loaded


def test_lazy_names_are_in_dir_and_unknown_names_raise() -> None:
    assert "Money" in dir(anny)
    assert "Booking" in dir(anny.types)
    assert anny.Money is anny.Money
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = anny.Nope  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------- limits


def test_limits_must_be_httpx_limits() -> None:
    with pytest.raises(anny.InvalidParameterError, match=r"httpx\.Limits"):
        anny.AsyncAnny(base_url=BASE, token=None, limits=64)  # type: ignore[arg-type]
    with pytest.raises(anny.InvalidParameterError):
        _limits.ConcurrencyLimiter(0)


def _counting_transport(state: dict[str, int], seen: list[httpx.Request]) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        state["now"] += 1
        state["max"] = max(state["max"], state["now"])
        for _ in range(3):  # let every other task that can start, start
            await asyncio.sleep(0)
        state["now"] -= 1
        return httpx.Response(200, content=b"[]", headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


async def test_limits_bound_the_calls_in_flight_across_with_options_copies() -> None:
    state = {"now": 0, "max": 0}
    seen: list[httpx.Request] = []
    client = anny.AsyncAnny(
        base_url=BASE,
        token=None,
        http_client=httpx.AsyncClient(transport=_counting_transport(state, seen)),
        limits=httpx.Limits(max_connections=3),
    )
    copy = client.with_options(timeout=5)
    calls = [
        client.get(f"/api/v1/resources/r{i}/availability", params={"d": "1"}) for i in range(6)
    ]
    calls += [copy.get(f"/api/v1/resources/c{i}/availability") for i in range(6)]
    docs = await asyncio.gather(*calls)
    assert [doc.data for doc in docs] == [[]] * 12
    assert state["max"] == 3
    assert sorted(r.url.path for r in seen) == sorted(
        [f"/api/v1/resources/r{i}/availability" for i in range(6)]
        + [f"/api/v1/resources/c{i}/availability" for i in range(6)]
    )
    assert all(r.method == "GET" for r in seen)


async def test_injected_client_without_limits_is_not_bounded() -> None:
    state = {"now": 0, "max": 0}
    seen: list[httpx.Request] = []
    client = anny.AsyncAnny(
        base_url=BASE,
        token=None,
        http_client=httpx.AsyncClient(transport=_counting_transport(state, seen)),
    )
    await asyncio.gather(*(client.get(f"/api/v1/x/{i}") for i in range(10)))
    assert state["max"] == 10
    assert len(seen) == 10


async def test_default_async_client_keeps_16_calls_in_flight_over_real_http() -> None:
    """100 gathered calls against a server on 127.0.0.1 that holds every request until 16
    are open at once (or 5 s passed): the server must see exactly 16, never more (a bound
    sized for anny's 150 reads a minute, see anny._limits)."""
    state = {"open": 0, "max": 0, "served": 0}
    enough = asyncio.Event()
    body = b"[]"
    answer = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n" + body
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                state["open"] += 1
                state["max"] = max(state["max"], state["open"])
                if state["open"] >= 16:
                    enough.set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(enough.wait(), 5)
                state["open"] -= 1
                state["served"] += 1
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    try:
        async with anny.AsyncAnny(base_url=f"http://127.0.0.1:{port}", token=None) as client:
            docs = await asyncio.gather(*(client.get(f"/api/v1/q/{i}") for i in range(100)))
    finally:
        server.close()
        await server.wait_closed()
    assert len(docs) == 100
    assert state["served"] == 100
    assert state["max"] == 16


def test_sniffio_probe_is_cached_only_when_sniffio_is_absent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(sys.modules, "sniffio", raising=False)
    installed = importlib.util.find_spec("sniffio") is not None
    anny.AsyncAnny(base_url=BASE, token=None)
    if installed:
        assert sys.modules.get("sniffio") is not None or "sniffio" not in sys.modules
    else:
        assert "sniffio" in sys.modules
        assert sys.modules["sniffio"] is None
        with pytest.raises(ImportError):
            import sniffio  # noqa: F401
