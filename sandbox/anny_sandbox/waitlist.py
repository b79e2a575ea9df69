"""Waitlist: registered customers wait for a fully booked slot and get notified on release."""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.engine import evaluate, units_for
from anny_sandbox.errors import ApiError, ApiErrors, invalid, not_found
from anny_sandbox.models import WaitlistEntry
from anny_sandbox.serializers import collection, document
from anny_sandbox.web import Ctx, parse_datetime, relationship_id


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
    if errors:
        raise ApiErrors(errors)
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
    if not resource.waitlist_enabled and not (
        resource.parent_id and ctx.store.resources[resource.parent_id].waitlist_enabled
    ):
        raise invalid("/data/relationships/resource", f"{resource.name} has no waitlist")
    units = units_for(ctx.store, service, resource)
    if not units:
        raise invalid("/data/relationships/service", f"{resource.name} does not offer it")
    slot = evaluate(ctx.store, service, units, start, end)
    if slot.unavailability_type != "booked_out":
        raise ApiError(
            409, "conflict", problem="the slot is not booked out; book it instead of waiting"
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
