"""``client.waitlist``: wait for a booked-out slot; anny notifies the customer when it frees up.

Operations: listWaitlistEntries, joinWaitlist, leaveWaitlist (spec tag ``waitlist``). Only
signed-in customers can join a waitlist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from anny._account_types import WaitlistEntry, WaitlistStatus
from anny._areas._account_common import (
    aware,
    envelope,
    every_item,
    linkage,
    page_param,
    resource_and_service,
)
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import id_of, op_plan, read_back, view_parser
from anny._flow import Flow, perform
from anny._jsonapi import Resource
from anny._models import BookableResource, Service
from anny._response import parse_none
from anny.errors import InvalidParameterError

__all__ = ["EntryRef", "Waitlist"]

#: A waitlist entry: its id or a :class:`~anny.WaitlistEntry` already fetched.
EntryRef = str | int | WaitlistEntry


def list_entries(
    ctx: Context, *, include: Sequence[str] | None = None, page_size: int | None = None
) -> Paged[WaitlistEntry]:
    """The customer's waitlist entries (``listWaitlistEntries``; inferred operation)."""
    query = {"include": include, "pagesize": page_param(page_size)}
    return Paged(op_plan("listWaitlistEntries", query=query), WaitlistEntry.from_resource)


def join_waitlist(
    ctx: Context,
    resource: str | int | BookableResource | Resource,
    service: str | int | Service | Resource,
    start: dt.datetime,
    end: dt.datetime,
    *,
    tz: str | dt.tzinfo | None = None,
) -> Flow[WaitlistEntry]:
    """Join the waitlist of a booked-out slot (``joinWaitlist``; inferred operation).

    ``resource`` and ``service`` are each a slug, an id or a fetched object (a slug is looked
    up once per client, ``getResource`` with its services). ``start`` and
    ``end`` must be timezone-aware, or naive with ``tz`` (``"Europe/Berlin"``). Never resent
    blindly: after a lost answer the entries are read back (``listWaitlistEntries``) and the
    waiting entry for this resource and start is returned; if there is none,
    :class:`~anny.OutcomeUnknownError` is raised.
    """
    start = aware(start, what="start", tz=tz)
    end = aware(end, what="end", tz=tz)
    if end <= start:
        raise InvalidParameterError(
            f"end {end.isoformat()} must be after start {start.isoformat()}"
        )
    if service is None:
        raise InvalidParameterError("service is required: an id, a slug or a fetched Service")
    resource_ident, service_ident = yield from resource_and_service(ctx, resource, service)
    if service_ident is None:  # pragma: no cover - a given service always resolves or raises
        raise InvalidParameterError(f"service {service!r} could not be resolved")
    body = envelope(
        "waitlist-entries",
        {"start_date": start.isoformat(), "end_date": end.isoformat()},
        {
            "resource": linkage("resources", resource_ident),
            "service": linkage("services", service_ident),
        },
    )
    action = op_plan("joinWaitlist", body=body, parser=view_parser(WaitlistEntry))

    def check() -> Flow[WaitlistEntry | None]:
        entries = yield from every_item(op_plan("listWaitlistEntries"), WaitlistEntry.from_resource)
        for entry in entries:
            if (
                entry.resource_id == resource_ident
                and entry.start_date == start
                and entry.status is WaitlistStatus.WAITING
            ):
                return entry
        return None

    return (yield from read_back(action, check))


def leave_waitlist(ctx: Context, entry: EntryRef) -> Flow[None]:
    """Leave a waitlist (``leaveWaitlist``; inferred operation)."""
    plan = op_plan(
        "leaveWaitlist", path={"entry_id": id_of(entry, what="waitlist entry")}, parser=parse_none
    )
    return (yield from perform(plan))


class Waitlist(Area[M]):
    """The waitlist: ``client.waitlist.list()``, ``.join(resource, service, start, end)``,
    ``.leave(entry)``."""

    list = paged(list_entries)
    join = endpoint(join_waitlist)
    leave = endpoint(leave_waitlist)
