"""The typed views in anny read only what the spec declares, so the two cannot drift apart.

Each view is fed a resource whose attributes and meta hold *only* the properties that the spec's
schema for that type declares, each with a valid sample value. Every field of the view must then
be filled: a view reading an attribute the spec does not know would come out ``None`` here.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import anny

from spec_tools import resolve

VIEWS = {
    anny.Booking: ("BookingAttributes", "BookingMeta"),
    anny.Order: ("OrderAttributes", "OrderMeta"),
    anny.BookableResource: ("ResourceAttributes", "ResourceMeta"),
    anny.Service: ("ServiceAttributes", "ServiceMeta"),
    anny.Organization: ("OrganizationAttributes", None),
    anny.Customer: ("CustomerAttributes", None),
}
NOT_FROM_THE_SERVER = {"id", "resource"}


def sample(schema: dict[str, Any], name: str) -> Any:
    types = schema.get("type", "string")
    kind = next(t for t in types if t != "null") if isinstance(types, list) else types
    if schema.get("format") == "date-time":
        return "2026-11-25T09:00:00+01:00"
    if name == "status":
        return "accepted"
    if name == "currency":
        return "EUR"
    return {"string": "x", "number": 12.5, "integer": 3, "boolean": True}.get(kind, {})


def declared(spec: dict[str, Any], schema_name: str | None) -> dict[str, Any]:
    if schema_name is None:
        return {}
    properties = spec["components"]["schemas"][schema_name]["properties"]
    resolved = {}
    for name, prop in properties.items():
        resolved[name] = sample(resolve(spec, prop), name)
    return resolved


@pytest.mark.parametrize("view", list(VIEWS), ids=lambda v: v.__name__)
def test_view_reads_only_declared_properties(spec: dict[str, Any], view: type) -> None:
    attributes_schema, meta_schema = VIEWS[view]
    resource = anny.Resource.from_json(
        {
            "type": view.TYPE,  # type: ignore[attr-defined]
            "id": "1",
            "attributes": declared(spec, attributes_schema),
            "meta": declared(spec, meta_schema),
        }
    )
    filled = view.from_resource(resource)  # type: ignore[attr-defined]
    empty = [
        f.name
        for f in attrs.fields(view)
        if f.name not in NOT_FROM_THE_SERVER and getattr(filled, f.name) is None
    ]
    assert empty == [], f"{view.__name__} reads properties the spec does not declare: {empty}"
