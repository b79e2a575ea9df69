"""Every operation declares anny's documented 429 (reference Addendum C3), from one component.

The guide: any operation can answer ``429 Too Many Requests`` with ``Retry-After: <seconds>``,
``Content-Type: application/json`` and ``{"errors":[{"status":"429","title":"Too Many
Requests","detail":"Too many requests."}]}`` (no ``code``). The sandbox sends exactly that body,
from its rate limiter and from an injected ``rate_limit`` fault, and it must pass the spec for
every operation, writes and the side-effecting GETs included.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from anny_sandbox.limits import DOCUMENTED_BODY

from spec_tools import ResponseValidator, load_spec, operations

SPEC = load_spec()
REF = {"$ref": "#/components/responses/TooManyRequests"}
OPERATIONS = [(path, method, op) for path, method, op in operations(SPEC)]


@pytest.fixture(scope="module")
def validator() -> ResponseValidator:
    return ResponseValidator(spec=SPEC)


@pytest.mark.parametrize(
    ("path", "method", "op"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS]
)
def test_every_operation_declares_the_shared_429(
    validator: ResponseValidator, path: str, method: str, op: dict[str, Any]
) -> None:
    assert op["responses"].get("429") == REF, op["operationId"]
    # The documented answer passes for this operation (a concrete path for the template).
    concrete = path.replace("{", "").replace("}", "")
    request = httpx.Request(method.upper(), f"http://127.0.0.1{concrete}")
    answer = httpx.Response(
        429,
        content=DOCUMENTED_BODY,
        headers={"content-type": "application/json", "retry-after": "42"},
        request=request,
    )
    before = validator.checked
    validator.validate(answer)
    assert validator.checked == before + 1  # validated against the schema, not skipped


def test_the_429_component_is_the_documented_one() -> None:
    component = SPEC["components"]["responses"]["TooManyRequests"]
    assert "no rate limit is documented" not in component["description"].lower()
    assert "C3" in component["description"]
    assert component["x-anny-evidence"] == "documented"
    assert component["headers"]["Retry-After"]["schema"]["type"] == "integer"
    assert list(component["content"]) == ["application/json"]
    example = component["content"]["application/json"]["example"]
    assert example == json.loads(DOCUMENTED_BODY)
    assert all("code" not in error for error in example["errors"])


@pytest.mark.parametrize(
    ("status", "body", "media"),
    [
        (429, {"errors": [{"status": "429", "title": "Too Many Requests"}]}, "text/html"),
        (429, {"errors": "slow down"}, "application/json"),
    ],
)
def test_a_429_that_breaks_the_declaration_is_caught(
    validator: ResponseValidator, status: int, body: object, media: str
) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/api/v1/bookings")
    answer = httpx.Response(status, json=body, headers={"content-type": media}, request=request)
    with pytest.raises(AssertionError):
        validator.validate(answer)
