"""Catalog: organizations, resources (with children) and service configuration."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.responses import HTMLResponse, Response

from anny_sandbox.domain import access
from anny_sandbox.engine import (
    day_slots,
    evaluate,
    find_resource,
    find_resource_by_slug,
    find_service,
    opening_periods,
    units_for,
)
from anny_sandbox.errors import ApiError, bad_param, not_found
from anny_sandbox.models import Resource
from anny_sandbox.serializers import category_id, collection, document, resource_object
from anny_sandbox.web import Ctx, iso_local, jsonapi, plain


def _visible(ctx: Ctx, resource: Resource) -> bool:
    return not resource.hidden and access.may_view(ctx.store, ctx.customer, resource)


def _refuse(ctx: Ctx, resource: Resource) -> Response:
    """anny's Forbidden page for anonymous callers, JSON:API 403 for signed-in non-members."""
    if access.refuses_with_html(ctx.customer) and not resource.hidden:
        return HTMLResponse(access.FORBIDDEN_PAGE, status_code=403)
    raise ApiError(403, "forbidden", community="the community", resource=resource.name)


def _sorted(ctx: Ctx, resources: list[Resource]) -> list[Resource]:
    sort = ctx.q("sort") or "name"
    key = sort.lstrip("-")
    if key not in ("name", "slug", "id"):
        sort, key = "name", "name"  # unknown sort fields are ignored, not rejected

    def value(r: Resource) -> Any:
        if key == "id":
            return int(r.id) if r.id.isdigit() else 0
        return r.slug if key == "slug" else r.name.lower()

    return sorted(resources, key=value, reverse=sort.startswith("-"))


def _category_filter(ctx: Ctx, resources: list[Resource]) -> list[Resource]:
    wanted = ctx.q_list("filter[categories]")
    if not wanted:
        return resources
    return [r for r in resources if r.category and category_id(r.category) in wanted]


def get_organization(ctx: Ctx) -> Response:
    org = ctx.store.organization_by_slug(ctx.path_params["org_slug"])
    if org is None:
        raise not_found("Organization", ctx.path_params["org_slug"])
    return document(ctx, org)


def list_organization_resources(ctx: Ctx) -> Response:
    org = ctx.store.organization_by_slug(ctx.path_params["org_slug"])
    if org is None:
        raise not_found("Organization", ctx.path_params["org_slug"])
    resources = [
        r
        for r in ctx.store.resources.values()
        if r.organization_id == org.id and r.parent_id is None and _visible(ctx, r)
    ]
    return collection(ctx, _sorted(ctx, _category_filter(ctx, resources)))


def list_customer_account_resources(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    if ctx.path_params["customer_account_id"].lower() != customer.account_id.lower():
        raise not_found("Customer account", ctx.path_params["customer_account_id"])
    resources = [
        r
        for r in ctx.store.resources.values()
        if r.organization_id == customer.organization_id
        and r.parent_id is None
        and _visible(ctx, r)
    ]
    return collection(ctx, _sorted(ctx, _category_filter(ctx, resources)))


def get_resource(ctx: Ctx) -> Response:
    resource = find_resource_by_slug(ctx.store, ctx.path_params["resource_slug"])
    if not _visible(ctx, resource):
        return _refuse(ctx, resource)
    return document(ctx, resource)


def list_resource_children(ctx: Ctx) -> Response:
    parent = find_resource_by_slug(ctx.store, ctx.path_params["resource_slug"])
    if not _visible(ctx, parent):
        return _refuse(ctx, parent)
    children = [
        c
        for c in ctx.store.children_of(parent)
        if not c.hidden or not ctx.q_bool("filter[exclude_hidden]", True)
    ]
    start = ctx.q_datetime("filter[available_from]", parent.timezone)
    end = ctx.q_datetime("filter[available_to]", parent.timezone)
    service_ref = ctx.q("filter[availability_service_id]")
    include_unavailable = ctx.q_bool("filter[include_unavailable]", True)
    exact = ctx.q_bool("filter[availability_exact_match]", False)
    ctx.q_bool("filter[exclude_child_resources]")  # accepted for compatibility
    if start is not None and end is not None and not include_unavailable:
        if end <= start:
            children = []  # an empty window has nothing available
        services = (
            [find_service(ctx.store, service_ref, "filter[availability_service_id]")]
            if service_ref
            else ctx.store.services_of(parent)
        )
        kept = []
        for child in children:
            for service in services:
                slot = evaluate(ctx.store, service, [child], start, end)
                if slot.available or (not exact and slot.remaining > 0):
                    kept.append(child)
                    break
        children = kept
    return collection(ctx, _sorted(ctx, children), default_size=250)


def _lenient_datetime(ctx: Ctx, name: str, tz: str) -> datetime | None:
    """The planner sends "today 00:00:00"-style values; unparsable ones are ignored."""
    try:
        return ctx.q_datetime(name, tz)
    except ApiError:
        return None


def list_resource_locations(ctx: Ctx) -> Response:
    """Planner data: plain JSON ``{"resourceLocations": [...]}`` with availability per service."""
    customer = ctx.require_customer()
    account = ctx.q("filter[customer_account_id]")
    if account and customer.account_id.lower() != account.lower():
        return plain({"resourceLocations": []})  # another account's planner: nothing to show
    include_unavailable = ctx.q_bool("filter[include_unavailable]", True)
    ctx.q_bool("filter[exclude_child_resources]")
    ctx.q_bool("filter[use_view_options]")
    locations = []
    for resource in _sorted(ctx, [r for r in ctx.store.resources.values() if r.parent_id is None]):
        if not _visible(ctx, resource):
            continue
        tz = resource.timezone
        day_start = _lenient_datetime(ctx, "filter[start_date]", tz)
        day_end = _lenient_datetime(ctx, "filter[end_date]", tz)
        if day_start is None:
            local_now = ctx.clock.now().astimezone(ZoneInfo(tz))
            day_start = local_now.replace(hour=0, minute=0, second=0)
        if day_end is None or day_end <= day_start:
            day_end = day_start + timedelta(days=1)
        per_service: dict[str, Any] = {}
        any_available = False
        for service in ctx.store.services_of(resource):
            units = units_for(ctx.store, service, resource)
            free = 0
            day = day_start.astimezone(ZoneInfo(tz)).date()
            while day <= day_end.astimezone(ZoneInfo(tz)).date():
                for slot in day_slots(ctx.store, service, units, day, service.default_duration):
                    if day_start <= slot.start < day_end and slot.available:
                        free += 1
                day += timedelta(days=1)
            per_service[service.id] = {"available": free > 0, "available_slots": free}
            any_available = any_available or free > 0
        if not any_available and not include_unavailable:
            continue
        locations.append(
            {
                "id": resource.id,
                "name": resource.name,
                "parentSlug": resource.slug,
                "availabilityResult": {"all_ranges_exact_match": per_service},
            }
        )
    return plain({"resourceLocations": locations})


def get_service_configuration(ctx: Ctx) -> Response:
    services = ctx.q_map("service_id", plain=False)
    if not services:
        raise bad_param("service_id", "is required, e.g. service_id[7001]=1")
    resource_ref = ctx.q("resource_id")
    resource = find_resource(ctx.store, resource_ref) if resource_ref else None
    tz = ctx.q_timezone(resource.timezone if resource else "Europe/Berlin")
    with_quantity = []
    chosen = []
    for ref, qty in services.items():
        service = find_service(ctx.store, ref, f"service_id[{ref}]")
        try:
            quantity = int(qty)
        except ValueError:
            raise bad_param(f"service_id[{ref}]", "quantity must be an integer") from None
        if quantity < 1:
            raise bad_param(f"service_id[{ref}]", "quantity must be at least 1")
        chosen.append(service)
        with_quantity.append(
            {"service": {"id": service.id, "name": service.name}, "quantity": quantity}
        )
    main = chosen[0]
    units = units_for(ctx.store, main, resource)
    next_date = None
    today = ctx.clock.now().astimezone(ZoneInfo(tz)).date()
    for offset in range(main.advance_booking_period + 1):
        day = today + timedelta(days=offset)
        if any(s.available for s in day_slots(ctx.store, main, units, day, main.min_duration)):
            next_date = day.isoformat()
            break
    first_open = None
    if units:
        for offset in range(7):
            periods = opening_periods(ctx.store, units[0], today + timedelta(days=offset))
            if periods:
                first_open = periods[0][0]
                break
    default_start = iso_local(first_open, tz)[11:16] if first_open else None
    default_end = (
        iso_local(first_open + timedelta(minutes=main.default_duration), tz)[11:16]
        if first_open
        else None
    )
    attributes = {
        "services_with_quantity": with_quantity,
        "label": main.name,
        "duration_label": f"{main.default_duration} min",
        "price_label": "free" if main.is_free else f"{main.currency} {main.price:.2f}",
        "min_duration": main.min_duration,
        "max_duration": main.max_duration,
        "booking_interval": main.booking_interval,
        "calculation_interval": main.booking_interval,
        "advance_booking_period": main.advance_booking_period * 24 * 60,
        "default_start_time": default_start,
        "default_end_time": default_end,
        "allows_cross_schedule": False,
        "is_free": all(s.is_free for s in chosen),
        "currency": main.currency,
        "timezone": tz,
    }
    config_id = f"{main.id}-{resource.id}" if resource else main.id
    data = {"type": "service-configurations", "id": config_id, "attributes": attributes}
    included = []
    if ctx.q("include"):
        included = [resource_object(ctx, s) for s in chosen]
    body: dict[str, Any] = {"data": data, "meta": {"next_available_date": next_date}}
    if included:
        body["included"] = included
    return jsonapi(body)


ROUTES = [
    ("GET", "/api/v1/organizations/{org_slug}", get_organization),
    ("GET", "/api/v1/organizations/{org_slug}/all-resources", list_organization_resources),
    (
        "GET",
        "/api/v1/customer-accounts/{customer_account_id}/all-resources",
        list_customer_account_resources,
    ),
    ("GET", "/api/v1/resources/locations", list_resource_locations),
    ("GET", "/api/v1/resources/{resource_slug}", get_resource),
    ("GET", "/api/v1/resources/{resource_slug}/children", list_resource_children),
    ("GET", "/api/v1/service-configuration", get_service_configuration),
]
