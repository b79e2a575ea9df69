"""The `offload` marker (tests/offload_plugin.py): marked tests run in a second pytest process,
and the session reports them as its own, failures and all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# It starts pytest processes of its own: long enough to run on the other core itself.
pytestmark = pytest.mark.offload

TESTS = Path(__file__).parent

PROJECT = {
    "pytest.ini": (
        "[pytest]\naddopts = --disable-plugin-autoload -p no:cacheprovider -ra\n"
        "markers =\n    local: not offloaded\n"
    ),
    "conftest.py": 'pytest_plugins = ["offload_plugin"]\n',
    "test_mixed.py": """
import os
import pytest

def record(name):
    with open("pids.txt", "a") as out:
        out.write(f"{name} {os.getpid()}\\n")

def test_here():
    record("here")

@pytest.mark.offload
def test_off_fails():
    record("off_fails")
    assert 1 + 1 == 3, "the child's own message"

@pytest.mark.offload
@pytest.mark.xfail(reason="known in the child")
def test_off_xfails():
    assert False

@pytest.mark.offload
@pytest.mark.parametrize("text", ["a b", "c[d]", "2026-11-25T22:45:30.000500+00:00"])
def test_off_passes(text):
    record("off_passes")

def test_here_too():
    record("here_too")
""",
}


def run(tmp_path: Path, *args: str, child_breaks: bool = False) -> tuple[int, str, list[str]]:
    for name, text in PROJECT.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    if child_breaks:
        # Imports in the parent, fails to import in the child: the child reports nothing.
        (tmp_path / "test_broken.py").write_text(
            "import sys, pytest\npytestmark = pytest.mark.offload\n"
            "if any('--offload-report' in a for a in sys.argv):\n"
            "    raise ImportError('only in the child')\n"
            "def test_broken():\n    pass\n",
            encoding="utf-8",
        )
    env = {k: v for k, v in os.environ.items() if k != "ANNY_NO_OFFLOAD"}
    env["PYTHONPATH"] = str(TESTS)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    pids = (
        (tmp_path / "pids.txt").read_text().split("\n") if (tmp_path / "pids.txt").exists() else []
    )
    return done.returncode, done.stdout + done.stderr, [line for line in pids if line]


def test_marked_tests_run_in_another_process_and_report_here(tmp_path: Path) -> None:
    code, output, pids = run(tmp_path, "-v")
    assert code == 1, output
    by_name: dict[str, set[str]] = {}
    for line in pids:
        name, pid = line.split()
        by_name.setdefault(name, set()).add(pid)
    assert by_name["here"] == by_name["here_too"]
    assert by_name["off_fails"] == by_name["off_passes"]
    assert by_name["here"] != by_name["off_fails"]
    # The parent runs its own tests first, then reports the child's in collection order.
    order = [line.split("::")[1].split(" ")[0] for line in output.splitlines() if "::" in line]
    assert order[:2] == ["test_here", "test_here_too"], output
    assert "AssertionError: the child's own message" in output
    assert "XFAIL test_mixed.py::test_off_xfails - known in the child" in output
    assert "1 failed, 5 passed, 1 xfailed" in output


def test_a_test_the_child_did_not_report_fails_with_the_childs_output(tmp_path: Path) -> None:
    code, output, _ = run(tmp_path, child_breaks=True)
    assert code == 1, output
    assert "the offloaded run (exit code" in output
    assert "ImportError: only in the child" in output
    assert "FAILED test_broken.py::test_broken" in output


@pytest.mark.parametrize("how", ["--no-offload", "only-marked"])
def test_nothing_is_offloaded_without_a_second_kind_of_test_or_when_asked(
    tmp_path: Path, how: str
) -> None:
    args = ["--no-offload"] if how == "--no-offload" else ["-m", "offload"]
    code, output, pids = run(tmp_path, *args)
    assert code == 1, output
    assert len({line.split()[1] for line in pids}) == 1, pids
    assert "AssertionError: the child's own message" in output
