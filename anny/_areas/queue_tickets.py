"""``client.queue_tickets``: a numbered place in a resource's walk-in queue.

Operations: listQueueTickets, createQueueTicket, getQueueTicket, cancelQueueTicket (spec tag
``queue``).
"""

from __future__ import annotations

from collections.abc import Sequence

from anny._account_types import QueueTicket, QueueTicketStatus
from anny._areas._account_common import (
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

__all__ = ["QueueTickets", "TicketRef"]

#: A queue ticket: its id or a :class:`~anny.types.QueueTicket` already fetched.
TicketRef = str | int | QueueTicket


def list_tickets(
    ctx: Context, *, include: Sequence[str] | None = None, page_size: int | None = None
) -> Paged[QueueTicket]:
    """The signed-in customer's queue tickets (``listQueueTickets``; inferred operation)."""
    query = {"include": include, "pagesize": page_param(page_size)}
    return Paged(op_plan("listQueueTickets", query=query), QueueTicket.from_resource)


def create_ticket(
    ctx: Context,
    resource: str | int | BookableResource | Resource,
    *,
    service: str | int | Service | Resource | None = None,
) -> Flow[QueueTicket]:
    """Draw a queue ticket for a resource (``createQueueTicket``; inferred operation).

    ``resource`` and the optional ``service`` are each a slug, an id or a fetched object (a
    slug is looked up once per client, ``getResource`` with its services). Never
    resent blindly: after a lost answer the tickets are read back (``listQueueTickets``) and
    the newest waiting ticket for this resource (and service) is returned — one you already
    held counts too, the list cannot tell them apart; if there is none,
    :class:`~anny.OutcomeUnknownError` is raised.
    """
    resource_ident, service_ident = yield from resource_and_service(ctx, resource, service)
    relationships = {"resource": linkage("resources", resource_ident)}
    if service_ident is not None:
        relationships["service"] = linkage("services", service_ident)
    action = op_plan(
        "createQueueTicket",
        body=envelope("queue-tickets", None, relationships),
        parser=view_parser(QueueTicket),
    )

    def check() -> Flow[QueueTicket | None]:
        tickets = yield from every_item(op_plan("listQueueTickets"), QueueTicket.from_resource)
        mine = [
            t
            for t in tickets
            if t.resource_id == resource_ident
            and t.service_id == service_ident
            and t.status is QueueTicketStatus.WAITING
        ]
        return mine[-1] if mine else None  # the list is oldest first

    return (yield from read_back(action, check))


def get_ticket(ctx: Context, ticket: TicketRef) -> Flow[QueueTicket]:
    """One queue ticket and its ``position`` (``getQueueTicket``; inferred operation)."""
    plan = op_plan(
        "getQueueTicket",
        path={"ticket_id": id_of(ticket, what="queue ticket")},
        parser=view_parser(QueueTicket),
    )
    return (yield from perform(plan))


def cancel_ticket(ctx: Context, ticket: TicketRef) -> Flow[None]:
    """Give up a queue ticket (``cancelQueueTicket``; inferred operation)."""
    plan = op_plan(
        "cancelQueueTicket",
        path={"ticket_id": id_of(ticket, what="queue ticket")},
        parser=parse_none,
    )
    return (yield from perform(plan))


class QueueTickets(Area[M]):
    """Queue tickets: ``client.queue_tickets.list()``, ``.create(resource)``, ``.get(id)``,
    ``.cancel(id)``."""

    list = paged(list_tickets)
    create = endpoint(create_ticket)
    get = endpoint(get_ticket)
    cancel = endpoint(cancel_ticket)
