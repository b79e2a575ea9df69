"""The waitlist as anny's guide describes it (reference Addendum C6), raw HTTP.

A spot is offered only when the resource enables the waitlist and the interval is unavailable
because it is fully booked (``booked_out``); creating, listing and deleting spots needs a
signed-in customer. Series waitlisting and the interval search's waitlist validation strategy
are inferred options (their names are designed).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_helpers import add_to_cart, cart_body, checkout, order_ids

WAITLIST = "/api/v1/waitlist-entries"
TEN = ("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00")


def entry(
    start: str, end: str, resource: str = "8001", service: str = "7001", **attributes: Any
) -> dict[str, Any]:
    return {
        "data": {
            "type": "waitlist-entries",
            "attributes": {"start_date": start, "end_date": end, **attributes},
            "relationships": {
                "resource": {"data": {"type": "resources", "id": resource}},
                "service": {"data": {"type": "services", "id": service}},
            },
        }
    }


def book_out_ten(client: httpx.Client) -> None:
    """A guest books room 8001 (one unit, waitlist enabled) tomorrow 10-11: booked out."""
    oid, oat = order_ids(add_to_cart(client, cart_body(*TEN)))
    assert checkout(client, oid, oat).status_code == 200


def test_anonymous_callers_get_401_for_every_waitlist_call(client: httpx.Client) -> None:
    book_out_ten(client)
    for response in (
        client.get(WAITLIST),
        client.post(WAITLIST, json=entry(*TEN)),
        client.delete(f"{WAITLIST}/1"),
    ):
        assert response.status_code == 401
        assert response.json()["errors"][0]["code"] == "unauthenticated"


def test_a_booked_out_slot_of_an_enabled_resource_takes_a_spot(
    client: httpx.Client, erika: httpx.Client
) -> None:
    book_out_ten(client)
    joined = erika.post(WAITLIST, json=entry(*TEN))
    assert joined.status_code == 201, joined.text
    assert joined.json()["data"]["attributes"]["status"] == "waiting"


@pytest.mark.parametrize(
    ("why", "start", "end"),
    [
        ("free", *TEN),
        ("off_schedule", "2026-11-24T03:00:00+01:00", "2026-11-24T04:00:00+01:00"),
        ("after_lead_time", "2026-12-28T10:00:00+01:00", "2026-12-28T11:00:00+01:00"),
    ],
)
def test_a_slot_that_is_not_booked_out_has_no_waitlist(
    erika: httpx.Client, why: str, start: str, end: str
) -> None:
    refused = erika.post(WAITLIST, json=entry(start, end))
    assert refused.status_code == 409
    [error] = refused.json()["errors"]
    assert error["status"] == "409"
    assert f"it is {why}" in error["detail"]
    assert "only a fully booked slot" in error["detail"]


def test_a_resource_without_a_waitlist_takes_no_spot(
    client: httpx.Client, erika: httpx.Client
) -> None:
    # Desk 8003 under the open-space desks (no waitlist): booked out, still refused.
    body = cart_body(*TEN)
    body.update(resource_id=["8003"], service_id={"7003": 1})
    oid, oat = order_ids(add_to_cart(client, body))
    assert checkout(client, oid, oat).status_code == 200
    refused = erika.post(WAITLIST, json=entry(*TEN, resource="8003", service="7003"))
    assert refused.status_code == 422
    [error] = refused.json()["errors"]
    assert error["source"] == {"pointer": "/data/relationships/resource"}


def test_a_series_id_names_nothing_in_the_sandbox(
    client: httpx.Client, erika: httpx.Client
) -> None:
    book_out_ten(client)
    refused = erika.post(WAITLIST, json=entry(*TEN, timeslot_series_id="77"))
    assert refused.status_code == 404
    assert "77" in refused.json()["errors"][0]["detail"]


def test_the_waitlist_validation_strategy_on_interval_searches(client: httpx.Client) -> None:
    book_out_ten(client)
    query = "date=2026-11-24&resource_id=8001&service_id[7001]=1&timezone=Europe/Berlin"

    def intervals(path: str, extra: str = "") -> list[dict[str, Any]]:
        response = client.get(f"{path}?{query}{extra}")
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()
        return items

    plain = {i["start_date"][11:16]: i for i in intervals("/api/v1/intervals/start")}
    waiting = {
        i["start_date"][11:16]: i
        for i in intervals("/api/v1/intervals/start", "&validation_strategy=waitlist")
    }
    assert (plain["10:00"]["available"], plain["10:00"]["unavailability_type"]) == (
        False,
        "booked_out",
    )
    assert (waiting["10:00"]["available"], waiting["10:00"]["unavailability_type"]) == (
        True,
        "booked_out",
    )
    assert plain["11:00"]["available"] is True
    assert waiting["11:00"]["available"] is False  # free: book it, no waitlist
    ends = client.get(
        "/api/v1/intervals/end?date_time=2026-11-24T10:00:00%2B01:00&resource_id=8001"
        "&service_id[7001]=1&timezone=Europe/Berlin&validation_strategy=waitlist"
    ).json()
    assert ends[0]["available"] is True
    bad = client.get(f"/api/v1/intervals/start?{query}&validation_strategy=maybe")
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["source"] == {"parameter": "validation_strategy"}
