"""The availability engine shared by availability, cart and waitlist.

As the availability guide describes: opening periods come from the resource schedule, the
service's duration and interval rules cut them into bookable intervals, and existing bookings
(reserved, requested, accepted) are subtracted from each unit's quantity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from anny_sandbox.errors import ApiError, bad_param, invalid, not_found
from anny_sandbox.models import Customer, Resource, Service
from anny_sandbox.store import Store


@dataclass
class Slot:
    """One candidate interval and what is left of it."""

    start: datetime
    end: datetime
    number_available: int = 0
    remaining: int = 0
    unavailability_type: str | None = None
    resource_ids: list[str] = field(default_factory=list)

    @property
    def available(self) -> bool:
        return self.unavailability_type is None


def local_text(value: datetime, tz: str) -> str:
    """``DD.MM.YYYY HH:MM`` as anny writes it into error details."""
    return value.astimezone(ZoneInfo(tz)).strftime("%d.%m.%Y %H:%M")


def find_service(store: Store, ref: str | None, parameter: str = "service_id") -> Service:
    """A service by numeric id. Every known caller sends ids (B12); a slug is not found."""
    if ref is None:
        raise bad_param(parameter, "is required")
    service = store.services.get(ref) if ref.isdigit() else None
    if service is None:
        raise not_found("Service", ref)
    return service


def find_resource(store: Store, ref: str) -> Resource:
    """A resource by numeric id (query parameters and bodies); a slug is not found (B12)."""
    resource = store.resource_by_id(ref)
    if resource is None:
        raise not_found("Resource", ref)
    return resource


def find_resource_by_slug(store: Store, ref: str) -> Resource:
    """The ``{resource_slug}`` paths: a slug, or a numeric id as one client sends (B10)."""
    resource = store.resource_by_slug(ref)
    if resource is None:
        raise not_found("Resource", ref)
    return resource


def units_for(store: Store, service: Service, resource: Resource | None) -> list[Resource]:
    """Leaf resources that can hold a booking of ``service`` (optionally under ``resource``)."""
    if resource is not None:
        if service.id not in {s.id for s in store.services_of(resource)}:
            return []
        return store.bookable_units(resource)
    units = []
    for candidate in store.resources.values():
        if store.children_of(candidate):
            continue  # parents book through their children
        if service.id in {s.id for s in store.services_of(candidate)}:
            units.append(candidate)
    return sorted(units, key=lambda r: int(r.id) if r.id.isdigit() else 0)


def opening_periods(store: Store, resource: Resource, day: date) -> list[tuple[datetime, datetime]]:
    """Opening periods of ``resource`` on its local calendar ``day``."""
    owner = store.schedule_of(resource)
    tz = ZoneInfo(resource.timezone)
    return [
        (datetime.combine(day, opens, tz), datetime.combine(day, closes, tz))
        for opens, closes in owner.schedule.get(day.weekday(), [])
    ]


def within_opening(store: Store, resource: Resource, start: datetime, end: datetime) -> bool:
    day = start.astimezone(ZoneInfo(resource.timezone)).date()
    return any(o <= start and end <= c for o, c in opening_periods(store, resource, day))


def slot_starts(
    store: Store, service: Service, units: list[Resource], day: date, duration: int
) -> list[datetime]:
    """Every start on ``day`` where a ``duration``-minute booking fits an opening period."""
    starts: set[datetime] = set()
    step = timedelta(minutes=service.booking_interval)
    length = timedelta(minutes=duration)
    for unit in units:
        for opens, closes in opening_periods(store, unit, day):
            current = opens
            while current + length <= closes:
                starts.add(current)
                current += step
    return sorted(starts)


def evaluate(
    store: Store,
    service: Service,
    units: list[Resource],
    start: datetime,
    end: datetime,
    quantity: int = 1,
) -> Slot:
    """Capacity of [start, end) over ``units`` and why it is unavailable, if it is."""
    now = store.clock.now()
    slot = Slot(start, end)
    for unit in units:
        if not within_opening(store, unit, start, end):
            continue
        slot.number_available += unit.quantity
        free = unit.quantity - store.occupied(unit.id, start, end)
        if free > 0:
            slot.remaining += free
            if free >= quantity:
                slot.resource_ids.append(unit.id)
    if slot.number_available == 0:
        slot.unavailability_type = "off_schedule"
    elif start < now + timedelta(minutes=service.lead_time):
        slot.unavailability_type = "before_lead_time"
    elif start > now + timedelta(days=service.advance_booking_period):
        slot.unavailability_type = "after_lead_time"
    elif not slot.resource_ids:
        slot.unavailability_type = "booked_out"
    return slot


def day_slots(
    store: Store, service: Service, units: list[Resource], day: date, duration: int
) -> list[Slot]:
    length = timedelta(minutes=duration)
    return [
        evaluate(store, service, units, start, start + length)
        for start in slot_starts(store, service, units, day, duration)
    ]


def check_duration(service: Service, start: datetime, end: datetime) -> int:
    """The duration in minutes; refused unless it is one anny offers (``end_intervals``:
    from the minimum to the maximum in steps of the booking interval)."""
    seconds = (end - start).total_seconds()
    minutes = int(seconds // 60)
    if end <= start:
        raise invalid("/end_date", "must be after start_date")
    if minutes < service.min_duration or minutes > service.max_duration:
        raise invalid(
            "/end_date",
            f"the duration must be between {service.min_duration} and "
            f"{service.max_duration} minutes (got {minutes})",
        )
    if seconds % 60 or (minutes - service.min_duration) % service.booking_interval:
        raise invalid(
            "/end_date",
            f"the duration must be {service.min_duration} to {service.max_duration} minutes "
            f"in steps of {service.booking_interval} minutes (got {seconds / 60:g})",
        )
    return minutes


def next_grid_start(store: Store, service: Service, unit: Resource, start: datetime) -> datetime:
    """``start`` if it is on the service's slot grid, else the next start on it.

    The grid is the one :func:`slot_starts` offers: every ``booking_interval`` minutes from
    the opening, counted on the wall clock of the unit's zone (as slot_starts steps).
    """
    tz = ZoneInfo(unit.timezone)
    local = start.astimezone(tz)
    step = timedelta(minutes=service.booking_interval)
    for opens, closes in opening_periods(store, unit, local.date()):
        if opens <= start < closes:
            offset = (local.replace(tzinfo=None) - opens.replace(tzinfo=None)) % step
            return start if not offset else (local + (step - offset)).astimezone(tz)
    return start  # outside the opening hours: off_schedule says so


def check_bookable(
    store: Store,
    service: Service,
    unit: Resource,
    start: datetime,
    end: datetime,
    quantity: int,
    customer: Customer | None,
) -> None:
    """Raise the error real anny would give for booking ``unit`` at [start, end)."""
    check_duration(service, start, end)
    restricted = unit.booking_requires_community or service.booking_requires_community
    parent = store.resources.get(unit.parent_id or "")
    communities = unit.community_ids or (parent.community_ids if parent else [])
    if restricted and not store.is_member(customer, communities):
        names = ", ".join(store.communities[c].name for c in communities if c in store.communities)
        # 422, not 403: the same check answers the quote (calculateCartBookings), which
        # declares no 403, and it is a verdict on the request body's resource_id.
        raise ApiError(
            422,
            "community_required",
            pointer="/resource_id",
            community=names or "a community",
            resource=unit.name,
        )
    if not within_opening(store, unit, start, end):
        raise ApiError(
            422,
            "off_schedule",
            pointer="/start_date",
            start=local_text(start, unit.timezone),
            end=local_text(end, unit.timezone),
        )
    on_grid = next_grid_start(store, service, unit, start)
    if on_grid != start:
        raise ApiError(
            422,
            "unavailable_interval",
            template="off_grid",
            pointer="/start_date",
            start=local_text(start, unit.timezone),
            interval=service.booking_interval,
            next=local_text(on_grid, unit.timezone),
        )
    now = store.clock.now()
    earliest = now + timedelta(minutes=service.lead_time)
    latest = now + timedelta(days=service.advance_booking_period)
    if start < earliest or start > latest:
        edge = earliest if start < earliest else latest
        raise ApiError(
            422,
            "unavailable_interval",
            pointer="/start_date",
            edge={"en": "earliest start", "de": "der früheste Beginn"}
            if start < earliest
            else {"en": "latest start", "de": "der späteste Beginn"},
            date=local_text(edge, unit.timezone),
        )
    free = unit.quantity - store.occupied(unit.id, start, end)
    if free < quantity:
        raise ApiError(
            409,
            "slot_unavailable",
            start=local_text(start, unit.timezone),
            end=local_text(end, unit.timezone),
        )
