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


async def test_guest_finds_previews_and_cancels_with_the_checkout_code(e2e: E2E) -> None:
    client = e2e.client()
    booked = await book_as_guest(e2e, client)
    assert booked.number is not None
    assert booked.code  # the checkout result (sent with the order's oat) carries the guest's code
    e2e.secrets.add(booked.code)
    assert booked.code not in repr(booked)

    # The confirmation page: the number plus the code the guest holds (`hash`, C14).
    found = await e2e.call(client.bookings.by_number, booked.number, hash=booked.code)
    assert isinstance(found, anny.types.Booking)
    assert (found.id, found.number, found.status, found.code) == (
        booked.id,
        booked.number,
        anny.types.BookingStatus.ACCEPTED,
        booked.code,
    )
    [lookup] = e2e.sent_to("GET", "/api/v1/bookings/by-number")
    assert list(lookup.url.params.multi_items()) == [
        ("include", "resource"),
        ("number", booked.number),
        ("hash", booked.code),
    ]

    terms = await e2e.call(client.bookings.cancellation_preview, found)
    assert isinstance(terms, anny.types.CancellationTerms)
    assert terms.cancelable is True
    assert terms.fee == anny.Money(Decimal("0"), "EUR")
    assert terms.deadline is not None
    assert terms.deadline.tzinfo is not None

    canceled = await e2e.call(client.bookings.cancel, found)
    assert canceled.status is anny.types.BookingStatus.CANCELED
    assert canceled.code == booked.code
    [entry] = e2e.ledger("GET", CANCEL.format(found.id))
    assert entry["status"] == 200
    # The wire: the code, and the resource (whose time zone the answer's times are shown in).
    [request] = e2e.sent_to("GET", CANCEL.format(found.id))
    assert list(request.url.params.multi_items()) == [
        ("include", "resource"),
        ("code", booked.code),
    ]


async def test_a_booking_number_alone_never_grants_a_cancellation(e2e: E2E) -> None:
    """Addendum C14: an anonymous by-number lookup carries no code, and cancelling what it
    found is refused by anny with an error that says which proof was missing."""
    guest = e2e.client()
    booked = await book_as_guest(e2e, guest)
    e2e.secrets.add(booked.code or "")
    stranger = e2e.client()

    found = await e2e.call(stranger.bookings.by_number, booked.number)
    accepted = anny.types.BookingStatus.ACCEPTED
    assert (found.id, found.status, found.code) == (booked.id, accepted, None)

    err = await e2e.raises(anny.AuthenticationError, stranger.bookings.cancel, found)
    assert err.status_code == 401
    assert "never grants access" in str(err)
    assert "code=" in str(err)
    [request] = e2e.sent_to("GET", CANCEL.format(found.id))
    assert list(request.url.params.multi_items()) == [("include", "resource")]  # no code sent
    await e2e.raises(anny.AuthenticationError, stranger.bookings.cancellation_preview, found)

    # Signed in as someone else is no proof either: that booking does not exist for them.
    other = e2e.client(token=e2e.token("max.power@example.com"))
    err = await e2e.raises(anny.NotFoundError, other.bookings.cancel, found.id)
    assert "never grants access" in str(err)

    # A wrong code is refused without the hint (the caller did bring a proof).
    err = await e2e.raises(anny.AuthenticationError, stranger.bookings.cancel, found, code="x" * 16)
    assert "never grants access" not in str(err)

    # Nothing was cancelled; the guest's own code still works.
    assert all(e["status"] in (401, 404) for e in e2e.ledger("GET", CANCEL.format(found.id)))
    canceled = await e2e.call(guest.bookings.cancel, booked)
    assert canceled.status is anny.types.BookingStatus.CANCELED


async def test_the_owner_cancels_with_their_token_alone(e2e: E2E) -> None:
    me = e2e.client(token=e2e.token())
    booked = await book_as_guest(e2e, me)  # checked out signed in: the booking is theirs
    found = await e2e.call(me.bookings.by_number, booked.number)
    assert found.code is None  # by_number keeps only a code the caller gave (hash)

    canceled = await e2e.call(me.bookings.cancel, found)

    assert canceled.status is anny.types.BookingStatus.CANCELED
    [request] = e2e.sent_to("GET", CANCEL.format(found.id))
    assert list(request.url.params.multi_items()) == [("include", "resource")]
    assert request.headers["authorization"].startswith("Bearer ")


async def test_lost_answer_to_cancel_is_read_back_not_resent(e2e: E2E) -> None:
    client = e2e.client()
    found = await book_as_guest(e2e, client)
    e2e.secrets.add(found.code or "")
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
    found = await book_as_guest(e2e, client)
    e2e.secrets.add(found.code or "")
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
