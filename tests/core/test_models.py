"""Typed views: forward compatible enums, aware datetimes, Decimal money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import anny

BOOKING = {
    "data": {
        "type": "bookings",
        "id": "3581903",
        "attributes": {
            "number": "BB81592797",
            "status": "accepted",
            "start_date": "2026-04-15T07:00:00+00:00",
            "end_date": "2026-04-15T10:00:00Z",
            "created_at": "2026-04-01T12:00:00",
            "total": 249.99,
            "currency": "EUR",
            "brand_new_field": {"x": 1},
        },
        "meta": {"cancelable_until": "2026-04-14T07:00:00+00:00"},
    }
}


def test_booking_view():
    booking = anny.types.Booking.from_document(anny.Document.from_json(BOOKING))
    assert booking.id == "3581903"
    assert booking.number == "BB81592797"
    assert booking.status is anny.types.BookingStatus.ACCEPTED
    assert booking.start_date == dt.datetime(2026, 4, 15, 7, tzinfo=dt.UTC)
    assert booking.end_date is not None
    assert booking.end_date.tzinfo is not None
    assert booking.created_at is not None
    assert booking.created_at.utcoffset() == dt.timedelta(0)
    assert booking.cancelable_until is not None
    assert booking.total == anny.Money(Decimal("249.99"), "EUR")
    assert booking.raw is not None
    assert booking.raw["brand_new_field"] == {"x": 1}
    assert "brand_new_field" not in repr(booking)
    assert booking.resource is None  # anny did not include the booked resource
    assert booking.service is None


BOOKED = {
    "data": {
        "type": "bookings",
        "id": "7",
        "attributes": {"number": "BB1", "start_date": "2026-04-15T07:00:00+00:00"},
        "relationships": {
            "resource": {"data": {"type": "resources", "id": "70"}},
            "service": {"data": {"type": "services", "id": "71"}},
        },
    },
    "included": [
        {
            "type": "resources",
            "id": "70",
            "attributes": {"name": "Desk 1", "slug": "desk-1", "timezone": "Europe/Berlin"},
        },
        {"type": "services", "id": "71", "attributes": {"name": "Hourly", "slug": "hourly"}},
    ],
}


def test_booking_resource_is_the_booked_resource_and_raw_the_bookings_own_object():
    booking = anny.types.Booking.from_document(anny.Document.from_json(BOOKED))
    room = booking.resource
    assert isinstance(room, anny.types.BookableResource)
    assert (room.id, room.name, room.slug, room.timezone) == (
        "70",
        "Desk 1",
        "desk-1",
        "Europe/Berlin",
    )
    assert booking.resource is room  # built once per booking
    assert booking.service is not None
    assert (booking.service.id, booking.service.name) == ("71", "Hourly")
    assert booking.raw is not None
    assert (booking.raw.type, booking.raw.id) == ("bookings", "7")
    assert str(booking.start_date) == "2026-04-15 09:00:00+02:00"  # the room's zone
    # Linkage that anny did not include is no resource to show.
    alone = {"data": BOOKED["data"]}
    lone = anny.types.Booking.from_document(anny.Document.from_json(alone))
    assert lone.resource is None
    assert lone.service is None


def test_other_views_keep_resource_for_one_release_as_a_deprecated_raw():
    doc = anny.Document.from_json({"data": {"type": "orders", "id": "5", "attributes": {}}})
    order = anny.types.Order.from_document(doc)
    with pytest.warns(DeprecationWarning, match=r"Order\.resource is deprecated.*use \.raw"):
        assert order.resource is order.raw
    assert order.raw is not None
    assert order.raw.id == "5"


def test_unknown_status_keeps_raw_value():
    doc = {"data": {"type": "bookings", "id": "1", "attributes": {"status": "on-hold"}}}
    booking = anny.types.Booking.from_document(anny.Document.from_json(doc))
    assert booking.status is anny.types.BookingStatus.UNKNOWN
    assert booking.status_raw == "on-hold"
    assert anny.types.BookingStatus.parse("CANCELED") is anny.types.BookingStatus.CANCELED
    assert anny.types.BookingStatus.parse(None) is anny.types.BookingStatus.UNKNOWN
    assert anny.types.BookingStatus.ACCEPTED == "accepted"


def test_order_view_hides_access_token_and_reads_meta():
    doc = {
        "data": {
            "type": "orders",
            "id": "58075515",
            "attributes": {
                "number": "BO559015923",
                "status": "draft",
                "access_token": "OAT",
                "total": 0,
                "currency": "EUR",
                "expires_at": "2026-04-15T07:15:00+00:00",
            },
            "meta": {
                "download_url": "https://b.anny.eu/downloads/order-confirmation/58075515?access_token=OAT",
                "pay_now_amount": 0,
                "payment_flow": "pay-offline",
            },
        }
    }
    order = anny.types.Order.from_document(anny.Document.from_json(doc))
    assert order.access_token == "OAT"
    assert "OAT" not in repr(order)
    assert order.pay_now_amount == anny.Money(Decimal("0"), "EUR")
    assert order.payment_flow == "pay-offline"
    assert order.expires_at == dt.datetime(2026, 4, 15, 7, 15, tzinfo=dt.UTC)


def test_other_views_and_bad_values():
    res = anny.Resource.from_json(
        {
            "type": "resources",
            "id": "8522",
            "attributes": {
                "name": "Desk",
                "slug": "desk",
                "has_children": 0,
                "timezone": "Europe/Berlin",
            },
        }
    )
    view = anny.types.BookableResource.from_resource(res)
    assert (view.name, view.slug, view.has_children) == ("Desk", "desk", False)
    svc = anny.types.Service.from_resource(
        anny.Resource.from_json(
            {
                "type": "services",
                "id": "601",
                "attributes": {"price": "12.5", "currency": "EUR", "min_duration": 30},
                "meta": {"supports_instant_booking": True},
            }
        )
    )
    assert svc.price == anny.Money(Decimal("12.5"), "EUR")
    assert svc.min_duration == 30
    assert svc.supports_instant_booking is True
    cust = anny.types.Customer.from_resource(
        anny.Resource.from_json(
            {"type": "customers", "id": "c", "attributes": {"email": "a@b.c", "full_name": "A B"}}
        )
    )
    assert "a@b.c" not in repr(cust)
    assert cust.full_name == "A B"
    org = anny.types.Organization.from_resource(
        anny.Resource.from_json({"type": "organizations", "id": "o", "attributes": {"name": "TUM"}})
    )
    assert org.name == "TUM"
    weird = anny.types.Booking.from_resource(
        anny.Resource.from_json(
            {
                "type": "bookings",
                "id": "1",
                "attributes": {"start_date": "not a date", "total": "NaN", "status": 5},
            }
        )
    )
    assert weird.start_date is None
    assert weird.total is None
    assert weird.status is anny.types.BookingStatus.UNKNOWN
    with pytest.raises(anny.APIResponseValidationError):
        anny.types.Booking.from_document(anny.Document.from_json({"data": []}))
    with pytest.raises(anny.APIResponseValidationError):
        anny.types.Booking.from_resource(anny.Resource.from_json({"type": "bookings"}))
    assert [
        b.id
        for b in anny.types.Booking.list_from_document(
            anny.Document.from_json({"data": [BOOKING["data"]]})
        )
    ] == ["3581903"]
