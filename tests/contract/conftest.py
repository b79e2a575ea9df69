"""One Stoplight Prism mock server of openapi/customer-api.yaml per test session.

Prism is a Node tool pinned in package.json/package-lock.json; `make install` (or `make test`)
runs `npm ci`. A missing Prism is a failure, not a skip: these tests are part of the suite.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from contract_helpers import PRISM_BIN, ROOT, SPEC_PATH

STARTUP_TIMEOUT = 30.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not PRISM_BIN.exists():
        pytest.fail(
            f"{PRISM_BIN.relative_to(ROOT)} is missing: run `make install` "
            "(or `npm ci --no-audit --no-fund` in the repository root) to install Prism.",
            pytrace=False,
        )
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                str(PRISM_BIN),
                "mock",
                str(SPEC_PATH.relative_to(ROOT)),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--errors",
            ],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"Prism exited with {process.returncode} before listening:\n{_tail(log_path)}",
                    pytrace=False,
                )
            try:
                # Any HTTP answer means Prism is up (an unknown path gets a 404 problem).
                httpx.get(f"{url}/__prism_ready", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"Prism did not answer on {url} within {STARTUP_TIMEOUT:.0f} s:\n"
                        f"{_tail(log_path)}",
                        pytrace=False,
                    )
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
