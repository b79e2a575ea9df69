"""JSON:API documents: :class:`Document`, :class:`Resource`, :class:`Ref`, :class:`Relationship`.

Parsing is *lenient by design*: a new attribute, relationship or resource type on the
server never breaks an old client. Everything unknown is kept; linkage that points at a
resource which is not in ``data``/``included`` stays a :class:`Ref`. Relationships are
resolved lazily through an identity map shared by the whole document, so cycles
(``order → bookings → order``) cost nothing and cannot recurse.

Bodies that are not JSON:API (the availability endpoints return bare arrays and objects)
become a :class:`Document` with ``is_jsonapi=False`` whose ``data`` is the body itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeAlias, Union, overload

import attrs

__all__ = ["Document", "Linkage", "Ref", "Relationship", "Resource"]

_DOC_MEMBERS = frozenset({"data", "errors", "meta", "jsonapi", "links", "included"})


def _as_dict(value: object) -> dict[str, Any]:
    # Decoded JSON objects are plain dicts that the document owns: share them instead of
    # copying (parsing cost is dominated by per-resource work, see scripts/bench.py).
    if type(value) is dict:
        return value
    return dict(value) if isinstance(value, Mapping) else {}


def _id_str(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (str, int)):
        return str(value)
    return None


def _is_resource_object(obj: object) -> bool:
    # A string type and an id (or none, for a write envelope). Unknown extra members are
    # tolerated so that a server-side addition cannot flip a document to "plain".
    return (
        isinstance(obj, Mapping)
        and isinstance(obj.get("type"), str)
        and (obj.get("id") is None or _id_str(obj.get("id")) is not None)
    )


@attrs.frozen(repr=False)
class Ref:
    """Resource linkage that could not be (or was not) resolved: ``type`` + ``id`` + ``meta``.

    ``meta`` is the linkage-level meta (e.g. an order's bookings carry booking meta there).
    """

    type: str
    id: str | None
    meta: Mapping[str, Any] = attrs.field(factory=dict, eq=False)

    def __repr__(self) -> str:
        return f"Ref(type={self.type!r}, id={self.id!r})"


#: What a relationship resolves to: one resource/ref, ``None``, or a list of them.
Linkage: TypeAlias = Union["Resource", Ref, list[Union["Resource", Ref]], None]


class _IdentityMap:
    """``(type, id) → Resource`` over ``data`` + ``included`` of one document."""

    __slots__ = ("_by_key",)

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], Resource] = {}

    def add(self, resource: Resource) -> None:
        if resource.id is not None:
            # The first occurrence wins: `data` is added before `included`.
            self._by_key.setdefault((resource.type, resource.id), resource)

    def resolve(self, ref: Ref) -> Resource | Ref:
        if ref.id is None:
            return ref
        return self._by_key.get((ref.type, ref.id), ref)

    def __len__(self) -> int:
        return len(self._by_key)


class Relationship:
    """One relationship object: its linkage (``refs``), ``links``, ``meta`` and resolved ``data``.

    ``data`` is resolved on each access through the document's identity map: to-one gives
    ``Resource | Ref | None``, to-many gives a list. ``is_to_many`` tells which.
    ``has_data`` is False when the server sent only links (no linkage at all).
    """

    __slots__ = ("_map", "has_data", "is_to_many", "links", "meta", "name", "refs")

    def __init__(self, name: str, obj: object, identity_map: _IdentityMap) -> None:
        raw = _as_dict(obj)
        self.name = name
        self.links: dict[str, Any] = _as_dict(raw.get("links"))
        self.meta: dict[str, Any] = _as_dict(raw.get("meta"))
        self.has_data = "data" in raw
        data = raw.get("data")
        self.is_to_many = isinstance(data, list)
        items = data if isinstance(data, list) else ([] if data is None else [data])
        self.refs: list[Ref] = []
        for item in items:
            if isinstance(item, Mapping) and isinstance(item.get("type"), str):
                self.refs.append(
                    Ref(item["type"], _id_str(item.get("id")), _as_dict(item.get("meta")))
                )
        self._map = identity_map

    @property
    def data(self) -> Linkage:
        """The related resource(s), resolved lazily; unresolved linkage stays a :class:`Ref`."""
        resolved = [self._map.resolve(ref) for ref in self.refs]
        if self.is_to_many:
            return resolved
        return resolved[0] if resolved else None

    def __repr__(self) -> str:
        return f"Relationship(name={self.name!r}, refs={self.refs!r})"


class Resource:
    """A JSON:API resource object.

    Attributes are reachable as ``res["name"]`` and ``res.name``; a relationship name used
    as an attribute returns the *resolved* related data (``booking.resource.name``). Names
    that clash with the members below (``type``, ``id``, ``meta``, ``links``, ``get`` ...)
    are only reachable with ``res["..."]``.
    """

    __slots__ = ("_map", "_relationships", "attributes", "id", "links", "meta", "raw", "type")

    type: str
    id: str | None
    attributes: dict[str, Any]
    links: dict[str, Any]
    meta: dict[str, Any]
    raw: Mapping[str, Any]

    def __init__(self, obj: Mapping[str, Any], identity_map: _IdentityMap | None = None) -> None:
        identity_map = identity_map if identity_map is not None else _IdentityMap()
        object.__setattr__(self, "type", str(obj.get("type")))
        object.__setattr__(self, "id", _id_str(obj.get("id")))
        object.__setattr__(self, "attributes", _as_dict(obj.get("attributes")))
        object.__setattr__(self, "links", _as_dict(obj.get("links")))
        object.__setattr__(self, "meta", _as_dict(obj.get("meta")))
        object.__setattr__(self, "raw", obj)
        object.__setattr__(self, "_map", identity_map)
        # Built on first use: most resources of a large page are never navigated.
        object.__setattr__(self, "_relationships", None)

    @property
    def relationships(self) -> dict[str, Relationship]:
        """Relationship objects by name (built once, on first access)."""
        rels: dict[str, Relationship] | None = object.__getattribute__(self, "_relationships")
        if rels is None:
            identity_map = object.__getattribute__(self, "_map")
            raw = object.__getattribute__(self, "raw")
            rels = {
                str(name): Relationship(str(name), rel, identity_map)
                for name, rel in _as_dict(raw.get("relationships")).items()
            }
            object.__setattr__(self, "_relationships", rels)
        return rels

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Resource:
        """A standalone resource (its relationships resolve to :class:`Ref` only)."""
        return cls(obj)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Resource is read-only")

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails, i.e. for attribute and relationship names.
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            attributes = object.__getattribute__(self, "attributes")
            object.__getattribute__(self, "_map")
        except AttributeError:  # half-built instance (copy/pickle protocols)
            raise AttributeError(name) from None
        relationships = self.relationships
        if name in attributes:
            return attributes[name]
        if name in relationships:
            return relationships[name].data
        raise AttributeError(f"{self.type!r} resource has no attribute or relationship {name!r}")

    def __getitem__(self, name: str) -> Any:
        if name in self.attributes:
            return self.attributes[name]
        if name in self.relationships:
            return self.relationships[name].data
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return name in self.attributes or name in self.relationships

    def get(self, name: str, default: Any = None) -> Any:
        """An attribute or resolved relationship, or ``default``."""
        try:
            return self[name]
        except KeyError:
            return default

    def related(self, name: str) -> Linkage:
        """The resolved data of relationship ``name`` (``None`` if there is none)."""
        rel = self.relationships.get(name)
        return rel.data if rel is not None else None

    @property
    def ref(self) -> Ref:
        """This resource as a :class:`Ref`."""
        return Ref(self.type, self.id)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self.attributes) | set(self.relationships))

    def __repr__(self) -> str:
        # Never expands relationships: that could be huge, and cycles are normal.
        keys = ", ".join(list(self.attributes)[:8])
        more = ", …" if len(self.attributes) > 8 else ""
        return f"Resource(type={self.type!r}, id={self.id!r}, attributes=[{keys}{more}])"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Resource):
            return NotImplemented
        return (self.type, self.id, self.raw) == (other.type, other.id, other.raw)

    def __hash__(self) -> int:
        return hash((self.type, self.id))


class Document:
    """A parsed response body.

    For JSON:API bodies ``data`` is a :class:`Resource`, a list of them, or ``None``;
    ``included``, ``links``, ``meta`` and ``jsonapi`` are the top-level members (empty when
    absent). For plain JSON bodies (``is_jsonapi`` is False) ``data`` is the decoded body
    itself: a list, a dict, a number ... ``raw`` is always the decoded body.
    """

    __slots__ = ("_map", "data", "included", "is_jsonapi", "jsonapi", "links", "meta", "raw")

    data: Any
    included: list[Resource]
    links: dict[str, Any]
    meta: dict[str, Any]
    jsonapi: dict[str, Any] | None
    raw: Any
    is_jsonapi: bool

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self._map = _IdentityMap()
        self.included = []
        self.links = {}
        self.meta = {}
        self.jsonapi = None
        self.is_jsonapi = self._looks_like_jsonapi(raw)
        if not self.is_jsonapi:
            self.data = raw
            return
        self.links = _as_dict(raw.get("links"))
        self.meta = _as_dict(raw.get("meta"))
        jsonapi = raw.get("jsonapi")
        self.jsonapi = dict(jsonapi) if isinstance(jsonapi, Mapping) else None
        data = raw.get("data")
        if isinstance(data, list):
            self.data = [Resource(item, self._map) for item in data]
            primary = list(self.data)
        elif data is not None:
            self.data = Resource(data, self._map)
            primary = [self.data]
        else:
            self.data = None
            primary = []
        included = raw.get("included")
        if isinstance(included, list):
            self.included = [
                Resource(item, self._map) for item in included if _is_resource_object(item)
            ]
        for resource in (*primary, *self.included):
            self._map.add(resource)

    @staticmethod
    def _looks_like_jsonapi(raw: object) -> bool:
        if not isinstance(raw, Mapping) or not raw:
            return False
        only_doc_members = not (set(raw) - _DOC_MEMBERS)
        if "data" not in raw:
            # Meta-only JSON:API documents exist; anything else without `data` is plain JSON
            # (e.g. `{"resourceLocations": [...]}` or an availability object).
            return only_doc_members and ("meta" in raw or "jsonapi" in raw)
        data = raw["data"]
        if data is None:
            # `"data": null` is JSON:API's "no resource" (empty cart, missing to-one); a new
            # top-level member next to it must not turn the document into plain JSON.
            return True
        if isinstance(data, list):
            return all(_is_resource_object(item) for item in data)
        return _is_resource_object(data)

    @classmethod
    def from_json(cls, obj: object) -> Document:
        """Build a document from any decoded JSON value. Never raises."""
        return cls(obj)

    @property
    def resources(self) -> list[Resource]:
        """Primary data as a list (empty for ``None`` or plain bodies)."""
        if isinstance(self.data, Resource):
            return [self.data]
        if isinstance(self.data, list) and self.is_jsonapi:
            return list(self.data)
        return []

    def find(self, type_: str, id_: str | int) -> Resource | None:
        """The resource ``(type, id)`` from data or included, if present."""
        found = self._map.resolve(Ref(type_, str(id_)))
        return found if isinstance(found, Resource) else None

    def __iter__(self) -> Iterator[Any]:
        """Iterate the primary data (resources, or the items of a plain JSON list)."""
        if self.is_jsonapi:
            return iter(self.resources)
        return iter(self.data) if isinstance(self.data, list) else iter(())

    def __len__(self) -> int:
        if self.is_jsonapi:
            return len(self.resources)
        return len(self.data) if isinstance(self.data, list) else 0

    @overload
    def __getitem__(self, key: int) -> Any: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, int):
            return self.resources[key] if self.is_jsonapi else self.data[key]
        return self.raw[key]

    def __repr__(self) -> str:
        if not self.is_jsonapi:
            return f"Document(plain {type(self.raw).__name__})"
        shape = f"{len(self.data)} resources" if isinstance(self.data, list) else repr(self.data)
        return f"Document({shape}, included={len(self.included)})"
