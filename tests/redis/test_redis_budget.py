"""`anny[redis]`: RedisBudget / AsyncRedisBudget against a real redis-server.

The windows here are real seconds (Redis keeps the time; processes share nothing else), so
the budgets are small and the windows one second long; nothing sleeps longer than that.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import anny
from anny._redis_budget import AsyncRedisBudget, RedisBudget

_names = itertools.count()


def fresh_name() -> str:
    return f"test-{next(_names)}"


def test_reads_and_writes_are_counted_apart_and_a_full_window_says_how_long_to_wait(
    redis_client: Any, redis_url: str
) -> None:
    budget = RedisBudget(redis_url, name=fresh_name(), reads=3, writes=2, per=1)
    reads = [budget.reserve("read", f"GET /r/{i}", 0.0) for i in range(4)]
    writes = [budget.reserve("write", f"POST /w/{i}", 0.0) for i in range(3)]
    assert reads[:3] == [0.0, 0.0, 0.0]
    assert writes[:2] == [0.0, 0.0]
    # The 4th read and the 3rd write wait for the oldest slot to leave the window (+ margin).
    assert 0.5 < reads[3] <= 1.0 + budget.margin
    assert 0.5 < writes[2] <= 1.0 + budget.margin


def test_a_slot_frees_when_the_window_has_passed(redis_client: Any, redis_url: str) -> None:
    budget = RedisBudget(redis_url, name=fresh_name(), reads=2, writes=1, per=1)
    assert [budget.reserve("read", None, 0.0) for _ in range(2)] == [0.0, 0.0]
    wait = budget.reserve("read", None, 0.0)
    assert wait > 0
    time.sleep(wait)
    assert budget.reserve("read", None, 0.0) == 0.0


def test_identical_requests_are_limited_per_second(redis_client: Any, redis_url: str) -> None:
    budget = RedisBudget(redis_url, name=fresh_name(), reads=100, writes=1, per=60)
    same = [budget.reserve("read", "GET /api/v1/availability/start?date=x", 0.0) for _ in range(5)]
    assert same[:4] == [0.0] * 4
    assert 0 < same[4] <= 1.0 + budget.margin
    assert budget.reserve("read", "GET /api/v1/availability/start?date=y", 0.0) == 0.0


def test_two_processes_share_one_budget_and_one_pause(redis_client: Any, redis_url: str) -> None:
    name = fresh_name()
    one = RedisBudget(redis_url, name=name, reads=4, writes=1, per=60)
    two = RedisBudget(redis_url, name=name, reads=4, writes=1, per=60)
    other = RedisBudget(redis_url, name=fresh_name(), reads=4, writes=1, per=60)
    granted = [b.reserve("read", None, 0.0) for b in (one, two, one, two)]
    assert granted == [0.0] * 4
    assert one.reserve("read", None, 0.0) > 0
    assert two.reserve("read", None, 0.0) > 0
    assert other.reserve("read", None, 0.0) == 0.0  # another identity: its own budget


def test_a_pause_after_a_429_holds_every_process_of_the_identity(
    redis_client: Any, redis_url: str
) -> None:
    name = fresh_name()
    a = RedisBudget(redis_url, name=name, reads=9, writes=9, per=60)
    b = RedisBudget(redis_url, name=name, reads=9, writes=9, per=60)
    assert a.reserve("read", None, 100.0) == 0.0
    a.pause_until(130.0)  # `t` is in a's clock, where it is now 100: 30 s from now
    assert 29 < b.reserve("write", None, 5000.0) <= 30  # b's clock differs: wall time counts
    a.pause_until(110.0)  # an earlier end does not shorten the pause
    assert b.reserve("read", None, 0.0) > 25


async def test_the_async_flavour_shares_the_sync_budget(redis_client: Any, redis_url: str) -> None:
    name = fresh_name()
    sync = RedisBudget(redis_url, name=name, reads=3, writes=1, per=60)
    asynchronous = AsyncRedisBudget(redis_url, name=name, reads=3, writes=1, per=60)
    assert sync.reserve("read", None, 0.0) == 0.0
    assert await asynchronous.reserve("read", None, 0.0) == 0.0
    assert await asynchronous.reserve("read", None, 0.0) == 0.0
    assert sync.reserve("read", None, 0.0) > 0
    assert await asynchronous.reserve("read", None, 0.0) > 0
    await asynchronous.pause_until(20.0)
    assert sync.reserve("write", None, 0.0) > 19
    await asynchronous.clear()
    assert sync.reserve("read", None, 0.0) == 0.0
    await asynchronous.aclose()
    sync.close()


def test_a_credential_in_the_request_never_reaches_redis(redis_client: Any, redis_url: str) -> None:
    budget = RedisBudget(redis_url, name=fresh_name(), reads=5, writes=1, per=60)
    budget.reserve("read", "GET /api/v1/bookings/by-number?number=BB1&hash=s3cr3t-hash", 0.0)
    stored = b" ".join(redis_client.keys("*"))
    for key in redis_client.keys("*"):
        kind = redis_client.type(key)
        if kind == b"list":
            stored += b" ".join(redis_client.lrange(key, 0, -1))
    assert b"s3cr3t" not in stored
    assert b"hash" not in stored


@pytest.mark.parametrize(
    "bad",
    [
        {"per": 0.5},
        {"per": 1.5},
        {"reads": 0},
        {"writes": True},
        {"identical_per_second": 0},
        {"name": ""},
        {"margin": -1},
    ],
)
def test_bad_settings_are_typed_errors(redis_url: str, bad: dict[str, Any]) -> None:
    with pytest.raises(anny.InvalidParameterError):
        RedisBudget(redis_url, **bad)


def test_a_url_that_is_not_redis_and_an_unknown_kind_are_typed_errors(redis_url: str) -> None:
    with pytest.raises(anny.InvalidParameterError, match="redis://"):
        RedisBudget("http://127.0.0.1:6379")
    with pytest.raises(anny.InvalidParameterError, match="read"):
        RedisBudget(redis_url).reserve("delete", None, 0.0)


WORKER = """
import json, sys, time
import limits.storage.redis
from anny._redis_budget import RedisBudget

# The instant each slot was taken is the timestamp `limits` wrote into Redis: recorded here,
# because a stamp taken after reserve() returns can lag by a whole time slice on a busy box.
class Stamps:
    last = 0.0
    @staticmethod
    def time():
        Stamps.last = time.time()
        return Stamps.last
limits.storage.redis.time = Stamps
url, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
budget = RedisBudget(url, name=name, reads=6, writes=1, per=1, margin=0.0)
budget.reserve("write", None, 0.0)  # connected and scripts loaded
print("ready", flush=True)
start_at = float(sys.stdin.readline())
time.sleep(max(start_at - time.time(), 0))  # all four begin together, however slow the start
granted = []
while len(granted) < count:
    wait = budget.reserve("read", None, time.monotonic())
    if wait:
        time.sleep(wait)
    else:
        granted.append(Stamps.last)
print(json.dumps(granted))
"""


def test_four_processes_never_take_more_than_the_budget_in_any_window(
    redis_client: Any, redis_url: str, tmp_path: Path
) -> None:
    """4 processes x 6 reads on a budget of 6 per second: 24 reads need 3 full windows after
    the first; in no 1-s span are more than 6 granted, and all are done close to the optimum."""
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    name = fresh_name()
    workers = [
        subprocess.Popen(
            [sys.executable, str(script), redis_url, name, "6"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for w in workers:
        assert w.stdout is not None
        assert w.stdout.readline().strip() == "ready"
    start_at = time.time() + 0.3
    outputs = [w.communicate(f"{start_at!r}\n", timeout=60)[0] for w in workers]
    granted = sorted(t for out in outputs for t in json.loads(out))
    assert len(granted) == 24
    for i in range(len(granted) - 6):
        assert granted[i + 6] - granted[i] >= 1.0, f"7 grants within one second at {i}"
    # The budget-limited optimum: the 19th grant cannot come before 3 windows have passed.
    assert granted[-1] - granted[0] >= 3.0
    assert granted[0] - start_at < 0.5, "a worker started late: the timing says nothing"
    assert granted[-1] - start_at <= 3.0 * 1.15
