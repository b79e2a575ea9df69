"""Typed views over :class:`~anny.Resource` for the main resource types.

Views are small frozen attrs classes built with ``View.from_resource(res)`` (or
``View.from_document(doc)`` for a single-resource document). They are forward compatible
by construction:

* every field is optional except ``id``; unknown attributes stay reachable through
  ``view.raw`` (the underlying :class:`~anny.Resource`, with its relationships, links
  and meta);
* enums have an ``UNKNOWN`` member and the view keeps the raw string
  (``booking.status_raw``), so a new server-side status never breaks an old client;
* datetimes are timezone-aware (:func:`dateutil.parser.isoparse`); a value the client
  cannot read becomes ``None`` rather than an exception — the raw string is still in
  ``view.raw``;
* money is :class:`Money`: a :class:`~decimal.Decimal` amount with its currency.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import warnings
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple, Self, TypeVar

import attrs

from anny._jsonapi import Document, Resource, _as_dict, _get_map, _get_raw, related_object
from anny.errors import APIResponseValidationError

__all__ = [
    "BookableResource",
    "Booking",
    "BookingStatus",
    "Customer",
    "Money",
    "Order",
    "Organization",
    "Service",
    "parse_datetime",
    "parse_money",
]

V = TypeVar("V", bound="_View")
E = TypeVar("E", bound=enum.Enum)


def lenient_member(cls: type[E], value: object) -> E:
    """The member of ``cls`` for ``value`` (also lower-cased); ``cls("unknown")`` otherwise.

    Never raises: a status or reason the server adds later must not break an old client. A
    dict lookup, because calling the enum class costs ~1 µs on every record parsed.
    """
    members = cls._value2member_map_
    if isinstance(value, str):
        found = members.get(value) or members.get(value.lower())
        if found is not None:
            return found  # type: ignore[return-value]
    return cls("unknown")


class LenientEnum(enum.StrEnum):
    """A string enum whose :meth:`parse` maps anything it does not know to ``UNKNOWN`` (every
    subclass has that member). The views' compiled readers look a known value up in the
    enum's own map directly, and call :meth:`parse` for anything else."""

    @classmethod
    def parse(cls, value: object) -> Self:
        """The member for ``value``; ``UNKNOWN`` for anything else (never raises)."""
        return lenient_member(cls, value)


class BookingStatus(LenientEnum):
    """Booking lifecycle status; ``UNKNOWN`` for values this client does not know yet."""

    RESERVED = "reserved"
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    INVITED = "invited"
    REJECTED = "rejected"
    CANCELED = "canceled"
    EXPIRED = "expired"
    PENDING = "pending"
    UNKNOWN = "unknown"


@attrs.frozen
class Money:
    """An amount in major units (euros, not cents) with its ISO currency code."""

    amount: Decimal
    currency: str | None = None

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}" if self.currency else str(self.amount)


class _LazyAmount:
    """``Money.amount``, in place of its slot's member descriptor: a view's compiled reader
    stores the JSON number (a float or int it has checked to be well within the bounds of
    :func:`_decimal`) and the first read makes it the :class:`~decimal.Decimal` of its text,
    as :func:`parse_money` would have (then stores it: later reads return the same object).
    Equality, hashing, ``repr``, ``str`` and pickling read the attribute, so they see the
    Decimal. A float or int given to ``Money(...)`` directly reads as that Decimal too."""

    __slots__ = ("_get", "_set", "_slot")

    def __init__(self, slot: types.MemberDescriptorType) -> None:
        self._slot = slot
        self._get = slot.__get__
        self._set = slot.__set__

    def __get__(self, money: Any, owner: type | None = None) -> Any:
        if money is None:
            return self
        value = self._get(money)
        if type(value) is float or type(value) is int:
            value = Decimal(repr(value))  # repr(): 0.1 stays 0.1, as str() in _decimal()
            self._set(money, value)
        return value

    def __set__(self, money: Any, value: Any) -> None:
        self._set(money, value)

    def __delete__(self, money: Any) -> None:
        self._slot.__delete__(money)


setattr(Money, "amount", _LazyAmount(vars(Money)["amount"]))  # noqa: B010 (mypy: a field)


# The longest ISO 8601 form the API could send ("2026-04-15T09:00:00.123456789+02:00") is
# far shorter; a longer string is not a timestamp and is not handed to the parser at all.
_MAX_DATETIME_CHARS = 64


def _isoparse_fallback(value: str) -> dt.datetime | None:
    # Rarer ISO 8601 forms (`24:00`, week dates ...). dateutil is imported here, on first
    # need, which keeps it out of `import anny`.
    from dateutil.parser import isoparse

    try:
        return isoparse(value)
    except (ValueError, OverflowError):
        return None


def parse_datetime(value: object) -> dt.datetime | None:
    """A timezone-aware datetime from an ISO 8601 string; ``None`` if absent or unreadable.

    A value without offset is read as UTC: the API stores timestamps in UTC.
    """
    if not isinstance(value, str) or not value or len(value) > _MAX_DATETIME_CHARS:
        return None
    parsed: dt.datetime | None
    try:
        # The C parser reads every form the API sends (RFC 3339) ~30x faster than dateutil.
        parsed = _fromisoformat(value)
    except ValueError:
        parsed = _isoparse_fallback(value)
        if parsed is None:
            return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def zone_of(name: str | None) -> dt.tzinfo | None:
    """The :class:`~zoneinfo.ZoneInfo` of an IANA name; ``None`` if absent or unknown."""
    if not name or not isinstance(name, str):
        return None
    return _zone(name)


@functools.lru_cache(maxsize=64)
def _zone(name: str) -> dt.tzinfo | None:
    # Cached (bounded: the names come from the server): a page of bookings asks for the same
    # few zones once per booking, and an unknown name would otherwise be searched on disk
    # every time. ZoneInfo keeps one instance per name anyway, so the result is the same.
    from zoneinfo import ZoneInfo  # on first need: most programs never convert a time

    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        return None


def in_zone(value: dt.datetime | None, zone: dt.tzinfo | None) -> dt.datetime | None:
    """``value`` shown in ``zone`` (a resource's time zone) when one is known.

    anny stores timestamps in UTC and answers availability in local time; every typed result
    converts through this one function, so a booking, its quote and its slots read alike.
    """
    return value if value is None or zone is None else value.astimezone(zone)


def parse_local_datetime(value: object, zone: dt.tzinfo | None) -> dt.datetime | None:
    """:func:`parse_datetime`, then :func:`in_zone`."""
    return in_zone(parse_datetime(value), zone)


def related_zone(res: Resource | None) -> dt.tzinfo | None:
    """The time zone of ``res``'s related ``resource`` (a booking's room), when anny included
    it with its ``timezone`` attribute; ``None`` otherwise."""
    if res is None:
        return None
    # The included object itself: wrapping it in a Resource only to read one attribute would
    # cost more than the rest of the lookup (this runs once per booking view).
    related = related_object(res, "resource")
    if related is None:
        return None
    attributes = related.get("attributes")
    name = attributes.get("timezone") if type(attributes) is dict else None
    if type(name) is str and name:
        return _zone(name)  # zone_of()'s common case: one call of the C cache
    return zone_of(_str(_as_dict(attributes).get("timezone")))


# Bounds of every number a view converts. A server, proxy or attacker can send
# "1e2000000": Decimal() reads it instantly, but int() of it, or arithmetic a caller does on
# it, runs for minutes. No amount or duration of a booking platform comes near these bounds,
# so a value outside them is "unreadable" (None; the raw value stays in `view.raw`).
_MAX_NUMBER_CHARS = 64
_MAX_EXPONENT = 30  # |adjusted exponent|: 1e30 and 1e-30 are the extremes kept

_fromisoformat = dt.datetime.fromisoformat


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if not isinstance(value, (int, float, str)):
        return None
    if isinstance(value, int) and value.bit_length() > 128:
        return None  # checked before str(): str() of a huge int is itself slow
    text = str(value)  # str(): 0.1 stays 0.1, not 0.1000000000000000055…
    if len(text) > _MAX_NUMBER_CHARS:
        return None
    try:
        result = Decimal(text)
    except InvalidOperation:
        return None
    if not result.is_finite() or abs(result.adjusted()) > _MAX_EXPONENT:
        return None
    return result


def parse_money(value: object, currency: object) -> Money | None:
    """:class:`Money` from a JSON number and a currency code; ``None`` if absent."""
    amount = _decimal(value)
    if amount is None:
        return None
    return Money(amount, currency if isinstance(currency, str) else None)


def _str(value: object) -> str | None:
    if type(value) is str:
        return value
    if value is None or isinstance(value, (dict, list)):
        return None
    try:
        return str(value)
    except ValueError:  # an int longer than sys.get_int_max_str_digits()
        return None


def parse_date(value: object) -> dt.date | None:
    """A calendar date from ``Y-m-d``; ``None`` if absent or unreadable."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _sex(value: object) -> str | int | float | None:
    # A string in anny's guide, a number in its connector (reference Addendum C9): kept as sent.
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return value


def _bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    return None


def read(
    convert: Callable[..., Any],
    *,
    name: str | None = None,
    meta: bool = False,
    relationship: bool = False,
    also: str | tuple[str, str] | None = None,
    default: Any = None,
    repr: bool = True,
    lazy: bool = False,
) -> Any:
    """A view field read from the spec: the property ``name`` (the Python name the generator
    gives it; default: the field's own name) of the view's attributes schema (``meta=True``: its
    meta schema, ``relationship=True``: its relationships), passed through ``convert``; ``also``
    names a second property given to ``convert`` as well: an attribute (a money amount's
    currency) or ``(where, name)``.

    The JSON key comes from the spec's table (``SCHEMA_FIELDS``), so a property renamed in the
    spec is read under its new name with no code edit, and one test checks every view field
    against its schema (tests/spec/test_views_match_spec.py).

    ``lazy=True`` (datetimes only): a view built from a resource keeps the wire string and
    converts it on the first read of the field (then stores the result), for fields most
    callers never read; equality, ``repr``, hashing, pickling and ``attrs.asdict`` read the
    field, so they all see the converted value (see :class:`_LazyDatetime`).
    """
    if lazy and convert is not parse_datetime:
        raise TypeError("read(lazy=True) is for parse_datetime fields")
    return attrs.field(
        default=default,
        repr=repr,
        metadata={
            "spec": (
                name,
                "meta" if meta else "relationships" if relationship else "attributes",
                also,
            ),
            "convert": convert,
            "lazy": lazy,
        },
    )


def from_spec(
    schema: str, name: str | None = None, *, also: str | None = None, **kwargs: Any
) -> Any:
    """A field of a plain-JSON result (a slot, a quote …) read from the property ``name`` (the
    Python name the generator gives it; default: the field's own) of the spec schema
    ``schema``; ``also`` names a second property of the same schema the parser reads with it (a
    money amount's currency). ``from_json`` finds the JSON keys with :func:`json_keys`, so a
    property renamed in the spec is read under its new name, and one test checks every such
    field against the spec (tests/spec/test_views_match_spec.py)."""
    return attrs.field(metadata=spec_key(schema, name, also=also), **kwargs)


def spec_key(schema: str, name: str | None = None, *, also: str | None = None) -> dict[str, Any]:
    """The metadata :func:`from_spec` gives, for a field without a default
    (``attrs.field(metadata=spec_key(...))``: type checkers then see it is required)."""
    return {"json": (schema, name, also)}


_JSON_KEYS: dict[type, Mapping[str, str]] = {}


def json_keys(cls: type) -> Mapping[str, str]:
    """Per :func:`from_spec` field of ``cls``, its JSON key (``also`` keys under
    ``"<field>+"``), from the spec's table; computed once per class, so parsing costs a dict
    look-up per key."""
    keys = _JSON_KEYS.get(cls)
    if keys is None:
        from anny._spec_table import SCHEMA_FIELDS

        found: dict[str, str] = {}
        for field in attrs.fields(cls):
            spec = field.metadata.get("json")
            if spec is not None:
                schema, name, also = spec
                names = SCHEMA_FIELDS.get(schema, {})
                found[field.name] = names.get(name or field.name, name or field.name)
                if also is not None:
                    found[f"{field.name}+"] = names.get(also, also)
        keys = _JSON_KEYS[cls] = found
    return keys


def json_fields(cls: type) -> list[tuple[str, str, str]]:
    """``(field, schema, property)`` for each spec property a plain-JSON result reads."""
    out = []
    for field in attrs.fields(cls):
        spec = field.metadata.get("json")
        if spec is not None:
            schema, name, also = spec
            out.append((field.name, schema, name or field.name))
            if also is not None:
                out.append((field.name, schema, also))
    return out


# The compiled readers of each view class (see _compile): built on first use (the spec table
# is imported then, not by `import anny`), as straight-line code, so parsing costs what a
# hand-written `{"number": _str(a.get("number")), ...}` did.
class _Compiled(NamedTuple):
    #: The converted fields of a resource, by field name (what ``cls(**fields)`` takes).
    fields: Callable[[Resource], dict[str, Any]]
    #: ``build(res, id)``: the view itself, its slots set directly; ``None`` when the class
    #: must go through its ``__init__`` (a subclass with validators, its own ``_fields`` ...).
    build: Callable[[Resource, str], Any] | None


_COMPILED: dict[type, _Compiled] = {}


def spec_fields(view: type[_View]) -> list[tuple[str, str, str]]:
    """``(field, schema, property)`` for each property a view reads (an ``also`` too), by
    Python names; ``schema`` is the view's ``SCHEMAS`` entry for attributes, meta or
    relationships."""
    out = []
    for field in attrs.fields(view):  # type: ignore[arg-type]
        found = field.metadata.get("spec")
        if found is not None:
            name, where, also = found
            out.append((field.name, view.SCHEMAS[where], name or field.name))
            if also is not None:
                also_where, also_name = ("attributes", also) if isinstance(also, str) else also
                out.append((field.name, view.SCHEMAS[also_where], also_name))
    return out


_SOURCES = {"attributes": "a", "meta": "m", "relationships": "r"}

# How the compiled code fetches what it reads. Attributes and meta come straight from the
# decoded object, as `res.attributes` / `res.meta` return them (a Resource subclass keeps its
# own properties); `res.relationships` builds a Relationship (and its Refs) per relationship,
# which most views never look at, so it is fetched only by views that read one.
_FETCH = {
    "attributes": (
        "    if raw is None:\n        a = res.attributes\n"
        "    else:\n        a = raw.get('attributes')\n"
        "        if type(a) is not dict:\n            a = _as_dict(a)\n"
    ),
    "meta": (
        "    if raw is None:\n        m = res.meta\n"
        "    else:\n        m = raw.get('meta')\n"
        "        if type(m) is not dict:\n            m = _as_dict(m)\n"
    ),
    "relationships": "    r = res.relationships\n",
}


_MISSING: Any = object()


class _LazyDatetime:
    """The class attribute of a ``read(parse_datetime, lazy=True)`` field, in place of its slot's
    member descriptor (installed by :func:`_compile`).

    A view's compiled builder stores the field's wire string in the slot; the first read of
    one such field converts every lazy field of the view still pending
    (:func:`parse_datetime`, then the zone of the related resource for a field of
    ``_LOCAL_TIMES``, as the eager fields: the zone is looked up once) and stores the results in
    the slots, so later reads return the same objects. A string is never a converted value
    (the field is ``datetime | None``), which is how a pending value is told apart. Setting
    and deleting go to the slot, as attrs' ``__init__`` and ``__setstate__`` expect.
    """

    __slots__ = ("_get", "_set", "_slot", "group", "zoned")

    def __init__(self, slot: types.MemberDescriptorType, zoned: bool) -> None:
        self._slot = slot
        self._get = slot.__get__
        self._set = slot.__set__
        self.zoned = zoned
        #: Every lazy field of the view, this one included (set by _compile).
        self.group: tuple[_LazyDatetime, ...] = (self,)

    def __get__(self, view: Any, owner: type | None = None) -> Any:
        if view is None:
            return self
        value = self._get(view)
        if type(value) is str:
            zone: Any = _MISSING
            for field in self.group:
                pending = field._get(view)
                if type(pending) is str:
                    converted = parse_datetime(pending)
                    if field.zoned and converted is not None:
                        if zone is _MISSING:
                            zone = related_zone(view.raw)
                        converted = in_zone(converted, zone)
                    field._set(view, converted)
            value = self._get(view)
        return value

    def __set__(self, view: Any, value: Any) -> None:
        self._set(view, value)

    def __delete__(self, view: Any) -> None:
        self._slot.__delete__(view)


def _member(view: type, name: str) -> Any:
    """The slot's member descriptor of field ``name`` (also behind a :class:`_LazyDatetime`);
    ``None`` if the field is no plain slot."""
    slot = getattr(view, name, None)
    if type(slot) is _LazyDatetime:
        return slot._slot
    return slot if type(slot) is types.MemberDescriptorType else None


# parse_datetime()'s common path, inlined (a statement: it catches the C parser's error);
# anything else (absent, empty, too long, a rarer ISO form) is left to parse_datetime itself.
_DATETIME = """    v = {read}
    if type(v) is str and v and len(v) <= _MAX_DATETIME_CHARS:
        try:
            f_{field} = _fromisoformat(v)
        except ValueError:
            f_{field} = {c}(v)
        else:
            if f_{field}.tzinfo is None:
                f_{field} = f_{field}.replace(tzinfo=_UTC)
    else:
        f_{field} = {c}(v)
"""


# parse_money()'s common path, inlined: a JSON number well within the bounds _decimal() checks
# (0, or 1e-29 < |x| < 1e30: the Decimal of its text is finite, its adjusted exponent within
# ±30) becomes a Money whose slots are set directly (what its attrs __init__ does), the number
# kept for _LazyAmount to convert on first read; anything else (NaN, infinities, numbers near
# the bounds, strings ...) is left to parse_money itself.
_MONEY = """    v = {read}
    if (
        type(v) is float and (1e-29 < v < 1e30 or -1e30 < v < -1e-29 or v == 0)
    ) or (type(v) is int and -_MAX_INT < v < _MAX_INT):
        f_{field} = _new(_Money)
        _s_amount(f_{field}, v)
        _s_currency(f_{field}, v if isinstance(v := {also}, str) else None)
    else:
        f_{field} = {c}(v, {also})
"""
# related_zone()'s common path, inlined on the decoded object `raw` the reader already holds:
# a to-one `resource` linkage found in the document, whose `timezone` is a non-empty string.
# Any other shape is left to related_zone itself (a resource it cannot find: no zone).
_ZONE = """    z = raw.get('relationships') if raw is not None else None
    if (
        type(z) is dict
        and type(z := z.get('resource')) is dict
        and type(z := z.get('data')) is dict
        and type(t := z.get('type')) is str
        and type(i := z.get('id')) is str
    ):
        z = _get_map(res)._index
        if z is None:
            z = _get_map(res)._build_index()
        z = z.get(t, _EMPTY).get(i)
        if z is None:
            zone = None
        elif type(t := z.get('attributes')) is dict and type(t := t.get('timezone')) is str and t:
            zone = _zone(t)
        else:
            zone = _zone_of(res)
    else:
        zone = _zone_of(res)
    if zone is not None:
"""
_LENIENT_PARSE = LenientEnum.parse.__func__  # type: ignore[attr-defined]


def _compile(view: type[_View]) -> _Compiled:
    from anny._spec_table import SCHEMA_FIELDS

    def key(where: str, name: str) -> str:
        # A schema without declared properties (the generic `Meta`, `Relationships`) is an
        # open map: the name is its key as written.
        return SCHEMA_FIELDS.get(view.SCHEMAS[where], {}).get(name, name)

    namespace: dict[str, Any] = {
        "_Resource": Resource,
        "_get_raw": _get_raw,
        "_as_dict": _as_dict,
        "_zone_of": related_zone,
        "_zone": _zone,
        "_get_map": _get_map,
        "_EMPTY": {},
        "_new": object.__new__,
        "_view": view,
        "_fromisoformat": _fromisoformat,
        "_MAX_DATETIME_CHARS": _MAX_DATETIME_CHARS,
        "_UTC": dt.UTC,
        "_Money": Money,
        "_s_amount": _slot_setter(Money, "amount"),
        "_s_currency": _slot_setter(Money, "currency"),
        "_MAX_INT": 10**29,
    }
    reads: list[tuple[str, str]] = []
    lazy: dict[str, str] = {}  # field → what _build stores instead: the wire string
    used: set[str] = set()
    for index, field in enumerate(attrs.fields(view)):  # type: ignore[arg-type]
        found = field.metadata.get("spec")
        if found is None:
            continue
        name, where, also = found
        convert = namespace[f"c{index}"] = field.metadata["convert"]
        used.add(where)
        args = f"{_SOURCES[where]}.get({key(where, name or field.name)!r})"
        if also is not None:
            also_where, also_name = ("attributes", also) if isinstance(also, str) else also
            used.add(also_where)
            also_read = f"{_SOURCES[also_where]}.get({key(also_where, also_name)!r})"
            if convert is parse_money:
                reads.append(
                    (
                        field.name,
                        _MONEY.format(read=args, also=also_read, field=field.name, c=f"c{index}"),
                    )
                )
            else:
                reads.append((field.name, f"c{index}({args}, {also_read})"))
        elif convert is _str:  # _str's own first test, inlined: most fields are strings
            reads.append((field.name, f"v if type(v := {args}) is str else c{index}(v)"))
        elif getattr(convert, "__func__", None) is _LENIENT_PARSE:
            # lenient_member()'s first look-up, inlined; every other value goes to parse().
            namespace[f"m{index}"] = convert.__self__._value2member_map_
            reads.append(
                (
                    field.name,
                    f"(m{index}.get(v) if type(v := {args}) is str else None) or c{index}(v)",
                )
            )
        elif convert is parse_datetime:
            reads.append((field.name, _DATETIME.format(read=args, field=field.name, c=f"c{index}")))
            if field.metadata.get("lazy"):
                # Anything but a string converts to None: only a string is left for later.
                lazy[field.name] = f"v if type(v := {args}) is str else None"
        else:
            reads.append((field.name, f"c{index}({args})"))
    fetch = "    raw = _get_raw(res) if type(res) is _Resource else None\n"
    fetch += "".join(_FETCH[where] for where in _SOURCES if where in used)

    def zoned(skip: Mapping[str, str]) -> str:
        # The datetimes a view shows in the zone of its related resource (in_zone(), inlined).
        code = "".join(
            f"        if f_{name} is not None:\n            f_{name} = f_{name}.astimezone(zone)\n"
            for name in view._LOCAL_TIMES
            if name in dict(reads) and name not in skip
        )
        return _ZONE + code if code else ""

    def body(skip: Mapping[str, str]) -> str:
        return "".join(
            f"    f_{name} = {skip[name]}\n"
            if name in skip
            else expr
            if expr.startswith("    ")
            else f"    f_{name} = {expr}\n"
            for name, expr in reads
        )

    items = ", ".join(f"{name!r}: f_{name}" for name, _ in reads)
    code = f"def _fields(res):\n{fetch}{body({})}{zoned({})}    return {{{items}}}\n"
    setters = _slot_setters(view, {name for name, _ in reads})
    if setters is not None:
        # The view is made as an instance of a subclass that adds nothing but plain attribute
        # stores to its slots (the view's own __setattr__ raises: it is frozen), then given
        # the view's class: one store per field is a few instructions, where a call of the
        # slot's __set__ costs ~50 ns. The layouts are the same (`__slots__ = ()`), so the
        # result is exactly what the attrs __init__ builds.
        members = {name: _member(view, name) for name in setters}
        namespace["_builder"] = type(
            f"_{view.__name__}Builder",
            (view,),
            {
                "__slots__": (),
                "__setattr__": object.__setattr__,
                "__delattr__": object.__delattr__,
                **members,
            },
        )
        values = {"id": "id_", "raw": "res", **{name: f"f_{name}" for name, _ in reads}}
        sets = "".join(f"    new.{name} = {values[name]}\n" for name in setters)
        code += (
            f"def _build(res, id_):\n{fetch}{body(lazy)}{zoned(lazy)}"
            f"    new = _new(_builder)\n{sets}    new.__class__ = _view\n    return new\n"
        )
        group = tuple(
            _LazyDatetime(_member(view, name), zoned=name in view._LOCAL_TIMES) for name in lazy
        )
        for name, field in zip(lazy, group, strict=True):
            # _build leaves these strings: the first read converts them all.
            field.group = group
            setattr(view, name, field)
    exec(compile(code, f"<anny view {view.__name__}>", "exec"), namespace)  # noqa: S102
    return _Compiled(namespace["_fields"], namespace.get("_build"))


def _slot_setters(view: type[_View], read: set[str]) -> dict[str, Any] | None:
    """Per field of ``view``, the ``__set__`` of its slot, when setting the slots is exactly
    what the attrs ``__init__`` would do with ``id``, ``raw`` and the read fields (no
    validator, converter, hook, other field or ``_fields`` of its own); ``None`` otherwise."""
    init = getattr(view.__init__, "__code__", None)
    if init is None or not init.co_filename.startswith("<attrs generated"):
        return None
    if hasattr(view, "__attrs_pre_init__") or hasattr(view, "__attrs_post_init__"):
        return None
    if getattr(view._fields, "__func__", None) is not vars(_View)["_fields"].__func__:
        return None
    setters = {}
    for field in attrs.fields(view):  # type: ignore[arg-type]
        slot = _member(view, field.name)
        if (
            field.validator is not None
            or field.converter is not None
            or not field.init
            or (field.name not in read and field.name not in ("id", "raw"))
            or slot is None
        ):
            return None
        setters[field.name] = slot.__set__
    return setters


def _slot_setter(cls: type, name: str) -> Any:
    slot = vars(cls)[name]
    slot = slot._slot if type(slot) is _LazyAmount else slot
    assert type(slot) is types.MemberDescriptorType, (cls, name)
    return slot.__set__


def _compiled(view: type[_View]) -> _Compiled:
    compiled = _COMPILED.get(view)
    if compiled is None:
        compiled = _COMPILED[view] = _compile(view)
    return compiled


class _View:
    """Common constructors of the typed views.

    Every view has ``raw``: the JSON:API :class:`~anny.Resource` it was read from (its
    relationships, links, meta and attributes this client does not know yet), as every plain
    JSON result has ``raw``, the object it was read from.
    """

    TYPE: str = ""
    #: The spec schemas a view's fields are read from: ``attributes`` and ``meta``.
    SCHEMAS: Mapping[str, str] = {}
    #: The datetime fields shown in the time zone of the related ``resource`` (see
    #: :func:`related_zone`), when anny included it.
    _LOCAL_TIMES: tuple[str, ...] = ()

    raw: Resource | None

    @property
    def resource(self) -> Resource | None:
        """Deprecated name of :attr:`raw` (removed in the next release); on a
        :class:`Booking` it is the booked resource."""
        warnings.warn(
            f"{type(self).__name__}.resource is deprecated and will be removed in the next "
            "release; use .raw (the JSON:API resource the view was read from)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.raw

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        return _compiled(cls).fields(res)

    @classmethod
    def from_resource(cls: type[V], res: Resource) -> V:
        """Build the view. Raises :class:`~anny.APIResponseValidationError` if ``res`` is
        not a resource (or has no id); a different ``type`` is accepted (forward compat)."""
        if type(res) is Resource:
            id_ = _get_raw(res).get("id")
            if type(id_) is not str:
                id_ = res.id
        elif isinstance(res, Resource):
            id_ = res.id
        else:
            raise APIResponseValidationError(
                f"{cls.__name__}: expected a resource, got {type(res).__name__}"
            )
        if id_ is None:
            raise APIResponseValidationError(f"{cls.__name__}: resource has no id")
        compiled = _COMPILED.get(cls) or _compiled(cls)  # a call fewer once compiled
        if compiled.build is not None:
            # The slots set directly: what the attrs __init__ does, without a dict of
            # fields, a call with 15 keyword arguments and a setattr call per field.
            built: V = compiled.build(res, id_)
            return built
        factory: Any = cls  # attrs generates the subclass __init__; _View declares none
        view: V = factory(id=id_, raw=res, **compiled.fields(res))
        return view

    @classmethod
    def from_document(cls: type[V], doc: Document) -> V:
        """The view of a single-resource document's primary data."""
        if not isinstance(doc.data, Resource):
            raise APIResponseValidationError(
                f"{cls.__name__}: expected one resource in `data`, got {type(doc.data).__name__}"
            )
        return cls.from_resource(doc.data)

    @classmethod
    def list_from_document(cls: type[V], doc: Document) -> list[V]:
        """Views of every resource of a collection document."""
        return [cls.from_resource(res) for res in doc.resources]


@attrs.frozen
class Booking(_View):
    """A ``bookings`` resource.

    ``created_at``, ``canceled_at`` and ``cancelable_until``, which most callers never read,
    are converted on first read (all three at once, then kept); the others when the view is
    built. Either way a field reads the same value.
    """

    TYPE = "bookings"
    SCHEMAS = {"attributes": "BookingAttributes", "meta": "BookingMeta"}
    _LOCAL_TIMES = ("start_date", "end_date", "created_at", "canceled_at", "cancelable_until")

    id: str
    number: str | None = read(_str)
    status: BookingStatus = read(BookingStatus.parse, default=BookingStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    start_date: dt.datetime | None = read(parse_datetime)
    end_date: dt.datetime | None = read(parse_datetime)
    created_at: dt.datetime | None = read(parse_datetime, repr=False, lazy=True)
    canceled_at: dt.datetime | None = read(parse_datetime, repr=False, lazy=True)
    cancelable_until: dt.datetime | None = read(parse_datetime, meta=True, repr=False, lazy=True)
    total: Money | None = read(parse_money, also="currency")
    description: str | None = read(_str, repr=False)
    customer_note: str | None = read(_str, repr=False)
    #: The guest's access code (from the checkout result or the confirmation e-mail): lets a
    #: guest read and cancel the booking without a token. anny shows it only to a caller who
    #: proved access, and ``bookings.by_number`` keeps only the one given as ``hash``
    #: (reference Addendum C14). A secret, so never in ``repr``.
    code: str | None = read(_str, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @functools.cached_property
    def resource(self) -> BookableResource | None:  # type: ignore[override]
        """The booked resource (room, desk …), when anny included it (the helpers of
        ``client.bookings`` and the cart ask for it): ``booking.resource.name`` is the room's
        name. Built on first use. The booking's own JSON:API object is :attr:`raw`."""
        related = self.raw.related("resource") if self.raw is not None else None
        if not isinstance(related, Resource) or related.id is None:
            return None
        return BookableResource.from_resource(related)

    @functools.cached_property
    def service(self) -> Service | None:
        """The booked service, when anny included it (``include=["service"]``); built on first
        use."""
        related = self.raw.related("service") if self.raw is not None else None
        if not isinstance(related, Resource) or related.id is None:
            return None
        return Service.from_resource(related)

    @property
    def zone(self) -> dt.tzinfo | None:
        """The time zone of the booking's resource, when anny included the resource (the
        helpers of ``client.bookings`` and the cart ask for it); its datetimes are then in
        that zone, like the resource's slots."""
        return related_zone(self.raw)


@attrs.frozen
class Order(_View):
    """An ``orders`` resource (a draft order is the cart).

    ``access_token`` is the order access token (``oat``); it is excluded from ``repr``.
    ``download_url`` and ``pay_now_amount`` come from the resource-level ``meta``.
    """

    TYPE = "orders"
    SCHEMAS = {"attributes": "OrderAttributes", "meta": "OrderMeta"}

    id: str
    number: str | None = read(_str)
    status: str | None = read(_str)
    total: Money | None = read(parse_money, also="currency")
    pay_now_amount: Money | None = read(parse_money, meta=True, also="currency")
    expires_at: dt.datetime | None = read(parse_datetime)
    created_at: dt.datetime | None = read(parse_datetime, repr=False)
    access_token: str | None = read(_str, repr=False)
    download_url: str | None = read(_str, meta=True, repr=False)
    payment_flow: str | None = read(_str, meta=True, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class BookableResource(_View):
    """A ``resources`` resource (a room, desk, court ...); named to avoid clashing with
    the JSON:API :class:`~anny.Resource`."""

    TYPE = "resources"
    SCHEMAS = {"attributes": "ResourceAttributes", "meta": "ResourceMeta"}

    id: str
    slug: str | None = read(_str)
    name: str | None = read(_str)
    timezone: str | None = read(_str, repr=False)
    description: str | None = read(_str, repr=False)
    has_children: bool | None = read(_bool, repr=False)
    bookings_enabled: bool | None = read(_bool, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


def _minutes(value: object) -> int | None:
    number = _decimal(value)  # bounded: int() below is cheap
    return int(number) if number is not None else None


@attrs.frozen
class Service(_View):
    """A ``services`` resource (what is booked on a resource: a slot type, a rental ...)."""

    TYPE = "services"
    SCHEMAS = {"attributes": "ServiceAttributes", "meta": "ServiceMeta"}

    id: str
    name: str | None = read(_str)
    slug: str | None = read(_str)
    price: Money | None = read(parse_money, also="currency")
    min_duration: int | None = read(_minutes, repr=False)
    max_duration: int | None = read(_minutes, repr=False)
    supports_instant_booking: bool | None = read(_bool, meta=True, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class Organization(_View):
    """An ``organizations`` resource."""

    TYPE = "organizations"
    SCHEMAS = {"attributes": "OrganizationAttributes"}

    id: str
    name: str | None = read(_str)
    slug: str | None = read(_str)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class Customer(_View):
    """A ``customers`` resource: a person's record with one organization (reference Addendum
    C9). ``id`` is numeric or a UUID (C10). ``sex`` is a string or a number, as anny sends it
    (C9 documents both). Personal data (e-mail, phones, sex, birth date) is not in ``repr``."""

    TYPE = "customers"
    SCHEMAS = {"attributes": "CustomerAttributes"}

    id: str
    full_name: str | None = read(_str)
    given_name: str | None = read(_str, repr=False)
    family_name: str | None = read(_str, repr=False)
    email: str | None = read(_str, repr=False)
    mobile: str | None = read(_str, repr=False)
    phone: str | None = read(_str, repr=False)
    company: str | None = read(_str, repr=False)
    sex: str | int | float | None = read(_sex, repr=False)
    birth_date: dt.date | None = read(parse_date, repr=False)
    locale: str | None = read(_str)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


#: Views by JSON:API type, for code that dispatches on ``resource.type``.
VIEWS: Mapping[str, type[_View]] = {
    view.TYPE: view for view in (Booking, Order, BookableResource, Service, Organization, Customer)
}
