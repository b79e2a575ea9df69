"""Availability and interval search. These endpoints answer with PLAIN JSON, not JSON:API,
and every time carries the local offset of the requested ``timezone``."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.responses import Response

from anny_sandbox.engine import (
    Slot,
    day_slots,
    evaluate,
    find_resource,
    find_service,
    opening_periods,
    units_for,
)
from anny_sandbox.errors import bad_param
from anny_sandbox.models import OCCUPYING_STATUSES, Resource, Service
from anny_sandbox.waitlist import waitlist_enabled
from anny_sandbox.web import Ctx, iso_local, plain

MAX_RANGE_DAYS = 62


def _service(ctx: Ctx, *, plain: bool = False) -> tuple[Service, int]:
    refs = ctx.q_map("service_id", plain=plain)
    if not refs:
        raise bad_param("service_id", "is required, e.g. service_id[7001]=1")
    ref, qty = next(iter(refs.items()))
    try:
        quantity = int(qty)
    except ValueError:
        raise bad_param(f"service_id[{ref}]", "quantity must be an integer") from None
    if quantity < 1:
        raise bad_param(f"service_id[{ref}]", "quantity must be at least 1")
    return find_service(ctx.store, ref, f"service_id[{ref}]"), quantity


def _resource(ctx: Ctx) -> Resource | None:
    ref = ctx.q("resource_id") or ctx.q("ressource_id")  # the misspelling is seen in the wild
    return find_resource(ctx.store, ref) if ref else None


def _tz(ctx: Ctx, resource: Resource | None, units: list[Resource]) -> str:
    default = resource.timezone if resource else (units[0].timezone if units else "Europe/Berlin")
    return ctx.q_timezone(default)


def _date(ctx: Ctx, name: str) -> date:
    raw = ctx.q(name)
    if raw is None:
        raise bad_param(name, "is required (YYYY-MM-DD)")
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        raise bad_param(name, "must be a date (YYYY-MM-DD)") from None


def _duration(ctx: Ctx, service: Service) -> int:
    duration = ctx.q_int("duration", minimum=1)
    if duration is None:
        return service.default_duration
    if duration < service.min_duration or duration > service.max_duration:
        raise bad_param(
            "duration", f"must be between {service.min_duration} and {service.max_duration}"
        )
    return duration


def _range(ctx: Ctx, tz: str) -> tuple[datetime, datetime]:
    """``start_date``/``end_date`` (both required); a date-only end includes that whole day."""
    start = ctx.q_datetime("start_date", tz)
    end = ctx.q_datetime("end_date", tz)
    if start is None:
        raise bad_param("start_date", "is required")
    if end is None:
        raise bad_param("end_date", "is required")
    if len(ctx.q("end_date") or "") == 10:
        end += timedelta(days=1)
    # An empty or inverted window simply has no availability; a long one is clamped.
    end = max(start, min(end, start + timedelta(days=MAX_RANGE_DAYS)))
    return start, end


def _slot_item(slot: Slot, tz: str, quota: int | None = None) -> dict[str, Any]:
    return {
        "start_date": iso_local(slot.start, tz),
        "end_date": iso_local(slot.end, tz),
        "available": slot.available,
        "number_available": slot.number_available,
        "remaining_number_available": max(0, slot.remaining),
        "quota": quota,
        "unavailability_type": slot.unavailability_type,
        "resource_ids": slot.resource_ids,
    }


def _interval_item(slot: Slot, tz: str) -> dict[str, Any]:
    messages = []
    if slot.unavailability_type == "booked_out":
        messages.append("Fully booked")
    elif slot.unavailability_type in ("before_lead_time", "after_lead_time"):
        messages.append("Outside the booking window")
    return {
        "start_date": iso_local(slot.start, tz),
        "end_date": iso_local(slot.end, tz),
        "unit": "minute",
        "available": slot.available,
        "quota": None,
        "number_available": slot.number_available,
        "remaining_number_available": max(0, slot.remaining),
        "unavailability_type": slot.unavailability_type,
        "messages": messages,
    }


def availability_start(ctx: Ctx) -> Response:
    service, _quantity = _service(ctx, plain=True)
    resource = _resource(ctx)
    units = units_for(ctx.store, service, resource)
    tz = _tz(ctx, resource, units)
    day = _date(ctx, "date")
    duration = _duration(ctx, service)
    slots = _slots_on_local_day(ctx, service, units, day, duration, tz)
    return plain([_slot_item(s, tz) for s in slots])


def _slots_on_local_day(
    ctx: Ctx, service: Service, units: list[Resource], day: date, duration: int, tz: str
) -> list[Slot]:
    """Slots whose start falls on ``day`` in ``tz`` (units may live in another zone)."""
    zone = ZoneInfo(tz)
    found: dict[datetime, Slot] = {}
    for unit_day in (day - timedelta(days=1), day, day + timedelta(days=1)):
        for slot in day_slots(ctx.store, service, units, unit_day, duration):
            if slot.start.astimezone(zone).date() == day:
                found.setdefault(slot.start, slot)
    return [found[k] for k in sorted(found)]


def availability_start_dates(ctx: Ctx) -> Response:
    service, _quantity = _service(ctx, plain=True)
    resource = _resource(ctx)
    units = units_for(ctx.store, service, resource)
    tz = _tz(ctx, resource, units)
    start, end = _range(ctx, tz)
    zone = ZoneInfo(tz)
    day = start.astimezone(zone).date()
    last = (end - timedelta(seconds=1)).astimezone(zone).date()
    result = []
    while day <= last:
        slots = _slots_on_local_day(ctx, service, units, day, service.min_duration, tz)
        if not slots:
            kind: str | None = "off_schedule"
        elif any(s.available for s in slots):
            kind = None
        else:
            kinds = {s.unavailability_type for s in slots}
            priority = ("booked_out", "before_lead_time", "after_lead_time")
            kind = next((k for k in priority if k in kinds), "off_schedule")
        result.append(
            {
                "date": day.isoformat(),
                "available": kind is None,
                "timezone": tz,
                "unavailability_type": kind,
            }
        )
        day += timedelta(days=1)
    return plain(result)


def _resources_for_periods(ctx: Ctx) -> list[Resource]:
    ids = ctx.q_list("r")
    # Unknown ids are skipped (the spec declares no 404 here); they simply have no periods.
    resources = [r for r in (ctx.store.resource_by_id(ref) for ref in ids) if r is not None]
    if ids:
        return resources
    if not resources:
        refs = ctx.q_map("service_id", plain=True)
        if not refs:
            return []  # neither resources nor a service: nothing to report
        ref = next(iter(refs))
        service = next((s for s in ctx.store.services.values() if ref in (s.id, s.slug)), None)
        resources = units_for(ctx.store, service, None) if service else []
    return resources


def availability_periods(ctx: Ctx) -> Response:
    """Opening hours: merged schedule periods per resource id."""
    resources = _resources_for_periods(ctx)
    tz = ctx.q_timezone(resources[0].timezone if resources else "Europe/Berlin")
    start, end = _range(ctx, tz)
    result: dict[str, list[dict[str, Any]]] = {}
    for resource in resources:
        items = []
        for opens, closes in _periods_between(ctx, resource, start, end):
            items.append(
                {
                    "id": f"{resource.id}-{opens.astimezone(ZoneInfo(tz)).strftime('%Y%m%d%H%M')}",
                    "start_date": iso_local(opens, tz),
                    "end_date": iso_local(closes, tz),
                    "quota": sum(u.quantity for u in ctx.store.bookable_units(resource)),
                    "title": resource.name,
                }
            )
        result[resource.id] = items
    return plain(result)


def _periods_between(
    ctx: Ctx, resource: Resource, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    zone = ZoneInfo(resource.timezone)
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date()
    periods = []
    while day <= last:
        for opens, closes in opening_periods(ctx.store, resource, day):
            if opens < end and start < closes:
                periods.append((max(opens, start), min(closes, end)))
        day += timedelta(days=1)
    return periods


def availability_slots(ctx: Ctx) -> Response:
    """Bookable intervals per resource id: free slots of the resource's first service."""
    resources = _resources_for_periods(ctx)
    tz = ctx.q_timezone(resources[0].timezone if resources else "Europe/Berlin")
    start, end = _range(ctx, tz)
    refs = ctx.q_map("service_id", plain=True)
    result: dict[str, list[dict[str, Any]]] = {}
    for resource in resources:
        services = (
            [find_service(ctx.store, next(iter(refs)))] if refs else ctx.store.services_of(resource)
        )
        items = []
        for service in services[:1]:
            units = ctx.store.bookable_units(resource)
            zone = ZoneInfo(resource.timezone)
            day = start.astimezone(zone).date()
            while day <= end.astimezone(zone).date():
                for slot in day_slots(ctx.store, service, units, day, service.default_duration):
                    if start <= slot.start < end and slot.available:
                        items.append(
                            {
                                "id": f"{resource.id}-{service.id}-"
                                f"{slot.start.astimezone(zone).strftime('%Y%m%d%H%M')}",
                                "start_date": iso_local(slot.start, tz),
                                "end_date": iso_local(slot.end, tz),
                                "quota": slot.remaining,
                                "title": f"{resource.name}: {service.name}",
                            }
                        )
                day += timedelta(days=1)
        result[resource.id] = items
    return plain(result)


#: One page of upcoming intervals covers this many days from its ``start_date`` (x-anny-evidence
#: inferred in the spec: the cursor is named ``page_end_date``, the date the page ends at).
UPCOMING_PAGE_DAYS = 7


def upcoming_intervals(ctx: Ctx) -> Response:
    """A page of the next free intervals, and ``page_end_date`` to ask for the next page (B1).

    Only ``page_end_date`` is evidenced (the connector passes it back as ``start_date``); the
    intervals sit under ``data`` as elsewhere in the availability area. A page holds the free
    intervals starting in ``[start_date, start_date + 7 days)`` and ``page_end_date`` is the
    end of that span, so the next call neither repeats nor skips one (a page may be empty when
    nothing is free that week); it is null when the span reaches past the booking window.
    """
    service, quantity = _service(ctx)
    resource = _resource(ctx)
    units = units_for(ctx.store, service, resource)
    tz = _tz(ctx, resource, units)
    now = ctx.clock.now()
    start = ctx.q_datetime("start_date", tz) or now
    # Whole seconds, as the cursor is written: a truncated cursor would repeat a slot.
    page_end = (start + timedelta(days=UPCOMING_PAGE_DAYS)).replace(microsecond=0)
    found: list[Slot] = []
    zone = ZoneInfo(tz)
    day = start.astimezone(zone).date()
    while day <= page_end.astimezone(zone).date():
        for slot in _slots_on_local_day(ctx, service, units, day, service.default_duration, tz):
            if start <= slot.start < page_end and slot.available and slot.remaining >= quantity:
                found.append(slot)
        day += timedelta(days=1)
    horizon = now + timedelta(days=service.advance_booking_period)
    return plain(
        {
            "data": [_interval_item(s, tz) for s in found],
            "page_end_date": iso_local(page_end, tz) if page_end <= horizon else None,
        }
    )


def _validated(ctx: Ctx, slots: list[Slot], tz: str, units: list[Resource]) -> list[dict[str, Any]]:
    """Interval items under the requested ``validation_strategy``.

    anny's waitlist step runs the interval search "with the waitlist validation strategy"
    (Addendum C6; the parameter is not visible, so its name here is designed). Under
    ``waitlist`` an interval is ``available`` when a waitlist spot can be taken there: it is
    booked out on a resource that enables the waitlist. Its ``unavailability_type`` stays
    what booking it would meet.
    """
    strategy = ctx.q("validation_strategy")
    if strategy not in (None, "waitlist"):
        raise bad_param("validation_strategy", "must be waitlist")
    # A booked-out slot lists no free unit, so the searched units decide (any that waits).
    enabled = any(waitlist_enabled(ctx, unit) for unit in units)
    items = []
    for slot in slots:
        item = _interval_item(slot, tz)
        if strategy == "waitlist":
            item["available"] = enabled and slot.unavailability_type == "booked_out"
        items.append(item)
    return items


def start_intervals(ctx: Ctx) -> Response:
    service, _quantity = _service(ctx)
    resource = _resource(ctx)
    units = units_for(ctx.store, service, resource)
    tz = _tz(ctx, resource, units)
    day = _date(ctx, "date")
    slots = _slots_on_local_day(ctx, service, units, day, service.min_duration, tz)
    return plain(_validated(ctx, slots, tz, units))


def end_intervals(ctx: Ctx) -> Response:
    """Possible ends for a chosen start, from min to max duration in interval steps."""
    service, _quantity = _service(ctx)
    resource = _resource(ctx)
    units = units_for(ctx.store, service, resource)
    tz = _tz(ctx, resource, units)
    start = ctx.q_datetime("date_time", tz)
    if start is None:
        raise bad_param("date_time", "is required")
    slots = []
    minutes = service.min_duration
    while minutes <= service.max_duration:
        slot = evaluate(ctx.store, service, units, start, start + timedelta(minutes=minutes))
        if slot.unavailability_type == "off_schedule":
            break  # later ends cannot fit the opening period either
        slots.append(slot)
        minutes += service.booking_interval
    return plain(_validated(ctx, slots, tz, units))


def calendar_events(ctx: Ctx) -> Response:
    """Opening periods per resource with occupancy, as the planner's calendar shows them."""
    ids = ctx.q_list("resource_id")
    resources = (
        [r for r in (ctx.store.resource_by_id(ref) for ref in ids) if r is not None]
        if ids
        else [r for r in ctx.store.resources.values() if r.parent_id is None and not r.hidden]
    )
    tz = ctx.q_timezone(resources[0].timezone if resources else "Europe/Berlin")
    start, end = _range(ctx, tz)
    events = []
    for resource in resources:
        units = ctx.store.bookable_units(resource)
        capacity = sum(u.quantity for u in units)
        services = ctx.store.services_of(resource)
        for opens, closes in _periods_between(ctx, resource, start, end):
            occupancy = sum(
                b.quantity
                for b in ctx.store.bookings.values()
                if b.resource_id in {u.id for u in units}
                and b.status in OCCUPYING_STATUSES
                and b.start < closes
                and opens < b.end
            )
            service_results = []
            for service in services:
                free = [
                    {"start_date": iso_local(s.start, tz), "end_date": iso_local(s.end, tz)}
                    for s in day_slots(
                        ctx.store,
                        service,
                        units,
                        opens.astimezone(ZoneInfo(resource.timezone)).date(),
                        service.default_duration,
                    )
                    if s.available and opens <= s.start < closes
                ]
                service_results.append({"service_id": service.id, "available_intervals": free})
            is_available = any(r["available_intervals"] for r in service_results)
            events.append(
                {
                    "id": f"{resource.id}-{opens.astimezone(ZoneInfo(tz)).strftime('%Y%m%d%H%M')}",
                    "resource_id": resource.id,
                    "resource_name": resource.name,
                    "start_date": iso_local(opens, tz),
                    "end_date": iso_local(closes, tz),
                    "is_available": is_available,
                    "display_label": "Available" if is_available else "Fully booked",
                    "occupancy": occupancy,
                    "quota": capacity,
                    "resource_availability_result": {"serviceAvailabilityResults": service_results},
                }
            )
    return plain({"data": {"events": events}})


ROUTES = [
    ("GET", "/api/v1/availability/start", availability_start),
    ("GET", "/api/v1/availability/start-dates", availability_start_dates),
    ("GET", "/api/v1/availability/periods", availability_periods),
    ("GET", "/api/v1/availability/slots", availability_slots),
    ("GET", "/api/v1/availability/upcoming-intervals", upcoming_intervals),
    ("GET", "/api/v1/intervals/start", start_intervals),
    ("GET", "/api/v1/intervals/end", end_intervals),
    ("GET", "/api/v1/calendar-events", calendar_events),
]
