"""Ids where anny takes ids, slugs where it takes slugs (Addendum B10, B12).

Every known caller sends numeric resource and service ids to the id-taking parameters and
bodies; a sandbox that also took slugs there would be kinder than anything observed. The
``{resource_slug}`` paths take slugs (and, as one client sends, numeric ids).
"""

from __future__ import annotations

import httpx
import pytest
from sandbox_helpers import add_to_cart, cart_body

SLOT = ("2026-11-24T09:00:00+01:00", "2026-11-24T10:00:00+01:00")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/availability/start", {"service_id": "hourly-desk-booking", "date": "2026-11-24"}),
        (
            "/api/v1/availability/start",
            {"service_id": "7001", "resource_id": "conference-room-berlin", "date": "2026-11-24"},
        ),
        ("/api/v1/service-configuration", {"service_id[desk-booking]": "1"}),
        (
            "/api/v1/intervals/start",
            {"service_id[7003]": "1", "resource_id": "open-space-desks", "date": "2026-11-24"},
        ),
    ],
)
def test_slugs_are_not_ids(client: httpx.Client, path: str, params: dict[str, str]) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 404, response.text
    assert response.json()["errors"][0]["code"] == "not_found"


def test_the_same_requests_with_ids_work(client: httpx.Client) -> None:
    assert (
        client.get(
            "/api/v1/availability/start",
            params={"service_id": "7001", "resource_id": "8001", "date": "2026-11-24"},
        ).status_code
        == 200
    )
    assert (
        client.get("/api/v1/service-configuration", params={"service_id[7003]": "1"}).status_code
        == 200
    )


@pytest.mark.parametrize(
    ("service", "resource"), [("hourly-desk-booking", "8001"), ("7001", "conference-room-berlin")]
)
def test_cart_body_takes_ids_only(client: httpx.Client, service: str, resource: str) -> None:
    response = add_to_cart(client, cart_body(*SLOT, service=service, resource=resource))
    assert response.status_code == 404
    assert add_to_cart(client, cart_body(*SLOT, service="7001", resource="8001")).status_code == 201


@pytest.mark.parametrize("ref", ["open-space-desks", "8002"])
def test_slug_paths_take_the_slug_and_the_numeric_id(client: httpx.Client, ref: str) -> None:
    detail = client.get(f"/api/v1/resources/{ref}")
    assert detail.status_code == 200
    assert detail.json()["data"]["id"] == "8002"
    children = client.get(f"/api/v1/resources/{ref}/children")
    assert [c["id"] for c in children.json()["data"]] == ["8003", "8004", "8005", "8006"]
