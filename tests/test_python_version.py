"""One Python floor everywhere: pyproject, ruff, mypy and the README agree, and the code needs
exactly that floor (the generated package imports ``typing.Self``, new in 3.11)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# The Python version that added each `typing` name (only names newer than 3.8 matter here).
TYPING_SINCE: dict[str, tuple[int, int]] = {
    "TypeAlias": (3, 10),
    "ParamSpec": (3, 10),
    "Concatenate": (3, 10),
    "TypeGuard": (3, 10),
    "is_typeddict": (3, 10),
    "Self": (3, 11),
    "LiteralString": (3, 11),
    "Never": (3, 11),
    "assert_never": (3, 11),
    "assert_type": (3, 11),
    "reveal_type": (3, 11),
    "Required": (3, 11),
    "NotRequired": (3, 11),
    "TypeVarTuple": (3, 11),
    "Unpack": (3, 11),
    "dataclass_transform": (3, 11),
    "override": (3, 12),
    "TypeAliasType": (3, 12),
    "get_protocol_members": (3, 13),
    "is_protocol": (3, 13),
    "NoDefault": (3, 13),
    "ReadOnly": (3, 13),
    "TypeIs": (3, 13),
}


def floor() -> tuple[int, int]:
    """The floor declared by ``requires-python`` (which must be a plain ``>=X.Y``)."""
    declared = PYPROJECT["project"]["requires-python"]
    match = re.fullmatch(r">=\s*3\.(\d+)", declared)
    assert match, f"requires-python should be '>=3.N', not {declared!r}"
    return 3, int(match.group(1))


def typing_needs(package: Path) -> dict[tuple[int, int], set[str]]:
    """The `typing` names a package uses, by the Python version that introduced them."""
    needs: dict[tuple[int, int], set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module == "typing":
                names = [alias.name for alias in node.names]
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "typing"
            ):
                names = [node.attr]
            for name in names:
                if name in TYPING_SINCE:
                    where = f"{path.relative_to(ROOT)}: typing.{name}"
                    needs.setdefault(TYPING_SINCE[name], set()).add(where)
    return needs


def test_requires_python_ruff_and_mypy_agree() -> None:
    major, minor = floor()
    assert (major, minor) == (3, 11)
    assert PYPROJECT["tool"]["ruff"]["target-version"] == f"py{major}{minor}"
    assert PYPROJECT["tool"]["mypy"]["python_version"] == f"{major}.{minor}"
    versions = [
        c.rsplit("::", 1)[1].strip()
        for c in PYPROJECT["project"].get("classifiers", [])
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    assert all(tuple(map(int, v.split("."))) >= (major, minor) for v in versions), versions


@pytest.mark.parametrize("doc", ["README.md", "CONTRIBUTING.md"])
def test_the_docs_state_the_same_floor(doc: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    stated = re.findall(r"Python\s*(?:≥|>=)\s*(3\.\d+)", text)
    assert stated, f"{doc} should say which Python it needs ('Python ≥ 3.N')"
    major, minor = floor()
    assert set(stated) == {f"{major}.{minor}"}


def test_the_generated_package_needs_exactly_the_floor() -> None:
    needs = typing_needs(ROOT / "generated" / "anny_api")
    # It imports typing.Self, so a lower floor would not import at all ...
    assert any("typing.Self" in where for where in needs.get((3, 11), set()))
    # ... and nothing in it, or in anny, needs a newer Python than the floor.
    needs_anny = typing_needs(ROOT / "anny")
    newest = max([*needs, *needs_anny])
    assert newest == floor(), {v: sorted(w) for v, w in {**needs, **needs_anny}.items()}


def test_the_running_interpreter_meets_the_floor() -> None:
    assert sys.version_info[:2] >= floor()


def test_the_typing_table_is_right_for_this_interpreter() -> None:
    """Every name the table dates at or below the running Python exists in its `typing`, so the
    table cannot silently misdate ``Self``."""
    import typing

    for name, since in TYPING_SINCE.items():
        if since <= sys.version_info[:2]:
            assert hasattr(typing, name), name
