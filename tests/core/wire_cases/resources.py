"""Wire cases of client.resources."""

from __future__ import annotations

import datetime as dt

from wire_catalog_data import BERLIN, NINE, RESOURCE, RESOURCES, holds

import anny

from . import WireCase, first_page

AREA = ("resources", anny.Resources)

LOCATIONS = {
    "resourceLocations": [
        {
            "id": "8001",
            "name": "Conference room",
            "parentSlug": "conference-room-berlin",
            "availabilityResult": {"all_ranges_exact_match": {"7001": {"available": True}}},
        }
    ]
}
EVENING = dt.datetime(2026, 11, 24, 18, tzinfo=BERLIN)

CASES: list[WireCase] = [
    WireCase(
        "resources",
        "get",
        "getResource",
        lambda c: c.resources.get("conference-room-berlin", include=["organization"]),
        # The services always come along: they are what slugs of services resolve against.
        {"resource_slug": "conference-room-berlin", "include": "services,organization"},
        RESOURCE,
        {"resource_slug": "conference-room-berlin"},
        check=holds(
            lambda r: isinstance(r, anny.BookableResource) and r.timezone == "Europe/Berlin"
        ),
    ),
    WireCase(
        "resources",
        "services",
        "getResource",
        lambda c: c.resources.services(8001),
        {"resource_slug": "8001", "include": "services"},
        RESOURCE,
        {"resource_slug": "8001"},
        check=holds(
            lambda services: [(s.id, s.slug) for s in services] == [("7001", "hourly-desk-booking")]
        ),
    ),
    WireCase(
        "resources",
        "children",
        "listResourceChildren",
        lambda c: first_page(
            c.resources.children(
                "open-space-desks",
                available_from=NINE,
                available_to=EVENING,
                service=7003,
                include_unavailable=False,
                exact_match=True,
                sort="name",
                page_size=5,
            )
        ),
        {
            "resource_slug": "open-space-desks",
            "filteravailable_from": NINE,
            "filteravailable_to": EVENING,
            "filteravailability_service_id": "7003",
            "filterinclude_unavailable": 0,
            "filteravailability_exact_match": 1,
            "sort": "name",
            "pagesize": 5,
        },
        RESOURCES,
        {"resource_slug": "open-space-desks"},
    ),
    WireCase(
        "resources",
        "locations",
        "listResourceLocations",
        lambda c: c.resources.locations(start=NINE, end=EVENING, include_unavailable=False),
        {
            "filterstart_date": NINE.isoformat(),
            "filterend_date": EVENING.isoformat(),
            "filterinclude_unavailable": 0,
        },
        LOCATIONS,
        content_type="application/json",
        check=holds(
            lambda locations: (
                locations
                == [
                    anny.ResourceLocation("8001", "Conference room", "conference-room-berlin", True)
                ]
            )
        ),
    ),
]
