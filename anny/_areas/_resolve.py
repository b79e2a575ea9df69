"""Turning what a user has (a slug, an id, a fetched object) into what anny wants (an id).

Real callers send numeric ids to the availability and cart endpoints, while people know
resources by slug. A slug is looked up once per client (``getResource`` with its services) and
cached in the :class:`~anny.Context`; ids and fetched objects need no request at all.
"""

from __future__ import annotations

from typing import Any

import attrs

from anny._areas._binding import Context
from anny._areas._common import op_plan, view_parser
from anny._flow import Flow, perform
from anny._ids import validate_id, validate_slug
from anny._jsonapi import Resource
from anny._models import BookableResource, Service
from anny._query import build_query
from anny.errors import InvalidParameterError

__all__ = ["ResolvedResource", "resolve_resource", "resolve_service", "resource_by_slug"]

ResourceRef = str | int | BookableResource
ServiceRef = str | int | Service


@attrs.frozen
class ResolvedResource:
    """A bookable resource with its services, as the cart and availability helpers need it."""

    resource: BookableResource
    services: tuple[Service, ...] = ()

    @property
    def id(self) -> str:
        """The resource id."""
        return self.resource.id

    @property
    def timezone(self) -> str | None:
        """The resource's IANA time zone (``Europe/Berlin``), if anny said."""
        return self.resource.timezone


def _is_id(value: object) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and value.isdigit()
    )


def is_id_or_view(value: object) -> bool:
    """An id (digits) or a fetched object: usable as anny's id without a look-up."""
    return _is_id(value) or isinstance(value, (BookableResource, Service))


def resource_by_slug(ctx: Context, slug_or_id: str) -> Flow[ResolvedResource]:
    """``getResource`` with its services, cached per client by slug and by id."""
    key = ("resource", str(slug_or_id))
    cached = ctx.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    ident = str(slug_or_id) if _is_id(slug_or_id) else validate_slug(slug_or_id, what="resource")
    plan = op_plan(
        "getResource",
        path={"resource_slug": ident},
        params=build_query(include=["services"]),
        parser=view_parser(BookableResource),
    )
    resource: BookableResource = yield from perform(plan)
    services = tuple(_services_of(resource))
    resolved = ResolvedResource(resource, services)
    for alias in {ident, resource.id, resource.slug}:
        if alias:
            ctx.cache[("resource", alias)] = resolved
    return resolved


def _services_of(resource: BookableResource) -> list[Service]:
    res = resource.resource
    if res is None:
        return []
    related: Any = res.related("services") if "services" in res.relationships else []
    items = related if isinstance(related, list) else [related]
    return [Service.from_resource(item) for item in items if isinstance(item, Resource)]


def resolve_resource(ctx: Context, ref: ResourceRef) -> Flow[ResolvedResource]:
    """A resource given by slug, id or object, with its services (one cached look-up)."""
    if isinstance(ref, BookableResource):
        cached = ctx.cache.get(("resource", ref.id))
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        if ref.slug:
            return (yield from resource_by_slug(ctx, ref.slug))
        return (yield from resource_by_slug(ctx, ref.id))
    if isinstance(ref, bool) or not isinstance(ref, (str, int)):
        raise InvalidParameterError(
            f"resource must be a slug, an id or a BookableResource: {ref!r}"
        )
    return (yield from resource_by_slug(ctx, str(ref)))


def resolve_service(ctx: Context, resource: ResolvedResource, ref: ServiceRef) -> Service | str:
    """The service of ``resource`` named by slug, id or object (no request: the resource's
    services are already known). An id that the resource does not list is passed through:
    anny decides."""
    if isinstance(ref, Service):
        return ref
    if isinstance(ref, bool) or not isinstance(ref, (str, int)):
        raise InvalidParameterError(f"service must be a slug, an id or a Service: {ref!r}")
    text = str(ref)
    for service in resource.services:
        if text in (service.id, service.slug):
            return service
    if _is_id(text):
        return validate_id(text, what="service")
    slugs = ", ".join(s.slug or s.id for s in resource.services) or "none"
    raise InvalidParameterError(
        f"service {text!r} is not offered on {resource.resource.slug or resource.id!r} "
        f"(its services: {slugs})"
    )


def service_id(service: Service | str) -> str:
    """The id of a resolved service."""
    return service.id if isinstance(service, Service) else service
