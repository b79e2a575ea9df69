"""`client.account`, `client.orders`, `client.communities` and `client.passes` against the
sandbox over real HTTP, sync and async from one body.

Writes are never resent blindly: a lost answer to a profile update or a join is read back.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

import pytest
from e2e_helpers import E2E, ERIKA, cart_body

import anny

CUSTOMER = "/api/v1/customer"
COMMUNITIES = "/api/v1/communities"
JOIN = "/api/v1/communities/{}/join"


async def place_order(e2e: E2E, client: Any, hour: int = 10) -> anny.types.Order:
    """Book tomorrow's slot through the cart; the checked-out order (with its access token)."""
    draft = await e2e.add_to_cart(client, cart_body(hour))
    doc = await e2e.submit(client, draft)
    order = anny.types.Order.from_document(doc)
    assert order.number is not None
    assert order.access_token is not None
    e2e.secrets.add(order.access_token)
    return order


# ---------------------------------------------------------------------------------- account


async def test_user_customer_and_customer_accounts(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())

    user = await e2e.call(client.account.user)
    assert isinstance(user, anny.types.User)
    assert (user.name, user.email, user.locale) == ("Erika Mustermann", ERIKA, "de")
    assert ERIKA not in repr(user)

    customer = await e2e.call(client.account.customer)
    assert isinstance(customer, anny.types.Customer)
    assert (customer.id, customer.given_name, customer.family_name) == (
        "5001",
        "Erika",
        "Mustermann",
    )

    accounts = await e2e.collect(client.account.customer_accounts())
    assert [(a.id, a.name, a.is_default) for a in accounts] == [
        ("3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c", "ACME GmbH", True)
    ]
    assert all(isinstance(a, anny.types.CustomerAccount) for a in accounts)
    assert [(r.method, r.url.path) for r in e2e.sent] == [
        ("GET", "/api/v1/user"),
        ("GET", CUSTOMER),
        ("GET", "/api/v1/customer-accounts"),
    ]


async def test_update_sends_only_the_given_fields_as_a_jsonapi_envelope(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())

    updated = await e2e.call(client.account.update, family_name="Musterfrau", phone=None)

    assert isinstance(updated, anny.types.Customer)
    assert updated.family_name == "Musterfrau"
    assert updated.raw is not None
    assert updated.raw.attributes["phone"] is None
    [request] = e2e.sent_to("PATCH", CUSTOMER)
    assert request.headers["content-type"] == "application/vnd.api+json"
    assert json.loads(request.content) == {
        "data": {"type": "customers", "attributes": {"family_name": "Musterfrau", "phone": None}}
    }
    again = await e2e.call(client.account.customer)
    assert (again.given_name, again.family_name) == ("Erika", "Musterfrau")


async def test_lost_answer_to_update_is_read_back_not_resent(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_after", CUSTOMER, method="PATCH")

    updated = await e2e.call(client.account.update, company="ACME Labs")

    assert updated.raw is not None
    assert updated.raw.attributes["company"] == "ACME Labs"
    assert [e["outcome"] for e in e2e.ledger("PATCH", CUSTOMER)] == ["fault:drop_after"]
    assert len(e2e.ledger("GET", CUSTOMER)) == 1  # the read-back
    assert e2e.sleeps == []


async def test_lost_update_that_did_not_happen_says_so(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_before", CUSTOMER, method="PATCH")

    err = await e2e.raises(anny.OutcomeUnknownError, client.account.update, company="ACME Labs")

    assert (err.operation, err.read_back) == ("updateCustomer", "getCustomer")
    assert len(e2e.ledger("PATCH", CUSTOMER)) == 1
    current = await e2e.call(client.account.customer)
    assert current.raw is not None
    assert current.raw.attributes["company"] is None


async def test_bad_profile_updates_are_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    await e2e.raises(anny.InvalidParameterError, client.account.update)
    await e2e.raises(anny.InvalidParameterError, client.account.update, given_name=None)
    await e2e.raises(anny.InvalidParameterError, client.account.update, family_name="  ")
    await e2e.raises(anny.InvalidParameterError, client.account.update, phone=49301234567)
    assert e2e.sb.ledger()["requests"] == []


# ----------------------------------------------------------------------------------- orders


async def test_a_customer_lists_and_finds_their_orders(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    first = await place_order(e2e, client, 10)
    second = await place_order(e2e, client, 13)

    mine = await e2e.collect(client.orders.list(status="accepted", sort="number", page_size=1))
    assert [o.number for o in mine] == sorted([first.number, second.number])
    assert all(isinstance(o, anny.types.Order) for o in mine)
    [request, *_] = e2e.sent_to("GET", "/api/v1/orders")
    assert sorted(request.url.params.multi_items()) == [
        ("filter[status]", "accepted"),
        ("page[size]", "1"),
        ("sort", "number"),
    ]
    assert await e2e.collect(client.orders.list(status=["canceled", "expired"])) == []

    found = await e2e.call(client.orders.get, second.number)
    assert (found.id, found.number, found.status) == (second.id, second.number, "accepted")
    assert found.total == anny.Money(Decimal("0"), "EUR")


async def test_a_guest_finds_an_order_with_its_token_and_downloads_the_confirmation(
    e2e: E2E,
) -> None:
    client = e2e.client()
    order = await place_order(e2e, client)

    await e2e.raises(anny.NotFoundError, client.orders.get, order.number)  # no token: no order
    found = await e2e.call(client.orders.get, order.number, oat=order.access_token)
    assert (found.id, found.number) == (order.id, order.number)
    assert found.access_token == order.access_token
    assert order.access_token not in repr(found)

    pdf = await e2e.call(client.orders.confirmation, found)
    assert isinstance(pdf, bytes)
    assert pdf.startswith(b"%PDF-")
    assert f"Order confirmation {order.number}".encode() in pdf
    same = await e2e.call(client.orders.confirmation, order.id, access_token=order.access_token)
    assert same == pdf
    [request, *_] = e2e.sent_to("GET", f"/downloads/order-confirmation/{order.id}")
    assert list(request.url.params.multi_items()) == [("access_token", order.access_token)]

    err = await e2e.raises(
        anny.PermissionDeniedError, client.orders.confirmation, order.id, access_token="wrong"
    )
    assert err.status_code == 403


async def test_bad_order_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client()
    await e2e.raises(anny.InvalidParameterError, client.orders.get, "BB81592797")
    await e2e.raises(anny.InvalidParameterError, client.orders.get, "BO559015923", oat="")
    await e2e.raises(anny.InvalidParameterError, client.orders.confirmation, "58075515")
    await e2e.raises(
        anny.InvalidParameterError, client.orders.confirmation, "../x", access_token="t"
    )
    with_no_token = anny.types.Order(id="58075515")
    await e2e.raises(anny.InvalidParameterError, client.orders.confirmation, with_no_token)
    await e2e.raises(anny.InvalidParameterError, client.orders.list, status="a,b")
    await e2e.raises(anny.InvalidParameterError, client.orders.list, page_size=0)
    assert e2e.sb.ledger()["requests"] == []


# ------------------------------------------------------------------------------ communities


async def test_list_get_join_and_leave_communities(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())

    mine = await e2e.collect(client.communities.list())
    assert [(c.slug, c.is_member) for c in mine] == [("acme-members", True)]
    assert all(isinstance(c, anny.types.Community) for c in mine)

    newsletter = await e2e.call(client.communities.get, "3002")
    assert (newsletter.id, newsletter.is_member, newsletter.requires_access_code) == (
        "3002",
        False,
        False,
    )

    joined = await e2e.call(client.communities.join, newsletter)
    assert isinstance(joined, anny.types.Community)
    assert (joined.slug, joined.is_member) == ("acme-newsletter", True)
    [request] = e2e.sent_to("POST", JOIN.format("3002"))
    assert json.loads(request.content) == {"data": {"type": "community-memberships"}}
    listed = await e2e.collect(client.communities.list())
    assert [c.slug for c in listed] == ["acme-members", "acme-newsletter"]

    assert await e2e.call(client.communities.leave, "3002") is None
    assert [c.slug for c in await e2e.collect(client.communities.list())] == ["acme-members"]


async def test_join_with_access_code(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))

    await e2e.raises(
        anny.UnprocessableEntityError, client.communities.join, "3001", access_code="X"
    )
    joined = await e2e.call(client.communities.join, "3001", access_code="ACME-2026")

    assert joined.is_member is True
    request = e2e.sent_to("POST", JOIN.format("3001"))[-1]
    assert json.loads(request.content) == {
        "data": {"type": "community-memberships", "attributes": {"access_code": "ACME-2026"}}
    }


async def test_lost_answer_to_join_is_read_back_not_resent(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_after", JOIN.format("3002"), method="POST")

    joined = await e2e.call(client.communities.join, "3002")

    assert (joined.slug, joined.is_member) == ("acme-newsletter", True)
    assert [e["outcome"] for e in e2e.ledger("POST", JOIN.format("3002"))] == ["fault:drop_after"]
    assert len(e2e.ledger("GET", f"{COMMUNITIES}/3002")) == 1  # the read-back
    assert e2e.sleeps == []


async def test_lost_join_that_did_not_happen_says_so(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_before", JOIN.format("3002"), method="POST")

    err = await e2e.raises(anny.OutcomeUnknownError, client.communities.join, "3002")

    assert (err.operation, err.read_back) == ("joinCommunity", "getCommunity")
    assert len(e2e.ledger("POST", JOIN.format("3002"))) == 1
    again = await e2e.call(client.communities.join, "3002")
    assert again.is_member is True


async def test_bad_community_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    for bad in ("", "../acme-members", "acme/members", "acme members"):
        await e2e.raises(anny.InvalidParameterError, client.communities.get, bad)
    await e2e.raises(anny.InvalidParameterError, client.communities.join, "3002", access_code=" ")
    await e2e.raises(anny.InvalidParameterError, client.communities.leave, "1/2")
    assert e2e.sb.ledger()["requests"] == []


# ----------------------------------------------------------------------------------- passes


async def test_list_and_get_passes(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())

    passes = await e2e.collect(client.passes.list())
    assert [(p.id, p.name, p.status, p.remaining_uses, p.total_uses) for p in passes] == [
        ("9501", "10-visit desk card", anny.types.PassStatus.ACTIVE, 7, 10)
    ]
    [card] = passes
    assert card.valid_from is not None
    assert card.valid_from.tzinfo is not None
    assert card.valid_until is not None
    assert card.valid_from < card.valid_until

    assert await e2e.collect(client.passes.list(status=anny.types.PassStatus.EXPIRED)) == []
    active = await e2e.collect(client.passes.list(status=["active", "used_up"]))
    assert [p.id for p in active] == ["9501"]
    assert e2e.sent_to("GET", "/api/v1/passes")[-1].url.params["filter[status]"] == (
        "active,used_up"
    )

    one = await e2e.call(client.passes.get, card)
    assert one == card
    await e2e.raises(anny.NotFoundError, client.passes.get, "9999")
    await e2e.raises(anny.InvalidParameterError, client.passes.get, "../9501")


async def test_helpers_send_no_body_or_token_they_were_not_given(e2e: E2E) -> None:
    # A guest (no token) reading a community sends no Authorization header.
    client = e2e.client()
    community = await e2e.call(client.communities.get, "3001")
    assert community.is_member is False
    [request] = e2e.sent
    assert "authorization" not in request.headers
    assert request.content == b""


async def exercise_order_tokens(e2e: E2E) -> None:
    """Guest order calls with the order's token in flight, including failing ones."""
    client = e2e.client()
    order = await place_order(e2e, client)
    oat = order.access_token
    assert oat is not None

    found = await e2e.call(client.orders.get, order.number, oat=oat)
    pdf = await e2e.call(client.orders.confirmation, found)
    assert pdf.startswith(b"%PDF-")
    assert oat not in repr(found)
    # Errors with the token in flight: a wrong number, a lost answer, a wrong token
    # (`raises` checks each message and repr for every secret of the test).
    await e2e.raises(anny.NotFoundError, client.orders.get, "BO1", oat=oat)
    download = f"/downloads/order-confirmation/{order.id}"
    e2e.sb.faults.add("drop_before", download, times=None)
    await e2e.raises(
        anny.APIConnectionError, client.with_options(max_retries=0).orders.confirmation, found
    )
    # One attempt: the copy's max_retries, although `client.orders` was used before it.
    assert len(e2e.sent_to("GET", download)) == 2
    wrong = f"{oat}-wrong"
    e2e.secrets.add(wrong)
    await e2e.raises(anny.NotFoundError, client.orders.get, order.number, oat=wrong)


async def test_order_tokens_stay_out_of_anny_logs_reprs_and_errors(
    e2e: E2E, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="anny")
    await exercise_order_tokens(e2e)
    anny_log = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("anny"))
    assert "order-confirmation" in anny_log  # the requests were logged ...
    e2e.assert_no_secrets(anny_log, where="anny log")  # ... without the token


async def test_order_tokens_stay_out_of_httpx_logs(
    e2e: E2E, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    await exercise_order_tokens(e2e)
    assert "order-confirmation" in caplog.text
    e2e.assert_no_secrets(caplog.text, where="log")
