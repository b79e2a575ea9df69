#!/usr/bin/env python3
"""`make bench`: anny's overhead against raw httpx and `json.loads`, printed as ratios.

Three measurements, each the best of several rounds (``time.perf_counter``), all in-process so the
machine's network does not enter the figures:

1. **request** — N GET calls answered by an ``httpx.MockTransport``: raw ``httpx.Client.get`` +
   ``json.loads`` versus ``anny.Anny.get`` (headers, plan, retry flow, error mapping, JSON:API
   ``Document``). The ratio is anny's per-call overhead over the bare transport.
2. **parse** — a compound document of 500 bookings with included resources and services:
   ``json.loads`` versus ``json.loads`` + ``Document.from_json`` + resolving every booking's
   ``resource`` and ``service`` relationships.
3. **memory** — peak traced allocation (``tracemalloc``) of the same parse versus ``json.loads``.

Figures are for this machine; compare ratios, not absolute times. Targets live here, never in
timed unit tests.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx

import anny


def compound_document(n: int) -> dict[str, Any]:
    """A realistic collection: n bookings, each pointing at one of 20 resources and 5 services."""
    data = [
        {
            "type": "bookings",
            "id": str(3_000_000 + i),
            "attributes": {
                "number": f"BB{81_000_000 + i}",
                "status": "accepted",
                "start_date": "2026-11-25T08:00:00+00:00",
                "end_date": "2026-11-25T09:00:00+00:00",
                "total": 25.5,
                "currency": "EUR",
                "customer_note": None,
            },
            "relationships": {
                "resource": {"data": {"type": "resources", "id": str(100 + i % 20)}},
                "service": {"data": {"type": "services", "id": str(7000 + i % 5)}},
                "order": {"data": {"type": "orders", "id": str(58_000_000 + i)}},
            },
            "links": {"self": f"https://b.anny.co/api/v1/bookings/{3_000_000 + i}"},
            "meta": {"cancelable_until": "2026-11-24T08:00:00+00:00"},
        }
        for i in range(n)
    ]
    included = [
        {"type": "resources", "id": str(100 + r), "attributes": {"name": f"Desk {r}"}}
        for r in range(20)
    ] + [
        {"type": "services", "id": str(7000 + s), "attributes": {"name": f"Service {s}"}}
        for s in range(5)
    ]
    return {
        "data": data,
        "included": included,
        "links": {"next": None},
        "meta": {"page": {"current-page": 1, "last-page": 1, "per-page": n, "total": n}},
    }


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - start)
    return min(timings)


def bench_request(calls: int, rounds: int) -> tuple[float, float]:
    body = json.dumps(compound_document(5)).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=body, headers={"content-type": "application/vnd.api+json"}
        )

    raw = httpx.Client(base_url="https://b.anny.co", transport=httpx.MockTransport(handler))
    client = anny.Anny(
        base_url="https://b.anny.co",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )

    def with_httpx() -> None:
        for _ in range(calls):
            json.loads(raw.get("/api/v1/bookings", params={"page[size]": "5"}).content)

    def with_anny() -> None:
        for _ in range(calls):
            client.get("/api/v1/bookings", params={"page[size]": "5"})

    return best_of(rounds, with_httpx) / calls, best_of(rounds, with_anny) / calls


def bench_parse(n: int, rounds: int) -> tuple[float, float, int, int]:
    text = json.dumps(compound_document(n))

    def plain() -> object:
        return json.loads(text)

    def parsed() -> object:
        doc = anny.Document.from_json(json.loads(text))
        for booking in doc.data:  # resolve what a confirmation page would render
            _ = (booking.related("resource"), booking.related("service"))
        return doc

    t_plain, t_anny = best_of(rounds, plain), best_of(rounds, parsed)
    peaks = []
    for fn in (plain, parsed):
        tracemalloc.start()
        keep = fn()
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        del keep
    return t_plain, t_anny, peaks[0], peaks[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--bookings", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    raw_call, anny_call = bench_request(args.calls, args.rounds)
    t_plain, t_anny, m_plain, m_anny = bench_parse(args.bookings, args.rounds)
    rows = [
        ("request (GET, MockTransport)", f"{raw_call * 1e6:.0f} µs", f"{anny_call * 1e6:.0f} µs",
         anny_call / raw_call),
        (f"parse {args.bookings} bookings + included", f"{t_plain * 1e3:.2f} ms",
         f"{t_anny * 1e3:.2f} ms", t_anny / t_plain),
        ("peak memory of that parse", f"{m_plain / 1024:.0f} KiB", f"{m_anny / 1024:.0f} KiB",
         m_anny / m_plain),
    ]  # fmt: skip
    print(f"anny {anny.__version__}, httpx {httpx.__version__}, python {sys.version.split()[0]}")
    print(f"{'measurement':<36} {'baseline':>12} {'anny':>12} {'ratio':>7}")
    for name, base, ours, ratio in rows:
        print(f"{name:<36} {base:>12} {ours:>12} {ratio:>6.2f}x")
    print(f"(best of {args.rounds} rounds each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
