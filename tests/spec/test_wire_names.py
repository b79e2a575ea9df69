"""The spec is the only place wire names are written.

Helpers in ``anny/_areas`` pass values under the Python names openapi-python-client gives an
operation's parameters and body properties; ``anny/_spec_table.py`` (generated from the spec)
spells them for the wire. These tests keep it so: no area module spells a bracketed wire name or
builds query pairs by hand, and every name a helper passes to ``op_plan`` exists in the spec.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from anny._operations import operation

from operations_table import helper_problems, python_name

AREAS = Path(__file__).resolve().parents[2] / "anny" / "_areas"
# `filter[start_date]`, `page[size]`, `r[]`, `service_id[7003]`: a JSON:API or PHP-style name.
BRACKETED = re.compile(r"[A-Za-z_]\w*\[")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def hand_spelled(areas: Path) -> list[str]:
    """String literals (f-strings too, not docstrings or messages) in ``areas`` that spell a
    bracketed wire name, and ``op_plan`` calls that pass prebuilt query pairs (``params=``)."""
    problems = []
    for module in sorted(areas.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        messages = {
            id(sub)
            for node in ast.walk(tree)
            if isinstance(node, ast.Raise) and node.exc is not None
            for sub in ast.walk(node.exc)
        }
        for node in ast.walk(tree):
            if id(node) in skip or id(node) in messages:
                continue
            # (An f-string's literal parts are Constants too.)
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if BRACKETED.match(node.value):
                    problems.append(f"{module.name}:{node.lineno}: {node.value!r}")
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "op_plan"
                and any(k.arg == "params" for k in node.keywords)
            ):
                problems.append(f"{module.name}:{node.lineno}: op_plan(params=…) spells pairs")
    return problems


def test_no_area_module_spells_a_wire_name() -> None:
    assert hand_spelled(AREAS) == []


def test_the_scan_finds_a_hand_spelled_name(tmp_path: Path) -> None:
    # The scan itself must see what it forbids, or the test above could never fail.
    (tmp_path / "x.py").write_text(
        'def f(ids, sid):\n    """filter[resources] in a docstring is fine."""\n'
        '    a = [("filter[resources]", ",".join(ids))]\n'
        '    b = [(f"service_id[{sid}]", "1")]\n'
        '    return op_plan("listBookings", params=a + b)\n',
        encoding="utf-8",
    )
    found = hand_spelled(tmp_path)
    assert len(found) == 3, found


def test_every_name_a_helper_passes_is_in_the_spec() -> None:
    assert helper_problems() == []


def test_an_unknown_name_names_the_helper(spec: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text(
        "def listing(ctx):\n"
        '    query = {"upcoming_only": True}\n'
        '    return op_plan("listBookings", query=query)\n',
        encoding="utf-8",
    )
    assert helper_problems(spec, tmp_path) == [
        "x.py:3 listing(): listBookings has no query name 'upcoming_only'"
    ]


def test_python_names_are_the_generators() -> None:
    assert python_name("filter[upcoming_only]") == "filterupcoming_only"
    assert python_name("r[]") == "r"
    assert python_name("hash") == "hash_"
    assert python_name("type") == "type_"


def test_op_plan_refuses_a_name_the_operation_does_not_have() -> None:
    from anny._areas._common import op_plan

    with pytest.raises(TypeError, match="listBookings has no query parameter 'upcoming_only'"):
        op_plan("listBookings", query={"upcoming_only": True})
    with pytest.raises(TypeError, match="has no property 'resource'"):
        op_plan("createInstantBooking", body={"resource": "1"})
    with pytest.raises(TypeError, match="has no path parameter"):
        op_plan("getBooking", path={"id": "1"})


def test_op_plan_encodes_by_the_spec_style() -> None:
    from anny._areas._common import op_plan

    plan = op_plan(
        "listBookings",
        query={"filterresources": ["1", "2"], "include": ["a", "b"], "filterupcoming_only": False},
    )
    assert plan.params == (
        ("filter[resources]", "1,2"),
        ("include", "a,b"),
        ("filter[upcoming_only]", "0"),
    )
    periods = op_plan("getAvailabilityPeriods", query={"r": ["7", "8"]})
    assert periods.params == (("r[]", "7"), ("r[]", "8"))
    config = op_plan("getServiceConfiguration", query={"service_id": {"7003": 2}})
    assert config.params == (("service_id[7003]", "2"),)
    assert operation("getBooking").by_python["booking_id"].location == "path"
