"""`client.account`, `client.orders`, `client.communities` and `client.passes` against the
sandbox over real HTTP, sync and async from one body.

Writes are never resent blindly: a lost answer to a profile update or a join is read back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    # The documented customer attributes (Addendum C9).
    assert (customer.mobile, customer.sex, customer.birth_date, customer.locale) == (
        "+49 170 1234567",
        "female",
        dt.date(1990, 4, 12),
        "de",
    )

    # One global customer account per person, linked to the per-organization records (C9).
    [account] = await e2e.collect(client.account.customer_accounts())
    assert isinstance(account, anny.types.CustomerAccount)
    assert (account.id, account.email, account.customer_ids) == (
        "3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c",
        ERIKA,
        ("5001",),
    )
    assert [(r.method, r.url.path) for r in e2e.sent] == [
        ("GET", "/api/v1/user"),
        ("GET", CUSTOMER),
        ("GET", "/api/v1/customer-accounts"),
    ]


async def test_one_customer_account_links_the_records_of_every_organization(e2e: E2E) -> None:
    """Addendum C9/C10: the person's one global account links their customer record with
    each organization, and those records' ids come numeric or as UUIDs."""
    erika = e2e.sb.store.customers["5001"]
    elsewhere = "7d0c6a5e-2f43-4a8b-9b1e-3c5f7e9a1d20"  # her record with another organization
    e2e.sb.store.customers[elsewhere] = dataclasses.replace(
        erika, id=elsewhere, organization_id="1002"
    )
    client = e2e.client(token=e2e.token())

    [account] = await e2e.collect(client.account.customer_accounts())

    assert account.id == erika.account_id
    assert account.customer_ids == ("5001", elsewhere)
    # The record served here is the one with the token's organization.
    assert (await e2e.call(client.account.customer)).id == "5001"


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


async def test_sex_as_text_or_number_and_the_birth_date_as_a_date(e2e: E2E) -> None:
    """Addendum C9: `sex` is a string in anny's guide and a number in its connector; both go
    out as given. `birth_date` goes out as `Y-m-d` and comes back as a date."""
    client = e2e.client(token=e2e.token("max.power@example.com"))
    before = await e2e.call(client.account.customer)
    assert before.sex == 1  # Max's record holds a number

    updated = await e2e.call(
        client.account.update, sex="diverse", birth_date=dt.date(1985, 2, 28), mobile="+49 1"
    )
    assert (updated.sex, updated.birth_date, updated.mobile) == (
        "diverse",
        dt.date(1985, 2, 28),
        "+49 1",
    )
    numeric = await e2e.call(client.account.update, sex=2, birth_date="1985-03-01")
    assert (numeric.sex, numeric.birth_date) == (2, dt.date(1985, 3, 1))
    cleared = await e2e.call(client.account.update, sex=None, birth_date=None)
    assert (cleared.sex, cleared.birth_date) == (None, None)
    bodies = [json.loads(r.content)["data"]["attributes"] for r in e2e.sent_to("PATCH", CUSTOMER)]
    assert bodies == [
        {"mobile": "+49 1", "sex": "diverse", "birth_date": "1985-02-28"},
        {"sex": 2, "birth_date": "1985-03-01"},
        {"sex": None, "birth_date": None},
    ]


async def test_bad_profile_updates_are_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    await e2e.raises(anny.InvalidParameterError, client.account.update)
    await e2e.raises(anny.InvalidParameterError, client.account.update, given_name=None)
    await e2e.raises(anny.InvalidParameterError, client.account.update, family_name="  ")
    await e2e.raises(anny.InvalidParameterError, client.account.update, phone=49301234567)
    for sex in (True, "", float("nan"), ["f"]):
        await e2e.raises(anny.InvalidParameterError, client.account.update, sex=sex)
    for born in ("12.04.1990", "1990-02-30", dt.datetime(1990, 4, 12, tzinfo=dt.UTC), 1990):
        await e2e.raises(anny.InvalidParameterError, client.account.update, birth_date=born)
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

    visible = await e2e.collect(client.communities.list())
    # The public communities; the private acme-staff is not listed to a non-member (C7).
    assert [c.slug for c in visible] == [
        "acme-coworkers",
        "acme-members",
        "acme-newsletter",
        "acme-partners",
    ]
    assert all(isinstance(c, anny.types.Community) for c in visible)

    newsletter = await e2e.call(client.communities.get, "3002")
    assert (newsletter.id, newsletter.is_private, newsletter.auto_join_enabled) == (
        "3002",
        False,
        True,
    )
    assert await e2e.call(client.communities.membership, newsletter) is None

    joined = await e2e.call(client.communities.join, newsletter)
    assert isinstance(joined, anny.types.CommunityMembership)
    assert (joined.status, joined.role, joined.community_id) == (
        anny.types.MembershipStatus.ACCEPTED,
        anny.types.MembershipRole.MEMBER,
        "3002",
    )
    [request] = e2e.sent_to("POST", JOIN.format("3002"))
    assert json.loads(request.content) == {"data": {"type": "community-accounts"}}
    member = await e2e.call(client.communities.membership, "3002")
    assert member == joined
    [read] = e2e.sent_to("GET", f"{COMMUNITIES}/3002")[-1:]
    assert read.url.params["include"] == "community_accounts"

    assert await e2e.call(client.communities.leave, "3002") is None
    assert await e2e.call(client.communities.membership, "3002") is None


async def test_a_community_that_takes_requests_leaves_the_join_pending(e2e: E2E) -> None:
    """Addendum C7: joining a community that takes requests ends `pending` (awaiting approval);
    the pending membership grants no access; leaving withdraws the request."""
    client = e2e.client(token=e2e.token())
    coworkers = await e2e.call(client.communities.get, "3003")
    assert (coworkers.allow_customer_requests, coworkers.auto_join_enabled) == (True, False)

    pending = await e2e.call(client.communities.join, coworkers)
    assert (pending.status, pending.role, pending.is_pending) == (
        anny.types.MembershipStatus.PENDING,
        anny.types.MembershipRole.MEMBER,
        True,
    )
    assert pending.start_date is None
    again = await e2e.call(client.communities.join, "3003")  # the same request, not a new one
    assert again.id == pending.id
    assert (await e2e.call(client.communities.membership, "3003")).is_pending  # type: ignore[union-attr]
    customer = e2e.sb.store.customers["5001"]
    assert not e2e.sb.store.is_member(customer, ["3003"])
    assert await e2e.call(client.communities.leave, "3003") is None


async def test_a_manager_sees_a_private_community_and_a_stranger_does_not(e2e: E2E) -> None:
    manager = e2e.client(token=e2e.token("max.power@example.com"))
    staff = await e2e.call(manager.communities.get, "3004")
    assert staff.is_private is True
    assert "acme-staff" in [c.slug for c in await e2e.collect(manager.communities.list())]
    membership = await e2e.call(manager.communities.membership, "acme-staff")
    assert membership is not None
    assert (membership.status, membership.role) == (
        anny.types.MembershipStatus.ACCEPTED,
        anny.types.MembershipRole.MANAGER,
    )

    stranger = e2e.client(token=e2e.token())
    await e2e.raises(anny.NotFoundError, stranger.communities.get, "3004")
    await e2e.raises(anny.NotFoundError, stranger.communities.join, "3004")
    await e2e.raises(anny.InvalidParameterError, stranger.communities.get, "acme-staff")
    guest = e2e.client()
    assert "acme-staff" not in [c.slug for c in await e2e.collect(guest.communities.list())]


async def test_joins_anny_refuses(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    err = await e2e.raises(anny.PermissionDeniedError, client.communities.join, "3005")
    assert "invitation" in str(err)  # takes no requests: by invitation only
    await e2e.raises(
        anny.UnprocessableEntityError, client.communities.join, "3002", access_code="X"
    )  # a community without an access code takes none


async def test_membership_pass_and_record_helpers_need_a_signed_in_customer(e2e: E2E) -> None:
    """Signed-in customers perform the membership actions (Addendum C7); the customer record,
    the global account and the passes are a customer's own (the spec declares a token only):
    without a token the helper refuses before sending, with a typed error."""
    guest = e2e.client()
    for call, args in (
        (guest.communities.join, ("3002",)),
        (guest.communities.membership, ("3002",)),
        (guest.communities.leave, ("3002",)),
        (guest.account.customer, ()),
        (guest.account.customer_accounts, ()),
        (guest.passes.list, ()),
        (guest.passes.get, ("9501",)),
    ):
        err = await e2e.raises(anny.errors.SignInRequiredError, call, *args)
        assert "signed-in customer" in str(err)
    await e2e.raises(anny.errors.SignInRequiredError, guest.account.update, company="ACME")
    assert e2e.sb.ledger()["requests"] == []
    assert e2e.sent == []
    # Reading communities needs no sign-in.
    assert [c.slug for c in await e2e.collect(guest.communities.list())][:1] == ["acme-coworkers"]


async def test_join_with_access_code(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token("max.power@example.com"))

    await e2e.raises(
        anny.UnprocessableEntityError, client.communities.join, "3001", access_code="X"
    )
    joined = await e2e.call(client.communities.join, "3001", access_code="ACME-2026")

    assert joined.status is anny.types.MembershipStatus.ACCEPTED
    request = e2e.sent_to("POST", JOIN.format("3001"))[-1]
    assert json.loads(request.content) == {
        "data": {"type": "community-accounts", "attributes": {"access_code": "ACME-2026"}}
    }


async def test_lost_answer_to_join_is_read_back_not_resent(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_after", JOIN.format("3003"), method="POST")

    joined = await e2e.call(client.communities.join, "3003")

    assert (joined.status, joined.community_id) == (anny.types.MembershipStatus.PENDING, "3003")
    assert [e["outcome"] for e in e2e.ledger("POST", JOIN.format("3003"))] == ["fault:drop_after"]
    assert len(e2e.ledger("GET", f"{COMMUNITIES}/3003")) == 1  # the read-back
    assert e2e.sleeps == []
    assert e2e.sent_to("GET", f"{COMMUNITIES}/3003")[0].url.params["include"] == (
        "community_accounts"
    )


async def test_lost_join_that_did_not_happen_says_so(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    e2e.sb.faults.add("drop_before", JOIN.format("3002"), method="POST")

    err = await e2e.raises(anny.OutcomeUnknownError, client.communities.join, "3002")

    assert (err.operation, err.read_back) == ("joinCommunity", "getCommunity")
    assert len(e2e.ledger("POST", JOIN.format("3002"))) == 1
    again = await e2e.call(client.communities.join, "3002")
    assert again.status is anny.types.MembershipStatus.ACCEPTED


async def test_bad_community_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    for bad in ("", "../acme-members", "acme/members", "acme members"):
        await e2e.raises(anny.InvalidParameterError, client.communities.get, bad)
        await e2e.raises(anny.InvalidParameterError, client.communities.membership, bad)
    await e2e.raises(anny.InvalidParameterError, client.communities.join, "3002", access_code=" ")
    await e2e.raises(anny.InvalidParameterError, client.communities.leave, "1/2")
    assert e2e.sb.ledger()["requests"] == []


# ----------------------------------------------------------------------------------- passes


async def test_list_and_get_passes(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())

    passes = await e2e.collect(client.passes.list())
    # Booking passes (Addendum C8): only the quantity pass counts uses; the others count
    # minutes or money and say so.
    assert [(p.id, p.quota_type, p.remaining_uses, p.total_uses) for p in passes] == [
        ("9501", anny.types.PassQuotaType.QUANTITY, 7, 10),
        ("9502", anny.types.PassQuotaType.DURATION, None, None),
        ("9503", anny.types.PassQuotaType.BUDGET, None, None),
    ]
    card, hours, budget = passes
    assert (card.name, card.status, card.source) == (
        "10-visit desk card",
        anny.types.PassStatus.ACTIVE,
        "bundle",
    )
    assert (hours.remaining_duration, hours.recurrence) == (dt.timedelta(hours=8), "month")
    assert budget.remaining_budget == anny.Money(Decimal("62.5"), "EUR")
    assert (card.remaining_budget, card.remaining_duration, hours.remaining_budget) == (
        None,
        None,
        None,
    )
    assert card.valid_from is not None
    assert card.valid_from.tzinfo is not None
    assert card.valid_until is not None
    assert card.valid_from < card.valid_until

    assert await e2e.collect(client.passes.list(status=anny.types.PassStatus.EXPIRED)) == []
    active = await e2e.collect(client.passes.list(status=["active", "used_up"]))
    assert [p.id for p in active] == ["9501", "9502", "9503"]
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
    assert community.slug == "acme-members"
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
