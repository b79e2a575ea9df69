"""JSON:API documents: identity map, lazy relationships, plain bodies, robustness."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import anny
from anny._response import parse_document

ORDER_DOC = {
    "data": {
        "type": "orders",
        "id": "58075515",
        "attributes": {"number": "BO559015923", "status": "draft", "access_token": "oat-x"},
        "relationships": {
            "bookings": {
                "links": {
                    "self": "https://b.anny.eu/api/v1/orders/58075515/relationships/bookings"
                },
                "data": [
                    {"type": "bookings", "id": "44007384", "meta": {"is_anonymous": True}},
                    {"type": "bookings", "id": "404"},  # not included: stays a Ref
                ],
            },
            "customer": {"data": None},
            "voucher": {"links": {"related": "x"}},  # no linkage at all
            "sub_orders": {"data": [{"type": "orders", "id": "58075551"}]},
        },
        "links": {"self": "https://b.anny.eu/api/v1/orders/58075515"},
        "meta": {"download_url": "https://b.anny.eu/downloads/x", "pay_now_amount": 0},
    },
    "included": [
        {
            "type": "bookings",
            "id": "44007384",
            "attributes": {"status": "reserved", "start_date": "2026-04-15T07:00:00+00:00"},
            "relationships": {
                "order": {"data": {"type": "orders", "id": "58075515"}},  # cycle back
                "resource": {"data": {"type": "resources", "id": "8522"}},
            },
        },
        {"type": "resources", "id": "8522", "attributes": {"name": "Desk 1"}},
        {"type": "orders", "id": "58075551", "attributes": {}, "meta": {"is_base_order": False}},
        {"type": "space-ships", "id": "1", "attributes": {"warp": 9}},  # unknown type: kept
    ],
    "meta": {"page": {"total": 1}},
    "links": {"self": "x"},
    "jsonapi": {"version": "1.0"},
}


def test_included_resolution_cycles_and_missing_linkage():
    doc = anny.Document.from_json(ORDER_DOC)
    order = doc.data
    assert doc.is_jsonapi
    assert order.type == "orders"
    assert order.id == "58075515"
    assert order.number == order["number"] == "BO559015923"
    assert order.links["self"].endswith("/orders/58075515")
    assert order.meta["download_url"].startswith("https://")

    bookings = order.bookings
    assert isinstance(bookings, list)
    assert len(bookings) == 2
    booking, missing = bookings
    assert isinstance(booking, anny.Resource)
    assert booking.status == "reserved"
    assert missing == anny.types.Ref("bookings", "404")
    assert booking.order is order  # cycle a → b → a: same object, no recursion
    assert booking.order.bookings[0] is booking
    assert booking.resource.name == "Desk 1"

    rel = order.relationships["bookings"]
    assert rel.is_to_many
    assert rel.links["self"].endswith("/relationships/bookings")
    assert rel.refs[0].meta == {"is_anonymous": True}  # linkage meta kept
    assert order.customer is None
    assert order.relationships["voucher"].has_data is False
    assert order.voucher is None
    assert order.sub_orders[0].meta == {"is_base_order": False}

    assert doc.find("space-ships", 1).warp == 9
    assert doc.meta == {"page": {"total": 1}}
    assert doc.jsonapi == {"version": "1.0"}
    assert "Desk 1" not in repr(order)  # repr does not expand relationships


def test_attribute_access_errors():
    res = anny.Document.from_json({"data": {"type": "x", "id": "1", "attributes": {"a": 1}}}).data
    with pytest.raises(AttributeError):
        _ = res.nope
    with pytest.raises(KeyError):
        _ = res["nope"]
    assert res.get("nope", 5) == 5
    assert "a" in res
    with pytest.raises(AttributeError):
        res.a = 2


def test_resource_with_unresolvable_relationship_on_its_own():
    res = anny.Resource.from_json(
        {
            "type": "bookings",
            "id": "1",
            "relationships": {"service": {"data": {"type": "services", "id": 7}}},
        }
    )
    assert res.service == anny.types.Ref("services", "7")


@pytest.mark.parametrize(
    "body",
    [
        [{"start_date": "2026-01-12T09:00:00+01:00", "available": True}],
        {"resourceLocations": [{"id": 1, "name": "A"}]},
        {"data": {"events": [{"id": 1}]}},
        {"179465": [{"id": 1, "quota": 2}]},
        42,
        None,
    ],
)
def test_plain_json_bodies_are_kept_as_is(body):
    doc = anny.Document.from_json(body)
    assert not doc.is_jsonapi
    assert doc.data == body
    assert doc.raw == body
    assert doc.included == []
    assert doc.resources == []


def test_empty_collection_and_null_data():
    assert anny.Document.from_json({"data": []}).resources == []
    doc = anny.Document.from_json({"data": None, "meta": {"x": 1}})
    assert doc.is_jsonapi
    assert doc.data is None
    assert doc.meta == {"x": 1}


# ----------------------------------------------------------------- property-based

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)
TYPES = st.sampled_from(["bookings", "orders", "resources", "services", "x", ""])
IDS = st.one_of(st.sampled_from(["1", "2", "3"]), st.integers(0, 3), st.none(), json_value)
linkage = st.fixed_dictionaries(
    {"type": st.one_of(TYPES, json_value), "id": IDS},
    optional={"meta": json_value},
)
relationship = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "data": st.one_of(st.none(), linkage, st.lists(linkage, max_size=3), json_value),
            "links": json_value,
            "meta": json_value,
        },
    ),
    json_value,
)
resource = st.fixed_dictionaries(
    {"type": st.one_of(TYPES, json_value), "id": IDS},
    optional={
        "attributes": st.one_of(st.dictionaries(st.text(max_size=6), json_value), json_value),
        "relationships": st.one_of(st.dictionaries(st.text(max_size=6), relationship), json_value),
        "links": json_value,
        "meta": json_value,
    },
)
document = st.fixed_dictionaries(
    {},
    optional={
        "data": st.one_of(st.none(), resource, st.lists(resource, max_size=4), json_value),
        "included": st.one_of(st.lists(resource, max_size=4), json_value),
        "meta": json_value,
        "links": json_value,
        "jsonapi": json_value,
        "errors": json_value,
    },
)


def _touch_everything(doc: anny.Document) -> None:
    repr(doc)
    len(doc)
    list(doc)
    for res in [*doc.resources, *doc.included]:
        repr(res)
        for name in list(res.attributes) + list(res.relationships):
            res.get(name)
        for rel in res.relationships.values():
            data = rel.data
            for item in data if isinstance(data, list) else [data]:
                repr(item)
                if isinstance(item, anny.Resource):
                    for sub in item.relationships.values():
                        repr(sub.data)
        for view in (
            anny.types.Booking,
            anny.types.Order,
            anny.types.BookableResource,
            anny.types.Service,
            anny.types.Organization,
            anny.types.Customer,
        ):
            with contextlib.suppress(anny.AnnyError):
                view.from_resource(res)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.one_of(document, json_value))
def test_random_documents_only_raise_anny_errors(body):
    try:
        doc = anny.Document.from_json(body)
        _touch_everything(doc)
    except anny.AnnyError:
        pass


@settings(max_examples=150, deadline=None)
@given(
    content=st.one_of(
        st.binary(max_size=64),
        document.map(lambda d: json.dumps(d).encode()),
        document.map(lambda d: json.dumps(d).encode()[:-3]),  # truncated JSON
    ),
    content_type=st.sampled_from(
        ["application/vnd.api+json", "application/json", "text/html; charset=utf-8", ""]
    ),
    status=st.sampled_from([200, 201, 400, 403, 404, 422, 500, 503]),
)
def test_random_responses_only_raise_anny_errors(content, content_type, status):
    import httpx

    from anny.errors import make_status_error

    headers = {"content-type": content_type} if content_type else {}
    response = httpx.Response(
        status, content=content, headers=headers, request=httpx.Request("GET", "https://x/y?oat=s")
    )
    error = make_status_error(response)
    assert isinstance(error, anny.APIStatusError)
    assert "\n" not in str(error)  # one line
    assert "oat=s" not in str(error)
    with contextlib.suppress(anny.AnnyError):
        _touch_everything(parse_document(response))


def test_dunder_names_in_attributes_never_answer_protocol_lookups() -> None:
    # A server may send any attribute name; `__deepcopy__` or `__length_hint__` sent as data
    # must not be taken for the protocol (the attribute fast path checks dunders first).
    doc = anny.Document.from_json(
        {
            "data": {
                "type": "rooms",
                "id": "1",
                "attributes": {"__deepcopy__": "x", "__length_hint__": 3, "name": "A"},
            }
        }
    )
    room = doc.data
    assert isinstance(room, anny.Resource)
    with pytest.raises(AttributeError):
        _ = room.__deepcopy__
    assert room["__deepcopy__"] == "x"
    with pytest.raises(AttributeError):
        _ = room.__length_hint__
    assert room.name == "A"
