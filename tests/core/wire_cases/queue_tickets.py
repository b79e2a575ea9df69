"""Wire cases of client.queue_tickets."""

from __future__ import annotations

import anny
from anny_api.models import QueueTicketCreateRequest

from . import WireCase, first_page

AREA = ("queue_tickets", anny.QueueTickets)

TICKET = {
    "data": {
        "type": "queue-tickets",
        "id": "880",
        "attributes": {"number": "Q-012", "status": "waiting", "position": 3},
        "relationships": {"resource": {"data": {"type": "resources", "id": "8001"}}},
    }
}
TICKETS = {"data": [TICKET["data"]], "links": {"next": None}}


def _check_ticket(ticket: anny.QueueTicket) -> None:
    assert (ticket.number, ticket.status, ticket.position, ticket.resource_id) == (
        "Q-012",
        anny.QueueTicketStatus.WAITING,
        3,
        "8001",
    )


def _body(service: str | None) -> QueueTicketCreateRequest:
    relationships: dict[str, object] = {"resource": {"data": {"type": "resources", "id": "8001"}}}
    if service is not None:
        relationships["service"] = {"data": {"type": "services", "id": service}}
    return QueueTicketCreateRequest.from_dict(
        {"data": {"type": "queue-tickets", "relationships": relationships}}
    )


def expect(condition: bool) -> None:
    """A check that fails the case (a bare lambda's False would be ignored)."""
    assert condition


CASES: list[WireCase] = [
    WireCase(
        "queue_tickets",
        "list",
        "listQueueTickets",
        lambda c: first_page(c.queue_tickets.list(page_size=5)),
        {"pagesize": 5},
        TICKETS,
        check=lambda page: _check_ticket(page.items[0]),
    ),
    WireCase(
        "queue_tickets",
        "create",
        "createQueueTicket",
        lambda c: c.queue_tickets.create("8001"),
        {"body": _body(None)},
        TICKET,
        status=201,
        check=_check_ticket,
    ),
    WireCase(
        "queue_tickets",
        "create",
        "createQueueTicket",
        lambda c: c.queue_tickets.create(anny.BookableResource(id="8001"), service="7001"),
        {"body": _body("7001")},
        TICKET,
        status=201,
        label="with service",
    ),
    WireCase(
        "queue_tickets",
        "get",
        "getQueueTicket",
        lambda c: c.queue_tickets.get("880"),
        {"ticket_id": "880"},
        TICKET,
        {"ticket_id": "880"},
        check=_check_ticket,
    ),
    WireCase(
        "queue_tickets",
        "cancel",
        "cancelQueueTicket",
        lambda c: c.queue_tickets.cancel(anny.QueueTicket(id="880")),
        {"ticket_id": "880"},
        "",
        {"ticket_id": "880"},
        status=204,
        check=lambda result: expect(result is None),
    ),
]
