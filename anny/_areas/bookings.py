"""``client.bookings``: the customer's bookings, lookup by number, cancellation.

Operations: listBookings, getBooking, getBookingByNumber, getBookingCancellationPreview,
cancelBooking (spec tag ``bookings``).

Every booking these helpers return asks anny to include its resource (``include=resource``):
the resource's time zone is what a :class:`~anny.types.Booking`'s times are shown in, like slots.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

import attrs

from anny._areas import checkout
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import explained, id_of, including, op_plan, read_back, view_parser
from anny._areas.catalog import ResourceRef, ServiceRef
from anny._flow import Flow, perform
from anny._ids import validate_booking_number
from anny._models import Booking, BookingStatus
from anny._response import document_parser, parse_json
from anny._results import CancellationTerms
from anny.errors import AuthenticationError, InvalidParameterError, NotFoundError

__all__ = ["BookingRef", "Bookings"]

T = TypeVar("T")

#: A booking: its id (``"3581903"``) or a :class:`~anny.types.Booking` already fetched (which
#: remembers the guest ``code`` it was fetched with).
BookingRef = str | int | Booking


def _target(booking: BookingRef, code: str | None) -> tuple[str, str | None]:
    ident = id_of(booking, what="booking")
    if code is None and isinstance(booking, Booking):
        code = booking.code
    if code is not None and (not isinstance(code, str) or not code.strip()):
        raise InvalidParameterError("code must be a non-empty string")
    return ident, code


def _keep_code(booking: Booking, code: str | None) -> Booking:
    # The answer to a cancel or detail call may not repeat the code; the caller still has it.
    return booking if booking.code or not code else attrs.evolve(booking, code=code)


#: Why anny said 401/404 to a booking call that carried no code (reference Addendum C14).
NO_PROOF = (
    "a booking number or id alone never grants access to a booking: pass the booking's code "
    "(from the checkout result, or the guest's confirmation e-mail link) as code=..., "
    "or sign in as the customer who booked"
)


def _explaining(flow: Flow[T], code: str | None) -> Flow[T]:
    """Run ``flow``; a refusal of a call sent without ``code`` says what proof was missing."""
    try:
        return (yield from flow)
    except (AuthenticationError, NotFoundError) as err:
        if code is not None:
            raise
        raise explained(err, NO_PROOF) from err


def get_booking(
    ctx: Context,
    booking: BookingRef,
    *,
    code: str | None = None,
    include: Sequence[str] | None = None,
) -> Flow[Booking]:
    """A booking by id (``getBooking``). A guest passes the booking's ``code``."""
    ident, code = _target(booking, code)
    plan = op_plan(
        "getBooking",
        path={"booking_id": ident},
        query={"include": including(include, "resource"), "code": code},
        parser=view_parser(Booking),
    )
    return _keep_code((yield from _explaining(perform(plan), code)), code)


def by_number(
    ctx: Context,
    number: str,
    *,
    hash: str | None = None,
    include: Sequence[str] | None = None,
) -> Flow[Booking]:
    """A booking by its number, ``BB…`` (``getBookingByNumber``); no token needed.

    A number is short and guessable, so it proves nothing: the booking comes back **without**
    a ``code`` unless you pass ``hash`` (the booking's code, as the guest got it from the
    checkout result or the confirmation e-mail), and then it keeps exactly that one. Even if
    anny put a code in its answer, it is dropped (reference Addendum C14): a widget that looks
    a booking up by number must not thereby be able to cancel a stranger's booking.
    """
    if hash is not None and (not isinstance(hash, str) or not hash.strip()):
        raise InvalidParameterError("hash must be a non-empty string")
    plan = op_plan(
        "getBookingByNumber",
        query={
            "include": including(include, "resource"),
            "number": validate_booking_number(number),
            "hash_": hash,
        },
        parser=view_parser(Booking),
    )
    found = yield from perform(plan)
    return found if found.code == hash else attrs.evolve(found, code=hash)


def cancellation_preview(
    ctx: Context, booking: BookingRef, *, code: str | None = None
) -> Flow[CancellationTerms]:
    """What cancelling would cost now (``getBookingCancellationPreview``).

    Its deadlines are in the booking's time zone when ``booking`` is a :class:`~anny.types.Booking`
    fetched by these helpers (which know its resource); for a bare id, as anny answers (UTC).
    """
    ident, code = _target(booking, code)
    zone = booking.zone if isinstance(booking, Booking) else None
    plan = op_plan(
        "getBookingCancellationPreview",
        path={"booking_id": ident},
        query={"code": code},
        parser=lambda response: CancellationTerms.from_json(parse_json(response), zone),
    )
    return (yield from _explaining(perform(plan), code))


def cancel(ctx: Context, booking: BookingRef, *, code: str | None = None) -> Flow[Booking]:
    """Cancel a booking (``cancelBooking``; anny's ``GET …/cancel``) and return it, canceled.

    Needs proof of access: the booking's ``code`` (a :class:`~anny.types.Booking` from the checkout
    result carries it; a guest's confirmation e-mail link holds it) or the token of the
    customer who booked. A booking number alone is no proof (Addendum C14): without either,
    anny refuses and the error says so (:class:`~anny.AuthenticationError` anonymously,
    :class:`~anny.NotFoundError` signed in as someone else).

    Never resent blindly: if the answer is lost, the booking is read back (``getBooking``) and
    returned when it is canceled; otherwise :class:`~anny.OutcomeUnknownError` is raised.
    """
    ident, code = _target(booking, code)
    action = op_plan(
        "cancelBooking",
        path={"booking_id": ident},
        query={"include": ["resource"], "code": code},
        parser=view_parser(Booking),
    )

    def check() -> Flow[Booking | None]:
        current = yield from get_booking(ctx, ident, code=code)
        return current if current.status is BookingStatus.CANCELED else None

    return _keep_code((yield from _explaining(read_back(action, check), code)), code)


def list_bookings(
    ctx: Context,
    *,
    upcoming_only: bool | None = None,
    status: str | BookingStatus | Sequence[str | BookingStatus] | None = None,
    resources: Sequence[str | int | object] | None = None,
    search: str | None = None,
    start: dt.datetime | dt.date | None = None,
    end: dt.datetime | dt.date | None = None,
    sort: str | Sequence[str] | None = "start_date",
    include: Sequence[str] | None = None,
    page_size: int | None = None,
) -> Paged[Booking]:
    """The signed-in customer's bookings (``listBookings``), all pages, as :class:`Booking`.

    ``resources`` filters by bookable resources (ids or fetched objects); ``status`` by one or
    more statuses.
    """
    if isinstance(status, (str, BookingStatus)):
        status = [status]
    statuses = [BookingStatus(s).value if isinstance(s, BookingStatus) else s for s in status or ()]
    query: dict[str, object] = {
        "include": including(include, "resource"),
        "filterupcoming_only": upcoming_only,
        "filtersearch": search,
        "filterstart_date": start,
        "filterend_date": end,
        "filterstatus": statuses or None,
        "sort": sort,
        "pagesize": page_size or None,
        # One comma-joined value, as the spec's `explode: false` says (reference B4).
        "filterresources": [id_of(r, what="resource") for r in resources or ()] or None,
    }
    return Paged(op_plan("listBookings", query=query), Booking.from_resource)


def instant(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    start: dt.datetime,
    end: dt.datetime,
    *,
    description: str | None = None,
) -> Flow[Booking]:
    """Book at once, without a cart (``createInstantBooking``), for services that allow it.

    Needs a signed-in customer; anny refuses paid services and services without instant
    booking (a typed error keeping anny's message). Never resent blindly: after a lost answer
    the customer's bookings are read back (``listBookings``) and the new one is returned.
    """
    wanted = yield from checkout.item(ctx, resource, service, start, end, description=description)
    plan = op_plan(
        "createInstantBooking",
        body={
            "resource_id": wanted.resource_id,
            "service_id": wanted.service_id,
            "start_date": wanted.start.isoformat(),
            "end_date": wanted.end.isoformat(),
            "description": description or "",
        },
        query={"include": ["resource"]},
        parser=view_parser(Booking),
    )

    def check() -> Flow[Booking | None]:
        listing = op_plan(
            "listBookings",
            query={
                "include": ["resource"],
                "filterstart_date": wanted.start,
                "filterend_date": wanted.end,
            },
            parser=document_parser(Booking.list_from_document),
        )
        for booking in (yield from perform(listing)):
            same = (booking.start_date, booking.end_date) == (wanted.start, wanted.end)
            if same and booking.status is not BookingStatus.CANCELED:
                return booking
        return None

    return (yield from read_back(plan, check))


class Bookings(Area[M]):
    """Bookings: ``client.bookings.list()``, ``.get()``, ``.by_number()``,
    ``.cancellation_preview()``, ``.cancel()``."""

    list = paged(list_bookings)
    get = endpoint(get_booking)
    by_number = endpoint(by_number)
    cancellation_preview = endpoint(cancellation_preview)
    cancel = endpoint(cancel)
    instant = endpoint(instant)
