"""What every test folder shares (a uniquely named module: conftest.py files share one name).

`tests/` and `scripts/` are on ``sys.path`` through ``pythonpath`` in pyproject.toml's pytest
settings, so test files import this module, the folder helpers and the scripts by name.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

# Monday 2026-11-23, 08:00 in Berlin: the frozen start of the shared sandbox's clock. Time moves
# only when a test advances or sets it, and every reset brings it back here.
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

# Tests must not depend on the developer's environment (ANNY_BASE_URL would even point a test
# at a real server): the root conftest removes these before every test.
ANNY_ENV = ("ANNY_TOKEN", "ANNY_BASE_URL", "ANNY_ENVIRONMENT", "ANNY_LOG")


class VirtualMonotonic:
    """The monotonic clock shared by the session's sandbox (its rate windows) and every E2E
    client (its pacing): real time plus every second a client "slept".

    Clients record their sleeps instead of sleeping (backoff and pacing alike); skipping that
    time on the clock both sides read keeps the budgets honest without real waiting.
    """

    def __init__(self) -> None:
        self._real = time.monotonic
        self._lock = threading.Lock()
        self.skipped = 0.0

    def __call__(self) -> float:
        return self._real() + self.skipped

    def skip(self, seconds: float) -> None:
        with self._lock:
            self.skipped += max(0.0, seconds)
