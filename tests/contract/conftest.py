"""One Stoplight Prism mock server of openapi/customer-api.yaml per test session.

Prism is a Node tool pinned in package.json/package-lock.json; `make install` (or `make test`)
runs `npm ci`. A missing Prism is a failure, not a skip: these tests are part of the suite.

Prism needs a few seconds to start. When the session's tests include these, it is started as
soon as collection ends and these tests run last, so it boots on the other core while the others
run; the `prism_url` fixture then only waits for it to answer.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from contract_helpers import PRISM_BIN, ROOT, SPEC, SPEC_PATH, flattened_first

from anny_sandbox import Sandbox

STARTUP_TIMEOUT = 30.0
HERE = Path(__file__).resolve().parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


class Prism:
    """A `prism mock` process on a free port of 127.0.0.1, its output going to a log file; with
    ``upstream``, a `prism proxy` instead: it forwards every request there and reports what
    breaks ``spec``, in the request or in the upstream's answer, in ``sl-violations``."""

    def __init__(self, upstream: str | None = None, *, spec: Path = SPEC_PATH) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_dir = Path(tempfile.mkdtemp(prefix="anny-prism-"))
        self.log_path = self.log_dir / "prism.log"
        self.started = time.monotonic()
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    str(PRISM_BIN),
                    *(["proxy"] if upstream else ["mock"]),
                    str(spec.relative_to(ROOT)) if spec.is_relative_to(ROOT) else str(spec),
                    *([upstream] if upstream else []),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    # A proxy passes the upstream's answer through and only reports (a mock
                    # refuses a bad request with a 422 of its own).
                    *([] if upstream else ["--errors"]),
                ],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait_until_ready(self) -> None:
        deadline = self.started + STARTUP_TIMEOUT
        while True:
            if self.process.poll() is not None:
                pytest.fail(
                    f"Prism exited with {self.process.returncode} before listening:\n"
                    f"{_tail(self.log_path)}",
                    pytrace=False,
                )
            try:
                # Any HTTP answer means Prism is up (an unknown path gets a 404 problem).
                httpx.get(f"{self.url}/__prism_ready", timeout=1.0)
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"Prism did not answer on {self.url} within {STARTUP_TIMEOUT:.0f} s:\n"
                        f"{_tail(self.log_path)}",
                        pytrace=False,
                    )
                time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        shutil.rmtree(self.log_dir, ignore_errors=True)


_early: list[Prism] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the contract tests last (in their own order), so Prism boots during the others."""
    items.sort(key=lambda item: HERE in item.path.parents)  # a stable sort


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start Prism early when a collected test lives here (not for `pytest tests/core`)."""
    if PRISM_BIN.exists() and any(HERE in item.path.parents for item in session.items):
        _early.append(Prism())


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Stop an early Prism that no test asked for (all deselected by -x, say)."""
    while _early:
        _early.pop().stop()


def _require_prism() -> None:
    if not PRISM_BIN.exists():
        pytest.fail(
            f"{PRISM_BIN.relative_to(ROOT)} is missing: run `make install` "
            "(or `npm ci --no-audit --no-fund` in the repository root) to install Prism.",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def prism_proxies(
    sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """Two `prism proxy` processes in front of the module's sandbox, started together: one of
    the spec (JSON:API answers), one of the spec with the flattened form first (answers to
    ``Accept: application/json``; see ``contract_helpers.flattened_first``)."""
    _require_prism()
    flat_spec = tmp_path_factory.mktemp("prism") / "customer-api.flattened-first.json"
    flat_spec.write_text(json.dumps(flattened_first(SPEC)), encoding="utf-8")
    proxies = [Prism(upstream=sandbox.url), Prism(spec=flat_spec, upstream=sandbox.url)]
    try:
        for proxy in proxies:
            proxy.wait_until_ready()
        yield proxies[0].url, proxies[1].url
    finally:
        for proxy in proxies:
            proxy.stop()


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    _require_prism()
    prism = _early.pop() if _early else Prism()
    try:
        prism.wait_until_ready()
        yield prism.url
    finally:
        prism.stop()
