"""``client.organizations``, ``client.resources``, ``client.services``: the catalog.

Operations: getOrganization, listOrganizationResources, getResource, listResourceChildren,
listResourceLocations, getServiceConfiguration (spec tag ``catalog``).

Also the look-ups every availability helper needs: a resource given by slug, id or object
becomes its numeric id and time zone, a service given by slug, id or object its numeric id
(a service slug through the resource's included services). A look-up is made once per client
and kept in ``ctx.cache``, keyed by the resource's slug *and* id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import including, op_plan, view_parser
from anny._catalog_types import ResourceLocation, ServiceConfiguration, zone_of
from anny._flow import Flow, perform
from anny._ids import validate_id, validate_slug
from anny._jsonapi import Document, Resource
from anny._models import BookableResource, Organization, Service
from anny._plan import RequestPlan
from anny._response import document_parser, parse_json
from anny.errors import APIResponseValidationError, InvalidParameterError

__all__ = [
    "OrganizationRef",
    "Organizations",
    "ResourceRef",
    "Resources",
    "ServiceRef",
    "Services",
    "resolve_resource",
    "resolve_service",
    "service_quantities",
]

#: A bookable resource: its slug (``"conference-room-berlin"``), its numeric id (``8001`` or
#: ``"8001"``) or a :class:`~anny.types.BookableResource` already fetched.
ResourceRef = str | int | BookableResource
#: A service: its slug (resolved through the resource's services), its numeric id or a
#: :class:`~anny.types.Service` already fetched.
ServiceRef = str | int | Service


def service_quantities(service_id: str, quantity: int = 1) -> dict[str, int]:
    """``quantity`` units of a service, as anny's service-quantity map ``{<id>: <quantity>}``
    (reference Addendum B2): the ``service_id`` value every known caller sends to
    getServiceConfiguration, getStartIntervals, getEndIntervals, getUpcomingIntervals and
    getAvailabilityStartDates. The spec's table puts it on the wire (``service_id[7003]=1``).
    """
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 1000:
        raise InvalidParameterError(f"quantity must be an int from 1 to 1000: {quantity!r}")
    return {service_id: quantity}


# --------------------------------------------------------------------------- references


@attrs.frozen
class _Key:
    """A reference, validated: a numeric id or a slug."""

    value: str
    is_id: bool


def _check_slug(value: str, what: str) -> str:
    text = validate_slug(value, what=what)
    if ".." in text:
        raise InvalidParameterError(f"{what} {text!r} is not a valid slug ('..')")
    return text


def _key(value: object, *, what: str) -> _Key:
    if isinstance(value, bool):
        raise InvalidParameterError(f"{what} must be a slug, an id or a fetched object, got bool")
    if isinstance(value, int):
        return _Key(validate_id(value, what=what), True)
    if isinstance(value, str):
        if value.isdigit():
            return _Key(value, True)
        return _Key(_check_slug(value, what), False)
    raise InvalidParameterError(
        f"{what} must be a slug, an id or a fetched object, got {type(value).__name__}"
    )


def resource_key(resource: ResourceRef) -> _Key:
    """The resource's id (or slug, if that is all the caller gave), validated; no request."""
    if isinstance(resource, BookableResource):
        return _Key(validate_id(resource.id, what="resource"), True)
    return _key(resource, what="resource")


def service_key(service: ServiceRef) -> _Key:
    """The service's id (or slug), validated; no request."""
    if isinstance(service, Service):
        return _Key(validate_id(service.id, what="service"), True)
    return _key(service, what="service")


def path_of(resource: ResourceRef) -> str:
    """What goes into ``/resources/{resource_slug}``: the slug if known, else the id (anny
    takes both there)."""
    if isinstance(resource, BookableResource) and resource.slug:
        return _check_slug(resource.slug, "resource")
    return resource_key(resource).value


@attrs.frozen
class ResourceEntry:
    """What the client remembers of a resource: the resource and its services."""

    resource: BookableResource
    services: tuple[Service, ...]

    @property
    def zone(self) -> dt.tzinfo | None:
        """The resource's time zone (``None`` if anny did not say)."""
        return zone_of(self.resource.timezone)


def _services_of(res: Resource) -> tuple[Service, ...]:
    related = res.related("services")
    items = related if isinstance(related, list) else [related] if related is not None else []
    return tuple(Service.from_resource(r) for r in items if isinstance(r, Resource))


def _remember(ctx: Context, doc: Document) -> ResourceEntry:
    if not isinstance(doc.data, Resource):
        raise APIResponseValidationError("getResource: expected one resource in `data`")
    entry = ResourceEntry(BookableResource.from_resource(doc.data), _services_of(doc.data))
    ctx.cache[("resource-id", entry.resource.id)] = entry
    if entry.resource.slug:
        ctx.cache[("resource-slug", entry.resource.slug)] = entry
    return entry


def _cached(ctx: Context, key: _Key) -> ResourceEntry | None:
    kind = "resource-id" if key.is_id else "resource-slug"
    entry: ResourceEntry | None = ctx.cache.get((kind, key.value))
    return entry


def _with_services(include: Sequence[str] | None) -> list[str]:
    return including(include, "services")


def _get_resource_plan(path: str, include: Sequence[str] | None) -> RequestPlan[Document]:
    return op_plan(
        "getResource",
        path={"resource_slug": path},
        query={"include": _with_services(include)},
    )


def resource_entry(ctx: Context, resource: ResourceRef) -> Flow[ResourceEntry]:
    """The resource and its services, from the cache or one ``getResource`` (with services)."""
    key = resource_key(resource)
    cached = _cached(ctx, key)
    if cached is not None:
        return cached
    doc = yield from perform(_get_resource_plan(path_of(resource), None))
    return _remember(ctx, doc)


def resolve_resource(ctx: Context, resource: ResourceRef) -> Flow[str]:
    """The resource's numeric id; a slug is looked up once per client."""
    key = resource_key(resource)
    if key.is_id:
        return key.value
    return (yield from resource_entry(ctx, resource)).resource.id


def resolve_zone(ctx: Context, resource: ResourceRef) -> Flow[dt.tzinfo | None]:
    """The resource's time zone; looked up once per client unless the object carries it."""
    if isinstance(resource, BookableResource) and zone_of(resource.timezone) is not None:
        return zone_of(resource.timezone)
    return (yield from resource_entry(ctx, resource)).zone


def resolve_service(ctx: Context, resource: ResourceRef, service: ServiceRef) -> Flow[str]:
    """The service's numeric id; a slug is found among the resource's services."""
    key = service_key(service)
    if key.is_id:
        return key.value
    entry = yield from resource_entry(ctx, resource)
    for candidate in entry.services:
        if candidate.slug == key.value:
            return candidate.id
    known = ", ".join(s.slug or s.id for s in entry.services) or "none"
    raise InvalidParameterError(
        f"service {key.value!r} is not offered by resource "
        f"{entry.resource.slug or entry.resource.id!r} (its services: {known})"
    )


def _aware(value: dt.datetime | None, what: str) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        raise InvalidParameterError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidParameterError(
            f"{what} {value.isoformat()!r} is naive; pass a timezone-aware datetime"
        )
    return value


def check_window(
    start: dt.datetime | None, end: dt.datetime | None, *, names: tuple[str, str] = ("start", "end")
) -> None:
    """Refuse naive datetimes and an ``end`` that is not after ``start``."""
    _aware(start, names[0])
    _aware(end, names[1])
    if start is not None and end is not None and end <= start:
        raise InvalidParameterError(
            f"{names[1]} {end.isoformat()!r} must be after {names[0]} {start.isoformat()!r}"
        )


# --------------------------------------------------------------------------- organizations

#: An organization: its slug (``"acme-gmbh"``) or an :class:`~anny.types.Organization` already
#: fetched.
OrganizationRef = str | Organization


def _org_slug(organization: OrganizationRef) -> str:
    if isinstance(organization, Organization):
        if not organization.slug:
            raise InvalidParameterError(f"organization {organization.id!r} has no slug")
        return _check_slug(organization.slug, "organization")
    if not isinstance(organization, str):
        raise InvalidParameterError(
            f"organization must be a slug or a fetched Organization, got {organization!r}"
        )
    return _check_slug(organization, "organization")


def get_organization(
    ctx: Context, organization: OrganizationRef, *, include: Sequence[str] | None = None
) -> Flow[Organization]:
    """(inferred operation) An organization by slug (``getOrganization``)."""
    plan = op_plan(
        "getOrganization",
        path={"org_slug": _org_slug(organization)},
        query={"include": include},
        parser=view_parser(Organization),
    )
    return (yield from perform(plan))


def list_organization_resources(
    ctx: Context,
    organization: OrganizationRef,
    *,
    include: Sequence[str] | None = None,
    categories: Sequence[str | int] | None = None,
    search: str | None = None,
    sort: str | Sequence[str] | None = None,
    page_size: int | None = None,
) -> Paged[BookableResource]:
    """The organization's top-level resources (``listOrganizationResources``), all pages, as
    :class:`~anny.types.BookableResource`.

    ``categories`` filters by category ids, ``search`` by text; ``sort`` by ``name``,
    ``slug`` or ``id`` (``-name`` descending).
    """
    slug = _org_slug(organization)
    if search is not None and (not isinstance(search, str) or not search.strip()):
        raise InvalidParameterError(f"search must be a non-empty string, got {search!r}")
    _check_page_size(page_size)
    query = {
        "include": include,
        "filtercategories": list(categories) if categories else None,
        "filtersearch": search,
        "sort": sort,
        "pagesize": page_size or None,
    }
    plan: RequestPlan[Document] = op_plan(
        "listOrganizationResources", path={"org_slug": slug}, query=query
    )
    return Paged(plan, BookableResource.from_resource)


def _check_page_size(page_size: int | None) -> None:
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1
    ):
        raise InvalidParameterError(f"page_size must be a positive integer, got {page_size!r}")


class Organizations(Area[M]):
    """Organizations: ``client.organizations.get()``, ``.resources()``."""

    get = endpoint(get_organization)
    resources = paged(list_organization_resources)


# --------------------------------------------------------------------------- resources


def get_resource(
    ctx: Context, resource: ResourceRef, *, include: Sequence[str] | None = None
) -> Flow[BookableResource]:
    """A bookable resource by slug or id (``getResource``), with its services.

    The resource, its services and time zone are remembered for later helpers (by slug and
    by id), so ``client.availability.slots("conference-room-berlin", "hourly-desk-booking",
    day=...)`` looks nothing up again.
    """
    plan = _get_resource_plan(path_of(resource), include)
    doc = yield from perform(plan)
    return _remember(ctx, doc).resource


def resource_services(ctx: Context, resource: ResourceRef) -> Flow[list[Service]]:
    """The services offered on a resource (``getResource`` with ``include=services``; from the
    client's cache when the resource was already looked up)."""
    return list((yield from resource_entry(ctx, resource)).services)


def list_resource_children(
    ctx: Context,
    resource: ResourceRef,
    *,
    include: Sequence[str] | None = None,
    sort: str | Sequence[str] | None = None,
    available_from: dt.datetime | None = None,
    available_to: dt.datetime | None = None,
    service: ServiceRef | None = None,
    exact_match: bool | None = None,
    include_unavailable: bool | None = None,
    exclude_hidden: bool | None = None,
    page_size: int | None = None,
) -> Paged[BookableResource]:
    """The child resources of a resource (``listResourceChildren``), all pages.

    With ``available_from``/``available_to`` (tz-aware) and ``include_unavailable=False`` only
    the children free in that window are listed (for ``service``, a slug, id or object).
    """
    path = path_of(resource)
    check_window(available_from, available_to, names=("available_from", "available_to"))
    _check_page_size(page_size)
    skey = service_key(service) if service is not None else None

    def plan_for(service_id: str | None) -> RequestPlan[Document]:
        query = {
            "include": include,
            "filteravailable_from": available_from,
            "filteravailable_to": available_to,
            "filteravailability_service_id": service_id,
            "filteravailability_exact_match": exact_match,
            "filterinclude_unavailable": include_unavailable,
            "filterexclude_hidden": exclude_hidden,
            "sort": sort,
            "pagesize": page_size or None,
        }
        return op_plan("listResourceChildren", path={"resource_slug": path}, query=query)

    if skey is None or skey.is_id:
        return Paged(plan_for(skey.value if skey else None), BookableResource.from_resource)

    def prepare() -> Flow[RequestPlan[Document]]:
        assert service is not None
        return plan_for((yield from resolve_service(ctx, resource, service)))

    return Paged(plan_for(None), BookableResource.from_resource, prepare=prepare)


def list_resource_locations(
    ctx: Context,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    include_unavailable: bool | None = None,
    exclude_children: bool | None = None,
    customer_account: str | int | None = None,
) -> Flow[list[ResourceLocation]]:
    """The top-level resources with their availability in a window, as anny's planner shows
    them (``listResourceLocations``; needs a signed-in customer).

    ``include_unavailable=False`` leaves out the resources without a free slot.
    ``customer_account`` is the account's id, a UUID or a number: anny uses both forms for
    customer ids (reference Addendum C10).
    """
    check_window(start, end)
    if customer_account is not None:
        customer_account = validate_id(customer_account, what="customer_account")
    query = {
        "filterinclude_unavailable": include_unavailable,
        "filtercustomer_account_id": customer_account,
        "filterexclude_child_resources": exclude_children,
        "filterstart_date": start,
        "filterend_date": end,
    }
    plan = op_plan("listResourceLocations", query=query, parser=parse_json)
    body = yield from perform(plan)
    items = body.get("resourceLocations") if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise APIResponseValidationError("listResourceLocations: no `resourceLocations` list")
    return [ResourceLocation.from_json(item) for item in items]


class Resources(Area[M]):
    """Bookable resources: ``client.resources.get()``, ``.services()``, ``.children()``,
    ``.locations()``."""

    get = endpoint(get_resource)
    services = endpoint(resource_services)
    children = paged(list_resource_children)
    locations = endpoint(list_resource_locations)


# --------------------------------------------------------------------------- services


def service_configuration(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    *,
    include: Sequence[str] | None = None,
) -> Flow[ServiceConfiguration]:
    """How ``service`` is booked on ``resource``: durations, interval, price label, next free
    day (``getServiceConfiguration``)."""
    resource_key(resource)
    service_key(service)
    resource_id = yield from resolve_resource(ctx, resource)
    service_id = yield from resolve_service(ctx, resource, service)
    plan = op_plan(
        "getServiceConfiguration",
        query={
            "service_id": service_quantities(service_id),
            "include": include,
            "resource_id": resource_id,
        },
        parser=document_parser(lambda doc: ServiceConfiguration.from_json(doc.raw)),
    )
    return (yield from perform(plan))


class Services(Area[M]):
    """Services: ``client.services.configuration()``."""

    configuration = endpoint(service_configuration)
