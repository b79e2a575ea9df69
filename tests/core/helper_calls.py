"""Running any helper of any area on a recording client, with arguments drawn by name.

Shared by ``test_helpers_wire.py`` (what each argument puts on the wire) and the docstring tests
(which operations a helper performs: found by running it, not written down).

``VALUES`` gives, per argument name, two values (``first``, ``second``); a helper runs once with
its required arguments at ``first`` and then once per argument with that one argument at
``second``. ``ANSWERS`` is one canned answer per operation, so any flow runs to its end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import httpx

import anny
from anny._areas._binding import helpers_of
from anny._operations import Operation, find_operation

BASE = "https://api.test"
JSONAPI = "application/vnd.api+json"
PLAIN = "application/json"
BERLIN = dt.timezone(dt.timedelta(hours=1))
TOMORROW = dt.date(2026, 11, 24)
NINE = dt.datetime(2026, 11, 24, 9, tzinfo=BERLIN)
HOUR = dt.timedelta(hours=1)

#: Every area class by its attribute name on the client (``client.cart()`` is the Cart area).
AREAS: dict[str, type] = {
    "account": anny.types.Account,
    "availability": anny.types.Availability,
    "bookings": anny.types.Bookings,
    "cart": anny.types.CartBase,
    "checkout": anny.types.Checkout,
    "communities": anny.types.Communities,
    "orders": anny.types.Orders,
    "organizations": anny.types.Organizations,
    "passes": anny.types.Passes,
    "plans": anny.types.Plans,
    "queue_tickets": anny.types.QueueTickets,
    "resources": anny.types.Resources,
    "series": anny.types.Series,
    "services": anny.types.Services,
    "waitlist": anny.types.Waitlist,
}


def every_helper() -> Iterator[tuple[str, str, Any]]:
    """``(area, name, descriptor)`` for every helper of every area."""
    for area, cls in AREAS.items():
        for name, helper in helpers_of(cls):
            yield area, name, helper


def _resource(ident: str, slug: str) -> anny.types.BookableResource:
    # Fetched, with its time zone: the helpers need no look-up for it.
    return anny.types.BookableResource(id=ident, slug=slug, name=slug, timezone="Europe/Berlin")


def _one(kind: str, ident: str, **attributes: Any) -> dict[str, Any]:
    return {"data": {"type": kind, "id": ident, "attributes": attributes}}


def _many(kind: str, ident: str, **attributes: Any) -> dict[str, Any]:
    return {"data": [_one(kind, ident, **attributes)["data"]], "links": {"next": None}}


def _slot(hour: int) -> dict[str, Any]:
    return {
        "start_date": f"2026-11-24T{hour:02d}:00:00+01:00",
        "end_date": f"2026-11-24T{hour + 1:02d}:00:00+01:00",
        "available": True,
        "number_available": 1,
        "remaining_number_available": 1,
    }


RESOURCE: dict[str, Any] = {
    "data": {
        "type": "resources",
        "id": "8001",
        "attributes": {"slug": "conference-room-berlin", "timezone": "Europe/Berlin"},
        "relationships": {"services": {"data": [{"type": "services", "id": "7001"}]}},
    },
    "included": [{"type": "services", "id": "7001", "attributes": {"slug": "desk", "price": 0}}],
}
MEMBERSHIP = _one("community-accounts", "9001", status="pending", role="member")
COMMUNITY: dict[str, Any] = {
    "data": {
        **_one("communities", "3001", slug="acme-members")["data"],
        "relationships": {
            "community_accounts": {"data": [{"type": "community-accounts", "id": "9001"}]}
        },
    },
    "included": [MEMBERSHIP["data"]],
}
ORDER = _one("orders", "9001", number="BO559015923", status="draft", access_token="oat-secret")
BOOKING = _one("bookings", "3581903", number="BB81592797", status="canceled", code="c0de")
DAY = [_slot(9), _slot(10)]
EVENT = {"resource_id": 8001, **_slot(9), "is_available": True}
LOCATION = {"id": "8001", "name": "Conference room", "parentSlug": "conference-room-berlin"}

#: One answer per operation: (status, content type, body).
ANSWERS: dict[str, tuple[int, str, Any]] = {
    "getCurrentUser": (200, JSONAPI, _one("users", "12001", name="Erika")),
    "getCustomer": (200, JSONAPI, _one("customers", "5001", family_name="Musterfrau")),
    "updateCustomer": (200, JSONAPI, _one("customers", "5001", family_name="Musterfrau")),
    "listCustomerAccounts": (200, JSONAPI, _many("customer-accounts", "3f1c", name="ACME")),
    "getAvailabilityStartDates": (200, PLAIN, [{"date": "2026-11-24", "available": True}]),
    "getAvailabilityStart": (200, PLAIN, DAY),
    "getAvailabilityPeriods": (200, PLAIN, {"8001": [{"id": "p1", **_slot(9)}]}),
    "getStartIntervals": (200, PLAIN, DAY),
    "getEndIntervals": (200, PLAIN, DAY),
    "getUpcomingIntervals": (200, PLAIN, {"data": DAY, "page_end_date": None}),
    "listCalendarEvents": (200, PLAIN, {"data": {"events": [EVENT]}}),
    "getResource": (200, JSONAPI, RESOURCE),
    "listResourceChildren": (200, JSONAPI, {"data": [RESOURCE["data"]], "links": {"next": None}}),
    "listResourceLocations": (200, PLAIN, {"resourceLocations": [LOCATION]}),
    "getServiceConfiguration": (200, JSONAPI, _one("service-configurations", "7001")),
    "getOrganization": (200, JSONAPI, _one("organizations", "1001", slug="acme-gmbh")),
    "listOrganizationResources": (200, JSONAPI, _many("resources", "8001", slug="room")),
    "getBooking": (200, JSONAPI, BOOKING),
    "getBookingByNumber": (200, JSONAPI, BOOKING),
    "getBookingCancellationPreview": (200, PLAIN, {"cancelable": True, "currency": "EUR"}),
    "cancelBooking": (200, JSONAPI, BOOKING),
    "listBookings": (200, JSONAPI, {"data": [BOOKING["data"]], "links": {"next": None}}),
    "createInstantBooking": (201, JSONAPI, BOOKING),
    "calculateCartBookings": (200, PLAIN, {"total": 0, "currency": "EUR", "items": []}),
    "addToCart": (200, JSONAPI, ORDER),
    "getCart": (200, JSONAPI, ORDER),
    "applyVoucher": (200, JSONAPI, ORDER),
    "removeVoucher": (200, JSONAPI, ORDER),
    "emptyCart": (200, JSONAPI, ORDER),
    "getCheckoutForm": (200, PLAIN, {"components": [], "payment_methods": []}),
    "submitCheckout": (200, JSONAPI, ORDER),
    "getOrderByNumber": (200, JSONAPI, ORDER),
    "listOrders": (200, JSONAPI, {"data": [ORDER["data"]], "links": {"next": None}}),
    "downloadOrderConfirmation": (200, "application/pdf", b"%PDF-1.4"),
    "listCommunities": (200, JSONAPI, _many("communities", "3001", slug="acme-members")),
    "getCommunity": (200, JSONAPI, COMMUNITY),
    "joinCommunity": (201, JSONAPI, MEMBERSHIP),
    "leaveCommunity": (204, JSONAPI, None),
    "listPlans": (200, JSONAPI, _many("plans", "9001", slug="acme-membership")),
    "getPlan": (200, JSONAPI, _one("plans", "9001", slug="acme-membership")),
    "listPlanSubscriptions": (200, JSONAPI, _many("plan-subscriptions", "340")),
    "getPlanSubscription": (200, JSONAPI, _one("plan-subscriptions", "340")),
    "createPlanSubscription": (201, JSONAPI, _one("plan-subscriptions", "340")),
    "cancelPlanSubscription": (200, JSONAPI, _one("plan-subscriptions", "340")),
    "listPasses": (200, JSONAPI, _many("passes", "9501")),
    "getPass": (200, JSONAPI, _one("passes", "9501")),
    "listWaitlistEntries": (200, JSONAPI, _many("waitlist-entries", "610")),
    "joinWaitlist": (201, JSONAPI, _one("waitlist-entries", "610")),
    "leaveWaitlist": (204, JSONAPI, None),
    "listQueueTickets": (200, JSONAPI, _many("queue-tickets", "880")),
    "createQueueTicket": (201, JSONAPI, _one("queue-tickets", "880")),
    "getQueueTicket": (200, JSONAPI, _one("queue-tickets", "880")),
    "cancelQueueTicket": (204, JSONAPI, None),
}

STATE = anny.types.CartState("9001", "oat-secret")
ITEM = anny.types.CartItem("8001", "7001", NINE, NINE + HOUR)
CUSTOMER = {"given_name": "Erika", "family_name": "Mustermann", "email": "erika@example.com"}

#: Per argument name, two values: the first is used when the argument is required, the second
#: in the run that shows where the argument goes. An argument missing here, and not in
#: ``test_helpers_wire.NOT_ON_THE_WIRE``, fails the coverage test.
VALUES: dict[str, tuple[Any, Any]] = {
    "resource": (_resource("8001", "room-berlin"), _resource("8002", "room-hamburg")),
    "service": ("7001", "7002"),
    "start": (NINE, NINE + dt.timedelta(minutes=30)),
    "end": (NINE + HOUR, NINE + dt.timedelta(minutes=90)),
    "day": (TOMORROW, TOMORROW + dt.timedelta(days=1)),
    "booking": ("3581903", "3581904"),
    "number": ("BB81592797", "BB81592798"),
    "code": ("WINTER", "SUMMER"),
    "state": (STATE, anny.types.CartState("9002", "oat-other")),
    "wanted": (ITEM, anny.types.CartItem("8002", "7002", NINE + HOUR, NINE + 2 * HOUR)),
    "customer": (CUSTOMER, {**CUSTOMER, "email": "max@example.com"}),
    "accept_terms": (True, False),
    "community": ("3001", "3002"),
    "order": ("58075515", "58075516"),
    "organization": ("acme-gmbh", "beta-ag"),
    "pass_": ("9501", "9502"),
    "plan": ("acme-membership", "acme-friends"),
    "subscription": ("340", "341"),
    "ticket": ("880", "881"),
    "entry": ("610", "611"),
    # Optional arguments: only the second value is used.
    "include": (None, ["service", "resource"]),
    "page_size": (None, 7),
    "sort": (None, "-created_at"),
    "search": (None, "needle"),
    "upcoming_only": (None, True),
    "status": (None, "accepted"),
    "resources": (None, ["8001", "8002"]),
    "categories": (None, ["11", "12"]),
    "hash": (None, "h4sh"),
    "oat": (None, "oat-2"),
    "access_token": (None, "token-2"),
    "access_code": (None, "ACME-2026"),
    "payment_method": (None, "invoice"),
    "description": (None, "Team"),
    "customer_note": (None, "Window seat"),
    "success_url": (None, "https://example.com/ok"),
    "cancel_url": (None, "https://example.com/cancel"),
    "timezone": (None, "Europe/Vienna"),
    "available_from": (None, NINE),
    "available_to": (None, NINE + HOUR),
    "exact_match": (None, True),
    "include_unavailable": (None, True),
    "exclude_hidden": (None, True),
    "exclude_children": (None, True),
    "customer_account": (None, "3f1c"),
    "check_availability": (None, False),
    "quantity": (None, 2),
    "given_name": ("Erika", "Max"),
    "family_name": (None, "Musterfrau"),
    "title": (None, "Dr."),
    "phone": (None, "+49 30 1234"),
    "mobile": (None, "+49 170 1234"),
    "company": (None, "ACME"),
    "locale": (None, "de"),
    "sex": (None, "female"),
    "birth_date": (None, dt.date(1990, 4, 12)),
    "duration": (None, 90),
    "after": (None, NINE),
}


#: Values for one helper where its argument means something else than elsewhere.
HELPER_VALUES: dict[str, dict[str, tuple[Any, Any]]] = {
    "availability.dates": {
        "start": (TOMORROW, TOMORROW + dt.timedelta(days=1)),
        "end": (TOMORROW + dt.timedelta(days=2), TOMORROW + dt.timedelta(days=3)),
    },
    "orders.get": {"number": ("BO559015923", "BO559015924")},
    "availability.today": {"resource": ("conference-room-berlin", "room-hamburg")},
    "plans.subscribe": {"plan": ("9001", "9002")},
}


def values(area: str, name: str, argument: str) -> tuple[Any, Any]:
    """The two values of one helper's argument (``KeyError``: none declared)."""
    return HELPER_VALUES.get(f"{area}.{name}", {}).get(argument) or VALUES[argument]


def wire_value(value: Any) -> Any:
    """What a value is on the wire: a fetched object by its id, a time zone by its name."""
    if isinstance(value, anny.types.BookableResource):
        return value.id
    return value


def tokens(value: Any) -> list[str]:
    """The strings by which ``value`` shows on the wire (an id, a slug, an ISO time)."""
    if isinstance(value, anny.types.BookableResource):
        return [str(value.id), str(value.slug)]
    if isinstance(value, anny.types.CartState):
        return [value.oid, value.oat]
    if isinstance(value, anny.types.CartItem):
        return [value.resource_id, value.service_id, value.start.isoformat(), value.end.isoformat()]
    if isinstance(value, Mapping):
        return [str(v) for v in value.values()]
    if isinstance(value, (dt.date, dt.datetime)):
        return [value.isoformat()]
    if isinstance(value, bool):
        return ["1" if value else "0", json.dumps(value)]
    return [str(value)]


@attrs.frozen
class Sent:
    """One request a helper sent, with the operation it is an instance of."""

    op: Operation
    path: str
    query: tuple[tuple[str, str], ...]
    json: Any

    @property
    def operation_id(self) -> str:
        return self.op.operation_id


def answer(request: httpx.Request) -> httpx.Response:
    """The canned answer (``ANSWERS``) to the operation ``request`` is an instance of."""
    op = find_operation(request.method, request.url.path)
    assert op is not None, f"{request.method} {request.url.path} is no operation of the spec"
    status, content_type, body = ANSWERS[op.operation_id]
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers={"content-type": content_type})


class Waits(Exception):
    """A helper would now sleep (poll again): what it sent so far is what it sends."""


def recording_client() -> tuple[anny.Anny, list[Sent]]:
    """A client answering every operation with ``ANSWERS``; the list fills with what it sent."""
    seen: list[Sent] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        op = find_operation(request.method, request.url.path)
        assert op is not None, f"{request.method} {request.url.path} is no operation of the spec"
        seen.append(
            Sent(
                op,
                request.url.raw_path.split(b"?")[0].decode(),
                tuple(request.url.params.multi_items()),
                json.loads(request.content) if request.content else None,
            )
        )
        return answer(request)

    def sleep(seconds: float) -> None:
        raise Waits(seconds)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    # Signed in: some helpers (the waitlist) refuse before sending without a customer token.
    client = anny.Anny(
        base_url=BASE, http_client=http, token="recording-token", max_retries=0, _sleep=sleep
    )
    # "Now" is the day before the values above, whatever the wall clock says.
    client._context.now = lambda: dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
    return client, seen


def call(client: anny.Anny, area: str, name: str, **kwargs: Any) -> Any:
    """Call ``client.<area>.<name>(**kwargs)``; a pager fetches its first page."""
    target = client.cart(resume=STATE) if area == "cart" else getattr(client, area)
    result = getattr(target, name)(**kwargs)
    return result.first_page() if hasattr(result, "first_page") else result


def required(area: str, name: str, helper: Any) -> dict[str, Any]:
    """The helper's required arguments at their first values (plus ``BASE_KWARGS``)."""
    extra = BASE_KWARGS.get(f"{area}.{name}", {})
    out = {
        p.name: values(area, name, p.name)[0]
        for p in helper.signature.parameters.values()
        if p.default is p.empty and p.name not in extra
    }
    return {**out, **extra}


def run(area: str, name: str, **kwargs: Any) -> list[Sent]:
    """What ``client.<area>.<name>(**kwargs)`` sends."""
    client, seen = recording_client()
    with contextlib.suppress(Waits):
        call(client, area, name, **kwargs)
    return seen


def helper_operations() -> dict[tuple[str, str], tuple[str, ...]]:
    """Per helper, the operations it performs with its required arguments (by running it)."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for area, name, helper in every_helper():
        sent = run(area, name, **required(area, name, helper))
        out[(area, name)] = tuple(dict.fromkeys(s.operation_id for s in sent))
    return out


#: Arguments a helper needs beyond its required ones to send anything at all.
BASE_KWARGS: dict[str, dict[str, Any]] = {
    "account.update": {"given_name": "Erika"},
    "availability.intervals": {"day": TOMORROW},
    "availability.slots": {"day": TOMORROW},
    # A slug: the day is "today" where the resource is, so its time zone is looked up.
    "availability.today": {"resource": "conference-room-berlin"},
    # A service slug: found among the resource's services (by ids, ``item`` sends nothing).
    "checkout.item": {"service": "desk"},
    "orders.confirmation": {"access_token": "token-1"},
    "series.plan": {"rule": "FREQ=DAILY;COUNT=2", "start_time": dt.time(9), "duration": 60},
    "series.book": {
        "rule": "FREQ=DAILY;COUNT=2",
        "start_time": dt.time(9),
        "duration": 60,
        "dry_run": True,
    },
}
