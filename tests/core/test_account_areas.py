"""The account-side areas (orders, account, communities, plans, passes, waitlist, queue
tickets): docstrings tell inferred operations, and their typed views parse leniently."""

from __future__ import annotations

import enum
from decimal import Decimal

import httpx
import pytest
from helper_calls import AREAS, helper_operations

import anny
from anny._areas._binding import helpers_of
from anny._operations import operation

MINE = ("orders", "account", "communities", "plans", "passes", "waitlist", "queue_tickets")
#: Which operations each helper performs, found by running it (``helper_calls.py``).
OPERATIONS = helper_operations()


def test_every_helper_of_these_areas_is_covered() -> None:
    helpers = {(area, name) for area in MINE for name, _ in helpers_of(AREAS[area])}
    assert helpers <= {key for key, ops in OPERATIONS.items() if ops}


@pytest.mark.parametrize(("area", "helper"), sorted(key for key in OPERATIONS if key[0] in MINE))
def test_docstring_first_line_names_the_operation_and_says_if_inferred(
    area: str, helper: str
) -> None:
    doc = getattr(getattr(anny.Anny(token=None), area), helper).__doc__
    assert doc
    first = doc.strip().splitlines()[0]
    # The operation the helper is for (a look-up or read-back it also makes may go unnamed).
    named = [op for op in OPERATIONS[(area, helper)] if f"``{op}``" in first]
    assert named, f"{area}.{helper}: {first!r} names none of {OPERATIONS[(area, helper)]}"
    inferred = operation(named[-1]).inferred
    assert ("inferred operation" in first) is inferred, f"{area}.{helper}: {first!r}"


STATUS_ENUMS = [
    anny.types.MembershipStatus,
    anny.types.SubscriptionStatus,
    anny.types.PassStatus,
    anny.types.WaitlistStatus,
    anny.types.QueueTicketStatus,
]


@pytest.mark.parametrize("status", STATUS_ENUMS, ids=lambda e: e.__name__)
def test_statuses_are_str_enums_with_unknown(status: type[enum.StrEnum]) -> None:
    assert issubclass(status, enum.StrEnum)
    parse = status.parse  # type: ignore[attr-defined]
    assert parse("something-new") is status("unknown")
    assert parse(None) is status("unknown")
    first = next(iter(status))
    assert parse(first.value.upper()) is first


def resource(type_: str, attributes: dict[str, object], **extra: object) -> anny.Resource:
    return anny.Resource.from_json({"type": type_, "id": "1", "attributes": attributes, **extra})


def test_views_keep_the_raw_status_and_survive_garbage() -> None:
    ticket = anny.types.QueueTicket.from_resource(
        resource(
            "queue-tickets",
            {"status": "teleported", "position": "3", "created_at": "not a date", "number": 7},
        )
    )
    assert (ticket.status, ticket.status_raw) == (
        anny.types.QueueTicketStatus.UNKNOWN,
        "teleported",
    )
    assert (ticket.position, ticket.created_at, ticket.number) == (3, None, "7")

    sub = anny.types.PlanSubscription.from_resource(
        resource(
            "plan-subscriptions",
            {"status": "ACTIVE", "start_date": "2026-11-01T00:00:00"},
            relationships={"plan": {"data": {"type": "plans", "id": "9001"}}},
        )
    )
    assert (sub.status, sub.plan_id) == (anny.types.SubscriptionStatus.ACTIVE, "9001")
    assert sub.start_date is not None
    assert sub.start_date.utcoffset() is not None  # a time without offset is UTC

    plan = anny.types.Plan.from_resource(resource("plans", {"price": "12.50", "currency": "EUR"}))
    assert plan.price == anny.Money(Decimal("12.50"), "EUR")

    weird = anny.types.Pass.from_resource(
        resource("passes", {"remaining_uses": [], "total_uses": 2.5})
    )
    assert (weird.remaining_uses, weird.total_uses, weird.status) == (
        None,
        None,
        anny.types.PassStatus.UNKNOWN,
    )
    community = anny.types.Community.from_resource(
        resource("communities", {"slug": "x"}, meta={"is_member": True})
    )
    assert community.is_member is True  # from meta when the attribute is missing


def test_personal_data_is_not_in_reprs() -> None:
    user = anny.types.User.from_resource(
        resource("users", {"name": "Erika", "email": "erika@example.com"})
    )
    assert "erika@example.com" not in repr(user)
    assert user.email == "erika@example.com"


def test_a_read_back_looks_at_every_page_of_the_list() -> None:
    """A lost create is found on the second page of the customer's tickets (links.next)."""
    seen: list[tuple[str, str]] = []

    def ticket(ident: str, status: str = "waiting") -> dict[str, object]:
        return {
            "type": "queue-tickets",
            "id": ident,
            "attributes": {"status": status, "number": f"Q-{ident}"},
            "relationships": {"resource": {"data": {"type": "resources", "id": "8001"}}},
        }

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, str(request.url)))
        if request.method == "POST":
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        if request.url.params.get("page[number]") == "2":
            body = {"data": [ticket("102")], "links": {"next": None}}
        else:
            next_url = "https://api.test/api/v1/queue-tickets?page%5Bnumber%5D=2"
            body = {"data": [ticket("101", "served")], "links": {"next": next_url}}
        return httpx.Response(200, json=body, headers={"content-type": "application/vnd.api+json"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = anny.Anny(base_url="https://api.test", http_client=http, token=None, max_retries=0)

    found = client.queue_tickets.create("8001")

    assert (found.id, found.number, found.status) == (
        "102",
        "Q-102",
        anny.types.QueueTicketStatus.WAITING,
    )
    assert [m for m, _ in seen] == ["POST", "GET", "GET"]  # sent once, then two pages read
    assert seen[2][1].endswith("page%5Bnumber%5D=2")


def test_a_read_back_that_finds_nothing_raises_the_lost_outcome() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        return httpx.Response(
            200, json={"data": []}, headers={"content-type": "application/vnd.api+json"}
        )

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = anny.Anny(base_url="https://api.test", http_client=http, token=None, max_retries=0)

    with pytest.raises(anny.OutcomeUnknownError) as caught:
        client.queue_tickets.create("8001")
    assert (caught.value.operation, caught.value.read_back) == (
        "createQueueTicket",
        "listQueueTickets",
    )
