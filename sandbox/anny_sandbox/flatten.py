"""The flattened form anny answers with ``Accept: application/json`` (Addendum B11).

Two independent clients (anny's n8n connector, emp-access) send ``Accept: application/json``
and read records whose attributes sit next to ``id`` (no ``attributes`` nesting), with related
records nested inline (``record.customer.full_name``) and the pagination meta in its normalized
form (``meta.current_page``, ``meta.last_page``; reference §2.7). The envelope around the
records (``data``) is designed: no source shows it.
"""

from __future__ import annotations

from typing import Any

JSONAPI = "application/vnd.api+json"
JSON = "application/json"

# How deep related records are nested: one level, as the connector's flattened admin form
# (`booking.customer.full_name`, `booking.resource.name`) shows; deeper ones stay as ids.
_NESTING = 1


def prefers_flat(accept: str | None) -> bool:
    """Whether ``Accept`` asks for plain JSON rather than JSON:API.

    The media type with the highest q-value wins, the earlier one on a tie:
    ``application/json`` alone (the connector) flattens, ``application/vnd.api+json,
    application/json`` (emp-access's header) does not.
    """
    if not accept:
        return False
    best: tuple[float, int, str] | None = None
    for index, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        if media.lower() not in (JSON, JSONAPI):
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        candidate = (-quality, index, media.lower())
        if best is None or candidate < best:
            best = candidate
    return best is not None and best[0] < 0 and best[2] == JSON


def flatten_document(document: dict[str, Any]) -> dict[str, Any]:
    """A JSON:API document in the flattened form (records under ``data``)."""
    included = {(r["type"], str(r["id"])): r for r in document.get("included", [])}
    data = document.get("data")
    flat: dict[str, Any] = {}
    if isinstance(data, list):
        flat["data"] = [flatten_resource(r, included) for r in data]
    elif isinstance(data, dict):
        flat["data"] = flatten_resource(data, included)
    else:
        flat["data"] = data
    meta = dict(document.get("meta") or {})
    page = meta.pop("page", None)
    if isinstance(page, dict):
        meta.update(
            {
                "current_page": page.get("current-page"),
                "last_page": page.get("last-page"),
                "per_page": page.get("per-page"),
                "from": page.get("from"),
                "to": page.get("to"),
                "total": page.get("total"),
            }
        )
    if meta:
        flat["meta"] = meta
    if "links" in document:
        flat["links"] = document["links"]
    return flat


def flatten_resource(
    resource: dict[str, Any], included: dict[tuple[str, str], dict[str, Any]], depth: int = 0
) -> dict[str, Any]:
    """One resource object: ``id`` and the attributes side by side, relations inline."""
    record: dict[str, Any] = {"id": resource["id"], **(resource.get("attributes") or {})}
    for name, relationship in (resource.get("relationships") or {}).items():
        if not isinstance(relationship, dict) or "data" not in relationship:
            continue
        linkage = relationship["data"]
        if isinstance(linkage, list):
            record[name] = [_related(item, included, depth) for item in linkage]
        else:
            record[name] = None if linkage is None else _related(linkage, included, depth)
    if resource.get("meta"):
        record["meta"] = resource["meta"]
    return record


def _related(
    linkage: dict[str, Any], included: dict[tuple[str, str], dict[str, Any]], depth: int
) -> dict[str, Any]:
    found = included.get((linkage["type"], str(linkage["id"])))
    if found is None or depth >= _NESTING:
        return {"id": linkage["id"]}
    return flatten_resource(found, included, depth + 1)
