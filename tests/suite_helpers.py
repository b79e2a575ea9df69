"""What every test folder shares (a uniquely named module: conftest.py files share one name).

`tests/` and `scripts/` are on ``sys.path`` through ``pythonpath`` in pyproject.toml's pytest
settings, so test files import this module, the folder helpers and the scripts by name.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from datetime import UTC, datetime
from unittest import mock

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


@contextmanager
def fresh_process(env: dict[str, str] | None = None, stdin: str | None = None) -> Iterator[None]:
    """This process as a fresh `anny` process would see it: no ANNY_* from the caller, `env`
    on top, `stdin` (or an empty, non-terminal stdin); a TZ in `env` becomes the local zone."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    try:
        with (
            mock.patch.dict(os.environ, {**clean, **(env or {})}, clear=True),
            mock.patch.object(sys, "stdin", io.StringIO(stdin or "")),
        ):
            time.tzset()  # TZ, as a new process reads it at start
            yield
    finally:
        time.tzset()  # the environment is restored: so is the local zone


def run_in_process(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`anny ARGS` through the console script's entry point (`anny.__main__.main`), in this
    process: a subprocess costs a second of interpreter start and imports per command. The
    result reads like `subprocess.run`'s (args, returncode, stdout, stderr)."""
    from anny.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with fresh_process(env, stdin), redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(["anny", *args], code, out.getvalue(), err.getvalue())
