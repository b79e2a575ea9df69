"""Fixtures: the session's sandbox reset before every test and an `E2E` driver per
test, parametrized over the sync (`Anny`) and the async (`AsyncAnny`) client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from e2e_helpers import E2E, ResponseValidator

from anny_sandbox import Sandbox

# `sandbox` (one server per session) and the clean environment come from tests/conftest.py.


@pytest.fixture(autouse=True)
def _reset(anny_sandbox: Sandbox) -> None:
    """The plugin's per-test reset: seed state, no faults, empty ledger, clock back at START."""


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
