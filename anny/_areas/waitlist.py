"""``client.waitlist``: wait for a booked-out slot; anny notifies the customer when it frees up.

Operations: listWaitlistEntries, joinWaitlist, leaveWaitlist (spec tag ``waitlist``).

anny's waitlist guide (reference Addendum C6): a waitlist is offered only when the resource
allows it **and** the slot is unavailable because it is fully booked (``booked_out``), not for
lead-time, off-schedule or duration conflicts; creating, listing and deleting waitlist spots
needs a signed-in customer. So every helper here refuses before sending when the client has no
token (:class:`~anny.errors.SignInRequiredError`), and a refused join states those rules.
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
    require_sign_in,
    resource_and_service,
)
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import explained, id_of, op_plan, read_back, view_parser
from anny._flow import Flow, perform
from anny._jsonapi import Resource
from anny._models import BookableResource, Service
from anny._response import parse_none
from anny.errors import ConflictError, InvalidParameterError, UnprocessableEntityError

__all__ = ["EntryRef", "Waitlist"]

#: A waitlist entry: its id or a :class:`~anny.types.WaitlistEntry` already fetched.
EntryRef = str | int | WaitlistEntry

WHAT = "the waitlist"
#: What anny's refusals of a join mean (reference Addendum C6), added to anny's own words. One
#: text for both refusals: anny's error codes for them were never recorded.
WAITLIST_RULES = (
    "anny offers a waitlist spot only where the resource enables the waitlist, and only for a "
    "slot that is fully booked (booked_out): not for a free slot, nor one refused for its lead "
    "time, opening hours or duration; and one spot per customer and slot"
)


def list_entries(
    ctx: Context, *, include: Sequence[str] | None = None, page_size: int | None = None
) -> Paged[WaitlistEntry]:
    """The customer's waitlist entries (``listWaitlistEntries``; inferred operation).

    Needs a signed-in customer (:class:`~anny.errors.SignInRequiredError` before sending, C6).
    """
    require_sign_in(ctx, WHAT)
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

    Needs a signed-in customer (:class:`~anny.errors.SignInRequiredError` before sending). anny
    offers a waitlist only where the resource enables it and only for a slot that is fully
    booked (reference Addendum C6): a free slot, or one refused for its lead time, opening
    hours or duration, is answered :class:`~anny.ConflictError`, a resource without a
    waitlist :class:`~anny.UnprocessableEntityError`; the error adds these rules to anny's
    words.

    ``resource`` and ``service`` are each a slug, an id or a fetched object (a slug is looked
    up once per client, ``getResource`` with its services). ``start`` and
    ``end`` must be timezone-aware, or naive with ``tz`` (``"Europe/Berlin"``). Never resent
    blindly: after a lost answer the entries are read back (``listWaitlistEntries``) and the
    waiting entry for this resource and start is returned; if there is none,
    :class:`~anny.OutcomeUnknownError` is raised.
    """
    require_sign_in(ctx, WHAT)
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

    try:
        return (yield from read_back(action, check))
    except ConflictError as err:
        raise explained(err, WAITLIST_RULES) from err
    except UnprocessableEntityError as err:
        if not _about_the_resource(err):
            raise
        raise explained(err, WAITLIST_RULES) from err


def _about_the_resource(err: UnprocessableEntityError) -> bool:
    # A 422 pointing at the resource or service relationship is the "no waitlist here" refusal;
    # one pointing at the times is a plain validation error, which anny's words explain.
    pointers = [e.source.get("pointer", "") if e.source else "" for e in err.errors]
    return any(str(p).startswith("/data/relationships/") for p in pointers)


def leave_waitlist(ctx: Context, entry: EntryRef) -> Flow[None]:
    """Leave a waitlist (``leaveWaitlist``; inferred operation).

    Needs a signed-in customer (:class:`~anny.errors.SignInRequiredError` before sending, C6).
    """
    require_sign_in(ctx, WHAT)
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
