"""Fixtures: one harness runs every client test against both `Anny` and `AsyncAnny`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from annycore_helpers import Handler, Harness


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make(kind: str) -> Callable[..., Harness]:
    """`make(handler, **client_kwargs)` → a Harness of the parametrized flavour."""

    def factory(handler: Handler, **kwargs: Any) -> Harness:
        return Harness(kind, handler, **kwargs)

    return factory
