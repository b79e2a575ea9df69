"""`client.bookings` against the sandbox over real HTTP, sync and async from one body.

Side effects are never resent blindly: a cancel whose answer is lost is read back.
"""

from __future__ import annotations

from decimal import Decimal

from e2e_helpers import E2E, cart_body

import anny

CANCEL = "/api/v1/bookings/{}/cancel"


async def book_as_guest(e2e: E2E, client: object, hour: int = 10) -> anny.types.Booking:
    draft = await e2e.add_to_cart(client, cart_body(hour))
    order_doc = await e2e.submit(client, draft)
    [booking] = [anny.types.Booking.from_resource(b) for b in order_doc.data.related("bookings")]
    return booking


async def test_guest_finds_previews_and_cancels_by_number(e2e: E2E) -> None:
    client = e2e.client()
    booked = await book_as_guest(e2e, client)
    assert booked.number is not None

    found = await e2e.call(client.bookings.by_number, booked.number)
    assert isinstance(found, anny.types.Booking)
    assert (found.id, found.number, found.status) == (
        booked.id,
        booked.number,
        anny.types.BookingStatus.ACCEPTED,
    )
    assert found.code  # the guest's access code, kept for later calls
    e2e.secrets.add(found.code)
    assert found.code not in repr(found)

    terms = await e2e.call(client.bookings.cancellation_preview, found)
    assert isinstance(terms, anny.types.CancellationTerms)
    assert terms.cancelable is True
    assert terms.fee == anny.Money(Decimal("0"), "EUR")
    assert terms.deadline is not None
    assert terms.deadline.tzinfo is not None

    canceled = await e2e.call(client.bookings.cancel, found)
    assert canceled.status is anny.types.BookingStatus.CANCELED
    assert canceled.code == found.code
    [entry] = e2e.ledger("GET", CANCEL.format(found.id))
    assert entry["status"] == 200
    # The wire: the code, and the resource (whose time zone the answer's times are shown in).
    [request] = e2e.sent_to("GET", CANCEL.format(found.id))
    assert list(request.url.params.multi_items()) == [
        ("include", "resource"),
        ("code", found.code),
    ]


async def test_lost_answer_to_cancel_is_read_back_not_resent(e2e: E2E) -> None:
    client = e2e.client()
    booked = await book_as_guest(e2e, client)
    found = await e2e.call(client.bookings.by_number, booked.number)
    e2e.secrets.add(found.code)
    e2e.sb.faults.add("drop_after", CANCEL.format(found.id), method="GET")

    canceled = await e2e.call(client.bookings.cancel, found)

    assert canceled.status is anny.types.BookingStatus.CANCELED
    assert [e["outcome"] for e in e2e.ledger("GET", CANCEL.format(found.id))] == [
        "fault:drop_after"
    ]  # sent once, never resent ...
    reads = e2e.ledger("GET", f"/api/v1/bookings/{found.id}")
    assert len(reads) == 1  # ... and read back once
    assert e2e.sleeps == []


async def test_lost_cancel_that_did_not_happen_says_so(e2e: E2E) -> None:
    client = e2e.client()
    booked = await book_as_guest(e2e, client)
    found = await e2e.call(client.bookings.by_number, booked.number)
    e2e.secrets.add(found.code)
    e2e.sb.faults.add("drop_before", CANCEL.format(found.id), method="GET")

    err = await e2e.raises(anny.OutcomeUnknownError, client.bookings.cancel, found)

    assert (err.operation, err.read_back) == ("cancelBooking", "getBooking")
    assert len(e2e.ledger("GET", CANCEL.format(found.id))) == 1
    # The read-back showed it still accepted: cancelling again is now safe, and works.
    again = await e2e.call(client.bookings.cancel, found)
    assert again.status is anny.types.BookingStatus.CANCELED


async def test_a_signed_in_customer_lists_and_reads_bookings(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    first = await book_as_guest(e2e, client, 10)
    second = await book_as_guest(e2e, client, 13)

    mine = await e2e.collect(client.bookings.list(upcoming_only=True, page_size=1))
    assert [b.number for b in mine] == [first.number, second.number]
    assert all(isinstance(b, anny.types.Booking) for b in mine)
    # page_size=1: one request per booking, plus the empty or short last page.
    assert len(e2e.ledger("GET", "/api/v1/bookings")) >= 2

    one = await e2e.call(client.bookings.get, second.id)
    assert one.number == second.number


async def test_bad_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client()
    await e2e.raises(anny.InvalidParameterError, client.bookings.by_number, "BO123")
    await e2e.raises(anny.InvalidParameterError, client.bookings.cancel, "../7")
    await e2e.raises(anny.InvalidParameterError, client.bookings.get, "7", code=" ")
    assert e2e.sb.ledger()["requests"] == []
