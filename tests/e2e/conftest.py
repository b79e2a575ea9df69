"""Fixtures: one real sandbox per session (reset before every test) and an `E2E` driver per
test, parametrized over the sync (`Anny`) and the async (`AsyncAnny`) client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from e2e_helpers import E2E, START, ResponseValidator, VirtualMonotonic

from anny.sandbox import Clock, Sandbox


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    # anny's documented limits are on (the default); their windows run on a clock the clients'
    # recorded sleeps move, so a paced client is never held up for real.
    with Sandbox(clock=Clock(start=START, frozen=True), monotonic=VirtualMonotonic()) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _reset(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox.reset()  # seed state, no faults, empty ledger, clock back at START
    # Tests must not depend on the developer's environment.
    for name in ("ANNY_TOKEN", "ANNY_BASE_URL", "ANNY_ENVIRONMENT", "ANNY_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def response_validator() -> ResponseValidator:
    return ResponseValidator()


@pytest.fixture
async def e2e(
    sandbox: Sandbox, flavour: str, response_validator: ResponseValidator
) -> AsyncIterator[E2E]:
    response_validator.violations.clear()
    driver = E2E(sandbox, flavour, response_validator)
    yield driver
    await driver.aclose()
    assert response_validator.violations == [], "sandbox answers that break the spec"
