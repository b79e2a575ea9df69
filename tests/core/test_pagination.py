"""Pagination by links.next, by both meta forms, by short pages, and its safety guards."""

from __future__ import annotations

import logging

import httpx
import pytest
from annycore_helpers import BASE, jsonapi

import anny


def items(*ids):
    return [{"type": "bookings", "id": str(i), "attributes": {"n": i}} for i in ids]


def by_page(pages):
    """Handler serving `pages[n]` for page[number]=n (default 1)."""

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page[number]", "1"))
        return jsonapi(200, pages[number])

    return handler


async def test_three_pages_by_links_next(make):
    pages = {
        1: {
            "data": items(1, 2),
            "links": {"next": f"{BASE}/api/v1/bookings?page[number]=2&page[size]=2"},
        },
        2: {
            "data": items(3, 4),
            "links": {"next": {"href": "/api/v1/bookings?page%5Bnumber%5D=3&page%5Bsize%5D=2"}},
        },
        3: {"data": items(5), "links": {"next": None}},
    }
    h = make(by_page(pages))
    pager = h.client.paginate(
        "/api/v1/bookings", params={"filter[upcoming_only]": True}, page_size=2
    )
    result = await h.collect(pager)
    assert [r.id for r in result] == ["1", "2", "3", "4", "5"]
    assert [str(r.url) for r in h.requests] == [
        f"{BASE}/api/v1/bookings?filter%5Bupcoming_only%5D=1&page%5Bsize%5D=2",
        f"{BASE}/api/v1/bookings?page[number]=2&page[size]=2",  # the link, verbatim
        f"{BASE}/api/v1/bookings?page%5Bnumber%5D=3&page%5Bsize%5D=2",
    ]


@pytest.mark.parametrize(
    "meta_form",
    [
        lambda n: {"page": {"current-page": n, "last-page": 3, "per-page": 2, "total": 5}},
        lambda n: {"current_page": n, "last_page": 3},
    ],
    ids=["dasherized", "normalized"],
)
async def test_three_pages_by_meta(make, meta_form):
    pages = {
        n: {"data": items(2 * n - 1, 2 * n)[: 1 if n == 3 else 2], "meta": meta_form(n)}
        for n in (1, 2, 3)
    }
    h = make(by_page(pages))
    result = await h.collect(h.client.paginate("/api/v1/bookings", params={"sort": "start_date"}))
    assert [r.id for r in result] == ["1", "2", "3", "4", "5"]
    assert [r.url.params.get("page[number]") for r in h.requests] == [None, "2", "3"]
    assert all(r.url.params["sort"] == "start_date" for r in h.requests)


async def test_stops_on_short_page(make):
    pages = {1: {"data": items(1, 2)}, 2: {"data": items(3)}}
    h = make(by_page(pages))
    result = await h.collect(h.client.paginate("/api/v1/bookings", page_size=2))
    assert [r.id for r in result] == ["1", "2", "3"]
    assert len(h.requests) == 2


async def test_repeated_next_link_stops_with_warning(make, caplog):
    same = f"{BASE}/api/v1/bookings?page[number]=2"
    h = make(lambda r: jsonapi(200, {"data": items(1), "links": {"next": same}}))
    with caplog.at_level(logging.WARNING, logger="anny"):
        result = await h.collect(h.client.paginate("/api/v1/bookings"))
    assert len(h.requests) == 2  # page 1, then page 2 whose next is itself
    assert len(result) == 2
    assert any("repeats a page already fetched" in rec.getMessage() for rec in caplog.records)


async def test_next_link_to_other_host_is_not_followed(make, caplog):
    h = make(
        lambda r: jsonapi(200, {"data": items(1), "links": {"next": "https://evil.example/p2"}}),
        token="t",
    )
    with caplog.at_level(logging.WARNING, logger="anny"):
        await h.collect(h.client.paginate("/api/v1/bookings"))
    assert len(h.requests) == 1
    assert any("another host" in rec.getMessage() for rec in caplog.records)


async def test_max_pages_cap(make, caplog):
    def handler(request):
        n = int(request.url.params.get("page[number]", "1"))
        return jsonapi(200, {"data": items(n), "links": {"next": f"{BASE}/b?page[number]={n + 1}"}})

    h = make(handler)
    with caplog.at_level(logging.WARNING, logger="anny"):
        result = await h.collect(h.client.paginate("/b", max_pages=4))
    assert len(result) == 4
    assert len(h.requests) == 4
    assert any("max_pages=4" in rec.getMessage() for rec in caplog.records)


async def test_first_page_and_pages(make):
    pages = {
        1: {"data": items(1, 2), "meta": {"current_page": 1, "last_page": 2}},
        2: {"data": items(3), "meta": {"current_page": 2, "last_page": 2}},
    }
    h = make(by_page(pages))
    pager = h.client.paginate("/api/v1/bookings")
    first = await h.call(pager.first_page)
    assert [r.id for r in first.items] == ["1", "2"]
    assert first.number == 1
    assert len(h.requests) == 1
    got = await h.collect(pager.pages())
    assert [p.number for p in got] == [1, 2]
    assert got[1].document.meta == {"current_page": 2, "last_page": 2}


async def test_typed_items(kind):
    doc = {"data": [{"type": "bookings", "id": "9", "attributes": {"status": "accepted"}}]}
    transport = httpx.MockTransport(lambda r: jsonapi(200, doc))
    plan = anny.flows.RequestPlan("GET", "/api/v1/bookings")
    if kind == "sync":
        client = anny.Anny(base_url=BASE, http_client=httpx.Client(transport=transport))
        result = list(anny.Pager(client._run_raw, plan, map_item=anny.types.Booking.from_resource))
    else:
        aclient = anny.AsyncAnny(base_url=BASE, http_client=httpx.AsyncClient(transport=transport))
        pager = anny.AsyncPager(aclient._run_raw, plan, map_item=anny.types.Booking.from_resource)
        result = [b async for b in pager]
    assert result[0].status is anny.types.BookingStatus.ACCEPTED
