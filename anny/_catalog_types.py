"""Typed results of the catalog and availability helpers (plain-JSON answers).

Like :mod:`anny._results`, every class here is a small frozen attrs class built by a tolerant
parser: datetimes are timezone-aware (in the resource's time zone where the helper knows it),
statuses are enums with an ``UNKNOWN`` member next to the raw value, a value the client cannot
read becomes ``None``, and the raw JSON object stays reachable as ``.raw``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

import attrs

from anny._models import (
    _JSON_KEYS,
    from_spec,
    json_keys,
    lenient_member,
    parse_local_datetime,
    spec_key,
)
from anny._models import zone_of as zone_of  # re-exported: the areas import it from here
from anny.errors import APIResponseValidationError

__all__ = [
    "CalendarEvent",
    "OpeningPeriod",
    "ResourceLocation",
    "ServiceConfiguration",
    "Slot",
    "Unavailability",
]


class Unavailability(enum.StrEnum):
    """Why a slot (or a day) cannot be booked; ``UNKNOWN`` for reasons this client does not
    know yet (the raw value is kept next to it)."""

    BOOKED_OUT = "booked_out"
    OVERBOOKED = "overbooked"
    LEAD_TIME_CONFLICT = "lead_time_conflict"
    BEFORE_LEAD_TIME = "before_lead_time"
    AFTER_LEAD_TIME = "after_lead_time"
    UNDER_MIN_DURATION = "under_min_duration"
    OVER_MAX_DURATION = "over_max_duration"
    STAGGERED_CONFLICT = "staggered_conflict"
    PAUSE_CONFLICT = "pause_conflict"
    OFF_SCHEDULE = "off_schedule"
    OUTSIDE_OPENING_HOURS = "outside_opening_hours"
    CLOSED = "closed"
    RESOURCE_UNAVAILABLE = "resource_unavailable"
    BLOCKED = "blocked"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: object) -> Unavailability | None:
        """The member for ``value``; ``None`` when there is no reason, ``UNKNOWN`` for a new one."""
        if value is None or value == "":
            return None
        return lenient_member(cls, value)


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise APIResponseValidationError(
            f"{what}: expected a JSON object, got {type(value).__name__}"
        )
    return value


_local = parse_local_datetime  # the one conversion every typed result uses


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _str(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return str(value)


@attrs.frozen
class Slot:
    """A bookable (or not) time slot of a resource's service.

    Attributes:
        start: when it starts, tz-aware in the resource's time zone.
        end: when it ends. anny's interval answers always carry it; ``availability/start``
            documents it as optional, and where it is missing the end is the start plus the
            ``duration`` the helper asked for (a slot with neither is refused as an
            :class:`~anny.APIResponseValidationError`, never guessed).
        available: whether it can be booked now.
        capacity: how many units the slot has in total (``number_available``).
        remaining: how many are still free (``remaining_number_available``).
        quota: the slot's quota, if the service has one.
        unavailability: why it cannot be booked (``None`` when it can).
        unavailability_raw: the reason exactly as anny sent it.
        resource_ids: the (child) resources that could take the booking.
        messages: human-readable notes anny attached (interval answers).
    """

    # `date_time`: the older name of `start_date` on some deployments (of end intervals).
    start: dt.datetime = attrs.field(
        metadata=spec_key("AvailabilityStartItem", "start_date", also="date_time")
    )
    end: dt.datetime = attrs.field(metadata=spec_key("AvailabilityStartItem", "end_date"))
    available: bool = from_spec("AvailabilityStartItem", default=False)
    capacity: int | None = from_spec("AvailabilityStartItem", "number_available", default=None)
    remaining: int | None = from_spec(
        "AvailabilityStartItem", "remaining_number_available", default=None
    )
    quota: int | None = from_spec("AvailabilityStartItem", default=None, repr=False)
    unavailability: Unavailability | None = from_spec(
        "AvailabilityStartItem", "unavailability_type", default=None
    )
    unavailability_raw: str | None = from_spec(
        "AvailabilityStartItem", "unavailability_type", default=None, repr=False
    )
    resource_ids: tuple[str, ...] = from_spec("AvailabilityStartItem", default=(), repr=False)
    messages: tuple[str, ...] = from_spec("IntervalItem", default=(), repr=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def duration(self) -> dt.timedelta:
        """``end - start``."""
        return self.end - self.start

    @classmethod
    def from_json(
        cls, value: object, zone: dt.tzinfo | None = None, length: dt.timedelta | None = None
    ) -> Slot:
        """Parse one slot or interval object; times are converted to ``zone`` when given.

        ``length`` is the booking length the request asked for (``duration``): the end of a
        slot whose answer has none (``availability/start`` documents ``end_date`` as optional).
        """
        data = _mapping(value, "slot")
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        start = _local(data.get(k["start"]) or data.get(k["start+"]), zone)
        if start is None:
            raise APIResponseValidationError(f"slot without a readable start: {dict(data)!r}")
        end = _local(data.get(k["end"]), zone)
        if end is None:
            if length is None:
                raise APIResponseValidationError(
                    f"slot without a readable end_date (ask with duration= to get slots of "
                    f"that length): {dict(data)!r}"
                )
            end = start + length
        reason = data.get(k["unavailability"])
        ids = data.get(k["resource_ids"])
        messages = data.get(k["messages"])
        return cls(
            start=start,
            end=end,
            available=data.get(k["available"]) is True,
            capacity=_int(data.get(k["capacity"])),
            remaining=_int(data.get(k["remaining"])),
            quota=_int(data.get(k["quota"])),
            unavailability=Unavailability.parse(reason),
            unavailability_raw=_str(reason),
            resource_ids=tuple(str(i) for i in ids) if isinstance(ids, list) else (),
            messages=tuple(_message(m) for m in messages) if isinstance(messages, list) else (),
            raw=dict(data),
        )


def _message(value: object) -> str:
    if isinstance(value, Mapping):
        text = value.get("message") or value.get("text") or value.get("title")
        if isinstance(text, str):
            return text
    return str(value)


@attrs.frozen
class OpeningPeriod:
    """A period in which a resource is open (``getAvailabilityPeriods``) or bookable
    (``getAvailabilitySlots``)."""

    start: dt.datetime = attrs.field(metadata=spec_key("AvailabilityPeriod", "start_date"))
    end: dt.datetime = attrs.field(metadata=spec_key("AvailabilityPeriod", "end_date"))
    resource_id: str = attrs.field()  # the key of the answer's map, not a property
    quota: int | None = from_spec("AvailabilityPeriod", default=None)
    title: str | None = from_spec("AvailabilityPeriod", default=None)
    id: str | None = from_spec("AvailabilityPeriod", default=None, repr=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object, resource_id: str, zone: dt.tzinfo | None) -> OpeningPeriod:
        """Parse one period object of resource ``resource_id``."""
        data = _mapping(value, "period")
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        start, end = _local(data.get(k["start"]), zone), _local(data.get(k["end"]), zone)
        if start is None or end is None:
            raise APIResponseValidationError(f"period without readable times: {dict(data)!r}")
        return cls(
            start=start,
            end=end,
            resource_id=resource_id,
            quota=_int(data.get(k["quota"])),
            title=_str(data.get(k["title"])),
            id=_str(data.get(k["id"])),
            raw=dict(data),
        )


@attrs.frozen
class CalendarEvent:
    """An opening period of a resource with its occupancy, as anny's planner calendar shows it
    (``listCalendarEvents``)."""

    start: dt.datetime = attrs.field(metadata=spec_key("CalendarEvent", "start_date"))
    end: dt.datetime = attrs.field(metadata=spec_key("CalendarEvent", "end_date"))
    resource_id: str | None = attrs.field(metadata=spec_key("CalendarEvent"))
    resource_name: str | None = from_spec("CalendarEvent", default=None)
    available: bool = from_spec("CalendarEvent", "is_available", default=False)
    occupancy: int | None = from_spec("CalendarEvent", default=None)
    quota: int | None = from_spec("CalendarEvent", default=None)
    label: str | None = from_spec("CalendarEvent", "display_label", default=None, repr=False)
    id: str | None = from_spec("CalendarEvent", default=None, repr=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object, zone: dt.tzinfo | None = None) -> CalendarEvent:
        """Parse one event object."""
        data = _mapping(value, "calendar event")
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        start, end = _local(data.get(k["start"]), zone), _local(data.get(k["end"]), zone)
        if start is None or end is None:
            raise APIResponseValidationError(f"event without readable times: {dict(data)!r}")
        occupancy = data.get(k["occupancy"])
        return cls(
            start=start,
            end=end,
            resource_id=_str(data.get(k["resource_id"])),
            resource_name=_str(data.get(k["resource_name"])),
            available=data.get(k["available"]) is True,
            occupancy=int(occupancy)
            if isinstance(occupancy, (int, float)) and not isinstance(occupancy, bool)
            else None,
            quota=_int(data.get(k["quota"])),
            label=_str(data.get(k["label"])),
            id=_str(data.get(k["id"])),
            raw=dict(data),
        )


@attrs.frozen
class ResourceLocation:
    """A top-level resource as anny's planner lists it (``listResourceLocations``).

    ``available`` is true when any of its services has a free slot in the asked window
    (``None`` if the answer carried no availability).
    """

    id: str = attrs.field(metadata=spec_key("ResourceLocation"))
    name: str | None = from_spec("ResourceLocation", default=None)
    slug: str | None = from_spec("ResourceLocation", "parent_slug", default=None)
    available: bool | None = from_spec("ResourceLocation", "availability_result", default=None)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object) -> ResourceLocation:
        """Parse one location object."""
        data = _mapping(value, "resource location")
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        ident = _str(data.get(k["id"]))
        if ident is None:
            raise APIResponseValidationError(f"resource location without id: {dict(data)!r}")
        result = data.get(k["available"])
        available: bool | None = None
        if isinstance(result, Mapping):
            flags = [
                entry.get("available")
                for group in result.values()
                if isinstance(group, Mapping)
                for entry in group.values()
                if isinstance(entry, Mapping) and isinstance(entry.get("available"), bool)
            ]
            available = any(flags) if flags else None
        return cls(
            id=ident,
            name=_str(data.get(k["name"])),
            slug=_str(data.get(k["slug"])),
            available=available,
            raw=dict(data),
        )


@attrs.frozen
class ServiceConfiguration:
    """How a service is booked on a resource (``getServiceConfiguration``).

    Durations are in minutes. ``next_available_date`` is the first day with a free slot
    (from the document's ``meta``).
    """

    id: str | None = attrs.field(metadata=spec_key("ServiceConfiguration"))
    label: str | None = from_spec("ServiceConfigurationAttributes", default=None)
    min_duration: int | None = from_spec("ServiceConfigurationAttributes", default=None)
    max_duration: int | None = from_spec("ServiceConfigurationAttributes", default=None)
    booking_interval: int | None = from_spec(
        "ServiceConfigurationAttributes", default=None, repr=False
    )
    advance_booking_period: int | None = from_spec(
        "ServiceConfigurationAttributes", default=None, repr=False
    )
    default_start_time: str | None = from_spec(
        "ServiceConfigurationAttributes", default=None, repr=False
    )
    default_end_time: str | None = from_spec(
        "ServiceConfigurationAttributes", default=None, repr=False
    )
    is_free: bool | None = from_spec("ServiceConfigurationAttributes", default=None)
    currency: str | None = from_spec("ServiceConfigurationAttributes", default=None, repr=False)
    timezone: str | None = from_spec("ServiceConfigurationAttributes", default=None, repr=False)
    price_label: str | None = from_spec("ServiceConfigurationAttributes", default=None, repr=False)
    next_available_date: dt.date | None = from_spec("ServiceConfigurationMeta", default=None)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object) -> ServiceConfiguration:
        """Parse the configuration document (``data`` may be one object or a list of them)."""
        body = _mapping(value, "service configuration")
        data = body.get("data")
        if isinstance(data, list):
            data = data[0] if data else {}
        record = _mapping(data if data is not None else {}, "service configuration data")
        attributes = record.get("attributes")
        a: Mapping[str, Any] = attributes if isinstance(attributes, Mapping) else record
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        meta = body.get("meta")
        next_date = meta.get(k["next_available_date"]) if isinstance(meta, Mapping) else None
        free = a.get(k["is_free"])
        return cls(
            id=_str(record.get(k["id"])),
            label=_str(a.get(k["label"])),
            min_duration=_int(a.get(k["min_duration"])),
            max_duration=_int(a.get(k["max_duration"])),
            booking_interval=_int(a.get(k["booking_interval"])),
            advance_booking_period=_int(a.get(k["advance_booking_period"])),
            default_start_time=_str(a.get(k["default_start_time"])),
            default_end_time=_str(a.get(k["default_end_time"])),
            is_free=free if isinstance(free, bool) else None,
            currency=_str(a.get(k["currency"])),
            timezone=_str(a.get(k["timezone"])),
            price_label=_str(a.get(k["price_label"])),
            next_available_date=_date(next_date),
            raw=dict(body),
        )


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` (or the date part of a longer ISO string); ``None`` if not."""
    return _date(value)
