"""The typed views in anny read only what the spec declares, so the two cannot drift apart.

Every view field names the spec property it reads (``anny._models.read``: schema and Python
name). One test checks each of them, for every view, against the spec; another feeds each view
a resource holding *only* the properties its schemas declare (with valid sample values, plus a
linkage for each relationship it reads): every field must then be filled.
"""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import pytest

import anny._account_types
import anny._catalog_types
import anny._models
import anny._results
from anny._models import _View, json_fields, spec_fields

from operations_table import python_name
from spec_tools import resolve

NOT_FROM_THE_SERVER = {"id", "raw"}


def all_views() -> list[type[_View]]:
    found = []
    for module in (anny._models, anny._account_types):
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, _View) and value is not _View and value.TYPE:
                found.append(value)
    return sorted(set(found), key=lambda v: v.__name__)


VIEWS = all_views()


def test_every_view_is_covered() -> None:
    # The views of the README's tables; a new one is picked up by all_views() itself.
    assert len(VIEWS) >= 15, [v.__name__ for v in VIEWS]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.__name__)
def test_every_view_field_names_a_spec_property(spec: dict[str, Any], view: type[_View]) -> None:
    fields = [f.name for f in attrs.fields(view) if f.name not in NOT_FROM_THE_SERVER]  # type: ignore[arg-type]
    declared = {name for name, _, _ in spec_fields(view)}
    assert sorted(set(fields) - declared) == [], f"{view.__name__}: fields not read from the spec"
    schemas = spec["components"]["schemas"]
    for field, schema_name, prop in spec_fields(view):
        assert schema_name in schemas, f"{view.__name__}.{field}: no schema {schema_name}"
        schema = resolve(spec, schemas[schema_name])
        properties = schema.get("properties")
        if properties:
            names = {python_name(key) for key in properties}
            assert prop in names, f"{view.__name__}.{field}: {schema_name} has no {prop!r}"
        else:  # an open map (`Meta`, `Relationships`): the spec lists no names to check
            assert schema.get("type", "object") == "object", schema_name


def sample(schema: dict[str, Any], name: str) -> Any:
    types = schema.get("type", "string")
    kind = next(t for t in types if t != "null") if isinstance(types, list) else types
    if schema.get("format") == "date-time":
        return "2026-11-25T09:00:00+01:00"
    if schema.get("format") == "date":
        return "2026-11-25"
    if name == "status":
        return "accepted"
    if name == "currency":
        return "EUR"
    return {"string": "x", "number": 12.5, "integer": 3, "boolean": True}.get(kind, {})


def declared(spec: dict[str, Any], schema_name: str | None) -> dict[str, Any]:
    if schema_name is None:
        return {}
    properties = resolve(spec, spec["components"]["schemas"][schema_name]).get("properties", {})
    return {name: sample(resolve(spec, prop), name) for name, prop in properties.items()}


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.__name__)
def test_view_reads_only_declared_properties(spec: dict[str, Any], view: type[_View]) -> None:
    meta = declared(spec, view.SCHEMAS.get("meta"))
    relationships = {
        prop: {"data": {"type": "x", "id": "9"}}
        for _, schema, prop in spec_fields(view)
        if schema == view.SCHEMAS.get("relationships")
    }
    for _, schema, prop in spec_fields(view):
        # Meta the spec leaves open (`Meta`) gets the names the view reads, as booleans.
        if schema == view.SCHEMAS.get("meta") and not meta.get(prop) and schema == "Meta":
            meta[prop] = True
    resource = anny.Resource.from_json(
        {
            "type": view.TYPE,
            "id": "1",
            "attributes": declared(spec, view.SCHEMAS["attributes"]),
            "meta": meta,
            "relationships": relationships,
        }
    )
    filled = view.from_resource(resource)
    empty = [
        f.name
        for f in attrs.fields(view)  # type: ignore[arg-type]
        if f.name not in NOT_FROM_THE_SERVER and getattr(filled, f.name) is None
    ]
    assert empty == [], f"{view.__name__} reads properties the spec does not declare: {empty}"


#: ``raw`` is the whole answer; a period's ``resource_id`` is the key of the answer's map.
NOT_FROM_JSON = {"raw"}
GIVEN_BY_THE_CALLER = {"OpeningPeriod": {"resource_id"}}
PLAIN_RESULTS = [
    anny._catalog_types.Slot,
    anny._results.Quote,
    anny._results.QuoteItem,
    anny._results.CancellationTerms,
    anny._results.CheckoutForm,
    anny._catalog_types.OpeningPeriod,
    anny._catalog_types.CalendarEvent,
    anny._catalog_types.ResourceLocation,
    anny._catalog_types.ServiceConfiguration,
]


@pytest.mark.parametrize("result", PLAIN_RESULTS, ids=lambda r: r.__name__)
def test_every_plain_result_field_names_a_spec_property(spec: dict[str, Any], result: type) -> None:
    """The plain-JSON results (``from_spec`` fields) read only properties their schema has."""
    read = json_fields(result)
    fields = {f.name for f in attrs.fields(result)} - NOT_FROM_JSON  # type: ignore[arg-type]
    fields -= GIVEN_BY_THE_CALLER.get(result.__name__, set())
    assert sorted(fields - {field for field, _, _ in read}) == [], f"{result.__name__}: undeclared"
    schemas = spec["components"]["schemas"]
    for field, schema_name, prop in read:
        assert schema_name in schemas, f"{result.__name__}.{field}: no schema {schema_name}"
        names = {python_name(k) for k in resolve(spec, schemas[schema_name]).get("properties", {})}
        assert prop in names, f"{result.__name__}.{field}: {schema_name} has no {prop!r}"
