"""Answers shared by the catalog and availability wire cases (not an area module)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import anny

BERLIN = dt.timezone(dt.timedelta(hours=1))
TOMORROW = dt.date(2026, 11, 24)
NINE = dt.datetime(2026, 11, 24, 9, tzinfo=BERLIN)
# A resource already fetched, carrying its time zone: the helpers need no look-up for it.
ROOM = anny.BookableResource(
    id="8001", slug="conference-room-berlin", name="Conference room", timezone="Europe/Berlin"
)

SERVICE = {
    "type": "services",
    "id": "7001",
    "attributes": {"slug": "hourly-desk-booking", "name": "Hourly desk booking", "price": 0},
}
RESOURCE: dict[str, Any] = {
    "data": {
        "type": "resources",
        "id": "8001",
        "attributes": {"slug": "conference-room-berlin", "timezone": "Europe/Berlin"},
        "relationships": {"services": {"data": [{"type": "services", "id": "7001"}]}},
    },
    "included": [SERVICE],
}
RESOURCES = {"data": [RESOURCE["data"]], "links": {"next": None}}
ORGANIZATION = {
    "data": {"type": "organizations", "id": "1001", "attributes": {"slug": "acme-gmbh"}}
}


def slot(hour: int, available: bool = True) -> dict[str, Any]:
    return {
        "start_date": f"2026-11-24T{hour:02d}:00:00+01:00",
        "end_date": f"2026-11-24T{hour + 1:02d}:00:00+01:00",
        "available": available,
        "number_available": 1,
        "remaining_number_available": 1 if available else 0,
        "unavailability_type": None if available else "booked_out",
    }


def holds(predicate: Callable[[Any], bool]) -> Callable[[Any], None]:
    """A wire-case ``check`` that fails when ``predicate`` is false for the helper's result."""

    def check(result: Any) -> None:
        assert predicate(result), f"unexpected result: {result!r}"

    return check
