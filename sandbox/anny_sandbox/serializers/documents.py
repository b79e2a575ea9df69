"""The type registry and JSON:API document assembly.

Each type is described once (:class:`TypeDef`: attributes, relationships, meta, self link; the
descriptions are in :mod:`anny_sandbox.serializers.rules`); :func:`document` walks ``include=``
paths (dot notation, any depth) over the same relationship functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.responses import JSONResponse

from anny_sandbox.web import Ctx, jsonapi, paginate

Related = Any  # an entity, None, or a list of entities


@dataclass
class TypeDef:
    """One JSON:API type: its name, self link, attributes, relationships and meta."""

    name: str
    self_path: Callable[[Any], str] | None
    attributes: Callable[[Ctx, Any], dict[str, Any]]
    relationships: dict[str, Callable[[Ctx, Any], Related]]
    meta: Callable[[Ctx, Any], dict[str, Any]] | None = None


REGISTRY: dict[type, TypeDef] = {}


def register(cls: type, typedef: TypeDef) -> None:
    """Describe how instances of ``cls`` are serialized (once per class, in the rules)."""
    REGISTRY[cls] = typedef


def typedef_of(obj: Any) -> TypeDef:
    return REGISTRY[type(obj)]


def identifier(obj: Any) -> dict[str, str]:
    return {"type": typedef_of(obj).name, "id": str(obj.id)}


def resource_object(ctx: Ctx, obj: Any) -> dict[str, Any]:
    typedef = typedef_of(obj)
    result: dict[str, Any] = {
        "type": typedef.name,
        "id": str(obj.id),
        "attributes": typedef.attributes(ctx, obj),
    }
    self_url = ctx.url(typedef.self_path(obj)) if typedef.self_path else None
    relationships: dict[str, Any] = {}
    for name, fetch in typedef.relationships.items():
        related = fetch(ctx, obj)
        if isinstance(related, list):
            data: Any = [identifier(r) for r in related]
        else:
            data = identifier(related) if related is not None else None
        rel: dict[str, Any] = {"data": data}
        if self_url:
            rel["links"] = {
                "self": f"{self_url}/relationships/{name}",
                "related": f"{self_url}/{name}",
            }
        relationships[name] = rel
    if relationships:
        result["relationships"] = relationships
    if self_url:
        result["links"] = {"self": self_url}
    if typedef.meta is not None:
        result["meta"] = typedef.meta(ctx, obj)
    return result


def _include_paths(ctx: Ctx) -> list[list[str]]:
    raw = ctx.q("include") or ""
    return [p.strip().split(".") for p in raw.split(",") if p.strip()]


def _collect(ctx: Ctx, roots: Iterable[Any], paths: list[list[str]]) -> list[Any]:
    """Follow include paths; unknown relationship names are ignored, as anny does."""
    found: dict[tuple[str, str], Any] = {}
    for path in paths:
        frontier = list(roots)
        for name in path:
            following: list[Any] = []
            for obj in frontier:
                fetch = typedef_of(obj).relationships.get(name)
                if fetch is None:
                    continue
                related = fetch(ctx, obj)
                items = related if isinstance(related, list) else [related]
                for item in items:
                    if item is None:
                        continue
                    key = (typedef_of(item).name, str(item.id))
                    found.setdefault(key, item)
                    following.append(item)
            frontier = following
    return list(found.values())


def document(
    ctx: Ctx,
    primary: Any,
    *,
    links: dict[str, Any] | None = None,
    meta: dict[str, Any] | None = None,
    status: int = 200,
) -> JSONResponse:
    """A JSON:API document for one entity or a list, honouring ``include=``."""
    many = isinstance(primary, list)
    roots = primary if many else [primary]
    doc: dict[str, Any] = {
        "data": [resource_object(ctx, o) for o in roots] if many else resource_object(ctx, primary)
    }
    paths = _include_paths(ctx)
    if paths:
        primary_keys = {(typedef_of(o).name, str(o.id)) for o in roots}
        doc["included"] = [
            resource_object(ctx, o)
            for o in _collect(ctx, roots, paths)
            if (typedef_of(o).name, str(o.id)) not in primary_keys
        ]
    doc["links"] = links or {"self": str(ctx.request.url)}
    if meta:
        doc["meta"] = meta
    doc["jsonapi"] = {"version": "1.0"}
    return jsonapi(doc, status)


def collection(ctx: Ctx, items: Sequence[Any], *, default_size: int = 30) -> JSONResponse:
    """A paginated collection document: ``page[number]``/``page[size]``, links and ``meta.page``."""
    page, links, meta = paginate(ctx, items, default_size=default_size)
    return document(ctx, page, links=links, meta=meta)
