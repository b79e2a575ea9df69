"""Pieces shared by the account-side areas (orders, account, communities, plans, passes,
waitlist, queue tickets): references by slug, id or object; aware datetimes; JSON:API write
envelopes; reading every page of a list inside a flow (for read-backs)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from anny._areas._binding import Context
from anny._areas.catalog import resolve_resource, resolve_service, service_key
from anny._flow import Flow
from anny._ids import validate_id, validate_slug
from anny._jsonapi import Document, Resource
from anny._models import Organization
from anny._pagination import _url_key, next_page
from anny._plan import RequestPlan
from anny._response import APIResponse
from anny.errors import InvalidParameterError, SignInRequiredError

T = TypeVar("T")

#: How many pages a read-back looks at before it gives up (a customer's own lists are short).
READ_BACK_MAX_PAGES = 20


def require_sign_in(ctx: Context, what: str) -> None:
    """Refuse before sending when the client has no customer credential and anny refuses
    ``what`` anonymously anyway (a typed error instead of a 401 round trip)."""
    if not ctx.signed_in():
        raise SignInRequiredError(
            f"{what} needs a signed-in customer; anny refuses it anonymously. Create the "
            "client with token=... (the customer's access token)"
        )


def is_numeric_id(value: object) -> bool:
    """Whether ``value`` is a numeric id (``7001`` or ``"7001"``) rather than a slug."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and value.isdigit())


def slug_of(value: object, *, what: str) -> str:
    """The slug of a fetched object (``.slug``) or a slug given as text, validated."""
    if isinstance(value, str):
        return validate_slug(value, what=what)
    slug = getattr(value, "slug", None)
    if isinstance(value, Resource):
        slug = value.get("slug")
    if isinstance(slug, str):
        return validate_slug(slug, what=what)
    raise InvalidParameterError(f"{what} must be a slug or a fetched object with a slug")


def organization_slug(organization: str | Organization) -> str:
    """The slug of an organization given as slug or :class:`~anny.types.Organization`."""
    return slug_of(organization, what="organization")


def object_id(value: object, *, what: str) -> str | None:
    """The id of a fetched view or :class:`~anny.Resource`, or ``None`` for anything else."""
    ident = getattr(value, "id", None)
    if ident is not None and not isinstance(value, (str, int)):
        return validate_id(ident, what=what)
    return None


def resource_and_service(
    ctx: Context, resource: object, service: object | None
) -> Flow[tuple[str, str | None]]:
    """The ids of a bookable resource and (optionally) one of its services.

    Each is given as an id, a fetched object or a slug; the write bodies of the waitlist and
    the queue carry ids (every known caller sends ids there). A slug costs one ``getResource``
    (with the resource's services) per client, shared with every other helper (the catalog's
    look-up); ids and fetched objects cost nothing.
    """
    if service is not None:
        service_key(cast(Any, service))  # a malformed service is refused before any request
    resource_ident = yield from resolve_resource(ctx, cast(Any, resource))
    if service is None:
        return resource_ident, None
    service_ident = yield from resolve_service(ctx, cast(Any, resource), cast(Any, service))
    return resource_ident, service_ident


def aware(value: object, *, what: str, tz: str | dt.tzinfo | None) -> dt.datetime:
    """A timezone-aware datetime; a naive one only with ``tz`` (a zone name or tzinfo)."""
    if not isinstance(value, dt.datetime):
        raise InvalidParameterError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    if tz is None:
        raise InvalidParameterError(
            f"{what} {value.isoformat()} has no time zone: pass an aware datetime or tz=..."
        )
    if isinstance(tz, str):
        try:
            tz = zoneinfo.ZoneInfo(tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidParameterError(f"tz {tz!r} is not a known time zone") from exc
    return value.replace(tzinfo=tz)


def linkage(type_: str, ident: str) -> dict[str, dict[str, str]]:
    """A to-one relationship object of a write envelope, by the spec's Python names
    (``op_plan`` turns ``type_`` into ``type``)."""
    return {"data": {"type_": type_, "id": ident}}


def envelope(
    type_: str,
    attributes: Mapping[str, Any] | None = None,
    relationships: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A JSON:API write body for ``op_plan(body=...)``, by the spec's Python names:
    ``{"data": {"type_", "attributes"?, "relationships"?}}`` (``type_`` is sent as ``type``)."""
    data: dict[str, Any] = {"type_": type_}
    if attributes:
        data["attributes"] = dict(attributes)
    if relationships:
        data["relationships"] = dict(relationships)
    return {"data": data}


def every_item(
    plan: RequestPlan[Document],
    map_item: Callable[[Resource], T],
    *,
    max_pages: int = READ_BACK_MAX_PAGES,
) -> Flow[list[T]]:
    """Flow: the items of every page of a collection (``links.next``, page numbers …).

    Follows pages with the same decision as :class:`~anny.Pager` (:func:`next_page`), so a
    read-back sees the whole list, not only its first page.
    """
    items: list[T] = []
    seen: set[Any] = set()
    current: RequestPlan[Document] | None = plan
    fetched = 0
    while current is not None:
        response: APIResponse[Document] = yield current
        doc = response.parse()
        items.extend(map_item(res) for res in doc.resources)
        url = response.http_response.request.url
        seen.add(_url_key(url))
        fetched += 1
        decision = next_page(
            doc, request_url=url, seen=frozenset(seen), pages_fetched=fetched, max_pages=max_pages
        )
        current = (
            None if decision.url is None else current.replace(path=str(decision.url), params=())
        )
    return items


def page_param(page_size: int | None) -> int | None:
    """The page size of a list helper, checked (a positive integer) before anything is sent."""
    if page_size is None:
        return None
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise InvalidParameterError(f"page_size must be a positive integer, got {page_size!r}")
    return page_size


def statuses_param(status: object) -> str | None:
    """``filter[status]``: one status or several (comma-joined), each a plain name."""
    if status is None:
        return None
    if isinstance(status, str):
        values: list[object] = [status]
    elif isinstance(status, Iterable):
        values = list(status)
    else:
        raise InvalidParameterError(f"status must be a name or a list of names, got {status!r}")
    for value in values:
        if not isinstance(value, str) or not value or "," in value or value != value.strip():
            raise InvalidParameterError(f"status {value!r} is not a status name")
    return ",".join(str(v) for v in values) or None
