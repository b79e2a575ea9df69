"""The response validator used by the sandbox and end-to-end suites really catches violations."""

from __future__ import annotations

import httpx
import pytest

from spec_tools import ResponseValidator


@pytest.fixture(scope="module")
def validator() -> ResponseValidator:
    return ResponseValidator()


def _response(status: int, path: str, body: object, media: str, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", f"http://127.0.0.1{path}")
    return httpx.Response(
        status, json=body, headers={"content-type": media, **headers}, request=request
    )


EXAMPLE = {"data": {"type": "bookings", "id": "1", "attributes": {"number": "BB1"}}}
BY_NUMBER = "/api/v1/bookings/by-number"
JSONAPI = "application/vnd.api+json"


def test_a_conforming_answer_passes(validator: ResponseValidator) -> None:
    before = validator.checked
    validator.validate(_response(200, BY_NUMBER, EXAMPLE, JSONAPI))
    assert ("GET", BY_NUMBER) in validator.seen
    assert validator.checked == before + 1  # checked against the schema, not skipped


@pytest.mark.parametrize(
    ("status", "path", "body", "media", "message"),
    [
        (200, BY_NUMBER, {"data": {"type": "bookings"}}, JSONAPI, "'id' is a required property"),
        (418, BY_NUMBER, EXAMPLE, JSONAPI, "status not declared"),
        (200, BY_NUMBER, EXAMPLE, "text/html", "content type 'text/html'"),
        (200, "/api/v1/nowhere", EXAMPLE, "application/json", "is not in the spec"),
        (404, BY_NUMBER, {"errors": [{"status": 404}]}, JSONAPI, "is not of type 'string'"),
    ],
)
def test_violations_are_caught(
    validator: ResponseValidator, status: int, path: str, body: object, media: str, message: str
) -> None:
    response = _response(status, path, body, media)
    with pytest.raises(AssertionError, match=message):
        validator.validate(response)
    before = len(validator.violations)
    validator.record(response)
    assert len(validator.violations) == before + 1


def test_fault_tampered_and_control_answers_are_skipped(validator: ResponseValidator) -> None:
    checked, seen = validator.checked, set(validator.seen)
    tampered = _response(200, BY_NUMBER, "<html>", "text/html", **{"x-sandbox-fault": "html"})
    validator.validate(_response(200, "/__sandbox/ledger", [1], "application/json"))
    validator.validate(tampered)
    # Skipped: neither counted as checked nor as an operation seen ...
    assert validator.checked == checked
    assert validator.seen == seen
    # ... and skipped because of the marker: the same answer without it is a violation.
    del tampered.headers["x-sandbox-fault"]
    with pytest.raises(AssertionError, match="content type 'text/html'"):
        validator.validate(tampered)
