"""Fixtures: the session's sandbox server (tests/conftest.py), reset before every test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from sandbox_helpers import JSONAPI, SpecValidator

from anny_sandbox import Sandbox

# `sandbox` (one server per session) comes from tests/conftest.py.


@pytest.fixture(scope="session")
def spec_validator() -> SpecValidator:
    return SpecValidator()


@pytest.fixture(autouse=True)
def _reset(sandbox: Sandbox) -> None:
    response = httpx.post(f"{sandbox.url}/__sandbox/reset")
    assert response.status_code == 200


@pytest.fixture
def client(sandbox: Sandbox, spec_validator: SpecValidator) -> Iterator[httpx.Client]:
    """An anonymous client whose every response is validated against the spec."""
    with httpx.Client(
        base_url=sandbox.url,
        headers={"Accept": JSONAPI, "Content-Type": JSONAPI},
        event_hooks={"response": [spec_validator.hook]},
        timeout=10,
    ) as c:
        yield c


@pytest.fixture
def erika(sandbox: Sandbox, spec_validator: SpecValidator) -> Iterator[httpx.Client]:
    """A client signed in as the seeded customer Erika Mustermann (community member)."""
    # 30 days, so tests that move the clock by a day or two keep a valid token.
    token = sandbox.issue_token("erika.mustermann@example.com", lifetime=timedelta(days=30))[
        "access_token"
    ]
    with httpx.Client(
        base_url=sandbox.url,
        headers={
            "Accept": JSONAPI,
            "Content-Type": JSONAPI,
            "Authorization": f"Bearer {token}",
        },
        event_hooks={"response": [spec_validator.hook]},
        timeout=10,
    ) as c:
        yield c
