"""Booking, Quote and CancellationTerms times in the resource's zone (sync and async).

anny stores times in UTC; slots come in the resource's zone. The typed results convert through
the same function slots use, with the zone of the resource the helper knows.
"""

from __future__ import annotations

from typing import Any

from annycore_helpers import jsonapi

import anny

BOOKING = {
    "type": "bookings",
    "id": "3581903",
    "attributes": {
        "number": "BB81592797",
        "status": "accepted",
        "start_date": "2026-11-24T09:00:00+00:00",
        "end_date": "2026-11-24T10:00:00+00:00",
    },
    "meta": {"cancelable_until": "2026-11-23T09:00:00+00:00"},
    "relationships": {"resource": {"data": {"type": "resources", "id": "8001"}}},
}
ROOM = {
    "type": "resources",
    "id": "8001",
    "attributes": {"slug": "room", "timezone": "Europe/Berlin"},
    "relationships": {"services": {"data": [{"type": "services", "id": "7001"}]}},
}
DESK = {"type": "services", "id": "7001", "attributes": {"slug": "desk"}}
QUOTE = {
    "total": 0,
    "currency": "EUR",
    "start_date": "2026-11-24T09:00:00+00:00",
    "end_date": "2026-11-24T10:00:00+00:00",
}
PREVIEW = {"cancelable": True, "cancelable_until": "2026-11-23T09:00:00+00:00"}


def answer(request: Any) -> Any:
    path = request.url.path
    if path == "/api/v1/bookings/by-number":
        included = request.url.params.get("include") == "resource"
        return jsonapi(200, {"data": BOOKING, "included": [ROOM] if included else []})
    if path == "/api/v1/resources/8001":
        return jsonapi(200, {"data": ROOM, "included": [DESK]})
    if path.endswith("/cancellation-preview"):
        return jsonapi(200, PREVIEW)
    return jsonapi(200, QUOTE)


async def test_a_booking_is_in_its_resources_zone(make: Any) -> None:
    h = make(answer)
    booking = await h.call(h.client.bookings.by_number, "BB81592797")
    assert h.last.url.params["include"] == "resource"
    assert str(booking.zone) == "Europe/Berlin"
    assert booking.start_date.isoformat() == "2026-11-24T10:00:00+01:00"
    assert booking.cancelable_until.isoformat() == "2026-11-23T10:00:00+01:00"

    terms = await h.call(h.client.bookings.cancellation_preview, booking)
    assert terms.deadline.isoformat() == "2026-11-23T10:00:00+01:00"
    by_id = await h.call(h.client.bookings.cancellation_preview, "3581903")
    assert by_id.deadline.isoformat() == "2026-11-23T09:00:00+00:00"  # unknown zone: as sent


def test_without_its_resource_a_booking_stays_as_anny_sent_it() -> None:
    doc = anny.Document.from_json({"data": BOOKING})
    booking = anny.types.Booking.from_document(doc)
    assert booking.zone is None
    assert booking.start_date.isoformat() == "2026-11-24T09:00:00+00:00"


async def test_a_quote_is_in_the_resources_zone_looked_up_once(make: Any) -> None:
    h = make(answer)
    start = anny.types.Booking.from_document(anny.Document.from_json({"data": BOOKING})).start_date
    end = start.replace(hour=10)
    for _ in range(2):
        quote = await h.call(h.client.checkout.quote, "8001", "7001", start, end)
        assert quote.start.isoformat() == "2026-11-24T10:00:00+01:00"
        assert str(quote.end.tzinfo) == "Europe/Berlin"
    paths = [r.url.path for r in h.requests]
    assert paths == [
        "/api/v1/resources/8001",  # the zone of a resource given by id: once per client
        "/api/v1/order/bookings/calculate",
        "/api/v1/order/bookings/calculate",
    ]
