"""The spec validates, passes the project lint, and the lint really catches each blind spot."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import lint_spec
from spec_tools import subset

# Long and self-contained: runs on the other core (tests/offload_plugin.py).
pytestmark = pytest.mark.offload


def test_spec_is_valid_and_lint_clean(capsys: pytest.CaptureFixture[str]) -> None:
    """`scripts/lint_spec.py` (which `make test` no longer runs separately) on the spec."""
    assert lint_spec.main([]) == 0
    assert "customer-api.yaml: clean (" in capsys.readouterr().out


def test_every_operation_is_in_one_of_the_areas(spec: dict[str, Any]) -> None:
    areas = {t["name"] for t in spec["tags"]}
    assert areas == {
        "catalog", "availability", "checkout", "orders", "bookings", "account",
        "communities", "plans", "passes", "waitlist", "queue",
    }  # fmt: skip


def _op(spec: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    return spec["paths"][path][method]


MUTATIONS = {
    "ref sibling": (
        lambda s: s["components"]["schemas"]["OrderAttributes"]["properties"].__setitem__(
            "voucher", {"$ref": "#/components/schemas/Meta", "type": ["object", "null"]}
        ),
        "$ref with sibling keys",
    ),
    "deepObject": (
        lambda s: _op(s, "/api/v1/bookings")["parameters"].append(
            {"name": "filter", "in": "query", "style": "deepObject", "schema": {"type": "string"}}
        ),
        "deepObject",
    ),
    "deepObject of nested objects": (
        # name[a][b]=… is not what the regeneration template writes, so it stays forbidden.
        lambda s: _op(s, "/api/v1/bookings")["parameters"].append(
            {
                "name": "filter",
                "in": "query",
                "style": "deepObject",
                "explode": True,
                "schema": {"type": "object", "additionalProperties": {"type": "object"}},
            }
        ),
        "deepObject parameter the regeneration step does not handle",
    ),
    "deepObject with declared properties": (
        lambda s: _op(s, "/api/v1/bookings")["parameters"].append(
            {
                "name": "filter",
                "in": "query",
                "style": "deepObject",
                "explode": True,
                "schema": {"type": "object", "properties": {"a": {"type": "string"}}},
            }
        ),
        "deepObject parameter the regeneration step does not handle",
    ),
    "deepObject map without explode": (
        lambda s: s["components"]["parameters"]["ServiceQuantities"].__setitem__("explode", False),
        "deepObject parameter the regeneration step does not handle",
    ),
    "object query param": (
        lambda s: _op(s, "/api/v1/bookings")["parameters"].append(
            {"name": "filter", "in": "query", "schema": {"type": "object"}}
        ),
        "object query parameter",
    ),
    "enum": (
        lambda s: s["components"]["schemas"]["BookingAttributes"]["properties"][
            "status"
        ].__setitem__("enum", ["accepted"]),
        "enum on a schema",
    ),
    "nullable": (
        lambda s: s["components"]["schemas"]["OrderAttributes"]["properties"]["note"].__setitem__(
            "nullable", True
        ),
        "'nullable' is OpenAPI 3.0",
    ),
    "no evidence": (
        lambda s: _op(s, "/api/v1/bookings").pop("x-anny-evidence"),
        "x-anny-evidence None",
    ),
    "bad evidence": (
        lambda s: _op(s, "/api/v1/bookings").__setitem__("x-anny-evidence", "rumour"),
        "x-anny-evidence 'rumour'",
    ),
    "acting GET without x-anny-idempotent": (
        lambda s: _op(s, "/api/v1/bookings/{booking_id}/cancel").pop("x-anny-idempotent"),
        "does not declare x-anny-idempotent: false",
    ),
    "non-boolean x-anny-idempotent": (
        lambda s: _op(s, "/api/v1/order/bookings/calculate", "post").__setitem__(
            "x-anny-idempotent", "yes"
        ),
        "x-anny-idempotent must be true or false",
    ),
    "read-back to nowhere": (
        lambda s: _op(s, "/api/v1/bookings/{booking_id}/cancel").__setitem__(
            "x-anny-read-back", "getBookingz"
        ),
        "x-anny-read-back 'getBookingz' is not an operationId",
    ),
    "no operationId": (
        lambda s: _op(s, "/api/v1/bookings").pop("operationId"),
        "no operationId",
    ),
    "duplicate operationId": (
        lambda s: _op(s, "/api/v1/bookings").__setitem__("operationId", "getBooking"),
        "also used by",
    ),
    "snake operationId": (
        lambda s: _op(s, "/api/v1/bookings").__setitem__("operationId", "list_bookings"),
        "not camelCase",
    ),
    "no source": (
        lambda s: _op(s, "/api/v1/bookings").__setitem__("description", "Lists bookings."),
        "names no 'Source:'",
    ),
    "no example": (
        lambda s: _op(s, "/api/v1/bookings")["responses"]["200"]["content"][
            "application/vnd.api+json"
        ].pop("examples"),
        "has no example",
    ),
    "bad response evidence": (
        lambda s: _op(s, "/api/v1/bookings/{booking_id}/cancel")["responses"]["200"].__setitem__(
            "x-anny-evidence", "hearsay"
        ),
        "200 x-anny-evidence 'hearsay' unknown",
    ),
    "bad schema evidence": (
        lambda s: s["components"]["schemas"]["PassAttributes"].__setitem__(
            "x-anny-evidence", "hearsay"
        ),
        "schema PassAttributes: x-anny-evidence 'hearsay' unknown",
    ),
    "schema evidence without a reference": (
        lambda s: s["components"]["schemas"]["PassAttributes"].__setitem__(
            "description", "A pass."
        ),
        "schema PassAttributes: x-anny-evidence, but the description names no reference",
    ),
    "inferred without saying so": (
        lambda s: _op(s, "/api/v1/passes").__setitem__("summary", "The customer's passes"),
        "inferred, but the summary does not start",
    ),
    "invalid document": (
        lambda s: s["info"].pop("title"),
        "invalid OpenAPI 3.1",
    ),
}


# The operations the mutations touch (and the ones they name). The lint checks each rule
# locally, so a mutation is caught the same way in this part of the spec as in the whole of it,
# and validating ~40 schemas instead of ~120 makes each of the ~20 lint runs 4x cheaper.
MUTATED_PATHS = [
    "/api/v1/bookings",
    "/api/v1/bookings/{booking_id}",
    "/api/v1/bookings/{booking_id}/cancel",
    "/api/v1/order/bookings/calculate",
    "/api/v1/order",
    "/api/v1/passes",
    "/api/v1/service-configuration",
]


@pytest.fixture(scope="module")
def lint_subject(spec: dict[str, Any]) -> dict[str, Any]:
    return subset(spec, MUTATED_PATHS)


def test_the_mutated_part_of_the_spec_is_lint_clean(lint_subject: dict[str, Any]) -> None:
    """So every problem `test_lint_catches` finds comes from its mutation."""
    assert lint_spec.lint(copy.deepcopy(lint_subject)) == []
    assert "OrderAttributes" in lint_subject["components"]["schemas"]
    assert "ServiceQuantities" in lint_subject["components"]["parameters"]


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_lint_catches(lint_subject: dict[str, Any], name: str) -> None:
    mutate, message = MUTATIONS[name]
    broken = copy.deepcopy(lint_subject)
    mutate(broken)
    problems = lint_spec.lint(broken)
    assert any(message in p for p in problems), problems


def test_lint_cli_exit_codes(
    tmp_path: Path, lint_subject: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    import yaml

    broken = copy.deepcopy(lint_subject)
    broken["paths"]["/api/v1/bookings"]["get"].pop("operationId")
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert lint_spec.main([str(path)]) == 1
    assert "GET /api/v1/bookings: no operationId" in capsys.readouterr().out
    # (exit code 0 on the spec itself: test_spec_is_valid_and_lint_clean)


# Addendum B13: only the path and verb of these are evidenced; their bodies are designed.
DESIGNED_BODIES = {
    "cancelBooking",
    "getBookingByNumber",
    "getBookingCancellationPreview",
    "createInstantBooking",
    "emptyCart",
    "submitCheckout",
}


def test_designed_response_bodies_say_so(spec: dict[str, Any]) -> None:
    from spec_tools import operations

    for _, _, op in operations(spec):
        successes = {k: v for k, v in op["responses"].items() if str(k).startswith("2")}
        marked = {k for k, v in successes.items() if v.get("x-anny-evidence") == "inferred"}
        if op["operationId"] in DESIGNED_BODIES:
            assert marked == set(successes), op["operationId"]
            for status in marked:
                assert "Designed body" in successes[status]["description"], op["operationId"]


def test_flattened_examples_are_the_jsonapi_examples_flattened(spec: dict[str, Any]) -> None:
    """Every `application/json` flattened example is what the sandbox makes of the JSON:API one."""
    from anny_sandbox.flatten import flatten_document

    from spec_tools import example_of, operations, resolve

    checked = 0
    for _, _, op in operations(spec):
        for status, response in op["responses"].items():
            content = resolve(spec, response).get("content", {})
            both = {"application/vnd.api+json", "application/json"} <= set(content)
            if str(status).startswith("2") and both:
                jsonapi = example_of(spec, content["application/vnd.api+json"])
                assert example_of(spec, content["application/json"]) == flatten_document(jsonapi)
                checked += 1
    assert checked >= 25
