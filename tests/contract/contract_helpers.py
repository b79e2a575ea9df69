"""Spec walking for the Prism contract tests.

The spec helpers (`resolve`, `snake`, `squash`, `example_of`, the operations) come from
scripts/spec_tools.py, shared with tests/spec. What is particular here is `argument`: Prism
validates what it receives, so every value is schema-valid and realistic (slugs such as
``conference-room-berlin``, numbers that match their pattern, ``0``/``1`` flags) instead of the
escaping torture values used in tests/spec.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from spec_tools import SPEC_PATH, load_spec, operations, snake, squash
from spec_tools import example_of as spec_example_of
from spec_tools import resolve as spec_resolve

ROOT = Path(__file__).resolve().parents[2]

__all__ = ["SPEC_PATH", "snake", "squash"]

PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
SPEC: dict[str, Any] = load_spec()
BERLIN = datetime.timezone(datetime.timedelta(hours=1))

ACCEPT = "application/vnd.api+json, application/json"
TOKEN = "test-token"

OPERATIONS = operations(SPEC)

# Realistic values by parameter name; anything not listed falls back on its schema type.
PATH_VALUES = {
    "org_slug": "acme-gmbh",
    "resource_slug": "conference-room-berlin",
    "community_id": "31",
    "plan_slug": "monthly-membership",
    "customer_account_id": "4711",
    "booking_id": "3581903",
    "order_id": "559015923",
    "subscription_id": "90210",
    "pass_id": "31337",
    "entry_id": "8080",
    "ticket_id": "4242",
}
QUERY_VALUES: dict[str, Any] = {
    "include": "resource,service",
    "sort": "-start_date",
    "service_id": "7880",
    "resource_id": "112141",
    "timezone": "Europe/Berlin",
    "oid": "559015923",
    "oat": "c2VjcmV0LW9yZGVyLWFjY2Vzcy10b2tlbg",
    "oids": "559015923,559015924",
    "oats": "c2VjcmV0LW9yZGVyLWFjY2Vzcy10b2tlbg,b3RoZXItdG9rZW4",
    "code": "XJ4K2Q",
    "hash": "0f3c9a1e",
    "access_token": "c2lnbmVkLWRvd25sb2FkLXRva2Vu",
    "filter[search]": "meeting",
    "filter[status]": "accepted",
    "filter[email]": "jane.doe@example.com",
    "filter[start_date]": "2026-11-25",
    "filter[end_date]": "2026-11-30",
    "filter[customer_account_id]": "4711",
    "filter[availability_service_id]": "7880",
    "filter[pre_order_ids]": "559015923",
}


def flattened_first(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose success responses list ``application/json`` (the flattened form,
    Addendum B11) before ``application/vnd.api+json``, for a Prism proxy of flattened answers.

    Prism matches a response's media type against the declared ones by type and *suffix*
    (``application/vnd.api+json`` counts as ``application/json``) and validates the body
    against the first match, so with the spec's order a flattened answer would be judged by
    the JSON:API schema. The spec itself keeps JSON:API first: that is the form the generated
    client parses (openapi-python-client takes the first JSON media type). Error responses are
    left alone: anny's errors stay JSON:API whatever the ``Accept``.
    """
    copy: dict[str, Any] = json.loads(json.dumps(spec))
    for _, _, op in operations(copy):
        for status, response in op["responses"].items():
            content = response.get("content") or {}
            if str(status).startswith("2") and "application/json" in content:
                flat = content.pop("application/json")
                response["content"] = {"application/json": flat, **content}
    return copy


def resolve(node: Any) -> Any:
    return spec_resolve(SPEC, node)


def example_of(content: dict[str, Any]) -> Any:
    return spec_example_of(SPEC, content)


def argument(param: dict[str, Any]) -> Any:
    """A schema-valid, realistic Python argument for a (resolved) parameter."""
    name = param["name"]
    if param["in"] == "path":
        return PATH_VALUES.get(name, "conference-room-berlin")
    schema = resolve(param["schema"])
    kind = schema.get("type")
    if param.get("style") == "deepObject":  # the service-quantity map, service_id[7880]=1
        from anny_api.models import ServiceQuantities

        return ServiceQuantities.from_dict({"7880": 1})
    if kind == "array":
        return ["112141", "112142"]
    if kind == "integer":
        if schema.get("maximum") == 1:  # a JSON:API 0/1 flag
            return 1
        return {"page[size]": 30, "duration": 60}.get(name, max(1, schema.get("minimum", 1)))
    if schema.get("format") == "date-time":
        return datetime.datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    if schema.get("format") == "date":
        return datetime.date(2026, 11, 25)
    if "pattern" in schema:  # booking/order numbers
        return "BB81592797" if "BB" in schema["pattern"] else "BO559015923"
    return QUERY_VALUES.get(name, "example")


def needs_auth(op: dict[str, Any]) -> bool:
    """Security declared without the anonymous alternative `{}` (the global default has it)."""
    security = op.get("security", SPEC.get("security", []))
    return bool(security) and {} not in security


def success_status(op: dict[str, Any]) -> int:
    return min(int(status) for status in op["responses"] if str(status).startswith("2"))


def success_media(op: dict[str, Any], status: int) -> str | None:
    content = resolve(op["responses"][str(status)]).get("content")
    return next(iter(content)) if content else None
