"""Wire cases of client.bookings."""

from __future__ import annotations

import datetime as dt

import anny
from anny_api.models import InstantBookingRequest

from . import WireCase, first_page

AREA = ("bookings", anny.Bookings)

BOOKING = {
    "data": {
        "type": "bookings",
        "id": "3581903",
        "attributes": {"number": "BB81592797", "status": "accepted", "code": "c0de"},
    }
}
BOOKINGS = {"data": [BOOKING["data"]], "links": {"next": None}}
PREVIEW = {"booking_id": "3581903", "cancelable": True, "fee_amount": 0, "currency": "EUR"}

CASES: list[WireCase] = [
    WireCase(
        "bookings",
        "get",
        "getBooking",
        lambda c: c.bookings.get("3581903", code="c0de", include=["service", "resource"]),
        {"booking_id": "3581903", "code": "c0de", "include": "service,resource"},
        BOOKING,
        {"booking_id": "3581903"},
        check=lambda b: isinstance(b, anny.Booking),
    ),
    WireCase(
        "bookings",
        "by_number",
        "getBookingByNumber",
        lambda c: c.bookings.by_number("BB81592797", hash="h4sh"),
        {"number": "BB81592797", "hash_": "h4sh", "include": "resource"},
        BOOKING,
    ),
    WireCase(
        "bookings",
        "cancellation_preview",
        "getBookingCancellationPreview",
        lambda c: c.bookings.cancellation_preview("3581903", code="c0de"),
        {"booking_id": "3581903", "code": "c0de"},
        PREVIEW,
        {"booking_id": "3581903"},
        content_type="application/json",
        check=lambda t: isinstance(t, anny.CancellationTerms),
    ),
    WireCase(
        "bookings",
        "cancel",
        "cancelBooking",
        lambda c: c.bookings.cancel("3581903", code="c0de"),
        {"booking_id": "3581903", "code": "c0de", "include": "resource"},
        BOOKING,
        {"booking_id": "3581903"},
    ),
    WireCase(
        "bookings",
        "list",
        "listBookings",
        lambda c: first_page(
            c.bookings.list(
                upcoming_only=True,
                status="accepted",
                resources=["8001", "8002"],
                start=dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC),
                page_size=30,
            )
        ),
        {
            "filterupcoming_only": 1,
            "filterstatus": "accepted",
            "filterresources": ["8001", "8002"],
            "filterstart_date": dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC),
            "sort": "start_date",
            "pagesize": 30,
            "include": "resource",
        },
        BOOKINGS,
    ),
    WireCase(
        "bookings",
        "instant",
        "createInstantBooking",
        lambda c: c.bookings.instant(
            "8001",
            "7001",
            dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC),
            dt.datetime(2026, 11, 24, 11, tzinfo=dt.UTC),
        ),
        {
            "body": InstantBookingRequest.from_dict(
                {
                    "resource_id": "8001",
                    "service_id": "7001",
                    "start_date": "2026-11-24T10:00:00+00:00",
                    "end_date": "2026-11-24T11:00:00+00:00",
                    "description": "",
                }
            ),
            "include": "resource",
        },
        BOOKING,
        status=201,
    ),
]
