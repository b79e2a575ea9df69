"""A paced client against a sandbox enforcing a scaled budget, in real time over HTTP.

The sandbox allows 10 reads per 1 s (anny's 150 per 60 s, scaled down so the test takes
about a second); the client is given the same budget and must finish with zero 429s, no faster
than the budget allows and not much slower. 15 reads fill one window and cross into the next:
the fewest that prove pacing (one window boundary) in real time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from e2e_helpers import START

import anny
from anny_sandbox import Clock, Sandbox

RESOURCES = (
    "conference-room-berlin",
    "open-space-desks",
    "meeting-room-alex",
    "desk-01",
    "desk-02",
    "desk-03",
    "desk-04",
)
BUDGET = anny.RateLimit(reads=10, writes=5, per=1)
READS = 15  # one full window and half of the next


@pytest.fixture(scope="module")
def scaled() -> Iterator[Sandbox]:
    with Sandbox(clock=Clock(start=START, frozen=True), reads=10, writes=5, window=1) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _fresh(scaled: Sandbox) -> None:
    scaled.reset()


def _paths(n: int) -> list[tuple[str, dict[str, str]]]:
    """n different reads (resources, told apart by a query the sandbox ignores)."""
    return [(f"/api/v1/resources/{RESOURCES[i % 7]}", {"visitor": str(i)}) for i in range(n)]


def _statuses(sb: Sandbox) -> list[int]:
    return [e["status"] for e in sb.ledger()["requests"]]


def test_a_paced_blocking_client_gets_no_429(scaled: Sandbox) -> None:
    waits: list[anny.types.RateLimitWait] = []
    with anny.Anny(base_url=scaled.url, token=None, rate_limit=BUDGET, on_wait=waits.append) as c:
        started = time.perf_counter()  # a duration, not a date
        for path, params in _paths(READS):
            c.get(path, params=params)
        elapsed = time.perf_counter() - started
    assert _statuses(scaled) == [200] * READS
    assert scaled.ledger()["totals"]["rate_limited"] == 0
    assert waits  # reads 11 on were held back until the window allowed them
    assert {w.reason for w in waits} == {"budget"}
    assert 1.0 <= elapsed < 1.0 * 1.5  # 15 reads at 10 per 1 s: the budget-limited optimum


async def test_a_paced_async_client_gets_no_429_from_a_gathered_burst(scaled: Sandbox) -> None:
    async with anny.AsyncAnny(base_url=scaled.url, token=None, rate_limit=BUDGET) as client:
        started = time.perf_counter()
        docs = await asyncio.gather(*(client.get(p, params=q) for p, q in _paths(READS)))
        elapsed = time.perf_counter() - started
    assert len(docs) == READS
    assert _statuses(scaled).count(200) == READS
    assert scaled.ledger()["totals"]["rate_limited"] == 0
    assert 1.0 <= elapsed < 1.0 * 1.5  # two windows' worth: the budget-limited optimum


async def test_fifty_visitors_asking_the_same_make_one_upstream_call(scaled: Sandbox) -> None:
    async with anny.AsyncAnny(base_url=scaled.url, token=None, rate_limit=BUDGET) as client:
        docs = await asyncio.gather(
            *(client.get("/api/v1/resources/conference-room-berlin") for _ in range(50))
        )
    assert {doc.data.id for doc in docs} == {"8001"}
    assert _statuses(scaled) == [200]


def test_without_pacing_the_sandbox_answers_429(scaled: Sandbox) -> None:
    """The control: the same work unpaced runs into the budget (and the client says so)."""
    with anny.Anny(base_url=scaled.url, token=None, rate_limit=None, max_retries=0) as client:
        *first, (last, last_params) = _paths(11)
        for path, params in first:
            client.get(path, params=params)
        with pytest.raises(anny.RateLimitError) as caught:
            client.get(last, params=last_params)
    assert caught.value.status_code == 429
    assert int(caught.value.response.headers["retry-after"]) == 1  # the rest of a 1 s window
    assert _statuses(scaled) == [200] * 10 + [429]
