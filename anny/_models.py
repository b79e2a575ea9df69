"""Typed views over :class:`~anny.Resource` for the main resource types.

Views are small frozen attrs classes built with ``View.from_resource(res)`` (or
``View.from_document(doc)`` for a single-resource document). They are forward compatible
by construction:

* every field is optional except ``id``; unknown attributes stay reachable through
  ``view.resource`` (the underlying :class:`~anny.Resource`, with its relationships, links
  and meta);
* enums have an ``UNKNOWN`` member and the view keeps the raw string
  (``booking.status_raw``), so a new server-side status never breaks an old client;
* datetimes are timezone-aware (:func:`dateutil.parser.isoparse`); a value the client
  cannot read becomes ``None`` rather than an exception — the raw string is still in
  ``view.resource``;
* money is :class:`Money`: a :class:`~decimal.Decimal` amount with its currency.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs

from anny._jsonapi import Document, Resource
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


class BookingStatus(enum.StrEnum):
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

    @classmethod
    def parse(cls, value: object) -> BookingStatus:
        """The member for ``value``; ``UNKNOWN`` for anything else (never raises)."""
        return lenient_member(cls, value)


@attrs.frozen
class Money:
    """An amount in major units (euros, not cents) with its ISO currency code."""

    amount: Decimal
    currency: str | None = None

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}" if self.currency else str(self.amount)


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
    from zoneinfo import ZoneInfo  # on first need: most programs never convert a time

    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        return None


def parse_local_datetime(value: object, zone: dt.tzinfo | None) -> dt.datetime | None:
    """:func:`parse_datetime`, shown in ``zone`` (a resource's time zone) when one is known.

    anny stores timestamps in UTC and answers availability in local time; every typed result
    converts through this one function, so a booking, its quote and its slots read alike.
    """
    parsed = parse_datetime(value)
    if parsed is None or zone is None:
        return parsed
    return parsed.astimezone(zone)


def related_zone(res: Resource | None) -> dt.tzinfo | None:
    """The time zone of ``res``'s related ``resource`` (a booking's room), when anny included
    it with its ``timezone`` attribute; ``None`` otherwise."""
    if res is None or "resource" not in res.relationships:
        return None
    related = res.related("resource")
    if not isinstance(related, Resource):
        return None
    return zone_of(_str(related.attributes.get("timezone")))


# Bounds of every number a view converts. A server, proxy or attacker can send
# "1e2000000": Decimal() reads it instantly, but int() of it, or arithmetic a caller does on
# it, runs for minutes. No amount or duration of a booking platform comes near these bounds,
# so a value outside them is "unreadable" (None; the raw value stays in `view.resource`).
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


def _bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    return None


class _View:
    """Common constructors of the typed views."""

    TYPE: str = ""

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_resource(cls: type[V], res: Resource) -> V:
        """Build the view. Raises :class:`~anny.APIResponseValidationError` if ``res`` is
        not a resource (or has no id); a different ``type`` is accepted (forward compat)."""
        if type(res) is not Resource and not isinstance(res, Resource):
            raise APIResponseValidationError(
                f"{cls.__name__}: expected a resource, got {type(res).__name__}"
            )
        if res.id is None:
            raise APIResponseValidationError(f"{cls.__name__}: resource has no id")
        factory: Any = cls  # attrs generates the subclass __init__; _View declares none
        view: V = factory(id=res.id, resource=res, **cls._fields(res))
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
    """A ``bookings`` resource."""

    TYPE = "bookings"

    id: str
    number: str | None = None
    status: BookingStatus = BookingStatus.UNKNOWN
    status_raw: str | None = attrs.field(default=None, repr=False)
    start_date: dt.datetime | None = None
    end_date: dt.datetime | None = None
    created_at: dt.datetime | None = attrs.field(default=None, repr=False)
    canceled_at: dt.datetime | None = attrs.field(default=None, repr=False)
    cancelable_until: dt.datetime | None = attrs.field(default=None, repr=False)
    total: Money | None = None
    description: str | None = attrs.field(default=None, repr=False)
    customer_note: str | None = attrs.field(default=None, repr=False)
    #: The guest's access code (from the confirmation): lets a guest read and cancel the
    #: booking without a token. A secret, so never in ``repr``.
    code: str | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @property
    def zone(self) -> dt.tzinfo | None:
        """The time zone of the booking's resource, when anny included the resource (the
        helpers of ``client.bookings`` ask for it); its datetimes are then in that zone."""
        return related_zone(self.resource)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        zone = related_zone(res)
        return {
            "code": _str(a.get("code")),
            "number": _str(a.get("number")),
            "status": BookingStatus.parse(a.get("status")),
            "status_raw": _str(a.get("status")),
            "start_date": parse_local_datetime(a.get("start_date"), zone),
            "end_date": parse_local_datetime(a.get("end_date"), zone),
            "created_at": parse_local_datetime(a.get("created_at"), zone),
            "canceled_at": parse_local_datetime(a.get("canceled_at"), zone),
            "cancelable_until": parse_local_datetime(res.meta.get("cancelable_until"), zone),
            "total": parse_money(a.get("total"), a.get("currency")),
            "description": _str(a.get("description")),
            "customer_note": _str(a.get("customer_note")),
        }


@attrs.frozen
class Order(_View):
    """An ``orders`` resource (a draft order is the cart).

    ``access_token`` is the order access token (``oat``); it is excluded from ``repr``.
    ``download_url`` and ``pay_now_amount`` come from the resource-level ``meta``.
    """

    TYPE = "orders"

    id: str
    number: str | None = None
    status: str | None = None
    total: Money | None = None
    pay_now_amount: Money | None = None
    expires_at: dt.datetime | None = None
    created_at: dt.datetime | None = attrs.field(default=None, repr=False)
    access_token: str | None = attrs.field(default=None, repr=False)
    download_url: str | None = attrs.field(default=None, repr=False)
    payment_flow: str | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a, m = res.attributes, res.meta
        currency = a.get("currency")
        return {
            "number": _str(a.get("number")),
            "status": _str(a.get("status")),
            "total": parse_money(a.get("total"), currency),
            "pay_now_amount": parse_money(m.get("pay_now_amount"), currency),
            "expires_at": parse_datetime(a.get("expires_at")),
            "created_at": parse_datetime(a.get("created_at")),
            "access_token": _str(a.get("access_token")),
            "download_url": _str(m.get("download_url")),
            "payment_flow": _str(m.get("payment_flow")),
        }


@attrs.frozen
class BookableResource(_View):
    """A ``resources`` resource (a room, desk, court ...); named to avoid clashing with
    the JSON:API :class:`~anny.Resource`."""

    TYPE = "resources"

    id: str
    slug: str | None = None
    name: str | None = None
    timezone: str | None = attrs.field(default=None, repr=False)
    description: str | None = attrs.field(default=None, repr=False)
    has_children: bool | None = attrs.field(default=None, repr=False)
    bookings_enabled: bool | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "slug": _str(a.get("slug")),
            "name": _str(a.get("name")),
            "timezone": _str(a.get("timezone")),
            "description": _str(a.get("description")),
            "has_children": _bool(a.get("has_children")),
            "bookings_enabled": _bool(a.get("bookings_enabled")),
        }


@attrs.frozen
class Service(_View):
    """A ``services`` resource (what is booked on a resource: a slot type, a rental ...)."""

    TYPE = "services"

    id: str
    name: str | None = None
    slug: str | None = None
    price: Money | None = None
    min_duration: int | None = attrs.field(default=None, repr=False)
    max_duration: int | None = attrs.field(default=None, repr=False)
    supports_instant_booking: bool | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes

        def minutes(value: object) -> int | None:
            number = _decimal(value)  # bounded: int() below is cheap
            return int(number) if number is not None else None

        return {
            "name": _str(a.get("name")),
            "slug": _str(a.get("slug")),
            "price": parse_money(a.get("price"), a.get("currency")),
            "min_duration": minutes(a.get("min_duration")),
            "max_duration": minutes(a.get("max_duration")),
            "supports_instant_booking": _bool(res.meta.get("supports_instant_booking")),
        }


@attrs.frozen
class Organization(_View):
    """An ``organizations`` resource."""

    TYPE = "organizations"

    id: str
    name: str | None = None
    slug: str | None = None
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {"name": _str(a.get("name")), "slug": _str(a.get("slug"))}


@attrs.frozen
class Customer(_View):
    """A ``customers`` resource. ``email`` is excluded from ``repr`` (personal data)."""

    TYPE = "customers"

    id: str
    full_name: str | None = None
    given_name: str | None = attrs.field(default=None, repr=False)
    family_name: str | None = attrs.field(default=None, repr=False)
    email: str | None = attrs.field(default=None, repr=False)
    locale: str | None = None
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "full_name": _str(a.get("full_name")),
            "given_name": _str(a.get("given_name")),
            "family_name": _str(a.get("family_name")),
            "email": _str(a.get("email")),
            "locale": _str(a.get("locale")),
        }


#: Views by JSON:API type, for code that dispatches on ``resource.type``.
VIEWS: Mapping[str, type[_View]] = {
    view.TYPE: view for view in (Booking, Order, BookableResource, Service, Organization, Customer)
}
