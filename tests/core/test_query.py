"""Query builder: exact pairs and the exact query string on the wire."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from annycore_helpers import BASE, jsonapi
from hypothesis import given, settings
from hypothesis import strategies as st

import anny
from anny._query import encode_scalar

BERLIN = ZoneInfo("Europe/Berlin")


def test_build_query_exact_pairs_and_order():
    params = anny.flows.build_query(
        include=["resource.parent.cover_image", "service", "order"],
        fields={"resources": ["name", "slug", "children"], "organizations": "name,slug"},
        filter={
            "upcoming_only": True,
            "hide_blocker": False,
            "categories": [3, "4"],
            "start_date": dt.datetime(2026, 4, 15, 9, 0, tzinfo=BERLIN),
            "search": None,
            "availability": {"service_id": 601},
        },
        sort=["-start_date", "name"],
        page={"number": 1, "size": 30},
        extra={"stateless": True, "r[]": [179465, 179466], "oid": 58075515},
    )
    assert params == [
        ("include", "resource.parent.cover_image,service,order"),
        ("fields[resources]", "name,slug,children"),
        ("fields[organizations]", "name,slug"),
        ("filter[upcoming_only]", "1"),
        ("filter[hide_blocker]", "0"),
        ("filter[categories][]", "3"),
        ("filter[categories][]", "4"),
        ("filter[start_date]", "2026-04-15T09:00:00+02:00"),
        ("filter[availability][service_id]", "601"),
        ("sort", "-start_date,name"),
        ("page[number]", "1"),
        ("page[size]", "30"),
        ("stateless", "1"),
        ("r[]", "179465"),
        ("r[]", "179466"),
        ("oid", "58075515"),
    ]


def test_scalars():
    class Color(enum.Enum):
        RED = "red"

    assert encode_scalar(True) == "1"
    assert encode_scalar(0) == "0"
    assert encode_scalar(Decimal("12.50")) == "12.50"
    assert encode_scalar(1.5) == "1.5"
    assert encode_scalar(dt.date(2026, 1, 12)) == "2026-01-12"
    assert encode_scalar(Color.RED) == "red"
    utc = dt.datetime(2026, 1, 12, tzinfo=dt.UTC)
    assert encode_scalar(utc) == "2026-01-12T00:00:00+00:00"
    with pytest.raises(anny.InvalidParameterError):
        encode_scalar(object())


def test_naive_datetime_is_rejected_with_typed_error():
    with pytest.raises(anny.InvalidParameterError) as info:
        anny.flows.build_query(filter={"start_date": dt.datetime(2026, 4, 15, 9, 0)})
    assert isinstance(info.value, ValueError)
    assert "filter[start_date]" in str(info.value)


def test_comma_inside_include_is_rejected():
    with pytest.raises(anny.InvalidParameterError):
        anny.flows.build_query(include=["a,b"])


async def test_wire_format_through_client(make):
    h = make(lambda r: jsonapi(200, {"data": []}))
    params = anny.flows.build_query(
        include=["service"],
        filter={"upcoming_only": True, "resources": [1, 2]},
        sort="-start_date",
        page={"number": 2, "size": 30},
    )
    await h.call(h.client.get, "/api/v1/bookings", params=params)
    assert h.last.url.raw_path.decode() == (
        "/api/v1/bookings?include=service"
        "&filter%5Bupcoming_only%5D=1"
        "&filter%5Bresources%5D%5B%5D=1&filter%5Bresources%5D%5B%5D=2"
        "&sort=-start_date&page%5Bnumber%5D=2&page%5Bsize%5D=30"
    )
    assert h.last.url.params.multi_items() == params
    assert str(h.last.url).startswith(BASE)


async def test_naive_datetime_in_request_body_rejected_before_sending(make):
    h = make(lambda r: jsonapi(200, {"data": None}))
    with pytest.raises(anny.InvalidParameterError):
        await h.call(
            h.client.post, "/api/v1/order/bookings", json={"start": dt.datetime(2026, 1, 1)}
        )
    assert h.requests == []


_names = st.text(alphabet=st.sampled_from("ab[]_\x00\x1f\x7fä\ud800 "), max_size=6)
_values = st.text(alphabet=st.sampled_from("a1,\x00ä\ud800\udc00 "), max_size=6) | st.sampled_from(
    [None, 1, True, [1, 2], 1.5]
)


@settings(max_examples=400, deadline=None)
@given(params=st.dictionaries(_names, _values, max_size=4))
def test_merge_params_of_a_dict_is_build_query_of_it(params: dict[str, object]) -> None:
    # merge_params has a fast path for dicts of strings; it must give the general path's
    # pairs, and the general path's error (type and wording) for anything it refuses.
    from anny._query import build_query, merge_params

    try:
        expected: object = build_query(extra=params)
    except anny.InvalidParameterError as exc:
        expected = ("error", str(exc))
    try:
        got: object = merge_params(params)
    except anny.InvalidParameterError as exc:
        got = ("error", str(exc))
    assert got == expected
