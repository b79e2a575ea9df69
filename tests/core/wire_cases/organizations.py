"""Wire cases of client.organizations."""

from __future__ import annotations

from wire_catalog_data import ORGANIZATION, RESOURCES, holds

import anny

from . import WireCase, first_page

AREA = ("organizations", anny.Organizations)

CASES: list[WireCase] = [
    WireCase(
        "organizations",
        "get",
        "getOrganization",
        lambda c: c.organizations.get("acme-gmbh", include=["resources"]),
        {"org_slug": "acme-gmbh", "include": "resources"},
        ORGANIZATION,
        {"org_slug": "acme-gmbh"},
        check=holds(lambda o: isinstance(o, anny.Organization) and o.slug == "acme-gmbh"),
    ),
    WireCase(
        "organizations",
        "resources",
        "listOrganizationResources",
        lambda c: first_page(
            c.organizations.resources(
                "acme-gmbh",
                include=["services"],
                categories=["5", "6"],
                search="room",
                sort="-name",
                page_size=10,
            )
        ),
        {
            "org_slug": "acme-gmbh",
            "include": "services",
            "filtercategories": ["5", "6"],
            "filtersearch": "room",
            "sort": "-name",
            "pagesize": 10,
        },
        RESOURCES,
        {"org_slug": "acme-gmbh"},
        check=holds(lambda page: [r.id for r in page.items] == ["8001"]),
    ),
]
