"""Waitlist: registered customers wait for a fully booked slot and get notified on release.

As anny's waitlist guide says (reference Addendum C6): a spot is offered only when the resource
enables the waitlist **and** the slot is unavailable because it is fully booked
(``booked_out``), not for lead-time, off-schedule or duration conflicts; creating, listing and
deleting spots needs a signed-in customer (401 otherwise). Series can be waitlisted, but the
sandbox has no timeslot series, so a ``timeslot_series_id`` names nothing here (404).
"""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.engine import evaluate, units_for
from anny_sandbox.errors import ApiError, ApiErrors, invalid, not_found
from anny_sandbox.models import Resource, WaitlistEntry
from anny_sandbox.serializers import collection, document
from anny_sandbox.web import Ctx, parse_datetime, relationship_id


def waitlist_enabled(ctx: Ctx, resource: Resource) -> bool:
    """The resource's own waitlist setting, or its parent's (a desk under a room)."""
    parent = ctx.store.resources.get(resource.parent_id) if resource.parent_id else None
    return resource.waitlist_enabled or bool(parent and parent.waitlist_enabled)


def list_entries(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    entries = sorted(
        (
            e
            for e in ctx.store.waitlist.values()
            if e.customer_id == customer.id and e.status != "left"
        ),
        key=lambda e: (e.start, e.id),
    )
    return collection(ctx, entries)


def join(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    attributes, relationships = ctx.envelope("waitlist-entries")
    errors: list[ApiError] = []
    times = []
    for name in ("start_date", "end_date"):
        raw = attributes.get(name)
        try:
            times.append(parse_datetime(raw) if isinstance(raw, str) else None)
        except ValueError:
            times.append(None)
        if times[-1] is None:
            errors.append(invalid(f"/data/attributes/{name}", "must be an ISO-8601 date-time"))
    resource_id = relationship_id(relationships, "resource", "resources")
    service_id = relationship_id(relationships, "service", "services")
    if resource_id is None:
        errors.append(invalid("/data/relationships/resource", "is required"))
    if service_id is None:
        errors.append(invalid("/data/relationships/service", "is required"))
    series = attributes.get("timeslot_series_id")
    if series is not None and not isinstance(series, (str, int)):
        errors.append(invalid("/data/attributes/timeslot_series_id", "must be an id"))
    if errors:
        raise ApiErrors(errors)
    if series is not None:
        raise not_found("Timeslot series", str(series))  # the sandbox has none
    start, end = times
    assert start is not None
    assert end is not None
    assert resource_id
    assert service_id
    if end <= start:
        raise invalid("/data/attributes/end_date", "must be after start_date")
    resource = ctx.store.resource_by_id(resource_id)
    if resource is None:
        raise not_found("Resource", resource_id)
    service = ctx.store.services.get(service_id)
    if service is None:
        raise not_found("Service", service_id)
    if not waitlist_enabled(ctx, resource):
        raise invalid("/data/relationships/resource", f"{resource.name} has no waitlist")
    units = units_for(ctx.store, service, resource)
    if not units:
        raise invalid("/data/relationships/service", f"{resource.name} does not offer it")
    slot = evaluate(ctx.store, service, units, start, end)
    if slot.unavailability_type != "booked_out":
        state = f"it is {slot.unavailability_type}" if slot.unavailability_type else "it is free"
        raise ApiError(
            409,
            "conflict",
            problem=f"the slot is not booked out ({state}); only a fully booked slot can be "
            "waitlisted",
        )
    for entry in ctx.store.waitlist.values():
        if (
            entry.customer_id == customer.id
            and entry.resource_id == resource.id
            and entry.start == start
            and entry.status == "waiting"
        ):
            raise ApiError(409, "conflict", problem="already on the waitlist for this slot")
    entry = WaitlistEntry(
        id=ctx.store.next_id("waitlist"),
        customer_id=customer.id,
        resource_id=resource.id,
        service_id=service.id,
        start=start,
        end=end,
        status="waiting",
        created_at=ctx.clock.now(),
    )
    ctx.store.waitlist[entry.id] = entry
    return document(ctx, entry, status=201)


def leave(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    entry = ctx.store.waitlist.get(ctx.path_params["entry_id"])
    if entry is None or entry.customer_id != customer.id or entry.status == "left":
        raise not_found("Waitlist entry", ctx.path_params["entry_id"])
    entry.status = "left"
    return Response(status_code=204)


ROUTES = [
    ("GET", "/api/v1/waitlist-entries", list_entries),
    ("POST", "/api/v1/waitlist-entries", join),
    ("DELETE", "/api/v1/waitlist-entries/{entry_id}", leave),
]
