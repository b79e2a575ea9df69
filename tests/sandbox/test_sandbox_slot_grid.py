"""The sandbox refuses what anny refuses: bookings off the service's slot grid.

anny's booking form only offers starts on the service's grid (every ``booking_interval``
minutes from the opening) and ends that are an offered duration. A start at 15:07 on an hourly
service is not bookable: it must not be accepted, and must not block the 15:00 and 16:00
slots. The refusal has anny's shape for an interval that cannot be booked (reference §7.4):
422, ``code`` ``unavailable_interval``, the next valid start "on DD.MM.YYYY HH:MM" in
``detail``.
"""

from __future__ import annotations

import httpx
import pytest
from sandbox_helpers import TOMORROW, add_to_cart, cart_body, remaining, remaining_at

BERLIN = "+01:00"


def at(hhmm: str) -> str:
    return f"{TOMORROW}T{hhmm}{BERLIN}"


def free_hours(client: httpx.Client) -> dict[str, int]:
    return remaining_at(client, TOMORROW, ["15:00", "16:00", "17:00"])


@pytest.mark.parametrize(
    ("start", "end"),
    [("15:07", "16:07"), ("15:00:30", "16:00:30"), ("15:30", "16:30")],
)
def test_a_start_off_the_grid_is_refused_and_blocks_nothing(
    client: httpx.Client, start: str, end: str
) -> None:
    before = free_hours(client)
    response = add_to_cart(client, cart_body(at(start), at(end)))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/vnd.api+json")
    [error] = response.json()["errors"]
    assert error["status"] == "422"
    assert error["code"] == "unavailable_interval"
    assert error["source"] == {"pointer": "/start_date"}
    assert error["title"] == "Not bookable"
    assert " on 24.11.2026 16:00" in error["detail"]  # the next start on the grid
    assert free_hours(client) == before
    # Nothing was held either: the whole hour is still bookable.
    assert add_to_cart(client, cart_body(at("15:00"), at("16:00"))).status_code == 201


def test_the_refusal_speaks_the_callers_language(client: httpx.Client) -> None:
    response = client.post(
        "/api/v1/order/bookings",
        json=cart_body(at("15:07"), at("16:07")),
        headers={"Accept-Language": "de-DE"},
    )
    [error] = response.json()["errors"]
    assert (error["code"], error["title"]) == ("unavailable_interval", "Nicht buchbar")
    assert " am 24.11.2026 16:00" in error["detail"]


@pytest.mark.parametrize(("start", "end"), [("10:00", "11:30"), ("10:00", "11:00:30")])
def test_a_duration_that_is_not_offered_is_refused(
    client: httpx.Client, start: str, end: str
) -> None:
    # hourly-desk-booking: 60 to 240 minutes in steps of 60.
    response = add_to_cart(client, cart_body(at(start), at(end)))
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert (error["code"], error["source"]) == ("validation_error", {"pointer": "/end_date"})
    assert "steps of 60 minutes" in error["detail"]
    assert remaining(client, TOMORROW, "10:00") == 1


def test_the_quote_with_an_availability_check_refuses_too(client: httpx.Client) -> None:
    body = cart_body(at("15:07"), at("16:07"))
    checked = client.post(
        "/api/v1/order/bookings/calculate", json=body, params={"check_availability": "1"}
    )
    assert checked.status_code == 422
    assert checked.json()["errors"][0]["code"] == "unavailable_interval"


def test_starts_and_durations_on_the_grid_are_accepted(client: httpx.Client) -> None:
    assert add_to_cart(client, cart_body(at("15:00"), at("17:00"))).status_code == 201
    assert free_hours(client) == {"15:00": 0, "16:00": 0, "17:00": 1}
    # The same instant written in UTC is on the grid as well.
    utc = cart_body("2026-11-24T16:00:00+00:00", "2026-11-24T17:00:00+00:00")
    assert add_to_cart(client, utc).status_code == 201
