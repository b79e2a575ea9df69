"""Fuzz target: hostile answers through the real response path; only `AnnyError` escapes.

Every case is one seeded answer from `fuzz_bodies` (any JSON, wrong types in every JSON:API
member, deep nesting, huge numbers, non-UTF-8 ...) served by an `httpx.MockTransport` to a
real client, then: `client.get` → the document (`.data`, resources, relationships, links,
meta, `find`, reprs) → every typed view (`from_document`, `list_from_document`, reprs) →
`client.paginate(...)` over up to three pages.

Size: ``ANNY_FUZZ_CASES`` distinct answers in all (default 10,000: four fifths through
`Anny`, one fifth through `AsyncAnny`), ``ANNY_FUZZ_SEED``; ``make fuzz`` runs 200,000.
Each case must also stay under a 50 ms CPU budget (thread CPU time, not wall time; a case
over it is re-run twice and fails only if every run is over, so a loaded machine cannot fail
it by accident). A case parses up to four documents, so a document's own budget is tighter.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable

import httpx
import pytest
from fuzz_bodies import Answer, answer

import anny
from anny._models import VIEWS
from anny._retry import RetryPolicy

# Long and self-contained: runs on the other core (tests/offload_plugin.py).
pytestmark = pytest.mark.offload

TOTAL = int(os.environ.get("ANNY_FUZZ_CASES", "10000"))
ASYNC_CASES = max(TOTAL // 5, 1)
CASES = max(TOTAL - ASYNC_CASES, 1)
SEED = int(os.environ.get("ANNY_FUZZ_SEED", "20261125"))
BUDGET_SECONDS = 0.050
BASE = "https://api.test"
NAMES = ["status", "start_date", "service", "order", "bookings", "name", "type", "id"]


class Replay:
    """Serves the current fuzzed answer to every request (pages and retries included)."""

    def __init__(self) -> None:
        self.current = Answer(200, {}, b"", "none")
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        a = self.current
        return httpx.Response(a.status, headers=a.headers, content=a.body)


def exercise(doc: anny.Document) -> int:
    """Touch everything a caller can reach on a document; returns a checksum of sorts."""
    touched = len(repr(doc)) + len(doc) + len(list(doc)) + len(doc.included)
    touched += len(doc.links) + len(doc.meta) + int(doc.is_jsonapi)
    for res in [*doc.resources, *doc.included]:
        touched += len(repr(res)) + len(res.attributes) + len(res.links) + len(res.meta)
        touched += len(dir(res)) + len(repr(res.ref))
        for name in NAMES:
            touched += int(name in res)
            res.get(name)
        for rel in res.relationships.values():
            data = rel.data
            touched += len(repr(rel)) + (len(data) if isinstance(data, list) else 1)
            touched += len(rel.links) + len(rel.meta)
        if res.id is not None:
            touched += int(doc.find(res.type, res.id) is not None)
    for view in VIEWS.values():
        with contextlib.suppress(anny.AnnyError):  # not a single resource: a typed error
            touched += len(repr(view.from_document(doc)))
        for item in view.list_from_document(doc) if doc.is_jsonapi else []:
            touched += len(repr(item)) + len(str(getattr(item, "total", "")))
    return touched


def _check(exc: BaseException | None, case: int, a: Answer, failures: list[str]) -> None:
    if exc is not None and not isinstance(exc, anny.AnnyError):
        failures.append(
            f"case {case} ({a.kind}, {a.status}, {a.headers}): {type(exc).__name__}: "
            f"{str(exc)[:200]} | body {a.body[:120]!r}"
        )


def sync_case(client: anny.Anny) -> BaseException | None:
    try:
        exercise(client.get("/api/v1/things"))
    except BaseException as exc:
        # An error answer fails the first page of the pager the same way: go on only for
        # answers that parse, which are the ones pagination reads links and meta from.
        return None if isinstance(exc, anny.AnnyError) else exc
    try:
        for page in client.paginate("/api/v1/things", page_size=2, max_pages=3).pages():
            exercise(page.document)
    except BaseException as exc:
        return exc
    return None


async def async_case(client: anny.AsyncAnny) -> BaseException | None:
    try:
        exercise(await client.get("/api/v1/things"))
    except BaseException as exc:
        return None if isinstance(exc, anny.AnnyError) else exc
    try:
        async for page in client.paginate("/api/v1/things", page_size=2, max_pages=3).pages():
            exercise(page.document)
    except BaseException as exc:
        return exc
    return None


def _over_budget(spent: float, rerun: Callable[[], float]) -> float | None:
    """The confirmed CPU time of a case over budget, else None (re-runs twice)."""
    if spent <= BUDGET_SECONDS:
        return None
    best = min(spent, rerun(), rerun())
    return best if best > BUDGET_SECONDS else None


def _report(failures: list[str], slow: list[str], replay: Replay, cases: int) -> None:
    assert not failures, f"{len(failures)} non-AnnyError escapes:\n" + "\n".join(failures[:10])
    assert not slow, f"{len(slow)} cases over {BUDGET_SECONDS * 1000:.0f} ms:\n" + "\n".join(
        slow[:10]
    )
    assert replay.requests >= cases  # every case really went through the transport


def test_fuzzed_answers_sync() -> None:
    replay = Replay()
    client = anny.Anny(
        base_url=BASE,
        token=None,
        max_retries=1,
        # Pacing off: thousands of fuzzed answers from a mock transport in one test; this is
        # about parsing hostile bodies, not about budgets (tests/core/test_ratelimit.py).
        rate_limit=None,
        http_client=httpx.Client(transport=httpx.MockTransport(replay)),
        _sleep=lambda seconds: None,
    )
    client._set_retry_policy(RetryPolicy(max_retries=1, jitter=lambda: 0.0))
    failures: list[str] = []
    slow: list[str] = []
    kinds: dict[str, int] = {}
    for case in range(CASES):
        a = replay.current = answer(case, SEED)
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
        started = time.thread_time()
        exc = sync_case(client)
        spent = time.thread_time() - started
        _check(exc, case, a, failures)

        def rerun() -> float:
            t0 = time.thread_time()
            sync_case(client)
            return time.thread_time() - t0

        confirmed = _over_budget(spent, rerun)
        if confirmed is not None:
            slow.append(f"case {case} ({a.kind}): {confirmed * 1000:.1f} ms")
    _report(failures, slow, replay, CASES)
    assert set(kinds) == {"document", "any-json", "huge-number", "nested", "garbage"}


async def test_fuzzed_answers_async() -> None:
    replay = Replay()

    async def no_sleep(seconds: float) -> None:
        return None

    client = anny.AsyncAnny(
        base_url=BASE,
        token=None,
        max_retries=1,
        # Pacing off: thousands of fuzzed answers from a mock transport in one test; this is
        # about parsing hostile bodies, not about budgets (tests/core/test_ratelimit.py).
        rate_limit=None,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(replay)),
        _sleep=no_sleep,
    )
    client._set_retry_policy(RetryPolicy(max_retries=1, jitter=lambda: 0.0))
    failures: list[str] = []
    slow: list[str] = []
    # Other cases than the sync run: the same seed, numbered after them.
    for case in range(CASES, CASES + ASYNC_CASES):
        a = replay.current = answer(case, SEED)
        started = time.thread_time()
        exc = await async_case(client)
        spent = time.thread_time() - started
        _check(exc, case, a, failures)
        if spent > BUDGET_SECONDS:
            reruns = []
            for _ in range(2):
                t0 = time.thread_time()
                await async_case(client)
                reruns.append(time.thread_time() - t0)
            if min(spent, *reruns) > BUDGET_SECONDS:
                slow.append(f"case {case} ({a.kind}): {min(spent, *reruns) * 1000:.1f} ms")
    _report(failures, slow, replay, ASYNC_CASES)
    await client.http_client.aclose()


def test_the_default_run_covers_10000_answers() -> None:
    assert CASES + ASYNC_CASES == TOTAL
    assert "ANNY_FUZZ_CASES" in os.environ or TOTAL >= 10_000


def test_generator_is_deterministic() -> None:
    assert [answer(n, SEED) for n in (0, 1, 977)] == [answer(n, SEED) for n in (0, 1, 977)]
    assert answer(5, SEED) != answer(5, SEED + 1)
