"""`client.plans`, `client.waitlist` and `client.queue_tickets` against the sandbox over real
HTTP, sync and async from one body.

Creates are never resent blindly: a subscription, waitlist entry or queue ticket whose answer
was lost is found again by reading the customer's list back.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from e2e_helpers import E2E, cart_body

import anny

SUBSCRIPTIONS = "/api/v1/plan-subscriptions"
CANCEL_SUB = "/api/v1/plan-subscriptions/{}/cancel"
WAITLIST = "/api/v1/waitlist-entries"
TICKETS = "/api/v1/queue-tickets"
ROOM = "conference-room-berlin"  # id 8001, waitlist enabled, one unit
BERLIN = dt.timezone(dt.timedelta(hours=1))  # Berlin in November
TEN = dt.datetime(2026, 11, 24, 10, tzinfo=BERLIN)  # tomorrow 10:00 local
ELEVEN = dt.datetime(2026, 11, 24, 11, tzinfo=BERLIN)


async def book_out_ten_oclock(e2e: E2E) -> None:
    """Another (guest) customer books the room tomorrow 10-11: the slot is booked out."""
    guest = e2e.client()
    draft = await e2e.add_to_cart(guest, cart_body(10))
    await e2e.submit(
        guest,
        draft,
        customer={"given_name": "Gus", "family_name": "Guest", "email": "gus@example.com"},
    )


def body_of(request: Any) -> Any:
    return json.loads(request.content)


# ------------------------------------------------------------------------------------ plans


async def test_list_and_get_plans(e2e: E2E) -> None:
    client = e2e.client()

    plans = await e2e.collect(client.plans.list("acme-gmbh"))
    assert [(p.slug, p.price, p.billing_period) for p in plans] == [
        ("acme-membership", anny.Money(Decimal("49"), "EUR"), "month"),
        ("acme-friends", anny.Money(Decimal("0"), "EUR"), "year"),
    ]
    assert all(isinstance(p, anny.types.Plan) for p in plans)
    [request] = e2e.sent_to("GET", "/api/v1/organizations/acme-gmbh/plans")
    # No page size asked for: anny's largest (50), so a long list takes fewest requests.
    assert list(request.url.params.multi_items()) == [("page[size]", "50")]

    friends = await e2e.call(client.plans.get, "acme-friends")
    assert (friends.id, friends.name, friends.community_id) == ("9002", "Friends of ACME", "3002")
    await e2e.raises(anny.NotFoundError, client.plans.get, "no-such-plan")


async def test_subscribe_by_slug_then_cancel(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))

    sub = await e2e.call(client.plans.subscribe, "acme-friends")

    assert isinstance(sub, anny.types.PlanSubscription)
    assert (sub.plan_id, sub.status) == ("9002", anny.types.SubscriptionStatus.ACTIVE)
    assert sub.start_date is not None
    assert sub.start_date.tzinfo is not None
    [create] = e2e.sent_to("POST", SUBSCRIPTIONS)
    assert body_of(create) == {
        "data": {
            "type": "plan-subscriptions",
            "relationships": {"plan": {"data": {"type": "plans", "id": "9002"}}},
        }
    }
    # The free plan comes with its community.
    membership = await e2e.call(client.communities.membership, "acme-newsletter")
    assert membership is not None
    assert membership.status is anny.types.MembershipStatus.ACCEPTED

    listed = await e2e.collect(client.plans.subscriptions())
    assert [s.id for s in listed] == [sub.id]
    one = await e2e.call(client.plans.subscription, sub.id)
    assert one.status is anny.types.SubscriptionStatus.ACTIVE

    canceled = await e2e.call(client.plans.cancel_subscription, one)
    assert canceled.status is anny.types.SubscriptionStatus.CANCELED
    assert canceled.canceled_at is not None
    assert len(e2e.ledger("GET", CANCEL_SUB.format(sub.id))) == 1

    # Subscribing again by slug does not look the slug up again (cached per client).
    again = await e2e.call(client.plans.subscribe, "acme-friends")
    assert again.id != sub.id
    assert len(e2e.ledger("GET", "/api/v1/plans/acme-friends")) == 1


async def test_a_paid_plan_needs_a_payment_method(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))
    plan = await e2e.call(client.plans.get, "acme-membership")

    await e2e.raises(anny.UnprocessableEntityError, client.plans.subscribe, plan)
    sub = await e2e.call(client.plans.subscribe, plan, payment_method="invoice")

    assert (sub.plan_id, sub.payment_method, sub.status) == (
        "9001",
        "invoice",
        anny.types.SubscriptionStatus.ACTIVE,
    )
    assert body_of(e2e.sent_to("POST", SUBSCRIPTIONS)[-1])["data"]["attributes"] == {
        "payment_method": "invoice"
    }
    await e2e.raises(anny.ConflictError, client.plans.subscribe, "9001", payment_method="invoice")


async def test_lost_answer_to_subscribe_is_read_back_not_resent(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))
    e2e.sb.faults.add("drop_after", SUBSCRIPTIONS, method="POST")

    sub = await e2e.call(client.plans.subscribe, "9002")

    assert (sub.plan_id, sub.status) == ("9002", anny.types.SubscriptionStatus.ACTIVE)
    assert [e["outcome"] for e in e2e.ledger("POST", SUBSCRIPTIONS)] == ["fault:drop_after"]
    assert len(e2e.ledger("GET", SUBSCRIPTIONS)) == 1  # the read-back
    assert [s.id for s in await e2e.collect(client.plans.subscriptions())] == [sub.id]
    assert e2e.sleeps == []


async def test_lost_subscribe_that_did_not_happen_says_so(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))
    e2e.sb.faults.add("drop_before", SUBSCRIPTIONS, method="POST")

    err = await e2e.raises(anny.OutcomeUnknownError, client.plans.subscribe, "9002")

    assert (err.operation, err.read_back) == ("createPlanSubscription", "listPlanSubscriptions")
    assert len(e2e.ledger("POST", SUBSCRIPTIONS)) == 1
    assert await e2e.collect(client.plans.subscriptions()) == []


async def test_lost_answer_to_cancel_subscription_is_read_back(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))
    sub = await e2e.call(client.plans.subscribe, "9002")
    e2e.sb.faults.add("drop_after", CANCEL_SUB.format(sub.id), method="GET")

    canceled = await e2e.call(client.plans.cancel_subscription, sub.id)

    assert canceled.status is anny.types.SubscriptionStatus.CANCELED
    assert [e["outcome"] for e in e2e.ledger("GET", CANCEL_SUB.format(sub.id))] == [
        "fault:drop_after"
    ]
    assert len(e2e.ledger("GET", f"{SUBSCRIPTIONS}/{sub.id}")) == 1


async def test_lost_cancel_subscription_that_did_not_happen_says_so(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))
    sub = await e2e.call(client.plans.subscribe, "9002")
    e2e.sb.faults.add("drop_before", CANCEL_SUB.format(sub.id), method="GET")

    err = await e2e.raises(anny.OutcomeUnknownError, client.plans.cancel_subscription, sub)

    assert (err.operation, err.read_back) == ("cancelPlanSubscription", "getPlanSubscription")
    current = await e2e.call(client.plans.subscription, sub)
    assert current.status is anny.types.SubscriptionStatus.ACTIVE


async def test_bad_plan_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    await e2e.raises(anny.InvalidParameterError, client.plans.list, "acme/gmbh")
    await e2e.raises(
        anny.InvalidParameterError, client.plans.list, anny.types.Organization(id="1001")
    )
    await e2e.raises(anny.InvalidParameterError, client.plans.get, "..")
    await e2e.raises(anny.InvalidParameterError, client.plans.subscribe, "")
    await e2e.raises(anny.InvalidParameterError, client.plans.subscribe, "9001", payment_method="")
    await e2e.raises(anny.InvalidParameterError, client.plans.subscription, "1/2")
    await e2e.raises(anny.InvalidParameterError, client.plans.cancel_subscription, True)
    assert e2e.sb.ledger()["requests"] == []


# --------------------------------------------------------------------------------- waitlist


async def test_join_list_and_leave_the_waitlist_of_a_booked_out_slot(e2e: E2E) -> None:
    await book_out_ten_oclock(e2e)
    client = e2e.client(token=e2e.token())

    entry = await e2e.call(client.waitlist.join, ROOM, "7001", TEN, ELEVEN)

    assert isinstance(entry, anny.types.WaitlistEntry)
    assert (entry.status, entry.resource_id, entry.service_id) == (
        anny.types.WaitlistStatus.WAITING,
        "8001",
        "7001",
    )
    assert (entry.start_date, entry.end_date) == (TEN, ELEVEN)
    assert entry.start_date is not None
    assert entry.start_date.tzinfo is not None
    [post] = e2e.sent_to("POST", WAITLIST)
    assert body_of(post) == {
        "data": {
            "type": "waitlist-entries",
            "attributes": {
                "start_date": "2026-11-24T10:00:00+01:00",
                "end_date": "2026-11-24T11:00:00+01:00",
            },
            "relationships": {
                "resource": {"data": {"type": "resources", "id": "8001"}},
                "service": {"data": {"type": "services", "id": "7001"}},
            },
        }
    }
    assert len(e2e.sent_to("GET", f"/api/v1/resources/{ROOM}")) == 1  # the slug, resolved

    assert [e.id for e in await e2e.collect(client.waitlist.list())] == [entry.id]
    assert await e2e.call(client.waitlist.leave, entry) is None
    assert await e2e.collect(client.waitlist.list()) == []


async def test_naive_times_need_a_time_zone(e2e: E2E) -> None:
    await book_out_ten_oclock(e2e)
    client = e2e.client(token=e2e.token())
    naive_ten, naive_eleven = dt.datetime(2026, 11, 24, 10), dt.datetime(2026, 11, 24, 11)
    sent_before = len(e2e.sent)

    err = await e2e.raises(
        anny.InvalidParameterError, client.waitlist.join, "8001", 7001, naive_ten, naive_eleven
    )
    assert "2026-11-24T10:00:00" in str(err)
    assert len(e2e.sent) == sent_before

    entry = await e2e.call(
        client.waitlist.join, "8001", 7001, naive_ten, naive_eleven, tz="Europe/Berlin"
    )
    assert entry.start_date == TEN
    assert e2e.sent_to("GET", f"/api/v1/resources/{ROOM}") == []  # an id needs no look-up


async def test_a_slot_that_is_not_booked_out_has_no_waitlist(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    err = await e2e.raises(anny.ConflictError, client.waitlist.join, ROOM, "7001", TEN, ELEVEN)
    # anny's words (the sandbox's: "it is free"), then the rules of Addendum C6.
    assert "it is free" in str(err)
    assert "only for a slot that is fully booked (booked_out)" in str(err)
    assert err.status_code == 409


async def test_a_resource_without_a_waitlist_says_so(e2e: E2E) -> None:
    # Desk 8003 (under the open-space desks, no waitlist), booked out by a guest.
    guest = e2e.client()
    body = cart_body(10)
    body.update(resource_id=["8003"], service_id={"7003": 1})
    await e2e.submit(guest, await e2e.add_to_cart(guest, body))
    client = e2e.client(token=e2e.token())

    err = await e2e.raises(
        anny.UnprocessableEntityError, client.waitlist.join, "8003", "7003", TEN, ELEVEN
    )

    assert "has no waitlist" in str(err)
    assert "where the resource enables the waitlist" in str(err)


async def test_the_waitlist_needs_a_signed_in_customer_before_anything_is_sent(e2e: E2E) -> None:
    await book_out_ten_oclock(e2e)
    before = len(e2e.sb.ledger()["requests"])
    client = e2e.client()

    for call, args in (
        (client.waitlist.list, ()),
        (client.waitlist.join, (ROOM, "7001", TEN, ELEVEN)),
        (client.waitlist.leave, ("610",)),
    ):
        err = await e2e.raises(anny.errors.SignInRequiredError, call, *args)
        # Not bad input (like CartExpiredError): a handler for bad input must not swallow it.
        assert not isinstance(err, anny.InvalidParameterError)
        assert "signed-in customer" in str(err)
    assert len(e2e.sb.ledger()["requests"]) == before
    assert [r for r in e2e.sent if "waitlist" in r.url.path] == []

    # The same calls with a token go out (and the sandbox, like anny, lets them through).
    me = e2e.client(token=e2e.token())
    assert await e2e.collect(me.waitlist.list()) == []


async def test_lost_answer_to_join_waitlist_is_read_back_not_resent(e2e: E2E) -> None:
    await book_out_ten_oclock(e2e)
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_after", WAITLIST, method="POST")

    entry = await e2e.call(client.waitlist.join, ROOM, "7001", TEN, ELEVEN)

    assert (entry.status, entry.start_date) == (anny.types.WaitlistStatus.WAITING, TEN)
    assert [e["outcome"] for e in e2e.ledger("POST", WAITLIST)] == ["fault:drop_after"]
    assert len(e2e.ledger("GET", WAITLIST)) == 1  # the read-back
    assert e2e.sleeps == []


async def test_lost_join_waitlist_that_did_not_happen_says_so(e2e: E2E) -> None:
    await book_out_ten_oclock(e2e)
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_before", WAITLIST, method="POST")

    err = await e2e.raises(anny.OutcomeUnknownError, client.waitlist.join, ROOM, 7001, TEN, ELEVEN)

    assert (err.operation, err.read_back) == ("joinWaitlist", "listWaitlistEntries")
    assert len(e2e.ledger("POST", WAITLIST)) == 1
    assert await e2e.collect(client.waitlist.list()) == []


async def test_bad_waitlist_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    join = client.waitlist.join
    await e2e.raises(anny.InvalidParameterError, join, ROOM, "7001", ELEVEN, TEN)
    await e2e.raises(anny.InvalidParameterError, join, ROOM, "7001", TEN, TEN)
    await e2e.raises(anny.InvalidParameterError, join, ROOM, "7001", "2026-11-24T10:00", ELEVEN)
    await e2e.raises(anny.InvalidParameterError, join, ROOM, "a/b", TEN, ELEVEN)
    await e2e.raises(anny.InvalidParameterError, join, ROOM, None, TEN, ELEVEN)
    await e2e.raises(anny.InvalidParameterError, join, "../8001", "7001", TEN, ELEVEN)
    naive = dt.datetime(2026, 11, 24, 10)
    await e2e.raises(anny.InvalidParameterError, join, ROOM, "7001", naive, ELEVEN, tz="Mars/Base")
    await e2e.raises(anny.InvalidParameterError, client.waitlist.leave, "")
    assert e2e.sb.ledger()["requests"] == []


async def test_resource_and_service_by_slug_cost_one_cached_look_up(e2e: E2E) -> None:
    await book_out_ten_oclock(e2e)
    client = e2e.client(token=e2e.token())

    err = await e2e.raises(
        anny.InvalidParameterError, client.waitlist.join, ROOM, "desk-booking", TEN, ELEVEN
    )
    assert "hourly-desk-booking" in str(err)  # names what the resource offers
    entry = await e2e.call(client.waitlist.join, ROOM, "hourly-desk-booking", TEN, ELEVEN)
    ticket = await e2e.call(client.queue_tickets.create, "8001", service="hourly-desk-booking")

    assert (entry.resource_id, entry.service_id) == ("8001", "7001")
    assert (ticket.resource_id, ticket.service_id) == ("8001", "7001")
    [look_up] = e2e.sent_to("GET", f"/api/v1/resources/{ROOM}")  # once, cached by slug and id
    assert list(look_up.url.params.multi_items()) == [("include", "services")]
    assert e2e.sent_to("GET", "/api/v1/resources/8001") == []
    assert len(e2e.ledger("POST", WAITLIST)) == 1  # the unknown service was refused locally


# ---------------------------------------------------------------------------- queue tickets


async def test_draw_poll_and_give_up_a_queue_ticket(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())

    ticket = await e2e.call(client.queue_tickets.create, ROOM, service="7001")

    assert isinstance(ticket, anny.types.QueueTicket)
    assert (ticket.status, ticket.position, ticket.resource_id, ticket.service_id) == (
        anny.types.QueueTicketStatus.WAITING,
        1,
        "8001",
        "7001",
    )
    assert ticket.number == "Q-101"
    [post] = e2e.sent_to("POST", TICKETS)
    assert body_of(post) == {
        "data": {
            "type": "queue-tickets",
            "relationships": {
                "resource": {"data": {"type": "resources", "id": "8001"}},
                "service": {"data": {"type": "services", "id": "7001"}},
            },
        }
    }

    polled = await e2e.call(client.queue_tickets.get, ticket)
    assert (polled.id, polled.position) == (ticket.id, 1)
    assert [t.id for t in await e2e.collect(client.queue_tickets.list())] == [ticket.id]

    assert await e2e.call(client.queue_tickets.cancel, ticket.id) is None
    gone = await e2e.call(client.queue_tickets.get, ticket.id)
    assert (gone.status, gone.position) == (anny.types.QueueTicketStatus.CANCELED, None)
    assert gone.canceled_at is not None


async def test_lost_answer_to_create_ticket_is_read_back_not_resent(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_after", TICKETS, method="POST")

    ticket = await e2e.call(client.queue_tickets.create, "8001")

    assert (ticket.status, ticket.resource_id, ticket.number) == (
        anny.types.QueueTicketStatus.WAITING,
        "8001",
        "Q-101",
    )
    assert [e["outcome"] for e in e2e.ledger("POST", TICKETS)] == ["fault:drop_after"]
    assert len(e2e.ledger("GET", TICKETS)) == 1  # the read-back
    assert e2e.sleeps == []


async def test_lost_create_ticket_that_did_not_happen_says_so(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_before", TICKETS, method="POST")

    err = await e2e.raises(anny.OutcomeUnknownError, client.queue_tickets.create, "8001")

    assert (err.operation, err.read_back) == ("createQueueTicket", "listQueueTickets")
    assert len(e2e.ledger("POST", TICKETS)) == 1
    assert await e2e.collect(client.queue_tickets.list()) == []


async def test_bad_queue_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    await e2e.raises(anny.InvalidParameterError, client.queue_tickets.create, "a/b")
    await e2e.raises(anny.InvalidParameterError, client.queue_tickets.create, ROOM, service="x y")
    await e2e.raises(anny.InvalidParameterError, client.queue_tickets.get, "..")
    await e2e.raises(anny.InvalidParameterError, client.queue_tickets.cancel, None)
    assert e2e.sb.ledger()["requests"] == []
