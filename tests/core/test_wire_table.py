"""For every operation and every parameter, the request anny builds equals the generated one.

One property test over the spec's table (``anny/_spec_table.py``): Hypothesis draws a value for
each path and query parameter (some optional ones left out) and a request body from the spec's
schemas, by the Python names openapi-python-client uses. ``op_plan`` builds anny's request from
them; the generated ``anny_api.api.<tag>.<operation>._get_kwargs`` builds the generator's from
the same values. Method, path, query pairs and JSON body must be identical, and every body name
must be an attribute of the generated model. (The generator's two blind spots, the
``service_id[<id>]=<qty>`` map and ``explode: false`` lists, are fixed by
``scripts/regenerate.py``, so the generated side is the reference here.)
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anny._areas._common import op_plan
from anny._operations import Field, Operation, Param
from anny._spec_table import OPERATIONS

from spec_tools import load_spec, resolve, snake

SPEC = load_spec()
BASE = "https://api.test"

# Path segments anny accepts (ids and slugs); query text without control characters.
SEGMENT = st.from_regex(r"[a-z0-9][a-z0-9-]{0,11}", fullmatch=True)
TEXT = st.text(
    st.characters(min_codepoint=33, max_codepoint=0x2FF, exclude_characters=","),
    min_size=1,
    max_size=12,
)
ZONES = st.sampled_from(
    [
        dt.UTC,
        dt.timezone(dt.timedelta(hours=2)),
        dt.timezone(dt.timedelta(hours=-5, minutes=-30)),
    ]
)
DATETIMES = st.builds(
    lambda d, tz: d.replace(microsecond=0, tzinfo=tz),
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    ZONES,
)
IDS = st.from_regex(r"[1-9][0-9]{0,6}", fullmatch=True)


def _schema(node: Any) -> dict[str, Any]:
    node = resolve(SPEC, node or {})
    for key in ("anyOf", "oneOf"):
        if key in node:  # the first declared shape (a value of it is a value of the union)
            options = [resolve(SPEC, o) for o in node[key]]
            return next((o for o in options if o.get("type") != "null"), options[0])
    return node


def _kind(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return kind


def leaf(schema: dict[str, Any], *, as_text: bool = False) -> st.SearchStrategy[Any]:
    """A value of a (resolved) schema; ``as_text`` draws JSON (datetimes as strings)."""
    schema = _schema(schema)
    if "enum" in schema:
        return st.sampled_from([v for v in schema["enum"] if v is not None])
    kind = _kind(schema)
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATETIMES.map(dt.datetime.isoformat) if as_text else DATETIMES
        if schema.get("format") == "date":
            dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1))
            return dates.map(dt.date.isoformat) if as_text else dates
        return TEXT
    if kind == "integer":
        return st.integers(min_value=max(0, schema.get("minimum", 0)), max_value=10**6)
    if kind == "number":
        return st.integers(min_value=0, max_value=10**6)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.lists(leaf(schema.get("items", {}), as_text=as_text), min_size=1, max_size=3)
    if kind == "object" or "additionalProperties" in schema:
        values = schema.get("additionalProperties")
        if isinstance(values, dict):
            return st.dictionaries(IDS, leaf(values, as_text=as_text), min_size=1, max_size=2)
        return st.just({})
    return TEXT


def body_values(field: Field, schema: Any) -> st.SearchStrategy[dict[str, Any]]:
    """A body by Python names: every required property, any of the optional ones."""
    schema = _schema(schema)
    props = schema.get("properties", {})
    required = set(schema.get("required", []))
    needed: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for child in field.children or ():
        assert child.python is not None
        assert child.wire is not None
        sub = props[child.wire]
        strategy = body_values(child, sub) if child.children else leaf(sub, as_text=True)
        (needed if child.wire in required else optional)[child.python] = strategy
    return st.fixed_dictionaries(needed, optional=optional)


def _spec_param(op: Operation, param: Param) -> dict[str, Any]:
    path, method = op.path, op.method.lower()
    item = SPEC["paths"][path]
    for raw in [*item[method].get("parameters", []), *item.get("parameters", [])]:
        found = resolve(SPEC, raw)
        if (found["in"], found["name"]) == (param.location, param.wire):
            return found
    raise AssertionError(f"{op.operation_id}: {param.wire} not in the spec")


def param_values(op: Operation) -> st.SearchStrategy[dict[str, Any]]:
    needed: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for param in op.params:
        schema = _schema(_spec_param(op, param).get("schema"))
        if param.location == "path":
            strategy: st.SearchStrategy[Any] = SEGMENT
        elif param.style == "map":
            strategy = st.dictionaries(IDS, st.integers(1, 1000), min_size=1, max_size=3)
        elif param.style in ("csv", "repeat"):
            strategy = st.lists(IDS, min_size=1, max_size=3)
        else:
            strategy = leaf(schema)
        (needed if param.required else optional)[param.python] = strategy
    return st.fixed_dictionaries(needed, optional=optional)


def canonical(request: httpx.Request) -> dict[str, Any]:
    return {
        "method": request.method,
        "path": request.url.raw_path.split(b"?")[0].decode(),
        # Order between different names carries no meaning; within one name it does.
        "query": sorted(request.url.params.multi_items(), key=lambda pair: pair[0]),
        "json": json.loads(request.content) if request.content else None,
    }


def _generated(op: Operation) -> Any:
    return importlib.import_module(f"anny_api.api.{op.tag}.{snake(op.operation_id)}")


def _model(annotation: Any) -> Any:
    """The model class of ``Model`` or ``Model | Unset``."""
    options = getattr(annotation, "__args__", (annotation,))
    return next(o for o in options if hasattr(o, "from_dict"))


def _check_names(model: Any, values: dict[str, Any], field: Field, where: str) -> None:
    """Every Python name anny used is an attribute the generated model filled in."""
    from anny_api.types import UNSET

    for name, value in values.items():
        child = field.by_python[name]
        attr = getattr(model, name)  # AttributeError: the generator calls it something else
        assert attr is not UNSET, f"{where}.{name}: the generated model did not read {child.wire!r}"
        if child.children and isinstance(value, dict) and hasattr(attr, "to_dict"):
            _check_names(attr, value, child, f"{where}.{name}")


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_op_plan_sends_what_the_generated_function_sends(
    op: Operation, data: st.DataObject
) -> None:
    pytest.importorskip("anny_api")
    module = _generated(op)
    values = data.draw(param_values(op), label="parameters")
    path = {p.python: values[p.python] for p in op.params if p.location == "path"}
    query = {
        p.python: values[p.python]
        for p in op.params
        if p.location == "query" and p.python in values
    }
    generated_kwargs = dict(values)
    signature = inspect.signature(module._get_kwargs).parameters
    for param in op.params:
        if param.style == "map" and param.python in values:
            generated_kwargs[param.python] = _model(signature[param.python].annotation).from_dict(
                values[param.python]
            )
    body = None
    if op.body is not None:
        media = next(
            iter(
                resolve(SPEC, SPEC["paths"][op.path][op.method.lower()]["requestBody"])[
                    "content"
                ].values()
            )
        )
        body = data.draw(body_values(op.body, media["schema"]), label="body")
    plan = op_plan(op.operation_id, path=path, query=query, body=body)
    assert plan.operation == op.operation_id
    if body is not None:
        model = _model(signature["body"].annotation).from_dict(plan.json)
        _check_names(model, body, op.body, op.operation_id)
        generated_kwargs["body"] = model

    ours = httpx.Request(plan.method, BASE + plan.path, params=list(plan.params), json=plan.json)
    kwargs = module._get_kwargs(**generated_kwargs)
    theirs = httpx.Request(
        kwargs["method"].upper(),
        BASE + kwargs["url"],
        params=kwargs.get("params"),
        json=kwargs.get("json"),
    )
    assert canonical(ours) == canonical(theirs)


def test_every_operation_is_in_the_table() -> None:
    from spec_tools import operations

    assert [op.operation_id for op in OPERATIONS] == [
        o["operationId"] for _, _, o in operations(SPEC)
    ]
