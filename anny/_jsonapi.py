"""JSON:API documents: :class:`Document`, :class:`Resource`, :class:`Ref`, :class:`Relationship`.

Parsing is *lenient by design*: a new attribute, relationship or resource type on the
server never breaks an old client. Everything unknown is kept; linkage that points at a
resource which is not in ``data``/``included`` stays a :class:`Ref`. Relationships are
resolved lazily through an identity map shared by the whole document, so cycles
(``order → bookings → order``) cost nothing and cannot recurse.

Bodies that are not JSON:API (the availability endpoints return bare arrays and objects)
become a :class:`Document` with ``is_jsonapi=False`` whose ``data`` is the body itself.

Performance notes (figures: ``make bench``): a resource wraps its decoded JSON object and
builds nothing else up front; ``links``, ``meta`` and relationship objects are read from it
on access, and resolving one relationship touches only that relationship. The identity map
holds the decoded objects and only *weak* references to the :class:`Resource` wrappers, so
no reference cycle exists: a page of results is freed by reference counting alone, even
with the cyclic garbage collector disabled.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from typing import Any, TypeAlias, Union, overload

import attrs

__all__ = ["Document", "Linkage", "Ref", "Relationship", "Resource"]

_DOC_MEMBERS = frozenset({"data", "errors", "meta", "jsonapi", "links", "included"})

_EMPTY: dict[str, Any] = {}  # read-only by convention: returned for absent members


def _as_dict(value: object) -> dict[str, Any]:
    # Decoded JSON objects are plain dicts that the document owns: share them instead of
    # copying. `type() is dict` first: an isinstance(…, Mapping) check is an ABC lookup.
    if type(value) is dict:
        return value
    return dict(value) if isinstance(value, Mapping) else {}


def _id_str(value: object) -> str | None:
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (str, int)):
        return str(value)
    return None


def _is_resource_object(obj: object) -> bool:
    # A string type and an id (or none, for a write envelope). Unknown extra members are
    # tolerated so that a server-side addition cannot flip a document to "plain".
    if type(obj) is dict:
        if type(obj.get("type")) is str and type(obj.get("id")) is str:
            return True  # the common case, decided without isinstance()
    elif not isinstance(obj, Mapping):
        return False
    if not isinstance(obj.get("type"), str):
        return False
    id_ = obj.get("id")
    return id_ is None or _id_str(id_) is not None


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

_SKIP: Any = object()  # linkage item that is not a linkage object: dropped, as before


class _IdentityMap:
    """``(type, id) → Resource`` over ``data`` + ``included`` of one document.

    Keeps the decoded objects (strongly) and the :class:`Resource` wrappers built for them
    (weakly, keyed by the object's ``id()``, stable while the map holds the object). A
    wrapper nobody holds any more is simply rebuilt on the next lookup; one that is still
    held is returned again, so identity (``booking.order.bookings[0] is booking``) holds.
    """

    __slots__ = ("_index", "_live", "_sources")

    def __init__(self, *sources: list[Any]) -> None:
        self._sources = sources
        self._index: dict[str, dict[str, Any]] | None = None
        self._live: dict[int, weakref.ref[Resource]] = {}

    def _build_index(self) -> dict[str, dict[str, Any]]:
        # Built on the first lookup: a page that is only iterated never pays for it.
        # type → id → object: two lookups of strings hash faster than building tuple keys.
        index: dict[str, dict[str, Any]] = {}
        for source in self._sources:
            for obj in source:
                type_: Any
                id_: Any
                if type(obj) is dict:
                    type_, id_ = obj.get("type"), obj.get("id")
                    if type(type_) is not str or type(id_) is not str:
                        if not _is_resource_object(obj):
                            continue
                        id_ = _id_str(id_)
                        if id_ is None:
                            continue
                elif _is_resource_object(obj):
                    type_, id_ = obj["type"], _id_str(obj.get("id"))
                    if id_ is None:
                        continue
                else:
                    continue
                by_id = index.get(type_)
                if by_id is None:
                    index[type_] = by_id = {}
                # The first occurrence wins: `data` is indexed before `included`.
                by_id.setdefault(id_, obj)
        self._index = index
        return index

    def register(self, resource: Resource, obj: object) -> None:
        self._live[id(obj)] = weakref.ref(resource)

    def wrap(self, obj: Mapping[str, Any]) -> Resource:
        """The live :class:`Resource` for a decoded object of this document (or a new one)."""
        ref = self._live.get(id(obj))
        if ref is not None:
            resource = ref()
            if resource is not None:
                return resource
        resource = Resource(obj, self)
        self._live[id(obj)] = weakref.ref(resource)
        return resource

    def lookup(self, type_: str, id_: str | None) -> Resource | None:
        if id_ is None:
            return None
        index = self._index if self._index is not None else self._build_index()
        obj = index.get(type_, _EMPTY).get(id_)
        return None if obj is None else self.wrap(obj)

    def resolve(self, ref: Ref) -> Resource | Ref:
        found = self.lookup(ref.type, ref.id)
        return ref if found is None else found

    def item(self, obj: object) -> Resource | Ref:
        """One linkage object resolved; ``_SKIP`` if it is not a linkage object."""
        if type(obj) is not dict and not isinstance(obj, Mapping):
            return _SKIP  # type: ignore[no-any-return]
        type_ = obj.get("type")
        if not isinstance(type_, str):
            return _SKIP  # type: ignore[no-any-return]
        id_ = obj.get("id")
        if type(id_) is not str:
            id_ = _id_str(id_)
        if id_ is not None:
            # lookup() and wrap() inlined: this runs once per relationship resolved.
            index = self._index if self._index is not None else self._build_index()
            found = index.get(type_, _EMPTY).get(id_)
            if found is not None:
                ref = self._live.get(id(found))
                if ref is not None:
                    resource = ref()
                    if resource is not None:
                        return resource
                resource = _make_resource(found, self)
                self._live[id(found)] = weakref.ref(resource)
                return resource
        return Ref(type_, id_, _as_dict(obj.get("meta")))

    def to_one(self, type_: str, id_: str, linkage: Mapping[str, Any]) -> Resource | Ref:
        """:meth:`item` for the common case, a ``{"type": str, "id": str}`` linkage."""
        index = self._index if self._index is not None else self._build_index()
        by_id = index.get(type_)
        found = None if by_id is None else by_id.get(id_)
        if found is None:
            return Ref(type_, id_, _as_dict(linkage.get("meta")))
        ref = self._live.get(id(found))
        if ref is not None:
            alive = ref()
            if alive is not None:
                return alive
        resource: Any = _new_resource(_Builder)  # _make_resource(), inlined on this hot path
        resource.raw = found
        resource._map = self
        resource.__class__ = Resource
        self._live[id(found)] = weakref.ref(resource)
        return resource  # type: ignore[no-any-return]

    def linkage(self, relationship: object) -> Linkage:
        """The resolved ``data`` of a relationship object, without building a
        :class:`Relationship` (this is what ``booking.service`` costs)."""
        if type(relationship) is dict:
            data = relationship.get("data")
            if type(data) is dict:  # the common to-one linkage: straight to the index
                type_, id_ = data.get("type"), data.get("id")
                if type(type_) is str and type(id_) is str:
                    return self.to_one(type_, id_, data)
        else:
            data = _as_dict(relationship).get("data")
        if type(data) is list:
            return [found for found in map(self.item, data) if found is not _SKIP]
        if data is None:
            return None
        found = self.item(data)
        return None if found is _SKIP else found


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


_MISSING: Any = object()


class Resource:
    """A JSON:API resource object.

    Attributes are reachable as ``res["name"]`` and ``res.name``; a relationship name used
    as an attribute returns the *resolved* related data (``booking.resource.name``). Names
    that clash with the members below (``type``, ``id``, ``meta``, ``links``, ``get`` ...)
    are only reachable with ``res["..."]``.
    """

    # Two stored fields only: building a resource is the per-item cost of parsing a page,
    # and everything else (type, id, attributes ...) is read from `raw` on access.
    __slots__ = ("__weakref__", "_map", "_relationships", "raw")

    raw: Mapping[str, Any]
    _map: _IdentityMap

    def __init__(self, obj: Mapping[str, Any], identity_map: _IdentityMap | None = None) -> None:
        # Slot descriptors directly: __setattr__ is closed (read-only).
        obj.get("type")  # fail early, as before, on an object that is not a mapping
        _set_raw(self, obj)
        _set_map(self, identity_map if identity_map is not None else _IdentityMap())

    @property
    def type(self) -> str:
        """The resource type (``"bookings"`` ...)."""
        type_ = _get_raw(self).get("type")
        return type_ if type(type_) is str else str(type_)

    @property
    def id(self) -> str | None:
        """The id as a string (the API sends both numbers and strings); ``None`` if absent."""
        id_ = _get_raw(self).get("id")
        return id_ if type(id_) is str else _id_str(id_)

    @property
    def attributes(self) -> dict[str, Any]:
        """The attributes object (shared with ``raw``; empty if absent)."""
        return _as_dict(_get_raw(self).get("attributes"))

    @property
    def links(self) -> dict[str, Any]:
        """The resource-level ``links`` (empty if absent)."""
        return _as_dict(_get_raw(self).get("links"))

    @property
    def meta(self) -> dict[str, Any]:
        """The resource-level ``meta`` (empty if absent)."""
        return _as_dict(_get_raw(self).get("meta"))

    @property
    def relationships(self) -> dict[str, Relationship]:
        """Relationship objects by name (built once, on first access)."""
        try:
            rels: dict[str, Relationship] = _get_relationships(self)
        except AttributeError:
            identity_map = _get_map(self)
            rels = {
                str(name): Relationship(str(name), rel, identity_map)
                for name, rel in _as_dict(_get_raw(self).get("relationships")).items()
            }
            _set_relationships(self, rels)
        return rels

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Resource:
        """A standalone resource (its relationships resolve to :class:`Ref` only)."""
        return cls(obj)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Resource is read-only")

    def _lookup(self, name: str) -> Any:
        # Attribute first, then relationship; only the one relationship asked for is read.
        raw = _get_raw(self)
        attributes = raw.get("attributes")
        if type(attributes) is not dict:
            attributes = _as_dict(attributes)
        value = attributes.get(name, _MISSING)
        if value is not _MISSING:
            return value
        relationships = raw.get("relationships")
        if type(relationships) is not dict:
            relationships = _as_dict(relationships)
        if name in relationships:
            return _get_map(self).linkage(relationships[name])
        return _MISSING

    def __getattribute__(self, name: str) -> Any:
        # A name the class defines (slot, property, method, dunder) takes the normal lookup;
        # any other name can only be an attribute or relationship, so it goes to __getattr__
        # directly: letting the normal lookup fail first costs an AttributeError (~0.8 µs on
        # CPython 3.11) on every `booking.resource` and `room.name`. Subclasses keep the
        # normal lookup (their own members are not in _MEMBERS).
        if name in _MEMBERS or type(self) is not Resource:
            return _generic_getattr(self, name)
        # The fast paths of __getattr__ inlined (one Python frame per `booking.resource` and
        # `room.name` instead of three): a plain attribute, then a to-one relationship with
        # string linkage. Everything else goes to __getattr__, which words the errors.
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            raw = _get_raw(self)
        except AttributeError:  # half-built instance (copy/pickle protocols)
            raise AttributeError(name) from None
        attributes = raw.get("attributes")
        if type(attributes) is dict:
            value = attributes.get(name, _MISSING)
            if value is not _MISSING:
                return value
            relationships = raw.get("relationships")
            if type(relationships) is dict:
                relationship = relationships.get(name)
                if type(relationship) is dict:
                    data = relationship.get("data")
                    if type(data) is dict:
                        type_, id_ = data.get("type"), data.get("id")
                        if type(type_) is str and type(id_) is str:
                            return _get_map(self).to_one(type_, id_, data)
        return _dynamic_getattr(self, name)

    def __getattr__(self, name: str) -> Any:
        # Called when normal lookup fails, i.e. for attribute and relationship names (and an
        # unset slot of a half-built instance).
        try:
            attributes = _get_raw(self).get("attributes")
            _get_map(self)
        except AttributeError:  # half-built instance (copy/pickle protocols)
            raise AttributeError(name) from None
        if name.startswith("__"):
            raise AttributeError(name)
        if type(attributes) is dict:  # the plain-attribute fast path: one dict lookup
            value = attributes.get(name, _MISSING)
            if value is not _MISSING:
                return value
            # Then the relationship fast path (`booking.resource`, the idiom users write):
            # one dict lookup and the identity map, as cheap as `related()`.
            relationships = _get_raw(self).get("relationships")
            if type(relationships) is dict:
                relationship = relationships.get(name, _MISSING)
                if relationship is not _MISSING:
                    return _get_map(self).linkage(relationship)
        value = self._lookup(name)
        if value is _MISSING:
            raise AttributeError(
                f"{self.type!r} resource has no attribute or relationship {name!r}"
            )
        return value

    def __getitem__(self, name: str) -> Any:
        value = self._lookup(name)
        if value is _MISSING:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return name in self.attributes or name in _as_dict(_get_raw(self).get("relationships"))

    def get(self, name: str, default: Any = None) -> Any:
        """An attribute or resolved relationship, or ``default``."""
        value = self._lookup(name)
        return default if value is _MISSING else value

    def related(self, name: str) -> Linkage:
        """The resolved data of relationship ``name`` (``None`` if there is none)."""
        relationships = _get_raw(self).get("relationships")
        if type(relationships) is not dict:
            relationships = _as_dict(relationships)
        relationship = relationships.get(name)
        if relationship is None:
            return None
        identity_map: _IdentityMap = _get_map(self)
        if type(relationship) is dict:
            data = relationship.get("data")
            if type(data) is dict:  # linkage()'s fast path, inlined: one call fewer
                type_, id_ = data.get("type"), data.get("id")
                if type(type_) is str and type(id_) is str:
                    return identity_map.to_one(type_, id_, data)
        return identity_map.linkage(relationship)

    @property
    def ref(self) -> Ref:
        """This resource as a :class:`Ref`."""
        return Ref(self.type, self.id)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self.attributes) | set(self.relationships))

    def __repr__(self) -> str:
        # Never expands relationships: that could be huge, and cycles are normal.
        attributes = self.attributes
        keys = ", ".join(list(attributes)[:8])
        more = ", …" if len(attributes) > 8 else ""
        return f"Resource(type={self.type!r}, id={self.id!r}, attributes=[{keys}{more}])"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Resource):
            return NotImplemented
        return (self.type, self.id, self.raw) == (other.type, other.id, other.raw)

    def __hash__(self) -> int:
        return hash((self.type, self.id))


def _slot(name: str) -> Any:
    return Resource.__dict__[name]


_set_raw = _slot("raw").__set__
_get_raw = _slot("raw").__get__
_set_map = _slot("_map").__set__
_get_map = _slot("_map").__get__
_new_resource = object.__new__


class _Builder(Resource):
    # Where a Resource is made on the parsing paths: an instance of this subclass takes plain
    # attribute stores into its slots (a Resource's own __setattr__ raises: it is read-only),
    # then is given the class Resource. The layouts are the same (no slot added, so CPython
    # allows the __class__ store), and two stores plus the class cost less than two calls
    # of the slots' __set__ (~50 ns of ~200 per resource, for every resource of a page).
    __slots__ = ()
    __setattr__ = object.__setattr__  # type: ignore[assignment]


def _make_resource(obj: Mapping[str, Any], identity_map: _IdentityMap) -> Resource:
    # Resource(obj, map) without the call of __init__ (objects known to be mappings).
    resource: Any = _new_resource(_Builder)
    resource.raw = obj
    resource._map = identity_map
    resource.__class__ = Resource
    return resource  # type: ignore[no-any-return]


_set_relationships = _slot("_relationships").__set__


def related_object(res: Resource, name: str) -> Mapping[str, Any] | None:
    """The decoded object ``res.related(name)`` wraps when that is one resource of the
    document, else ``None``; builds no :class:`Resource` (a view reads one attribute of it)."""
    if type(res) is Resource:
        relationships = _get_raw(res).get("relationships")
        if type(relationships) is dict:
            relationship = relationships.get(name)
            if type(relationship) is dict:
                data = relationship.get("data")
                if type(data) is dict:
                    type_, id_ = data.get("type"), data.get("id")
                    if type(type_) is str and type(id_) is str:
                        # to_one()'s lookup, without the wrapper.
                        identity_map: _IdentityMap = _get_map(res)
                        index = identity_map._index
                        if index is None:
                            index = identity_map._build_index()
                        return index.get(type_, _EMPTY).get(id_)
    related = res.related(name)
    return _get_raw(related) if isinstance(related, Resource) else None


_generic_getattr = object.__getattribute__
_dynamic_getattr = Resource.__getattr__
#: Every name normal attribute lookup can find on a Resource (it has no instance dict).
_MEMBERS = frozenset(name for cls in Resource.__mro__ for name in vars(cls))
_get_relationships = _slot("_relationships").__get__


class Document:
    """A parsed response body.

    For JSON:API bodies ``data`` is a :class:`Resource`, a list of them, or ``None``;
    ``included``, ``links``, ``meta`` and ``jsonapi`` are the top-level members (empty when
    absent). For plain JSON bodies (``is_jsonapi`` is False) ``data`` is the decoded body
    itself: a list, a dict, a number ... ``raw`` is always the decoded body.
    """

    __slots__ = (
        "_included",
        "_included_raw",
        "_map",
        "data",
        "is_jsonapi",
        "jsonapi",
        "links",
        "meta",
        "raw",
    )

    data: Any
    links: dict[str, Any]
    meta: dict[str, Any]
    jsonapi: dict[str, Any] | None
    raw: Any
    is_jsonapi: bool

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.links = {}
        self.meta = {}
        self.jsonapi = None
        self._included: list[Resource] | None = None
        self._included_raw: list[Any] = []
        self.is_jsonapi = self._looks_like_jsonapi(raw)
        if not self.is_jsonapi:
            self._map = _IdentityMap()
            self.data = raw
            return
        self.links = _as_dict(raw.get("links"))
        self.meta = _as_dict(raw.get("meta"))
        jsonapi = raw.get("jsonapi")
        self.jsonapi = dict(jsonapi) if isinstance(jsonapi, Mapping) else None
        included = raw.get("included")
        if type(included) is list:
            self._included_raw = included
        elif isinstance(included, list):
            self._included_raw = list(included)
        data = raw.get("data")
        if isinstance(data, list):
            self._map = identity_map = _IdentityMap(data, self._included_raw)
            live = identity_map._live
            ref = weakref.ref
            resources: list[Resource] = []
            append = resources.append
            new, builder, cls = _new_resource, _Builder, Resource
            resource: Any
            for item in data:  # every item is a mapping: _looks_like_jsonapi checked
                resource = new(builder)  # _make_resource(), inlined: once per item of a page
                resource.raw = item
                resource._map = identity_map
                resource.__class__ = cls
                live[id(item)] = ref(resource)
                append(resource)
            self.data = resources
        elif data is not None:
            self._map = identity_map = _IdentityMap([data], self._included_raw)
            self.data = Resource(data, identity_map)
            identity_map.register(self.data, data)
        else:
            self._map = _IdentityMap(self._included_raw)
            self.data = None

    @property
    def included(self) -> list[Resource]:
        """The ``included`` resources (built on first access, shared with resolution)."""
        if self._included is None:
            wrap = self._map.wrap
            self._included = [wrap(obj) for obj in self._included_raw if _is_resource_object(obj)]
        return self._included

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
            return all(map(_is_resource_object, data))
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
        return self._map.lookup(type_, str(id_))

    def __iter__(self) -> Iterator[Any]:
        """Iterate the primary data (resources, or the items of a plain JSON list)."""
        if self.is_jsonapi:
            return iter(self.data) if isinstance(self.data, list) else iter(self.resources)
        return iter(self.data) if isinstance(self.data, list) else iter(())

    def __len__(self) -> int:
        if self.is_jsonapi:
            return len(self.data) if isinstance(self.data, list) else len(self.resources)
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
        included = sum(map(_is_resource_object, self._included_raw))
        return f"Document({shape}, included={included})"
