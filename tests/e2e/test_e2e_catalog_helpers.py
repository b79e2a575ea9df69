"""`client.organizations`, `client.resources`, `client.services` against the sandbox over real
HTTP, sync and async from one body.

Slugs are resolved once per client (the resource, its services and time zone are cached by
slug and by id); anny is sent numeric ids where it takes ids.
"""

from __future__ import annotations

import datetime as dt

from e2e_helpers import E2E, TOMORROW, cart_body

import anny
from anny_sandbox.serializers import category_id

ROOM = "/api/v1/resources/conference-room-berlin"
DESKS = "/api/v1/resources/open-space-desks"
BERLIN = dt.timezone(dt.timedelta(hours=1))  # November
# What an anonymous visitor sees: the members lounge is hidden from non-members.
ALL_TOP_LEVEL = [
    "conference-room-berlin",
    "meeting-room-alex",
    "open-space-desks",
]


async def test_an_organization_and_its_resources(e2e: E2E) -> None:
    client = e2e.client()
    org = await e2e.call(client.organizations.get, "acme-gmbh")
    assert isinstance(org, anny.types.Organization)
    assert (org.id, org.slug, org.name) == ("1001", "acme-gmbh", "ACME GmbH")
    [request] = e2e.sent_to("GET", "/api/v1/organizations/acme-gmbh")
    assert list(request.url.params.multi_items()) == []

    resources = await e2e.collect(client.organizations.resources(org, page_size=2))
    assert all(isinstance(r, anny.types.BookableResource) for r in resources)
    assert [r.slug for r in resources] == ALL_TOP_LEVEL  # sorted by name, across two pages
    pages = e2e.sent_to("GET", "/api/v1/organizations/acme-gmbh/all-resources")
    assert len(pages) == 2
    assert pages[0].url.params["page[size]"] == "2"

    backwards = await e2e.collect(client.organizations.resources("acme-gmbh", sort="-name"))
    assert [r.slug for r in backwards] == ALL_TOP_LEVEL[::-1]


async def test_resources_of_a_category(e2e: E2E) -> None:
    client = e2e.client()
    meeting = category_id("Meeting rooms")
    rooms = await e2e.collect(client.organizations.resources("acme-gmbh", categories=[meeting]))
    assert e2e.sent[-1].url.params.get_list("filter[categories][]") == [meeting]
    assert [r.slug for r in rooms] == ["conference-room-berlin", "meeting-room-alex"]


async def test_a_resource_by_slug_then_by_id_is_looked_up_once(e2e: E2E) -> None:
    client = e2e.client()
    room = await e2e.call(client.resources.get, "conference-room-berlin")
    assert isinstance(room, anny.types.BookableResource)
    assert (room.id, room.timezone, room.has_children) == ("8001", "Europe/Berlin", False)
    [request] = e2e.sent_to("GET", ROOM)
    assert request.url.params["include"] == "services"

    # The services came along and were cached by slug and by id: no further request.
    for ref in ("conference-room-berlin", 8001, "8001", room):
        services = await e2e.call(client.resources.services, ref)
        assert [(s.id, s.slug) for s in services] == [("7001", "hourly-desk-booking")]
        assert all(isinstance(s, anny.types.Service) for s in services)
    assert len(e2e.sent) == 1

    # A fresh client has its own cache: one look-up by id.
    other = e2e.client()
    services = await e2e.call(other.resources.services, 8020)
    assert [s.slug for s in services] == ["meeting-room-hourly", "coaching-session"]
    assert e2e.sent[-1].url.path == "/api/v1/resources/8020"


async def test_children_and_those_free_in_a_window(e2e: E2E) -> None:
    client = e2e.client()
    desks = await e2e.collect(client.resources.children("open-space-desks"))
    assert [d.slug for d in desks] == ["desk-01", "desk-02", "desk-03", "desk-04"]

    # Desk 01 is taken tomorrow 10-11; a search for free desks then leaves it out.
    draft = await e2e.add_to_cart(client, cart_body(10, service="7003", resource="8003"))
    await e2e.submit(client, draft)
    e2e.sent.clear()
    ten = dt.datetime.fromisoformat(f"{TOMORROW}T10:00:00+01:00")
    free = await e2e.collect(
        client.resources.children(
            "open-space-desks",
            available_from=ten,
            available_to=ten + dt.timedelta(hours=1),
            service="desk-booking",  # a slug: resolved through the parent's services
            include_unavailable=False,
        )
    )
    assert [d.slug for d in free] == ["desk-02", "desk-03", "desk-04"]
    lookup, listing = e2e.sent
    assert (lookup.url.path, lookup.url.params["include"]) == (DESKS, "services")
    assert listing.url.path == f"{DESKS}/children"
    assert sorted(listing.url.params.multi_items()) == [
        ("filter[availability_service_id]", "7003"),
        ("filter[available_from]", "2026-11-24T10:00:00+01:00"),
        ("filter[available_to]", "2026-11-24T11:00:00+01:00"),
        ("filter[include_unavailable]", "0"),
    ]


async def test_a_signed_in_customer_sees_the_planners_locations(e2e: E2E) -> None:
    client = e2e.client(token=e2e.token())
    nine = dt.datetime(2026, 11, 24, 9, tzinfo=BERLIN)
    locations = await e2e.call(
        client.resources.locations, start=nine, end=nine + dt.timedelta(hours=8)
    )
    assert all(isinstance(loc, anny.types.ResourceLocation) for loc in locations)
    by_slug = {loc.slug: loc for loc in locations}
    assert by_slug["conference-room-berlin"].id == "8001"
    assert by_slug["conference-room-berlin"].available is True
    [request] = e2e.sent_to("GET", "/api/v1/resources/locations")
    assert sorted(request.url.params.multi_items()) == [
        ("filter[end_date]", "2026-11-24T17:00:00+01:00"),
        ("filter[start_date]", "2026-11-24T09:00:00+01:00"),
    ]


async def test_service_configuration_by_slugs_sends_ids(e2e: E2E) -> None:
    client = e2e.client()
    config = await e2e.call(
        client.services.configuration, "conference-room-berlin", "hourly-desk-booking"
    )
    assert isinstance(config, anny.types.ServiceConfiguration)
    assert (config.min_duration, config.max_duration, config.booking_interval) == (60, 240, 60)
    assert config.is_free is True
    assert config.timezone == "Europe/Berlin"
    assert config.next_available_date == dt.date(2026, 11, 23)
    [request] = e2e.sent_to("GET", "/api/v1/service-configuration")
    assert sorted(request.url.params.multi_items()) == [
        ("resource_id", "8001"),
        ("service_id[7001]", "1"),
    ]

    paid = await e2e.call(client.services.configuration, 8020, 7002)
    assert paid.is_free is False
    assert len(e2e.sent_to("GET", "/api/v1/resources/8020")) == 0  # ids need no look-up


async def test_bad_catalog_input_is_refused_before_sending(e2e: E2E) -> None:
    client = e2e.client()
    await e2e.raises(anny.InvalidParameterError, client.organizations.get, "../acme")
    await e2e.raises(anny.InvalidParameterError, client.resources.get, "")
    await e2e.raises(anny.InvalidParameterError, client.resources.services, "a/b")
    await e2e.raises(
        anny.InvalidParameterError, client.services.configuration, "conference-room-berlin", "x/y"
    )
    await e2e.raises(
        anny.InvalidParameterError,
        client.resources.locations,
        start=dt.datetime(2026, 11, 24, 9),  # naive
    )
    assert e2e.sb.ledger()["requests"] == []


async def test_an_unknown_slug_is_a_not_found(e2e: E2E) -> None:
    client = e2e.client()
    await e2e.raises(anny.NotFoundError, client.resources.get, "no-such-room")
    await e2e.raises(anny.NotFoundError, client.organizations.get, "no-such-org")
