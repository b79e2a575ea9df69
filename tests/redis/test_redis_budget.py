"""`anny-client[redis]`: RedisBudget, the Budget protocol of anny._ratelimit kept in redis-server.

Reservations are answered as waits (nothing sleeps for them here) except in the last test, where
four processes really pace themselves through one budget of one-second windows.
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
from anny._ratelimit import RECOVER_AFTER_WINDOWS, Budget, identical_key
from anny._redis_budget import MIN_MARGIN

from redis_server import start_together

_names = itertools.count()


def budget(redis_url: str, **limit: Any) -> anny.RedisBudget:
    return anny.RedisBudget(redis_url, anny.RateLimit(**limit), name=f"test-{next(_names)}")


def key(n: object) -> str:
    return identical_key("GET", f"https://api.test/api/v1/resources/{n}", None)


def test_it_is_a_budget_for_the_clients(redis_client: Any, redis_url: str) -> None:
    b = budget(redis_url, reads=3, writes=2, per=1)
    assert isinstance(b, Budget)
    assert b.limit == anny.RateLimit(reads=3, writes=2, per=1)
    assert "test-" in repr(b)
    assert anny.Anny(base_url="https://api.test", token=None, rate_limit=b).rate_limit == b.limit


def test_reservations_queue_behind_a_full_window_reads_and_writes_apart(
    redis_client: Any, redis_url: str
) -> None:
    b = budget(redis_url, reads=3, writes=2, per=2)
    now = 1000.0  # the client's monotonic clock: unrelated to the wall clock
    reads = [b.reserve("read", key(i), now) for i in range(5)]
    writes = [b.reserve("write", key(f"w{i}"), now) for i in range(3)]
    assert reads[:3] == [0.0, 0.0, 0.0]
    assert writes[:2] == [0.0, 0.0]
    margin = reads[3] - 2.0
    assert 0 < margin <= 0.25  # the window plus a small margin (arrivals lag departures)
    # The 5th read has its slot after the 4th: both are reserved, in order.
    assert reads[4] == pytest.approx(reads[3], abs=0.05)
    assert writes[2] == pytest.approx(2.0 + margin, abs=0.05)
    # The 4th, 5th and 6th read share the second window; the 7th waits for the third.
    sixth = b.reserve("read", key(5), now)
    seventh = b.reserve("read", key(6), now)
    assert sixth == pytest.approx(reads[3], abs=0.05)
    assert seventh == pytest.approx(2 * (2.0 + margin), abs=0.1)


def test_reservations_in_the_future_outlive_the_window(redis_client: Any, redis_url: str) -> None:
    b = budget(redis_url, reads=1, writes=1, per=1)
    step = 1.0 + MIN_MARGIN  # one window and the margin
    slots = [b.reserve("read", key(n), 0.0) for n in range(4)]  # at 0, ~1, ~2, ~3 s
    assert slots[-1] == pytest.approx(3 * step, abs=0.1)
    time.sleep(1.2)  # longer than one window: Redis must still hold the queued slots
    assert b.reserve("read", key(9), 0.0) == pytest.approx(4 * step - 1.2, abs=0.15)


def test_max_wait_takes_nothing(redis_client: Any, redis_url: str) -> None:
    b = budget(redis_url, reads=1, writes=1, per=5)
    assert b.reserve("read", key(1), 0.0) == 0.0
    too_long = b.reserve("read", key(2), 0.0, max_wait=1.0)
    assert too_long > 5.0
    # Nothing was recorded: the next reservation gets the same slot, not one after it.
    assert b.reserve("read", key(3), 0.0) == pytest.approx(too_long, abs=0.05)


def test_identical_requests_are_limited_per_second(redis_client: Any, redis_url: str) -> None:
    b = budget(redis_url, reads=100, writes=1, per=60, identical_per_second=4)
    same = [b.reserve("read", key("same"), 0.0) for _ in range(5)]
    assert same[:4] == [0.0] * 4
    assert 1.0 < same[4] <= 1.25
    other = b.reserve("read", key("other"), 0.0)
    # Another request is not held back by the duplicate guard, only kept in order.
    assert other == pytest.approx(same[4], abs=0.05)


def test_processes_of_one_identity_share_the_budget_and_others_do_not(
    redis_client: Any, redis_url: str
) -> None:
    limit = anny.RateLimit(reads=4, writes=1, per=60)
    one = anny.RedisBudget(redis_url, limit, name="acme-anonymous")
    two = anny.RedisBudget(redis_url, limit, name="acme-anonymous")
    other = anny.RedisBudget(redis_url, limit, name="acme-customer-1")
    assert [b.reserve("read", key(n), 0.0) for n, b in enumerate((one, two, one, two))] == [0.0] * 4
    assert one.reserve("read", key(9), 0.0) > 59
    assert two.reserve("read", key(10), 500.0) > 59  # its clock differs: Redis keeps wall time
    assert other.reserve("read", key(11), 0.0) == 0.0


def test_a_429_pauses_every_process_of_the_identity(redis_client: Any, redis_url: str) -> None:
    limit = anny.RateLimit(reads=9, writes=9, per=60)
    a = anny.RedisBudget(redis_url, limit, name="paused")
    b = anny.RedisBudget(redis_url, limit, name="paused")
    assert a.reserve("read", key(1), 100.0) == 0.0
    a.pause_until(130.0)  # a's clock says 100 now: a pause of 30 s
    assert 29 < b.reserve("write", key(2), 7.0) <= 30.1
    a.pause_until(110.0)  # an earlier end does not shorten the pause
    assert b.reserve("read", key(3), 7.0) > 25
    b.clear()
    assert a.reserve("read", key(4), 100.0) == 0.0


def test_a_credential_in_a_request_never_reaches_redis(redis_client: Any, redis_url: str) -> None:
    b = budget(redis_url, reads=5, writes=1, per=60)
    url = "https://api.test/api/v1/bookings/by-number?number=BB1&hash=s3cr3t-hash"
    b.reserve("read", identical_key("GET", url, None), 0.0)
    stored = b" ".join(redis_client.keys("*"))
    for k in redis_client.keys("*"):
        if redis_client.type(k) == b"list":
            stored += b" ".join(redis_client.lrange(k, 0, -1))
    assert stored
    assert b"s3cr3t" not in stored
    assert b"by-number" not in stored


@pytest.mark.parametrize("per", [0.5, 1.5])
def test_a_window_that_is_not_whole_seconds_is_a_typed_error(redis_url: str, per: float) -> None:
    with pytest.raises(anny.InvalidParameterError, match="whole seconds"):
        anny.RedisBudget(redis_url, anny.RateLimit(per=per))


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (("http://127.0.0.1:6379",), {}, "redis://"),
        ((None,), {}, "redis://"),
        (("redis://127.0.0.1:1/0", {"reads": 3}), {}, "RateLimit"),
        (("redis://127.0.0.1:1/0",), {"name": ""}, "name"),
        (("redis://127.0.0.1:1/0",), {"prefix": ""}, "prefix"),
    ],
)
def test_bad_settings_are_typed_errors(
    args: tuple[Any, ...], kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(anny.InvalidParameterError, match=match):
        anny.RedisBudget(*args, **kwargs)


def test_an_unknown_kind_is_a_typed_error(redis_url: str) -> None:
    with pytest.raises(anny.InvalidParameterError, match="read"):
        anny.RedisBudget(redis_url).reserve("delete", key(1), 0.0)  # type: ignore[arg-type]


WORKER = """
import json, sys, time
from anny import RateLimit, RedisBudget
from anny._ratelimit import identical_key

url, name, index, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
readings = []

def wall():
    # The wall-clock reading a reservation is made at: its slot is that reading + the wait.
    readings.append(time.time())
    return readings[-1]

budget = RedisBudget(url, RateLimit(reads=5, writes=1, per=1), name=name, _wall_clock=wall)
budget.reserve("write", "warm-up", time.monotonic())  # connected, scripts loaded
print("ready", flush=True)
start_at = float(sys.stdin.readline())
time.sleep(max(start_at - time.time(), 0))  # all four begin together, however slow the start
slots = []
for n in range(count):
    wait = budget.reserve("read", identical_key("GET", f"/r/{index}/{n}", None), time.monotonic())
    slots.append(readings[-1] + wait)
    time.sleep(wait)  # a send never happens before its slot
print(json.dumps(slots))
"""


def test_four_processes_never_send_more_than_the_budget_in_any_window(
    redis_client: Any, redis_url: str, tmp_path: Path
) -> None:
    """4 processes x 3 reads on a budget of 5 per second: 12 sends need 2 windows after the
    first; in no 1-s span are more than 5 sent, and all are sent close to the optimum."""
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    workers = [
        subprocess.Popen(
            [sys.executable, str(script), redis_url, "four", str(i), "3"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(4)
    ]
    start_at, outputs = start_together(workers, timeout=60)
    slots = sorted(t for out in outputs for t in json.loads(out))
    assert len(slots) == 12
    for i in range(len(slots) - 5):
        assert slots[i + 5] - slots[i] >= 1.0, f"6 slots within one second from {i}"
    assert slots[-1] - slots[0] >= 2.0
    # Close to the optimum: 2 s plus a margin for four processes scheduled on a loaded 2-core
    # machine (2.31 s was seen once at load 9); pacing that waited a whole extra window would
    # take 3 s and still fail.
    assert slots[-1] - start_at <= 2.0 * 1.3


def test_a_429_lowers_the_budget_of_every_process_until_cleared(
    redis_client: Any, redis_url: str
) -> None:
    wall = [1000.0]  # the processes' shared wall clock, moved by hand
    limit = anny.RateLimit(reads=8, writes=2, per=10)
    a = anny.RedisBudget(redis_url, limit, name="learns", _wall_clock=lambda: wall[0])
    b = anny.RedisBudget(redis_url, limit, name="learns", _wall_clock=lambda: wall[0])
    assert [a.reserve("read", key(n), 0.0) for n in range(8)] == [0.0] * 8
    # A burst in flight: anny took 5 and refused 3, each 429 lowers the budget once more.
    assert [a.learn("read", 0.0) for _ in range(3)] == [7, 6, 5]
    assert b.effective_limit == anny.RateLimit(reads=5, writes=2, per=10)  # shared
    assert a.limit == limit  # what was configured stays readable
    # Writes learn on their own, never below 1, and a budget only ever goes down.
    assert b.learn("write", 0.0) == 1
    assert b.learn("write", 0.0) is None
    assert a.effective_limit == anny.RateLimit(reads=5, writes=1, per=10)
    wall[0] = 1100.0  # long after: the window is empty, but 5 is the budget now
    assert [b.reserve("read", key(f"b{n}"), 0.0) for n in range(5)] == [0.0] * 5
    assert b.reserve("read", key("b5"), 0.0) > 10
    # What a 429 taught expires RECOVER_AFTER_WINDOWS windows after the last 429 (Redis TTL).
    ttl = redis_client.ttl(a._learned_keys["read"])
    assert 0 < ttl <= RECOVER_AFTER_WINDOWS * (10 + 1)
    b.clear()
    assert a.effective_limit == limit


def test_a_lone_429_resets_the_window_so_the_retry_is_not_held_back(
    redis_client: Any, redis_url: str
) -> None:
    wall = [1000.0]
    limit = anny.RateLimit(reads=8, writes=2, per=10)
    a = anny.RedisBudget(redis_url, limit, name="lone", _wall_clock=lambda: wall[0])
    assert a.reserve("read", key(1), 0.0) == 0.0
    assert a.learn("read", 0.0) == 1  # anny accepted none of ours: someone else spends it
    # anny's window resets at Retry-After (the pause does that wait): the retry goes then,
    # and one read per window from there on.
    assert a.reserve("read", key(2), 0.0) == 0.0
    assert a.reserve("read", key(3), 0.0) > 10
