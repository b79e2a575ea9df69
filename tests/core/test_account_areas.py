"""The account-side areas (orders, account, communities, plans, passes, waitlist, queue
tickets): docstrings tell inferred operations, and their typed views parse leniently."""

from __future__ import annotations

import datetime as dt
import enum
import typing
from decimal import Decimal

import httpx
import pytest
from helper_calls import AREAS, helper_operations

import anny
from anny._areas._binding import helpers_of
from anny._areas.catalog import list_resource_locations
from anny._operations import operation
from anny.types import MembershipRole as Role
from anny.types import MembershipStatus as Status

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
        resource("passes", {"quota_type": "quantity", "remaining": [], "total": 2.5})
    )
    assert (weird.remaining_uses, weird.total_uses, weird.status) == (
        None,
        None,
        anny.types.PassStatus.UNKNOWN,
    )
    community = anny.types.Community.from_resource(
        resource("communities", {"slug": "x", "is_private": "yes", "welcome_text": []})
    )
    assert (community.slug, community.is_private, community.welcome_text) == ("x", None, None)


STATUS_ENUMS.append(anny.types.MembershipRole)
STATUS_ENUMS.append(anny.types.PassQuotaType)


@pytest.mark.parametrize(
    ("status", "role", "expected"),
    [
        ("accepted", "member", (Status.ACCEPTED, Role.MEMBER)),
        ("pending", "manager", (Status.PENDING, Role.MANAGER)),
        ("PENDING", "visitor", (Status.PENDING, Role.VISITOR)),
        ("active", "owner", (Status.UNKNOWN, Role.UNKNOWN)),
        (None, 7, (Status.UNKNOWN, Role.UNKNOWN)),
    ],
)
def test_a_community_account_has_the_documented_statuses_and_roles(
    status: object, role: object, expected: tuple[object, object]
) -> None:
    """Addendum C7: accepted | pending, member | manager | visitor; anything else UNKNOWN
    (``active``/``requested`` were the old inferred statuses and are no longer known)."""
    membership = anny.types.CommunityMembership.from_resource(
        anny.Resource.from_json(
            {
                "type": "community-accounts",
                "id": "9001",
                "attributes": {
                    "status": status,
                    "role": role,
                    "start_date": "2026-11-01T00:00:00+00:00",
                    "end_date": None,
                },
                "relationships": {"community": {"data": {"type": "communities", "id": "31"}}},
            }
        )
    )
    assert (membership.status, membership.role) == expected
    if isinstance(status, str) and isinstance(role, str):
        assert (membership.status_raw, membership.role_raw) == (status, role)
    assert membership.is_pending is (expected[0] is anny.types.MembershipStatus.PENDING)
    assert membership.community_id == "31"
    assert membership.start_date is not None
    assert membership.end_date is None


def _pass(quota_type: str, remaining: object, total: object, **more: object) -> anny.types.Pass:
    attributes = {"quota_type": quota_type, "remaining": remaining, "total": total, **more}
    return anny.types.Pass.from_resource(resource("passes", attributes))


def test_only_a_quantity_pass_counts_uses() -> None:
    """Addendum C8: a booking pass counts bookings, minutes or money; the view never reads a
    duration or a budget as a number of uses."""
    quantity = _pass("quantity", 7, 10)
    assert (quantity.quota_type, quantity.remaining_uses, quantity.total_uses) == (
        anny.types.PassQuotaType.QUANTITY,
        7,
        10,
    )
    assert (quantity.remaining_duration, quantity.remaining_budget) == (None, None)

    duration = _pass("duration", 480, 600, recurrence="month")
    assert (duration.remaining_uses, duration.total_uses, duration.remaining_budget) == (
        None,
        None,
        None,
    )
    assert duration.remaining_duration == dt.timedelta(hours=8)
    assert (duration.remaining, duration.recurrence) == (Decimal(480), "month")

    budget = _pass("budget", 62.5, 100, currency="EUR", source="community")
    assert (budget.remaining_uses, budget.remaining_duration) == (None, None)
    assert budget.remaining_budget == anny.Money(Decimal("62.5"), "EUR")
    assert budget.source == "community"

    unknown = _pass("hours-per-moon", 3, 3)
    assert (unknown.quota_type, unknown.quota_type_raw) == (
        anny.types.PassQuotaType.UNKNOWN,
        "hours-per-moon",
    )
    assert (unknown.remaining_uses, unknown.remaining_duration, unknown.remaining_budget) == (
        None,
        None,
        None,
    )
    assert unknown.remaining == Decimal(3)  # the raw number stays reachable


@pytest.mark.parametrize("ident", ["5001", "7d0c6a5e-2f43-4a8b-9b1e-3c5f7e9a1d20"])
@pytest.mark.parametrize("sex", ["female", 2, None])
def test_a_customer_has_the_documented_attributes(ident: str, sex: object) -> None:
    """Addendum C9/C10: sex as a string or a number, birth_date a date, mobile, locale; the id
    numeric or a UUID."""
    customer = anny.types.Customer.from_resource(
        anny.Resource.from_json(
            {
                "type": "customers",
                "id": ident,
                "attributes": {
                    "given_name": "Erika",
                    "mobile": "+49 170 1234567",
                    "sex": sex,
                    "birth_date": "1990-04-12",
                    "locale": "de",
                },
            }
        )
    )
    assert customer.id == ident
    assert (customer.sex, customer.birth_date) == (sex, dt.date(1990, 4, 12))
    assert (customer.mobile, customer.locale) == ("+49 170 1234567", "de")
    assert "1990" not in repr(customer)
    assert "+49" not in repr(customer)
    odd = anny.types.Customer.from_resource(
        resource("customers", {"sex": True, "birth_date": "12.04.1990"})
    )
    assert (odd.sex, odd.birth_date) == (None, None)


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


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c", "3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c"),
        (5001, "5001"),
        ("5001", "5001"),
    ],
)
def test_a_customer_account_id_is_a_uuid_or_a_number(given: str | int, sent: str) -> None:
    """Addendum C10: customer ids come as UUIDs and as numbers; both reach the wire as given."""
    from helper_calls import recording_client

    client, seen = recording_client()
    client.resources.locations(customer_account=given)
    [request] = seen
    assert dict(request.query)["filter[customer_account_id]"] == sent
    with pytest.raises(anny.InvalidParameterError):
        client.resources.locations(customer_account="3f2b/../x")
    assert len(seen) == 1
    # …and the signature says so, for type checkers too.
    hints = typing.get_type_hints(list_resource_locations)
    assert set(typing.get_args(hints["customer_account"])) == {str, int, type(None)}
