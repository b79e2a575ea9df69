"""Four processes, one identity, one budget in Redis, against the sandbox's enforced limits.

Two processes use `Anny`, two `AsyncAnny`; all four are anonymous callers from 127.0.0.1, so
the sandbox counts them as one identity, exactly like four workers behind one address.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from anny_sandbox import Sandbox

from redis_server import start_together

READS, WINDOW, EACH, PROCESSES = 10, 1, 5, 4

WORKER = """
import asyncio, datetime as dt, json, sys, time
import anny

sandbox, redis_url, index, each, flavour = sys.argv[1:6]
index, each = int(index), int(each)
limit = anny.RateLimit(reads={reads}, writes={reads}, per={window})
budget = anny.RedisBudget(redis_url, limit, name="e2e-anonymous")
statuses = []
first = dt.date(2026, 12, 1) + dt.timedelta(days=index * each)

def params(n):
    # Distinct requests: the duplicate guard stays out of this test.
    day = (first + dt.timedelta(days=n)).isoformat()
    return {"service_id": "7001", "resource_id": "8001", "date": day}

def ready():
    budget.reserve("write", "warm-up", time.monotonic())  # connected, scripts loaded
    print("ready", flush=True)
    time.sleep(max(float(sys.stdin.readline()) - time.time(), 0))

if flavour == "sync":
    with anny.Anny(base_url=sandbox, token=None, rate_limit=budget) as client:
        client.http_client.event_hooks["response"] = [lambda r: statuses.append(r.status_code)]
        ready()
        for n in range(each):
            client.get("/api/v1/availability/start", params=params(n))
else:
    async def main():
        async def hook(r):
            statuses.append(r.status_code)
        async with anny.AsyncAnny(base_url=sandbox, token=None, rate_limit=budget) as client:
            client.http_client.event_hooks["response"] = [hook]
            ready()
            await asyncio.gather(
                *(client.get("/api/v1/availability/start", params=params(n)) for n in range(each))
            )
    asyncio.run(main())
print(json.dumps({"statuses": statuses, "done": time.time()}))
""".replace("{reads}", str(READS)).replace("{window}", str(WINDOW))


@pytest.fixture
def limited_sandbox() -> Iterator[Sandbox]:
    with Sandbox(reads=READS, writes=READS, window=WINDOW) as sandbox:
        yield sandbox


def test_four_processes_share_the_budget_with_no_429_close_to_the_optimum(
    redis_client: Any, redis_url: str, limited_sandbox: Sandbox, tmp_path: Path
) -> None:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    flavours = ["sync", "async"] * (PROCESSES // 2)
    workers = [
        subprocess.Popen(
            [sys.executable, str(script), limited_sandbox.url, redis_url, str(i), str(EACH), f],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i, f in enumerate(flavours)
    ]
    start_at, outputs = start_together(workers, timeout=120)
    results = [json.loads(out) for out in outputs]
    statuses = [s for r in results for s in r["statuses"]]
    assert statuses == [200] * (PROCESSES * EACH)  # every request answered, not one 429
    usage = limited_sandbox.limits.report()
    assert usage["rejected"] == 0
    assert [i["reads"] for i in usage["identities"].values()] == [PROCESSES * EACH]
    # 20 reads on 10 per second: the second window's sends start one window (+margin) later.
    optimum = PROCESSES * EACH / READS * WINDOW
    wall = max(r["done"] for r in results) - start_at
    assert WINDOW <= wall <= optimum * 1.15, (wall, optimum)
