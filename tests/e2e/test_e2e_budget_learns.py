"""The budget learns from a 429: a client configured for more than anny allows gets at most
one 429, then paces itself to what anny accepted (sync and async, over real HTTP).

The sandbox allows 5 reads per 20 s (a window shorter than a call's 30-s timeout); the client
believes in 8. Both read one virtual monotonic clock that only the client's recorded sleeps
move, so nothing waits for real.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import pytest
from e2e_helpers import E2E, START

import anny
from anny_sandbox import Clock, Sandbox

from suite_helpers import VirtualMonotonic

CONFIGURED = anny.RateLimit(reads=8, writes=8, per=20)
ALLOWED = 5


@pytest.fixture(scope="module")
def small() -> Iterator[Sandbox]:
    clock = Clock(start=START, frozen=True)
    with Sandbox(clock=clock, monotonic=VirtualMonotonic(), reads=ALLOWED, window=20) as sb:
        yield sb


@pytest.fixture
async def driver(small: Sandbox, flavour: str) -> AsyncIterator[E2E]:
    small.reset()
    driver = E2E(small, flavour)
    yield driver
    await driver.aclose()


async def test_one_429_teaches_the_budget_and_no_other_follows(
    driver: E2E, caplog: pytest.LogCaptureFixture
) -> None:
    budget = anny.types.LocalBudget(CONFIGURED)
    client = driver.client(rate_limit=budget)
    with caplog.at_level(logging.WARNING, logger="anny"):
        for n in range(20):  # four of anny's windows' worth
            await driver.call(client.get, "/api/v1/resources/desk-01", params={"n": str(n)})
    statuses = [entry["status"] for entry in driver.sb.ledger()["requests"]]
    assert statuses.count(429) == 1
    assert statuses.count(200) == 20  # the refused read was retried after the pause
    assert statuses.index(429) == ALLOWED  # the sixth read of the first window
    assert budget.effective_limit == anny.RateLimit(reads=ALLOWED, writes=8, per=20)
    assert budget.limit == CONFIGURED  # what was configured stays readable
    learned = [r.getMessage() for r in caplog.records if "smaller than configured" in r.message]
    assert learned == [
        "rate limit: anny's read budget for this client is smaller than configured; "
        "sending at most 5 reads per 20s from now on"
    ]
