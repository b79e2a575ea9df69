"""Wire cases of client.services."""

from __future__ import annotations

import datetime as dt

from wire_catalog_data import holds

import anny
from anny_api.models import ServiceQuantities

from . import WireCase

AREA = ("services", anny.Services)

CONFIGURATION = {
    "data": {
        "type": "service-configurations",
        "id": "7001-8001",
        "attributes": {"label": "Hourly desk booking", "min_duration": 60, "is_free": True},
    },
    "meta": {"next_available_date": "2026-11-24"},
}

CASES: list[WireCase] = [
    WireCase(
        "services",
        "configuration",
        "getServiceConfiguration",
        lambda c: c.services.configuration(8001, "7001", include=["services"]),
        {
            "service_id": ServiceQuantities.from_dict({"7001": 1}),
            "resource_id": "8001",
            "include": "services",
        },
        CONFIGURATION,
        check=holds(
            lambda conf: (
                (conf.min_duration, conf.next_available_date) == (60, dt.date(2026, 11, 24))
            )
        ),
    ),
]
