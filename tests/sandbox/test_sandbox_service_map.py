"""The service-quantity map ``service_id[<service id>]=<quantity>`` as real callers send it (B2).

Each request goes out with a pre-encoded query string (the brackets exactly as the callers write
them), so nothing in httpx re-encodes or reorders it. Before this was fixed the sandbox read the
digits as a list index and answered 404 "Service '1' was not found".
"""

from __future__ import annotations

import httpx
import pytest
from sandbox_helpers import JSONAPI

from anny_sandbox import Sandbox

# Service 7003 ("Desk booking") books the open-space desks (parent 8002, desks 8003-8006).
MAP_QUERIES = {
    "/api/v1/service-configuration": "service_id[7003]=1&resource_id=8002&timezone=Europe/Berlin",
    "/api/v1/intervals/start": "date=2026-11-28&service_id[7003]=1&resource_id=8002"
    "&timezone=Europe/Berlin",
    "/api/v1/intervals/end": "date_time=2026-11-28T14:00:00%2B01:00&service_id[7003]=1"
    "&resource_id=8003&timezone=Europe/Berlin",
    "/api/v1/availability/upcoming-intervals": "service_id[7003]=1&timezone=Europe/Berlin",
    "/api/v1/availability/start-dates": "service_id[7003]=1&start_date=2026-11-28"
    "&end_date=2026-11-29&timezone=Europe/Berlin",
}


def _get(client: httpx.Client, path: str, query: str) -> httpx.Response:
    return client.get(f"{path}?{query}")


@pytest.mark.parametrize("path", sorted(MAP_QUERIES))
def test_map_names_the_service_and_its_quantity(client: httpx.Client, path: str) -> None:
    response = _get(client, path, MAP_QUERIES[path])
    assert response.status_code == 200, response.text
    assert response.request.url.raw_path.decode().split("?", 1)[1] == MAP_QUERIES[path]


def test_configuration_reports_the_mapped_service_and_quantity(client: httpx.Client) -> None:
    body = _get(client, "/api/v1/service-configuration", "service_id[7003]=2&resource_id=8002")
    attributes = body.json()["data"]["attributes"]
    assert [(s["service"]["id"], s["quantity"]) for s in attributes["services_with_quantity"]] == [
        ("7003", 2)
    ]


def test_percent_encoded_brackets_mean_the_same(client: httpx.Client) -> None:
    """httpx (and so the generated client) percent-encodes the brackets; that is the same map."""
    raw = _get(client, "/api/v1/intervals/start", "date=2026-11-28&service_id[7003]=1")
    encoded = _get(client, "/api/v1/intervals/start", "date=2026-11-28&service_id%5B7003%5D=1")
    assert raw.status_code == encoded.status_code == 200
    assert raw.json() == encoded.json()


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/service-configuration",
        "/api/v1/intervals/start",
        "/api/v1/availability/upcoming-intervals",
    ],
)
def test_plain_form_is_refused_where_callers_only_send_the_map(
    client: httpx.Client, path: str
) -> None:
    response = _get(client, path, "service_id=7003&date=2026-11-28")
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["source"] == {"parameter": "service_id"}


def test_start_dates_takes_both_forms(client: httpx.Client) -> None:
    window = "start_date=2026-11-28&end_date=2026-11-29&timezone=Europe/Berlin"
    plain = _get(client, "/api/v1/availability/start-dates", f"service_id=7003&{window}")
    mapped = _get(client, "/api/v1/availability/start-dates", f"service_id[7003]=1&{window}")
    assert plain.status_code == mapped.status_code == 200
    assert plain.json() == mapped.json()
    assert [d["available"] for d in plain.json()] == [True, False]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("service_id[7003]=0", "service_id[7003]"),
        ("service_id[7003]=x", "service_id[7003]"),
        ("service_id[]=7003", "service_id[]"),
    ],
)
def test_bad_quantities_and_list_forms_are_refused(
    client: httpx.Client, query: str, parameter: str
) -> None:
    response = _get(client, "/api/v1/intervals/start", f"date=2026-11-28&{query}")
    assert response.status_code == 422
    assert response.json()["errors"][0]["source"] == {"parameter": parameter}


def test_a_service_slug_in_the_map_is_not_found(client: httpx.Client) -> None:
    """Every caller sends numeric service ids (B12): a slug key is no service."""
    response = _get(client, "/api/v1/intervals/start", "date=2026-11-28&service_id[desks]=1")
    assert response.status_code == 404


def test_upcoming_intervals_pages_by_page_end_date(sandbox: Sandbox) -> None:
    """B1: one answer's ``page_end_date`` is the next ``start_date``; no repeats, no gaps.
    A page covers the week from its ``start_date`` (inferred from the cursor's name)."""
    with httpx.Client(base_url=sandbox.url, headers={"Accept": JSONAPI}) as client:
        start = "2026-11-23T10:30:00+01:00"
        page = client.get(
            "/api/v1/availability/upcoming-intervals",
            params={"service_id[7003]": "1", "start_date": start},
        ).json()
        following = page["page_end_date"]
        assert following == "2026-11-30T10:30:00+01:00"  # one week on
        assert all(start <= item["start_date"] < following for item in page["data"])
        days = {item["start_date"][:10] for item in page["data"]}
        assert len(days) >= 5  # a week of desks (Sunday closed), not a handful of slots
        second = client.get(
            "/api/v1/availability/upcoming-intervals",
            params={"service_id[7003]": "1", "start_date": following},
        ).json()
        assert second["data"][0]["start_date"] >= following
        starts = [i["start_date"] for i in page["data"] + second["data"]]
        assert len(starts) == len(set(starts))
        assert starts == sorted(starts)
        # Past the booking window (28 days) there is no further page.
        last = client.get(
            "/api/v1/availability/upcoming-intervals",
            params={"service_id[7003]": "1", "start_date": "2026-12-18T08:00:00+01:00"},
        ).json()
        assert last["page_end_date"] is None
