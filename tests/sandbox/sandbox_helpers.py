"""Helpers for the sandbox tests: an OpenAPI response validator and cart shortcuts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# Monday 2026-11-23, 08:00 in Berlin. Frozen: time moves only when a test advances it.
# (Defined here, not in conftest.py: test folders each have a conftest and share that name.)
START = datetime(2026, 11, 23, 7, 0, tzinfo=timezone.utc)
TOMORROW = "2026-11-24"

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "customer-api.yaml"
SPEC_URI = "urn:anny-customer-api"
JSONAPI = "application/vnd.api+json"


def _pointer_escape(text: str) -> str:
    return text.replace("~", "~0").replace("/", "~1")


@dataclass
class SpecValidator:
    """Validate any response against the response schemas of openapi/customer-api.yaml.

    Paths outside the spec (``/__sandbox``, ``/oauth``) and responses tampered with by a fault
    (``x-sandbox-fault`` header) are skipped; everything else must match status, content type
    and schema.
    """

    spec: dict[str, Any] = field(default_factory=dict)
    checked: int = 0
    seen: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.spec:
            self.spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource(SPEC_URI, resource)
        self.templates: list[tuple[re.Pattern[str], str]] = []
        for template in self.spec["paths"]:
            regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            self.templates.append((re.compile(regex), template))
        # Literal paths first, so /bookings/by-number never matches /bookings/{booking_id}.
        self.templates.sort(key=lambda item: item[1].count("{"))

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
        for regex, template in self.templates:
            if regex.match(path):
                op = self.spec["paths"][template].get(method.lower())
                if op is not None:
                    return template, op
        return None

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            parts = node["$ref"].lstrip("#/").split("/")
            target: Any = self.spec
            for part in parts:
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def validate(self, response: httpx.Response) -> None:
        request = response.request
        path = request.url.path
        if path.startswith(("/__sandbox", "/oauth")) or "x-sandbox-fault" in response.headers:
            return
        found = self.operation(request.method, path)
        assert found is not None, f"{request.method} {path} is not in the spec"
        template, op = found
        self.seen.add((request.method.upper(), template))
        where = f"{request.method} {template} -> {response.status_code}"
        responses = op["responses"]
        status = str(response.status_code)
        key = status if status in responses else f"{status[0]}XX"
        if key not in responses:
            key = "default"
        assert key in responses, f"{where}: status not declared ({sorted(responses)})"
        declared = self._resolve(responses[key])
        content = declared.get("content")
        response.read()
        if not content:
            assert not response.content, f"{where}: a body where the spec declares none"
            self.checked += 1
            return
        media = response.headers.get("content-type", "").split(";")[0].strip()
        assert media in content, f"{where}: content type {media!r} not in {sorted(content)}"
        schema = content[media].get("schema")
        if schema is None or "json" not in media:
            self.checked += 1
            return
        try:
            body = response.json()
        except json.JSONDecodeError as exc:  # pragma: no cover - reported below
            raise AssertionError(f"{where}: body is not JSON") from exc
        method = request.method.lower()
        pointer = (
            f"{SPEC_URI}#/paths/{_pointer_escape(template)}/{method}/responses/{key}"
            f"/content/{_pointer_escape(media)}/schema"
        )
        if "$ref" in responses[key]:
            name = responses[key]["$ref"].rsplit("/", 1)[-1]
            pointer = (
                f"{SPEC_URI}#/components/responses/{name}/content/{_pointer_escape(media)}/schema"
            )
        validator = Draft202012Validator({"$ref": pointer}, registry=self.registry)
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
        assert not errors, f"{where}: {errors[0].message} at {list(errors[0].path)}"
        self.checked += 1

    def all_operations(self) -> set[tuple[str, str]]:
        return {
            (method.upper(), template)
            for template, item in self.spec["paths"].items()
            for method in item
            if method in ("get", "post", "put", "patch", "delete")
        }

    def hook(self, response: httpx.Response) -> None:
        """An httpx response event hook."""
        self.validate(response)


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
    query = {"service_id": "7001", "date": date, "timezone": "Europe/Berlin", **params}
    slots = client.get("/api/v1/availability/start", params=query).json()
    for slot in slots:
        if slot["start_date"][11:16] == start_hhmm:
            return int(slot["remaining_number_available"])
    raise AssertionError(f"no slot at {start_hhmm} on {date}")


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
