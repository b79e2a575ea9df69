"""Refusals that happen naturally in the seeded sandbox, as they do on anny (no fault knobs).

- The desk service allows two desks per person and day: a third checkout fails with anny's real
  booking-limit error (400, "Booking limit exceeded for <organization>", ``code`` repeating the
  localized sentence with its unfilled ``{name}``), and the client recovers as the desk bots do,
  by emptying the cart, which releases the held desk at once.
- The members lounge is visible to members only: anonymously anny answers with an HTML
  "Forbidden" page, a signed-in non-member gets a JSON:API 403.
"""

from __future__ import annotations

from e2e_helpers import CART, E2E, ORDER, cart_body

import anny

DESKS = "8002"
DESK_SERVICE = "7003"
LOUNGE = "/api/v1/resources/members-lounge"


async def _free_desks(e2e: E2E, client: object, hour: int) -> int:
    intervals = await e2e.call(
        client.get,  # type: ignore[attr-defined]
        "/api/v1/intervals/start",
        params={"service_id[7003]": "1", "resource_id": DESKS, "date": "2026-11-24"},
    )
    [item] = [i for i in intervals if i["start_date"].startswith(f"2026-11-24T{hour:02d}:")]
    return int(item["remaining_number_available"])


async def test_third_desk_of_the_day_hits_the_booking_limit_and_the_cart_is_emptied(
    e2e: E2E,
) -> None:
    erika = e2e.client(token=e2e.token())
    for hour in (9, 11):
        order = await e2e.add_to_cart(erika, cart_body(hour, service=DESK_SERVICE, resource=DESKS))
        await e2e.submit(erika, order)

    third = await e2e.add_to_cart(erika, cart_body(14, service=DESK_SERVICE, resource=DESKS))
    assert await _free_desks(e2e, erika, 14) == 3  # the draft holds one desk
    err = await e2e.raises(anny.BadRequestError, e2e.submit, erika, third)
    assert err.status_code == 400
    [error] = err.errors
    assert error.status == "400"
    assert error.title == "Booking limit exceeded for ACME GmbH"
    assert error.code == error.detail  # the localized sentence, not a machine code
    assert "{name}" in (error.detail or "")
    assert "Booking limit exceeded for ACME GmbH" in str(err)
    [seen] = e2e.ledger("POST", ORDER)[-1:]
    assert seen["status"] == 400  # 400 is not retried
    assert len(e2e.ledger("POST", ORDER)) == 3

    # Recovery as the desk bots do it: empty the cart, and the held desk is free again.
    emptied = await e2e.call(
        erika.get,
        f"{CART}/delete-all",
        params={"oid": third.id, "oat": third.access_token},
    )
    assert anny.types.Order.from_document(emptied).status == "draft"
    assert await _free_desks(e2e, erika, 14) == 4


async def test_the_limit_is_per_person(e2e: E2E) -> None:
    erika = e2e.client(token=e2e.token())
    max_ = e2e.client(token=e2e.token("max.power@example.com"))
    for hour in (9, 11):
        await e2e.submit(
            erika, await e2e.add_to_cart(erika, cart_body(hour, service="7003", resource=DESKS))
        )
    other = await e2e.add_to_cart(max_, cart_body(14, service="7003", resource=DESKS))
    accepted = anny.types.Order.from_document(await e2e.submit(max_, other))
    assert accepted.status == "accepted"


async def test_member_only_resource_is_an_html_forbidden_page_anonymously(e2e: E2E) -> None:
    anonymous = e2e.client()
    err = await e2e.raises(anny.PermissionDeniedError, anonymous.get, LOUNGE)
    assert err.status_code == 403
    assert err.response.headers["content-type"].startswith("text/html")
    assert err.errors == []
    assert "403 Forbidden" in str(err)
    assert "x-sandbox-fault" not in err.response.headers  # seeded behaviour, not a fault

    non_member = e2e.client(token=e2e.token("max.power@example.com"))
    denied = await e2e.raises(anny.PermissionDeniedError, non_member.get, LOUNGE)
    assert denied.response.headers["content-type"].startswith("application/vnd.api+json")
    assert denied.errors[0].code == "forbidden"

    member = e2e.client(token=e2e.token())
    lounge = anny.types.BookableResource.from_document(await e2e.call(member.get, LOUNGE))
    assert lounge.slug == "members-lounge"


async def test_taken_desk_is_answered_with_the_html_page_and_status_200(e2e: E2E) -> None:
    """The desks are seeded like the library desks where anny once did this (§7.2)."""
    client = e2e.client()
    for _ in range(4):  # all four desks
        await e2e.add_to_cart(client, cart_body(9, service=DESK_SERVICE, resource=DESKS))
    err = await e2e.raises(
        anny.APIResponseValidationError,
        client.post,
        CART,
        json=cart_body(9, service=DESK_SERVICE, resource=DESKS),
    )
    assert err.status_code == 200
    assert err.response.headers["content-type"].startswith("text/html")
    assert "x-sandbox-fault" not in err.response.headers
    last = e2e.ledger("POST", CART)[-1]
    assert last["orders_created"] == []
    assert len(e2e.ledger("POST", CART)) == 5  # a 200 is not retried


async def test_booking_limit_speaks_the_customers_language(e2e: E2E) -> None:
    erika = e2e.client(token=e2e.token(), locale="de-DE")
    for hour in (9, 11):
        await e2e.submit(
            erika, await e2e.add_to_cart(erika, cart_body(hour, service="7003", resource=DESKS))
        )
    third = await e2e.add_to_cart(erika, cart_body(14, service="7003", resource=DESKS))
    err = await e2e.raises(anny.BadRequestError, e2e.submit, erika, third)
    [error] = err.errors
    assert error.title == "Booking limit exceeded for ACME GmbH"  # the title stays English
    assert error.code == error.detail
    assert (error.detail or "").startswith("Du hast das Buchungslimit für {name}")
