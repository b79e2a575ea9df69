"""Views built by the compiled readers (issue 18 §5): lazily converted datetimes, and the
inlined money, enum and zone paths, against the plain functions they stand for."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest

import anny
from anny import _models
from anny._models import in_zone, parse_datetime, parse_money, zone_of

LAZY = ("created_at", "canceled_at", "cancelable_until")


def _booking(
    attributes: dict[str, Any],
    meta: dict[str, Any] | None = None,
    zone: object = "Europe/Berlin",
) -> anny.Resource:
    booking = {
        "type": "bookings",
        "id": "1",
        "attributes": attributes,
        "meta": meta or {},
        "relationships": {"resource": {"data": {"type": "resources", "id": "9"}}},
    }
    room = {"type": "resources", "id": "9", "attributes": {"timezone": zone}}
    res = anny.Document.from_json({"data": [booking], "included": [room]}).data[0]
    assert isinstance(res, anny.Resource)
    return res


def _by_init(res: anny.Resource) -> anny.types.Booking:
    return anny.types.Booking(id="1", raw=res, **anny.types.Booking._fields(res))


def test_secondary_datetimes_are_converted_on_first_read_all_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []

    def counting(value: object) -> dt.datetime | None:
        calls.append(value)
        return parse_datetime(value)

    anny.types.Booking.from_resource(_booking({}))  # compiled before the patch
    monkeypatch.setattr(_models, "parse_datetime", counting)
    res = _booking(
        {
            "start_date": "2026-11-25T08:00:00+01:00",
            "created_at": "2026-11-20T09:11:12Z",
            "canceled_at": 5,  # not a string: nothing to convert later
        },
        {"cancelable_until": "2026-11-24T07:00:00Z"},
    )
    view = anny.types.Booking.from_resource(res)
    assert view.start_date is not None  # read eagerly, by the inlined parser
    assert calls == []
    created = view.created_at
    # One read converts every pending field of the view (one zone look-up for all).
    assert calls == ["2026-11-20T09:11:12Z", "2026-11-24T07:00:00Z"]
    assert created == dt.datetime(2026, 11, 20, 10, 11, 12, tzinfo=ZoneInfo("Europe/Berlin"))
    assert view.created_at is created
    assert view.cancelable_until == dt.datetime(2026, 11, 24, 8, tzinfo=ZoneInfo("Europe/Berlin"))
    assert view.canceled_at is None
    assert len(calls) == 2  # converted once, then stored


def test_a_lazily_built_view_compares_hashes_and_copies_as_its_converted_fields() -> None:
    attributes = {
        "number": "BB1",
        "status": "accepted",
        "start_date": "2026-10-25T00:30:00+00:00",
        "created_at": "2026-10-25T01:30:00+00:00",  # fold=1 in Berlin
        "total": 25.5,
        "currency": "EUR",
    }
    meta = {"cancelable_until": "2026-03-29T01:30:00Z"}
    # Each check on a fresh view: the first read of a lazy field converts them all.
    res = _booking(attributes, meta)
    expected = _by_init(res)
    assert anny.types.Booking.from_resource(res) == expected
    assert hash(anny.types.Booking.from_resource(res)) == hash(expected)
    assert repr(anny.types.Booking.from_resource(res)) == repr(expected)
    assert attrs.asdict(anny.types.Booking.from_resource(res), recurse=False) == attrs.asdict(
        expected, recurse=False
    )
    assert copy.copy(anny.types.Booking.from_resource(res)) == expected
    evolved = attrs.evolve(anny.types.Booking.from_resource(res), raw=None)
    assert pickle.loads(pickle.dumps(evolved)) == expected
    assert type(pickle.loads(pickle.dumps(evolved)).created_at) is dt.datetime
    for name in LAZY:
        assert type(getattr(anny.types.Booking.from_resource(res), name)) is type(
            getattr(expected, name)
        )
    assert expected.created_at is not None
    assert expected.created_at.fold == 1
    # A view built by its __init__ stores what it is given: nothing is pending.
    given = anny.types.Booking(id="2", created_at=None)
    assert given.created_at is None


def _instants() -> list[dt.datetime]:
    # Every 15 minutes across the DST nights of 2026 in Europe and North America.
    out: list[dt.datetime] = []
    for day in (
        dt.datetime(2026, 3, 8, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 29, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    ):
        out.extend(day + dt.timedelta(minutes=15 * i) for i in range(4 * 12))
    return out


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", None, "Nowhere/Else"]
)
def test_eager_and_lazy_datetimes_match_astimezone_at_every_instant_of_dst_nights(
    zone: str | None,
) -> None:
    tz = zone_of(zone)
    for instant in _instants():
        for wire in (
            instant.isoformat(),
            instant.strftime("%Y-%m-%dT%H:%M:%SZ"),
            instant.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30))).isoformat(),
            instant.astimezone(ZoneInfo("Europe/Berlin")).isoformat(),
            instant.replace(tzinfo=None).isoformat(),  # no offset: UTC
        ):
            view = anny.types.Booking.from_resource(
                _booking({"start_date": wire, "created_at": wire}, {"cancelable_until": wire}, zone)
            )
            # Without a known zone a time stays as anny sent it (its own offset).
            expected = parse_datetime(wire) if tz is None else instant.astimezone(tz)
            assert expected is not None
            for got in (view.start_date, view.created_at, view.cancelable_until):
                assert got is not None
                assert got == expected, (zone, wire)
                assert got.replace(tzinfo=None) == expected.replace(tzinfo=None), (zone, wire)
                assert got.utcoffset() == expected.utcoffset(), (zone, wire)
                assert got.fold == expected.fold, (zone, wire)
                if tz is not None:
                    assert got.tzinfo is tz, (zone, wire)
                else:
                    assert got.tzinfo == expected.tzinfo, (zone, wire)


@pytest.mark.parametrize(
    "amount",
    [
        25.5,
        0.1,
        0,
        -3,
        0.0,
        1e30,
        1e31,
        1e-30,
        1e-31,
        float("nan"),
        float("inf"),
        -float("inf"),
        True,
        2**64 - 1,
        2**64,
        -(2**64) + 1,
        2**128,
        2**200,
        10**30,
        10**31,
        "12.50",
        "1e2000000",
        None,
        [1],
    ],
)
@pytest.mark.parametrize("currency", ["EUR", None, 5])
def test_money_reads_as_parse_money_reads_it(amount: object, currency: object) -> None:
    view = anny.types.Booking.from_resource(_booking({"total": amount, "currency": currency}))
    expected = parse_money(amount, currency)
    assert view.total == expected
    assert type(view.total) is type(expected)
    if expected is not None:
        assert view.total is not None
        assert type(view.total.amount) is Decimal
        assert str(view.total.amount) == str(expected.amount)
        assert view.total.currency == expected.currency


@pytest.mark.parametrize(
    ("status", "member"),
    [
        ("accepted", "ACCEPTED"),
        ("CANCELED", "CANCELED"),
        ("on-hold", "UNKNOWN"),
        ("", "UNKNOWN"),
        (5, "UNKNOWN"),
        (None, "UNKNOWN"),
        (["accepted"], "UNKNOWN"),
    ],
)
def test_status_reads_as_its_enum_parse_reads_it(status: object, member: str) -> None:
    view = anny.types.Booking.from_resource(_booking({"status": status}))
    assert view.status is anny.types.BookingStatus[member]
    assert view.status is anny.types.BookingStatus.parse(status)


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "", 5, "Nowhere/Else", None, {"name": "Europe/Berlin"}]
)
def test_the_zone_reads_as_related_zone_reads_it(zone: object) -> None:
    res = _booking({"start_date": "2026-11-25T08:00:00+01:00"}, zone=zone)
    view = anny.types.Booking.from_resource(res)
    expected = in_zone(parse_datetime("2026-11-25T08:00:00+01:00"), _models.related_zone(res))
    assert view.start_date is not None
    assert expected is not None
    assert (view.start_date.tzinfo, view.start_date) == (expected.tzinfo, expected)
    # The linkage points at nothing included, or is no to-one linkage: no zone.
    for relationships in (
        {"resource": {"data": {"type": "resources", "id": "404"}}},
        {"resource": {"data": [{"type": "resources", "id": "9"}]}},
        {"resource": None},
    ):
        booking = {
            "type": "bookings",
            "id": "1",
            "attributes": {"start_date": "2026-11-25T08:00:00+01:00"},
            "relationships": relationships,
        }
        room = {"type": "resources", "id": "9", "attributes": {"timezone": "Asia/Tokyo"}}
        other = anny.Document.from_json({"data": [booking], "included": [room]}).data[0]
        got = anny.types.Booking.from_resource(other).start_date
        assert got is not None
        assert got.tzinfo == parse_datetime("2026-11-25T08:00:00+01:00").tzinfo  # type: ignore[union-attr]


def test_a_views_money_amount_is_made_a_decimal_on_first_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []

    def counting(text: str) -> Decimal:
        made.append(text)
        return Decimal(text)

    anny.types.Booking.from_resource(_booking({}))  # compiled before the patch
    monkeypatch.setattr(_models, "Decimal", counting)
    view = anny.types.Booking.from_resource(_booking({"total": 0.1, "currency": "EUR"}))
    assert made == []
    assert view.total is not None
    amount = view.total.amount
    assert (made, amount, type(amount)) == (["0.1"], Decimal("0.1"), Decimal)
    assert view.total.amount is amount
    assert str(view.total) == "0.1 EUR"
    assert made == ["0.1"]
    # Money built directly keeps what it is given; a number reads as its Decimal.
    assert anny.Money(Decimal("2.50"), "EUR").amount == Decimal("2.50")
    assert anny.Money(2.5).amount == Decimal("2.5")  # type: ignore[arg-type]


def test_a_view_built_slot_by_slot_is_a_plain_frozen_instance_of_its_class() -> None:
    res = _booking({"number": "BB1", "start_date": "2026-11-25T08:00:00+01:00"})
    for view_class in (anny.types.Booking, anny.types.BookableResource, anny.types.Service):
        view = view_class.from_resource(res)
        assert type(view) is view_class
        assert view.__class__ is view_class
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            view.id = "2"  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            del view.id  # type: ignore[misc]
        assert attrs.evolve(view, id="2").id == "2"
        assert view == view_class(id="1", raw=res, **view_class._fields(res))
