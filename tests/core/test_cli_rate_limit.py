"""The command line shows a call held back by the rate limit as a progress line."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

import anny
from anny import _cli


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_rate_limit_wait_is_a_progress_line(monkeypatch: pytest.MonkeyPatch) -> None:
    budget = anny.types.LocalBudget(anny.RateLimit(reads=1, per=10))
    now = [0.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    real = anny.Anny

    def paced(**kwargs: Any) -> anny.Anny:
        # The CLI's own on_wait is kept; time and the budget are the test's.
        return real(
            **kwargs,
            rate_limit=budget,
            http_client=httpx.Client(
                transport=httpx.MockTransport(lambda request: httpx.Response(404, json={}))
            ),
            _sleep=sleep,
            _monotonic=lambda: now[0],
        )

    monkeypatch.setattr(_cli.anny, "Anny", paced)
    err = Terminal()
    argv = ["booking", "BB81592797", "--base-url", "https://api.test", "--token", "t"]
    _cli.main(argv, out=io.StringIO(), err=err)
    assert sleeps == []
    _cli.main(argv, out=io.StringIO(), err=err)
    assert sleeps == [pytest.approx(10.25)]
    assert "waiting 10s for anny's rate limit (reads)" in err.getvalue()
