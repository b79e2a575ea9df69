"""`anny.sandbox`, the sandbox's old home, is a deprecation alias of `anny_sandbox` for one
release: the old imports and `python -m anny.sandbox` keep working, and say where to go."""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import anny
import anny_sandbox
import anny_sandbox.limits

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget an earlier import of the alias, so this test's import runs it (and warns)."""
    for name in [n for n in sys.modules if n == "anny.sandbox" or n.startswith("anny.sandbox.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delattr(anny, "sandbox", raising=False)


@pytest.mark.usefixtures("fresh_alias")
def test_the_old_import_warns_at_the_importing_line_and_gives_the_same_objects() -> None:
    namespace: dict[str, object] = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = "\n\nfrom anny.sandbox import Clock, FaultSet, Sandbox, SeedError\n"
        exec(compile(code, "users_app.py", "exec"), namespace)
    assert [(w.category, w.filename, w.lineno) for w in caught] == [
        (DeprecationWarning, "users_app.py", 3)
    ]
    message = str(caught[0].message)
    assert "anny.sandbox is deprecated" in message
    assert "import anny_sandbox" in message
    assert "pip install 'anny-client[sandbox]'" in message
    assert namespace["Sandbox"] is anny_sandbox.Sandbox
    assert namespace["Clock"] is anny_sandbox.Clock
    assert namespace["FaultSet"] is anny_sandbox.FaultSet
    assert namespace["SeedError"] is anny_sandbox.SeedError


@pytest.mark.usefixtures("fresh_alias")
def test_an_old_submodule_import_is_the_new_module_itself() -> None:
    namespace: dict[str, object] = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec("import anny.sandbox.limits as old\nfrom anny.sandbox.clock import Clock", namespace)
    assert [w.category for w in caught] == [DeprecationWarning]  # once, for the package
    # One module object, not a second copy: its classes and state are the sandbox's own.
    assert namespace["old"] is anny_sandbox.limits
    assert anny_sandbox.limits.__name__ == "anny_sandbox.limits"
    assert anny_sandbox.limits.__spec__ is not None
    assert anny_sandbox.limits.__spec__.name == "anny_sandbox.limits"
    assert namespace["Clock"] is anny_sandbox.Clock


def test_nothing_of_ours_uses_the_alias() -> None:
    # Our own code, scripts and tests import anny_sandbox: the warning is for users only.
    old = re.compile(r"^\s*(from anny\.sandbox\b|import anny\.sandbox\b)", re.M)
    ours = [
        path
        for folder in ("anny", "scripts", "tests", "sandbox")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path not in (ROOT / "anny" / "sandbox.py", Path(__file__))
    ]
    assert len(ours) > 100
    assert [str(p.relative_to(ROOT)) for p in ours if old.search(p.read_text("utf-8"))] == []


def test_the_old_command_line_still_runs_the_sandbox() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "anny.sandbox", "--port", "99999"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(
        "note: `python -m anny.sandbox` is deprecated: run `anny-sandbox`\nusage: anny-sandbox "
    )
    assert "anny-sandbox: error: argument --port: not a port number (0-65535)" in done.stderr
