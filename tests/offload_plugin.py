"""Tests marked ``offload`` run in a second pytest process, on the machine's other core.

Why: the suite's pytest process is one core's worth of Python; most of the other core sits idle.
A few modules are long and self-contained (schemathesis, the fuzz corpus, regeneration, the
Prism proxies, ...). When a session collects both kinds, this plugin starts one child
``python -m pytest`` with exactly the selected offloaded node ids as soon as collection ends,
runs the rest here, and puts the offloaded items last. When the session reaches them it waits
for the child and reports the child's own test reports (pass, fail with its traceback, skip,
xfail, durations) as if they had run here, so ``-ra``, ``--durations``, ``--junitxml`` and the
exit code see every test. A test the child did not report (it crashed, or failed to collect)
fails here with the tail of the child's output.

Nothing is offloaded when a session has only one kind of test, on a one-core machine, in the
child itself, or with ``--no-offload`` / ``ANNY_NO_OFFLOAD=1`` (e.g. to debug with ``--pdb``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _pytest.reports import TestReport

_KEY = pytest.StashKey["_Child"]()


class _Child:
    """The child pytest process and where it writes its reports."""

    def __init__(self, config: pytest.Config, nodeids: list[str]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="anny-offload-"))
        self.reports_path = self.folder / "reports.jsonl"
        self.output_path = self.folder / "output.txt"
        self.nodeids = nodeids
        self.config = config
        self._reports: dict[str, list[TestReport]] | None = None
        self.started = time.monotonic()
        self.ended = self.waited = 0.0
        args_file = self.folder / "nodeids.txt"
        args_file.write_text("\n".join(nodeids) + "\n", encoding="utf-8")
        with self.output_path.open("wb") as output:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    f"--offload-report={self.reports_path}",
                    f"@{args_file}",
                ],
                cwd=config.rootpath,
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        # Notes when the child ends, for the summary line (is the split balanced?).
        self._watch = threading.Thread(target=self._note_end, daemon=True)
        self._watch.start()

    def _note_end(self) -> None:
        self.process.wait()
        self.ended = time.monotonic()

    def reports(self) -> dict[str, list[TestReport]]:
        """The child's reports by node id (waits for the child to end, once)."""
        if self._reports is None:
            asked = time.monotonic()
            self._watch.join()
            self.waited = max(0.0, self.ended - asked)
            self._reports = {}
            if self.reports_path.exists():
                with self.reports_path.open(encoding="utf-8") as lines:
                    for line in lines:
                        report = self.config.hook.pytest_report_from_serializable(
                            config=self.config, data=json.loads(line)
                        )
                        self._reports.setdefault(report.nodeid, []).append(report)
        return self._reports

    def output_tail(self, lines: int = 60) -> str:
        text = self.output_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("offload")
    group.addoption(
        "--no-offload",
        action="store_true",
        help="run the tests marked `offload` in this process too (tests/offload_plugin.py)",
    )
    group.addoption("--offload-report", help="(internal) where a child writes its reports")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "offload: long and self-contained: runs in a second pytest process on the other core "
        "when the session also has other tests (tests/offload_plugin.py)",
    )


def _offloading(config: pytest.Config) -> bool:
    return not (
        config.getoption("offload_report")
        or config.getoption("no_offload")
        or os.environ.get("ANNY_NO_OFFLOAD") == "1"
        or config.getoption("usepdb", False)
        or len(os.sched_getaffinity(0)) < 2
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _offloading(config):
        return
    offloaded = [item for item in items if item.get_closest_marker("offload")]
    if not offloaded or len(offloaded) == len(items):
        return
    kept = [item for item in items if not item.get_closest_marker("offload")]
    items[:] = kept + offloaded
    config.stash[_KEY] = _Child(config, [item.nodeid for item in offloaded])


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    child = item.config.stash.get(_KEY, None)
    if child is None or not item.get_closest_marker("offload"):
        return None
    item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    for report in _reports_for(child, item):
        item.ihook.pytest_runtest_logreport(report=report)
    item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


def _reports_for(child: _Child, item: pytest.Item) -> Iterator[TestReport]:
    reports = child.reports().get(item.nodeid)
    if reports:
        yield from reports
        return
    yield TestReport(
        nodeid=item.nodeid,
        location=item.location,
        keywords={},
        outcome="failed",
        longrepr=(
            f"the offloaded run (exit code {child.process.returncode}) gave no result for this "
            f"test; the end of its output:\n{child.output_tail()}"
        ),
        when="call",
    )


#: Set in the child only: the config whose reports go to the parent.
_CHILD_CONFIG: dict[str, pytest.Config] = {}


def pytest_runtest_logreport(report: TestReport) -> None:
    config = _CHILD_CONFIG.get("config")
    if config is None:
        return
    data: dict[str, Any] = config.hook.pytest_report_to_serializable(config=config, report=report)
    with open(config.getoption("offload_report"), "a", encoding="utf-8") as out:
        out.write(json.dumps(data) + "\n")


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    if session.config.getoption("offload_report"):
        _CHILD_CONFIG["config"] = session.config


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    child = config.stash.get(_KEY, None)
    if child is not None and child._reports is not None:
        # Says whether the split pays: a long wait means too much is offloaded.
        terminalreporter.write_line(
            f"offload: {len(child.nodeids)} tests ran in a second process in "
            f"{child.ended - child.started:.1f} s; this session waited {child.waited:.1f} s for it"
        )


def pytest_sessionfinish(session: pytest.Session) -> None:
    child = session.config.stash.get(_KEY, None)
    if child is not None:
        child.stop()
    _CHILD_CONFIG.pop("config", None)
