"""Every Python snippet of the README passes ``mypy --strict`` (issue 21.8).

What users copy must type-check as written: a snippet that only runs is not enough (the
README's own ``cart.add(..., slot.start, slot.end)`` once failed ``--strict`` because
``Slot.end`` was optional). One mypy run, in-process, over a temporary directory:

* the blocks of the ``<!-- snippets:begin -->`` … ``<!-- snippets:end -->`` sections continue
  each other (they run in order in ``tests/e2e/test_readme_snippets.py``), so they are checked
  as one module, after the lines that introduce ``client`` and ``me``;
* every other block is checked on its own, after the same lines (the README introduces
  ``client`` and ``me`` once, in "Using the client");
* a block that is intentionally partial (it uses names the prose only describes) is preceded by
  the line ``<!-- mypy: partial -->`` and skipped. Use it sparingly: this test counts them.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

#: Marks a block the check skips; kept rare on purpose.
PARTIAL = "<!-- mypy: partial -->"
MAX_PARTIAL = 2

_BLOCK = re.compile(r"(?P<marker><!-- mypy: partial -->\s*\n)?```python\n(?P<code>.*?)```", re.S)
_NAMED = re.compile(r"# (\w+)\.py\b")
_SECTION = re.compile(r"<!-- snippets:begin -->(.*?)<!-- snippets:end -->", re.S)

#: What the README's "Using the client" block introduces and the snippet sections use.
_SNIPPET_PRELUDE = "import anny\n\nclient = anny.Anny()\nme = anny.Anny(token='…')\n\n"


def readme_modules(text: str) -> tuple[dict[str, str], int]:
    """The modules to check (name -> source) and how many blocks were skipped as partial."""
    modules: dict[str, str] = {}
    sectioned = "".join(
        f"# --- snippet {n}\n{block.group('code')}\n"
        for n, block in enumerate(
            (b for section in _SECTION.findall(text) for b in _BLOCK.finditer(section)), 1
        )
        if not block.group("marker")
    )
    if sectioned:
        modules["readme_snippets"] = _SNIPPET_PRELUDE + sectioned
    outside = _SECTION.sub("", text)
    skipped = sum(1 for block in _BLOCK.finditer(text) if block.group("marker"))
    for n, block in enumerate(_BLOCK.finditer(outside), 1):
        if not block.group("marker"):
            code = block.group("code")
            # A block that names its file (``# my_app.py — …``) is that module, so that the
            # next block can import it (the "Testing your app" pair).
            named = _NAMED.match(code)
            modules[named.group(1) if named else f"readme_block_{n:02d}"] = _SNIPPET_PRELUDE + code
    return modules, skipped


def mypy_strict(modules: dict[str, str], where: Path) -> tuple[int, str]:
    """Run ``mypy --strict`` once over ``modules`` written to ``where``; (status, report)."""
    from mypy import api

    for name, code in modules.items():
        (where / f"{name}.py").write_text(code, encoding="utf-8")
    out, err, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "tests"),
            str(where),
        ]
    )
    return status, out + err


def test_every_readme_python_block_passes_mypy_strict(tmp_path: Path) -> None:
    modules, skipped = readme_modules(README.read_text(encoding="utf-8"))
    assert skipped <= MAX_PARTIAL, f"{skipped} blocks marked {PARTIAL}: type them instead"
    assert "readme_snippets" in modules
    assert len(modules) >= 5
    status, report = mypy_strict(modules, tmp_path)
    assert status == 0, report


def test_the_check_finds_a_type_error_and_honours_the_marker(tmp_path: Path) -> None:
    """The extractor and the run are not vacuous: a type error outside a section fails, the
    marker skips a block, and a section's blocks see each other's names (``slot``)."""
    text = (
        "<!-- snippets:begin -->\n```python\nslot = client.availability.next_free('r', 's')\n```\n"
        "```python\nassert slot is not None\nprint(slot.end.hour)\n```\n<!-- snippets:end -->\n"
        "```python\nimport datetime as dt\n\nend: dt.datetime = None\n```\n"
        "<!-- mypy: partial -->\n```python\nprint(undefined_name)\n```\n"
    )
    modules, skipped = readme_modules(text)
    assert skipped == 1
    assert sorted(modules) == ["readme_block_01", "readme_snippets"]
    status, report = mypy_strict(modules, tmp_path)
    assert status == 1
    [error] = report.splitlines()
    assert "readme_block_01.py:" in error
    assert 'Incompatible types in assignment (expression has type "None"' in error
    assert "readme_snippets" not in report
