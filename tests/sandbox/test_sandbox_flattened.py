"""``Accept: application/json`` gets flattened records, as anny's connector and emp-access read
them (Addendum B11); JSON:API stays the answer to ``application/vnd.api+json``."""

from __future__ import annotations

import httpx
import pytest
from sandbox_helpers import JSONAPI, SpecValidator

from anny_sandbox import Sandbox
from anny_sandbox.flatten import prefers_flat


def _get(sandbox: Sandbox, path: str, accept: str, **params: str) -> httpx.Response:
    token = sandbox.issue_token("erika.mustermann@example.com")["access_token"]
    headers = {"Accept": accept, "Authorization": f"Bearer {token}"}
    return httpx.get(f"{sandbox.url}{path}", params=params, headers=headers)


def test_bookings_come_back_flat_with_normalized_page_meta(
    sandbox: Sandbox, erika: httpx.Client, spec_validator: SpecValidator
) -> None:
    body = {
        "start_date": "2026-11-24T09:00:00+01:00",
        "end_date": "2026-11-24T10:00:00+01:00",
        "service_id": {"7001": 1},
        "resource_id": ["8001"],
    }
    cart = erika.post("/api/v1/order/bookings", json=body).json()["data"]
    erika.post(
        "/api/v1/order",
        params={"oid": cart["id"], "oat": cart["attributes"]["access_token"]},
        json={
            "customer": {"given_name": "Erika", "family_name": "M", "email": "e@example.com"},
            "accept_terms": True,
        },
    )
    flat = _get(sandbox, "/api/v1/bookings", "application/json", include="resource,service")
    spec_validator.validate(flat)
    assert flat.headers["content-type"] == "application/json"
    [record] = flat.json()["data"]
    assert record["number"].startswith("BB")  # attributes next to id, no `attributes`
    assert "attributes" not in record
    assert "type" not in record
    assert record["resource"]["name"] == "Conference room Berlin"  # related record inline
    assert record["service"]["id"] == "7001"
    meta = flat.json()["meta"]
    assert (meta["current_page"], meta["last_page"], meta["total"]) == (1, 1, 1)

    nested = _get(sandbox, "/api/v1/bookings", JSONAPI, include="resource,service").json()
    [booking] = nested["data"]
    assert booking["attributes"]["number"] == record["number"]
    assert nested["meta"]["page"]["current-page"] == 1


def test_the_signed_in_user_flat(sandbox: Sandbox, spec_validator: SpecValidator) -> None:
    """The connector's credential test: GET /api/v1/user with Accept: application/json."""
    flat = _get(sandbox, "/api/v1/user", "application/json")
    spec_validator.validate(flat)
    assert flat.json()["data"]["email"] == "erika.mustermann@example.com"


@pytest.mark.parametrize(
    ("accept", "flat"),
    [
        ("application/json", True),
        ("application/vnd.api+json", False),
        ("application/vnd.api+json, application/json", False),  # emp-access
        ("application/json, application/vnd.api+json", True),
        ("application/vnd.api+json;q=0.5, application/json", True),
        ("*/*", False),
        (None, False),
    ],
)
def test_accept_negotiation(accept: str | None, flat: bool) -> None:
    assert prefers_flat(accept) is flat


def test_errors_stay_jsonapi(sandbox: Sandbox) -> None:
    response = httpx.get(
        f"{sandbox.url}/api/v1/resources/no-such-room", headers={"Accept": "application/json"}
    )
    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == "not_found"
