"""anny's documented limits (Addendum C1-C5), enforced by the sandbox over raw HTTP.

A sandbox of its own with small budgets (5 reads, 3 writes per 10 s) and an injected
monotonic clock: windows and Retry-After values are exact, and nothing sleeps.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from sandbox_helpers import JSONAPI, START

from anny_sandbox import Clock, Sandbox

ROOM = "/api/v1/resources/conference-room-berlin"
OTHER = ("open-space-desks", "meeting-room-alex", "desk-01", "desk-02", "desk-03", "desk-04")
DOCUMENTED = {
    "errors": [{"status": "429", "title": "Too Many Requests", "detail": "Too many requests."}]
}


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture(scope="module")
def small(clock: FakeMonotonic) -> Iterator[Sandbox]:
    with Sandbox(
        clock=Clock(start=START, frozen=True), reads=5, writes=3, window=10, monotonic=clock
    ) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _fresh(small: Sandbox, clock: FakeMonotonic) -> None:
    small.reset()
    # Tests that change the budgets get them back here.
    small.limits.configure(reads=5, writes=3, window=10, enabled=True)
    clock.now = 1000.0


@pytest.fixture
def http(small: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=small.url, headers={"Accept": JSONAPI}, timeout=10) as c:
        yield c


def _reads(http: httpx.Client, n: int, **kwargs: object) -> list[httpx.Response]:
    """n reads of different resources (so the duplicate guard stays out of the way)."""
    return [http.get(f"/api/v1/resources/{OTHER[i % len(OTHER)]}", **kwargs) for i in range(n)]  # type: ignore[arg-type]


def test_reads_over_budget_get_429_with_exact_retry_after_and_the_documented_body(
    http: httpx.Client, clock: FakeMonotonic
) -> None:
    assert [r.status_code for r in _reads(http, 5)] == [200] * 5
    clock.now += 3.2  # the window opened at 1000.0 and resets at 1010.0
    refused = http.get(ROOM)
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "7"  # 6.8 s left, in whole seconds rounded up
    assert refused.headers["content-type"] == "application/json"
    assert refused.json() == DOCUMENTED
    assert not [h for h in refused.headers if h.lower().startswith("x-ratelimit")]
    clock.now = 1009.99
    assert http.get(ROOM).headers["retry-after"] == "1"
    clock.now = 1010.0  # a new window
    assert http.get(ROOM).status_code == 200


def test_writes_are_counted_apart_from_reads(http: httpx.Client, clock: FakeMonotonic) -> None:
    assert [r.status_code for r in _reads(http, 5)] == [200] * 5
    # Writes have a budget of their own: three (different) writes still reach the app.
    statuses = [
        http.post(
            "/api/v1/order/bookings/calculate",
            json={"n": n},
            headers={"Content-Type": JSONAPI},
        ).status_code
        for n in range(4)
    ]
    assert 429 not in statuses[:3]
    assert statuses[3] == 429
    assert http.get(ROOM).status_code == 429  # reads are still spent


def test_identities_have_separate_budgets(
    small: Sandbox, http: httpx.Client, clock: FakeMonotonic
) -> None:
    token = small.issue_token("erika.mustermann@example.com")["access_token"]
    assert [r.status_code for r in _reads(http, 5)] == [200] * 5
    assert http.get(ROOM).status_code == 429  # anonymous (this address) is spent
    erika = {"Authorization": f"Bearer {token}"}
    assert [r.status_code for r in _reads(http, 5, headers=erika)] == [200] * 5
    assert http.get(ROOM, headers=erika).status_code == 429
    report = http.get("/__sandbox/limits").json()
    assert (report["reads"], report["writes"], report["window"]) == (5, 3, 10)
    identities = report["identities"]
    assert identities["address:127.0.0.1"]["reads"] == 5
    assert identities["address:127.0.0.1"]["rejected"] == 1
    tokens = [k for k in identities if k.startswith("token:")]
    assert len(tokens) == 1
    assert token not in json.dumps(report)  # the token is never echoed
    assert identities[tokens[0]] | {"window_resets_in": None} == {
        "reads": 5,
        "writes": 0,
        "rejected": 1,
        "window_reads": 5,
        "window_writes": 0,
        "window_resets_in": None,
    }
    assert report["rejected"] == 2


def test_more_than_four_identical_requests_in_a_second_are_refused(
    http: httpx.Client, small: Sandbox, clock: FakeMonotonic
) -> None:
    small.limits.configure(reads=20)  # room for the guard to be the limit that bites
    for _ in range(4):
        assert http.get(ROOM).status_code == 200
        clock.now += 0.2
    refused = http.get(ROOM)  # at 1000.8: four identical ones within the last second
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "1"
    assert refused.json() == DOCUMENTED
    assert http.get(ROOM, params={"include": "services"}).status_code == 200  # other query
    clock.now = 1001.0  # the first of the four is a second old
    assert http.get(ROOM).status_code == 200


def test_identical_writes_compare_the_body(http: httpx.Client, small: Sandbox) -> None:
    headers = {"Content-Type": JSONAPI}
    path = "/api/v1/order/bookings/calculate"
    small.limits.configure(writes=10)  # room for the guard to be the limit that bites
    same = [http.post(path, content=b'{"a": 1}', headers=headers) for _ in range(5)]
    assert [r.status_code == 429 for r in same] == [False] * 4 + [True]
    assert http.post(path, content=b'{"a": 2}', headers=headers).status_code != 429


def test_a_429_is_counted_in_the_ledger(http: httpx.Client, small: Sandbox) -> None:
    _reads(http, 6)
    ledger = small.ledger()
    assert ledger["totals"]["rate_limited"] == 1
    assert [e["status"] for e in ledger["requests"]].count(429) == 1
    assert [e["outcome"] for e in ledger["requests"] if e["status"] == 429] == ["rate_limited"]


def test_reset_gives_every_identity_a_fresh_budget(http: httpx.Client, small: Sandbox) -> None:
    _reads(http, 5)
    assert http.get(ROOM).status_code == 429
    small.reset()
    assert http.get(ROOM).status_code == 200
    assert http.post("/__sandbox/reset").status_code == 200
    assert http.get("/__sandbox/limits").json()["identities"] == {}


def test_the_booking_clock_does_not_move_the_windows(
    http: httpx.Client, small: Sandbox, clock: FakeMonotonic
) -> None:
    _reads(http, 5)
    small.advance(days=1)  # the frozen booking clock jumps; the rate window does not
    assert http.get(ROOM).status_code == 429


def test_limits_can_be_turned_off_and_reconfigured(http: httpx.Client, small: Sandbox) -> None:
    off = http.post("/__sandbox/limits", json={"enabled": False}).json()
    assert off["enabled"] is False
    assert {r.status_code for r in _reads(http, 12)} == {200}
    assert {http.get(ROOM).status_code for _ in range(6)} == {200}
    bad = http.post("/__sandbox/limits", json={"reads": 0})
    assert bad.status_code == 422
    on = http.post("/__sandbox/limits", json={"enabled": True, "reads": 2}).json()
    assert (on["enabled"], on["reads"]) == (True, 2)
    assert [r.status_code for r in _reads(http, 3)] == [200, 200, 429]


@pytest.mark.parametrize(
    ("path", "cap"),
    [
        ("/api/v1/organizations/acme-gmbh/all-resources", 50),
        ("/api/v1/organizations/acme-gmbh/plans", 50),
        ("/api/v1/plan-subscriptions", 50),
        ("/api/v1/bookings", 500),
    ],
)
def test_page_size_caps(small: Sandbox, path: str, cap: int) -> None:
    token = small.issue_token("erika.mustermann@example.com")["access_token"]
    headers = {"Accept": JSONAPI, "Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=small.url, headers=headers, timeout=10) as http:
        assert http.get(path, params={"page[size]": str(cap)}).status_code == 200
        refused = http.get(path, params={"page[size]": str(cap + 1)})
    assert refused.status_code == 400
    error = refused.json()["errors"][0]
    assert error["status"] == "400"
    assert error["source"] == {"parameter": "page[size]"}
    assert f"greater than {cap}" in error["detail"]
    assert error["meta"] == {"max": cap}


def test_uncapped_lists_accept_larger_pages(small: Sandbox) -> None:
    token = small.issue_token("erika.mustermann@example.com")["access_token"]
    headers = {"Accept": JSONAPI, "Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=small.url, headers=headers, timeout=10) as http:
        assert http.get("/api/v1/orders", params={"page[size]": "100"}).status_code == 200
        # Desk bots page a resource's children by 250 (reference §7.7).
        children = "/api/v1/resources/open-space-desks/children"
        assert http.get(children, params={"page[size]": "250"}).status_code == 200


def test_sandbox_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="reads"):
        Sandbox(reads=0)
    with pytest.raises(ValueError, match="window"):
        Sandbox(window=0)
    assert Sandbox(rate_limits=False).limits.report()["enabled"] is False


def test_the_command_line_takes_the_budgets() -> None:
    from anny_sandbox.__main__ import build_parser

    args = build_parser().parse_args(["--reads", "20", "--writes", "5", "--window", "2"])
    assert (args.reads, args.writes, args.window, args.no_rate_limits) == (20, 5, 2.0, False)
