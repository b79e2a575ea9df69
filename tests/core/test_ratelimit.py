"""Client-side pacing (anny's budgets, Addendum C1-C3), single flight and page-size caps (C5).

Time is the harness's fake monotonic clock: it moves only when the client sleeps, so every
wait is exact and nothing sleeps for real.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator

import attrs
import httpx
import pytest
from annycore_helpers import BASE, jsonapi

import anny
from anny import _operations, _pagination, _spec_table
from anny._ratelimit import RECOVER_AFTER_WINDOWS, LocalBudget, identical_key

OK = {"data": None}
LIST = {"data": [], "meta": {"page": {"current-page": 1, "last-page": 1}}}
# The margin a window gets on top of its length (10 % of it, at most 0.25 s).
TEN = 10.0 + 0.25
SECOND = 1.0 + 0.1


def ok(request: httpx.Request) -> httpx.Response:
    return jsonapi(200, OK)


# --------------------------------------------------------------------------- the budget


def test_reads_and_writes_have_separate_sliding_windows() -> None:
    budget = LocalBudget(anny.RateLimit(reads=3, writes=2, per=10))
    assert [budget.reserve("read", f"r{n}", 0.0) for n in range(3)] == [0.0, 0.0, 0.0]
    assert budget.reserve("read", "r3", 1.0) == pytest.approx(TEN - 1.0)
    assert budget.reserve("read", "r4", 1.0) == pytest.approx(TEN - 1.0)
    assert [budget.reserve("write", f"w{n}", 1.0) for n in range(2)] == [0.0, 0.0]
    assert budget.reserve("write", "w2", 5.0) == pytest.approx(1.0 + TEN - 5.0)


def test_at_most_four_identical_requests_per_second() -> None:
    budget = LocalBudget()
    assert [budget.reserve("read", "same", 0.1 * n) for n in range(4)] == [0.0] * 4
    assert budget.reserve("read", "same", 0.5) == pytest.approx(SECOND - 0.5)
    assert budget.reserve("read", "other", 0.5) == 0.0


def test_a_wait_beyond_max_wait_is_not_recorded() -> None:
    budget = LocalBudget(anny.RateLimit(reads=1, per=10))
    assert budget.reserve("read", "a", 0.0) == 0.0
    assert budget.reserve("read", "b", 0.0, max_wait=5) == pytest.approx(TEN)
    assert budget.reserve("read", "c", 0.0) == pytest.approx(TEN)  # "b" took no slot


def test_a_pause_holds_every_kind() -> None:
    budget = LocalBudget()
    budget.pause_until(42.0)
    budget.pause_until(10.0)  # an earlier end changes nothing
    assert budget.reserve("read", "a", 2.0) == 40.0
    assert budget.reserve("write", "b", 2.0) == 40.0


def test_rate_limit_values_are_checked() -> None:
    assert anny.RateLimit() == anny.RateLimit(
        reads=150, writes=60, per=60.0, identical_per_second=4
    )
    for bad in ({"reads": 0}, {"writes": -1}, {"per": 0}, {"identical_per_second": True}):
        with pytest.raises(anny.InvalidParameterError):
            anny.RateLimit(**bad)  # type: ignore[arg-type]
    with pytest.raises(anny.InvalidParameterError, match="rate_limit"):
        anny.Anny(base_url="https://api.test", token=None, rate_limit=150)  # type: ignore[arg-type]


def test_identical_key_hides_secrets_and_separates_bodies() -> None:
    key = identical_key("GET", "https://api.test/o?oat=SECRET", None)
    assert "SECRET" not in key
    assert identical_key("POST", "https://api.test/x", b"1") != identical_key(
        "POST", "https://api.test/x", b"2"
    )


# --------------------------------------------------------------------------- the clients


async def test_the_default_budget_is_anny_s_documented_one(make) -> None:
    h = make(ok, timeout=120)  # a call may wait for the budget as long as its read timeout
    assert h.client.rate_limit == anny.RateLimit(reads=150, writes=60, per=60)
    for n in range(151):
        await h.call(h.client.get, f"/x/{n}")
    assert h.sleeps == [pytest.approx(60.25)]  # the 151st read waits for the window
    assert len(h.requests) == 151


async def test_held_back_calls_sleep_exactly_log_and_call_on_wait(make, caplog) -> None:
    waits: list[anny.types.RateLimitWait] = []
    h = make(ok, rate_limit=anny.RateLimit(reads=2, writes=1, per=10), on_wait=waits.append)
    caplog.set_level(logging.INFO, logger="anny")
    await h.call(h.client.get, "/a")
    await h.call(h.client.get, "/b")
    await h.call(h.client.post, "/w", json={"n": 1})  # writes: a budget of their own
    await h.call(h.client.get, "/c", params={"oat": "SECRET"})
    assert h.sleeps == [pytest.approx(TEN)]
    assert [r.method for r in h.requests] == ["GET", "GET", "POST", "GET"]
    assert waits == [
        anny.types.RateLimitWait(
            seconds=pytest.approx(TEN), kind="read", method="GET", path="/c", reason="budget"
        )  # type: ignore[arg-type]
    ]
    [record] = [r for r in caplog.records if "holding" in r.getMessage()]
    assert record.levelno == logging.INFO
    assert "GET /c" in record.getMessage()
    assert "SECRET" not in caplog.text


async def test_identical_requests_are_spread_over_seconds(make) -> None:
    h = make(ok)
    for _ in range(6):
        await h.call(h.client.post, "/w", json={"same": True})
    assert h.sleeps == [pytest.approx(SECOND)]
    assert h.now == pytest.approx(SECOND)


async def test_a_wait_longer_than_the_timeout_raises_and_sends_nothing(make) -> None:
    h = make(ok, rate_limit=anny.RateLimit(reads=1, per=60), timeout=5)
    await h.call(h.client.get, "/a")
    with pytest.raises(anny.RateLimitWaitError) as caught:
        await h.call(h.client.get, "/b", params={"code": "SECRET"})
    assert isinstance(caught.value, anny.AnnyError)
    assert caught.value.wait == pytest.approx(60.25)
    assert caught.value.max_wait == 5.0
    assert caught.value.kind == "read"
    assert "SECRET" not in str(caught.value)
    assert len(h.requests) == 1
    assert h.sleeps == []


async def test_a_429_pauses_every_request_of_the_client(make) -> None:
    answers = [jsonapi(429, {"errors": [{"status": "429"}]}, headers={"retry-after": "7"})]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0) if answers else jsonapi(200, OK)

    h = make(handler, max_retries=0)
    with pytest.raises(anny.RateLimitError):
        await h.call(h.client.get, "/limited")
    await h.call(h.client.post, "/other", json={})  # another request, another kind
    assert h.sleeps == [7.0]
    copy = h.client.with_options(timeout=60)  # same identity, same budget
    await h.call(copy.get, "/third")
    # The 429 also taught the budget: anny accepted no read in that window, so one read per
    # window from now on, counted from the pause's end (anny's window reset then).
    assert h.sleeps == [7.0]
    assert h.client._budget.effective_limit.reads == 1
    assert h.client.rate_limit == anny.RateLimit()  # the configured budget stays readable


async def test_rate_limit_none_turns_pacing_off(make) -> None:
    h = make(ok, rate_limit=None)
    assert h.client.rate_limit is None
    for _ in range(10):
        await h.call(h.client.post, "/same", json={})
    assert h.sleeps == []
    paced = h.client.with_options(rate_limit=anny.RateLimit(writes=1, per=10))
    assert paced.rate_limit == anny.RateLimit(writes=1, per=10)
    await h.call(paced.post, "/a", json={})
    await h.call(paced.post, "/b", json={})
    assert h.sleeps == [pytest.approx(TEN)]


async def test_clients_can_share_one_budget(make) -> None:
    budget = anny.types.LocalBudget(anny.RateLimit(reads=1, per=10))
    first, second = make(ok, rate_limit=budget), make(ok, rate_limit=budget)
    await first.call(first.client.get, "/a")
    await second.call(second.client.get, "/b")
    assert second.sleeps == [pytest.approx(TEN)]


# --------------------------------------------------------------------------- single flight


async def test_fifty_identical_gets_on_asyncanny_make_one_request() -> None:
    gate = asyncio.Event()
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        await gate.wait()
        return jsonapi(200, {"data": {"type": "resources", "id": "8001"}})

    async with anny.AsyncAnny(
        base_url="https://api.test",
        token=None,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    ) as client:
        tasks = [asyncio.ensure_future(client.get("/api/v1/resources/x")) for _ in range(50)]
        while not seen:
            await asyncio.sleep(0)
        gate.set()
        docs = await asyncio.gather(*tasks)
        assert len(seen) == 1
        assert {doc.data.id for doc in docs} == {"8001"}
        assert len(client._flights) == 0
        other = await asyncio.gather(client.get("/api/v1/resources/x"), client.post("/w"))
        assert len(other) == 2
        assert len(seen) == 3  # a later GET is a new request; writes are never shared


async def test_a_shared_failure_reaches_every_waiting_caller() -> None:
    gate = asyncio.Event()
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        await gate.wait()
        return jsonapi(404, {"errors": [{"status": "404", "title": "Not found"}]})

    async with anny.AsyncAnny(
        base_url="https://api.test",
        token=None,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    ) as client:
        tasks = [asyncio.ensure_future(client.get("/missing")) for _ in range(5)]
        while not seen:
            await asyncio.sleep(0)
        tasks[0].cancel()  # one caller gives up: the others still get the answer
        gate.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    assert isinstance(results[0], asyncio.CancelledError)
    assert all(isinstance(r, anny.NotFoundError) for r in results[1:])
    assert len(seen) == 1


def test_identical_gets_from_threads_share_one_request() -> None:
    release = threading.Event()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        release.wait(10)
        return jsonapi(200, {"data": {"type": "resources", "id": "8001"}})

    client = anny.Anny(
        base_url="https://api.test",
        token=None,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(client.get("/api/v1/resources/x")))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    calls = client._flights._calls
    while not calls or next(iter(calls.values())).followers < 7:
        release.wait(0.001)  # the other threads join the leader's call
    release.set()
    for thread in threads:
        thread.join(10)
    assert len(seen) == 1
    assert len(results) == 8


# --------------------------------------------------------------------------- page sizes


@pytest.mark.parametrize(
    ("path", "size"),
    [
        ("/api/v1/bookings", "500"),
        ("/api/v1/organizations/acme-gmbh/all-resources", "50"),
        ("/api/v1/plan-subscriptions", "50"),
        ("/api/v1/customer-accounts/0b7c4bd6-3c2e-4f6e-9d1a-5c2f7e8a9b10/all-resources", "50"),
        ("/api/v1/organizations/acme-gmbh/plans", "50"),
        (f"{BASE}/api/v1/bookings/", "500"),  # a URL, and the trailing slash anny ignores
        ("/api/v1/orders", None),  # no documented cap: anny's own default
        # Desk bots page a resource's children by 250 (reference §7.7): not capped at 50.
        ("/api/v1/resources/open-space-desks/children", None),
    ],
)
async def test_paginate_asks_for_the_largest_page_allowed(
    make, path: str, size: str | None
) -> None:
    h = make(lambda request: jsonapi(200, LIST))
    await h.collect(h.client.paginate(path))
    assert h.last.url.params.get("page[size]") == size


async def test_a_page_size_anny_refuses_is_an_error_before_sending(make) -> None:
    h = make(lambda request: jsonapi(200, LIST))
    with pytest.raises(anny.InvalidParameterError, match="limit of 500"):
        h.client.paginate("/api/v1/bookings", page_size=501)
    with pytest.raises(anny.InvalidParameterError, match="limit of 50"):
        h.client.paginate("/api/v1/plan-subscriptions", params={"page[size]": 51})
    with pytest.raises(anny.InvalidParameterError, match="limit of 500"):
        h.client.bookings.list(page_size=1000)
    with pytest.raises(anny.InvalidParameterError, match="limit of 50"):
        h.client.organizations.resources("acme-gmbh", page_size=51)
    assert h.requests == []
    await h.collect(h.client.paginate("/api/v1/bookings", page_size=20))
    assert h.last.url.params["page[size]"] == "20"


def test_a_429_lowers_the_budget_to_what_anny_accepted() -> None:
    budget = LocalBudget(anny.RateLimit(reads=8, writes=3, per=10))
    for n in range(8):  # a burst in flight at once: anny takes 5 and refuses 3
        assert budget.reserve("read", f"r{n}", 0.0) == 0.0
    assert budget.reserve("read", "later", 0.0) == pytest.approx(TEN)  # not sent yet
    assert [budget.learn("read", 0.5) for _ in range(3)] == [7, 6, 5]
    assert budget.learn("read", 0.5) == 4  # another refusal in the window lowers it again
    assert budget.effective_limit == anny.RateLimit(reads=4, writes=3, per=10)
    assert budget.limit == anny.RateLimit(reads=8, writes=3, per=10)
    # Never below one; writes learn on their own.
    assert budget.reserve("write", "w", 1.0) == 0.0
    assert budget.learn("write", 1.0) == 1
    assert budget.learn("write", 1.5) is None
    assert budget.effective_limit.writes == 1
    # From now on a window holds 4 reads, not 8: the fifth waits for the window to pass.
    assert [budget.reserve("read", f"n{n}", 30.0) for n in range(4)] == [0.0] * 4
    assert budget.reserve("read", "n4", 30.0) == pytest.approx(TEN)


def test_what_a_429_taught_is_forgotten_after_ten_quiet_windows() -> None:
    # A share of the budget another process used up comes back: a lowered budget is not kept
    # for the life of a long-running client (a first request answered 429 would otherwise
    # leave it at one request a window for good).
    budget = LocalBudget(anny.RateLimit(reads=8, writes=3, per=10))
    assert budget.reserve("read", "first", 0.0) == 0.0
    assert budget.learn("read", 0.0) == 1
    window = TEN  # the window with its margin
    quiet = RECOVER_AFTER_WINDOWS * window
    assert budget.reserve("read", "a", quiet - 1) == 0.0  # still one a window
    assert budget.reserve("read", "b", quiet - 1) == pytest.approx(window)
    budget.learn("read", quiet - 1)  # another 429 keeps the lesson for ten more windows
    assert budget.effective_limit.reads == 1
    later = quiet - 1 + quiet
    assert [budget.reserve("read", f"c{n}", later) for n in range(8)] == [0.0] * 8
    assert budget.effective_limit == budget.limit


@pytest.fixture
def bookings_capped_at_7(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The generated table as if the spec said ``maximum: 7`` for listBookings' page size."""

    def cap(op: _operations.Operation) -> _operations.Operation:
        if op.operation_id != "listBookings":
            return op
        params = tuple(
            attrs.evolve(p, maximum=7) if p.wire == "page[size]" else p for p in op.params
        )
        return attrs.evolve(op, params=params)

    def forget() -> None:  # every look-up is cached: start from the table in force
        for cached in (_operations._by_id, _operations._matchers, _operations._find):
            cached.cache_clear()
        _pagination._cap.cache_clear()

    monkeypatch.setattr(_spec_table, "OPERATIONS", tuple(map(cap, _spec_table.OPERATIONS)))
    forget()
    yield
    monkeypatch.undo()
    forget()


@pytest.mark.usefixtures("bookings_capped_at_7")
async def test_page_size_caps_come_from_the_spec_table(make) -> None:
    # No second table to keep in step: the spec's maximum is what the pager asks for and what
    # it refuses above, before sending.
    h = make(lambda request: jsonapi(200, LIST))
    await h.collect(h.client.paginate("/api/v1/bookings"))
    assert h.last.url.path == "/api/v1/bookings"
    assert h.last.url.params["page[size]"] == "7"
    sent = len(h.requests)
    with pytest.raises(anny.InvalidParameterError, match="limit of 7"):
        h.client.bookings.list(page_size=8)
    assert len(h.requests) == sent
    await h.collect(h.client.paginate("/api/v1/organizations/acme-gmbh/all-resources"))
    assert h.last.url.params["page[size]"] == "50"  # the other operations keep theirs
