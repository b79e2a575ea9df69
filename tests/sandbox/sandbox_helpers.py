"""Helpers for the sandbox tests: an OpenAPI response validator and cart shortcuts."""

from __future__ import annotations

from typing import Any

import httpx

from spec_tools import SPEC_PATH
from spec_tools import ResponseValidator as SpecValidator
from suite_helpers import START

__all__ = ["SPEC_PATH", "START", "SpecValidator"]

TOMORROW = "2026-11-24"

JSONAPI = "application/vnd.api+json"


def cart_body(
    start: str,
    end: str,
    *,
    service: str = "7001",
    resource: str | list[str] = "8001",
    quantity: int = 1,
) -> dict[str, Any]:
    """The flat add-to-cart body the web shop sends."""
    return {
        "start_date": start,
        "end_date": end,
        "service_id": {service: quantity},
        "resource_id": resource if isinstance(resource, list) else [resource],
        "description": "",
        "customer_note": "",
        "add_ons_by_service": {service: [[]]},
        "sub_bookings_by_service": {},
        "strategy": "multi-resource",
    }


def add_to_cart(client: httpx.Client, body: dict[str, Any], **params: str) -> httpx.Response:
    return client.post("/api/v1/order/bookings", json=body, params=params or None)


def order_ids(response: httpx.Response) -> tuple[str, str]:
    data = response.json()["data"]
    return data["id"], data["attributes"]["access_token"]


def remaining(client: httpx.Client, date: str, start_hhmm: str, **params: str) -> int:
    """``remaining_number_available`` of the slot starting at ``start_hhmm`` (Berlin time)."""
    return remaining_at(client, date, [start_hhmm], **params)[start_hhmm]


def remaining_at(
    client: httpx.Client, date: str, starts: list[str], **params: str
) -> dict[str, int]:
    """``remaining_number_available`` of several slots of one day, from ONE request (anny
    refuses more than 4 identical requests a second)."""
    query = {"service_id": "7001", "date": date, "timezone": "Europe/Berlin", **params}
    slots = client.get("/api/v1/availability/start", params=query).json()
    found = {s["start_date"][11:16]: int(s["remaining_number_available"]) for s in slots}
    missing = [hhmm for hhmm in starts if hhmm not in found]
    if missing:
        raise AssertionError(f"no slot at {', '.join(missing)} on {date}")
    return {hhmm: found[hhmm] for hhmm in starts}


def checkout(
    client: httpx.Client, oid: str, oat: str, include: str | None = None, **extra: Any
) -> httpx.Response:
    """Submit the checkout with Erika's data; ``extra`` overrides body fields."""
    params = {"oid": oid, "oat": oat}
    if include:
        params["include"] = include
    body: dict[str, Any] = {
        "customer": {
            "given_name": "Erika",
            "family_name": "Mustermann",
            "email": "erika.mustermann@example.com",
        },
        "accept_terms": True,
        "payment_method": "",
        "meta": {"timezone": "Europe/Berlin"},
    }
    body.update(extra)
    return client.post("/api/v1/order", params=params, json=body)
