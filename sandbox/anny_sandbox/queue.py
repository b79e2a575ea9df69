"""Queue tickets: a numbered place in a resource's walk-in queue."""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.errors import invalid, not_found
from anny_sandbox.models import QueueTicket
from anny_sandbox.serializers import collection, document
from anny_sandbox.web import Ctx, relationship_id


def _ticket(ctx: Ctx) -> QueueTicket:
    customer = ctx.require_customer()
    ticket = ctx.store.queue_tickets.get(ctx.path_params["ticket_id"])
    if ticket is None or ticket.customer_id != customer.id:
        raise not_found("Queue ticket", ctx.path_params["ticket_id"])
    return ticket


def list_tickets(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    tickets = sorted(
        (t for t in ctx.store.queue_tickets.values() if t.customer_id == customer.id),
        key=lambda t: (t.created_at, t.id),
    )
    return collection(ctx, tickets)


def create_ticket(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    _attributes, relationships = ctx.envelope("queue-tickets")
    resource_id = relationship_id(relationships, "resource", "resources")
    if resource_id is None:
        raise invalid("/data/relationships/resource", "is required")
    resource = ctx.store.resource_by_id(resource_id)
    if resource is None:
        raise not_found("Resource", resource_id)
    service_id = relationship_id(relationships, "service", "services")
    if service_id is not None and service_id not in {s.id for s in ctx.store.services_of(resource)}:
        raise invalid("/data/relationships/service/data/id", "not offered by this resource")
    numbers = [t.number for t in ctx.store.queue_tickets.values() if t.resource_id == resource.id]
    ticket = QueueTicket(
        id=ctx.store.next_id("queue"),
        number=max(numbers, default=100) + 1,
        customer_id=customer.id,
        resource_id=resource.id,
        service_id=service_id,
        status="waiting",
        created_at=ctx.clock.now(),
    )
    ctx.store.queue_tickets[ticket.id] = ticket
    return document(ctx, ticket, status=201)


def get_ticket(ctx: Ctx) -> Response:
    return document(ctx, _ticket(ctx))


def cancel_ticket(ctx: Ctx) -> Response:
    ticket = _ticket(ctx)
    if ticket.status == "canceled":
        raise not_found("Queue ticket", ticket.id)
    ticket.status = "canceled"
    ticket.canceled_at = ctx.clock.now()
    return Response(status_code=204)


ROUTES = [
    ("GET", "/api/v1/queue-tickets", list_tickets),
    ("POST", "/api/v1/queue-tickets", create_ticket),
    ("GET", "/api/v1/queue-tickets/{ticket_id}", get_ticket),
    ("DELETE", "/api/v1/queue-tickets/{ticket_id}", cancel_ticket),
]
