"""The `anny` console script (installed by pyproject) dispatches to its subcommands."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from anny.__main__ import main

ANNY = Path(sys.executable).parent / "anny"


def test_version_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("anny 0.")
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_console_script_runs_the_sandbox_until_sigterm() -> None:
    assert ANNY.exists(), "pip install -e . should have created the console script"
    proc = subprocess.Popen(
        [str(ANNY), "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("anny sandbox running at http://127.0.0.1:"), line
        url = line.rsplit(" ", 1)[1].strip()
        response = httpx.get(f"{url}/api/v1/resources/conference-room-berlin", timeout=5)
        assert response.status_code == 200
        assert response.json()["data"]["attributes"]["slug"] == "conference-room-berlin"
        proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
