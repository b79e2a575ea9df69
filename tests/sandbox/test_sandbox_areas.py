"""Catalog, availability, account, communities, plans, passes, waitlist, queue, vouchers,
recommendations, e-mail verification and order lookups: plausible state, not constants."""

from __future__ import annotations

import httpx
from sandbox_helpers import add_to_cart, cart_body, checkout, order_ids

from anny_sandbox import Sandbox

BERLIN = {"timezone": "Europe/Berlin"}


def test_catalog(client: httpx.Client, erika: httpx.Client) -> None:
    org = client.get("/api/v1/organizations/acme-gmbh").json()["data"]
    assert (org["id"], org["attributes"]["slug"]) == ("1001", "acme-gmbh")
    listed = client.get(
        "/api/v1/organizations/acme-gmbh/all-resources",
        params={"include": "services.cancellation_policy,category", "sort": "-name"},
    ).json()
    names = [r["attributes"]["name"] for r in listed["data"]]
    assert names == sorted(names, reverse=True)
    assert {"services", "cancellation-policies", "resource-categories"} <= {
        i["type"] for i in listed["included"]
    }
    desks = client.get(
        "/api/v1/resources/open-space-desks/children",
        params={"include": "parent", "page[size]": "250"},  # children: no cap at 50 (§7.7)
    ).json()
    assert [d["attributes"]["slug"] for d in desks["data"]] == [
        "desk-01",
        "desk-02",
        "desk-03",
        "desk-04",
    ]
    assert desks["data"][0]["relationships"]["parent"]["data"]["id"] == "8002"
    account = erika.get("/api/v1/customer-accounts").json()["data"][0]["id"]
    mine = erika.get(f"/api/v1/customer-accounts/{account}/all-resources").json()["data"]
    assert "members-lounge" in {r["attributes"]["slug"] for r in mine}
    assert client.get(f"/api/v1/customer-accounts/{account}/all-resources").status_code == 401
    config = client.get(
        "/api/v1/service-configuration", params={"service_id[7003]": "1", "resource_id": "8002"}
    ).json()
    assert config["data"]["attributes"]["min_duration"] == 60
    assert config["meta"]["next_available_date"] == "2026-11-23"
    locations = erika.get("/api/v1/resources/locations").json()["resourceLocations"]
    assert {loc["parentSlug"] for loc in locations} >= {
        "conference-room-berlin",
        "open-space-desks",
    }


def test_children_availability_filter(client: httpx.Client) -> None:
    window = {
        "filter[available_from]": "2026-11-24T09:00:00+01:00",
        "filter[available_to]": "2026-11-24T11:00:00+01:00",
        "filter[availability_service_id]": "7003",
        "filter[include_unavailable]": "0",
        "filter[availability_exact_match]": "1",
    }
    add_to_cart(
        client,
        cart_body(
            window["filter[available_from]"],
            window["filter[available_to]"],
            service="7003",
            resource="8004",
        ),
    )
    free = client.get("/api/v1/resources/open-space-desks/children", params=window).json()
    assert [d["id"] for d in free["data"]] == ["8003", "8005", "8006"]


def test_availability_endpoints(client: httpx.Client) -> None:
    dates = client.get(
        "/api/v1/availability/start-dates",
        params={
            "service_id": "7003",
            "start_date": "2026-11-28",
            "end_date": "2026-11-29",
            **BERLIN,
        },
    ).json()
    assert [(d["date"], d["available"], d["unavailability_type"]) for d in dates] == [
        ("2026-11-28", True, None),  # Saturday: 10-16
        ("2026-11-29", False, "off_schedule"),  # Sunday: closed
    ]
    window = {"start_date": "2026-11-29T00:00:00+01:00", "end_date": "2026-11-30T00:00:00+01:00"}
    periods = client.get(
        "/api/v1/availability/periods", params={"r[]": ["8001", "8002"], **window, **BERLIN}
    ).json()
    assert periods["8002"] == []
    assert periods["8001"][0]["start_date"] == "2026-11-29T07:00:00+01:00"
    london = client.get(
        "/api/v1/availability/periods",
        params={"r[]": "8001", **window, "timezone": "Europe/London"},
    ).json()
    assert london["8001"][0]["start_date"] == "2026-11-29T06:00:00+00:00"
    slots = client.get("/api/v1/availability/slots", params={"r[]": "8020", **window}).json()
    assert len(slots["8020"]) == 8  # weekend 10-18, hourly
    upcoming = client.get(
        "/api/v1/availability/upcoming-intervals", params={"service_id[7002]": "1"}
    ).json()
    assert upcoming["data"][0]["start_date"] == "2026-11-23T09:00:00+01:00"  # 60 min lead time
    starts = client.get(
        "/api/v1/intervals/start",
        params={"service_id[7003]": "1", "resource_id": "8002", "date": "2026-11-28"},
    ).json()
    assert [s["start_date"][11:16] for s in starts][:2] == ["10:00", "11:00"]
    ends = client.get(
        "/api/v1/intervals/end",
        params={
            "service_id[7003]": "1",
            "resource_id": "8003",
            "date_time": "2026-11-28T14:00:00+01:00",
        },
    ).json()
    assert [e["end_date"][11:16] for e in ends] == ["15:00", "16:00"]
    events = client.get(
        "/api/v1/calendar-events", params={"resource_id[]": "8001", **window}
    ).json()["data"]["events"]
    assert events[0]["resource_name"] == "Conference room Berlin"


def test_quote_instant_booking_and_checkout_form(client: httpx.Client, erika: httpx.Client) -> None:
    quote = client.post(
        "/api/v1/order/bookings/calculate",
        params={"check_availability": "1"},
        json={
            "start_date": "2026-11-24T10:00:00+01:00",
            "end_date": "2026-11-24T13:00:00+01:00",
            "service_id": {"7002": 1},
            "resource_id": "8020",
        },
    ).json()
    assert (quote["total"], quote["currency"], quote["start_date"]) == (
        75.0,
        "EUR",
        "2026-11-24T09:00:00+00:00",
    )
    instant = erika.post(
        "/api/v1/bookings/instant",
        json={
            "resource_id": "8003",
            "service_id": "7003",
            "start_date": "2026-11-24T09:00:00+01:00",
            "end_date": "2026-11-24T10:00:00+01:00",
        },
    )
    assert instant.status_code == 201
    assert instant.json()["data"]["attributes"]["status"] == "accepted"
    assert client.post("/api/v1/bookings/instant", json={}).status_code == 401

    oid, oat = order_ids(
        add_to_cart(erika, cart_body("2026-11-25T10:00:00+01:00", "2026-11-25T11:00:00+01:00"))
    )
    form = erika.get("/api/ui/checkout-form", params={"oid": oid, "oat": oat}).json()
    assert form["default"]["customer"]["email"] == "erika.mustermann@example.com"
    assert client.get("/api/ui/checkout-form", params={"oid": oid, "oat": "x"}).status_code == 403


def test_vouchers_recommendations_and_email_verification(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    body = cart_body(
        "2026-11-24T10:00:00+01:00", "2026-11-24T12:00:00+01:00", service="7002", resource="8020"
    )
    oid, oat = order_ids(add_to_cart(client, body))
    ids = {"oid": oid, "oat": oat}
    # Addendum C12: `voucher_code` is the only documented field; the unevidenced `code` is refused.
    old_field = client.post("/api/v1/order/voucher", params=ids, json={"code": "welcome10"})
    assert old_field.status_code == 422
    assert old_field.json()["errors"][0]["source"]["pointer"] == "/code"
    applied = client.post(
        "/api/v1/order/voucher", params=ids, json={"voucher_code": "welcome10"}
    ).json()
    assert applied["data"]["attributes"]["total"] == 45.0
    assert applied["data"]["meta"]["voucher_code"] == "WELCOME10"
    wrong = client.post("/api/v1/order/voucher", params=ids, json={"voucher_code": "NOPE"})
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["source"]["pointer"] == "/voucher_code"
    removed = client.delete("/api/v1/order/voucher", params=ids).json()
    assert removed["data"]["attributes"]["total"] == 50.0

    recommended = client.get("/api/v1/order/recommendations", params=ids).json()["data"]
    slugs = {s["attributes"]["slug"] for s in recommended}
    assert "meeting-room-hourly" not in slugs
    assert "hourly-desk-booking" in slugs

    sent = client.post(
        "/api/v1/order/email-verification", params=ids, json={"email": "guest@example.com"}
    )
    assert sent.status_code == 202
    code = httpx.get(f"{sandbox.url}/__sandbox/outbox").json()["messages"][-1]["data"]["code"]
    bad = client.post(
        "/api/v1/order/email-verification/confirm",
        params=ids,
        json={"email": "guest@example.com", "code": "000000x"},
    )
    assert bad.status_code == 422
    ok = client.post(
        "/api/v1/order/email-verification/confirm",
        params=ids,
        json={"email": "guest@example.com", "code": code},
    )
    assert ok.json()["data"]["meta"]["guest_email_verified"] is True


def test_orders_lookup_last_succeeded_and_download(
    client: httpx.Client, erika: httpx.Client
) -> None:
    oid, oat = order_ids(
        add_to_cart(erika, cart_body("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00"))
    )
    draft_oid, draft_oat = order_ids(
        add_to_cart(client, cart_body("2026-11-24T12:00:00+01:00", "2026-11-24T13:00:00+01:00"))
    )
    number = checkout(erika, oid, oat).json()["data"]["attributes"]["number"]
    by_number = client.get("/api/v1/orders/by-number", params={"number": number, "oat": oat})
    assert by_number.json()["data"]["id"] == oid
    assert client.get("/api/v1/orders/by-number", params={"number": number}).status_code == 404
    assert erika.get("/api/v1/orders/by-number", params={"number": number}).status_code == 200
    history = erika.get("/api/v1/orders").json()["data"]
    assert [o["id"] for o in history] == [oid]
    last = client.get(
        "/api/v1/order/last-succeeded",
        params={"oids": f"{oid},{draft_oid}", "oats": f"{oat},{draft_oat}"},
    ).json()["data"]
    assert [o["id"] for o in last] == [oid]  # the draft has not succeeded
    pdf = client.get(f"/downloads/order-confirmation/{oid}", params={"access_token": oat})
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF-")
    assert number.encode() in pdf.content
    denied = client.get(f"/downloads/order-confirmation/{oid}", params={"access_token": "x"})
    assert denied.status_code == 403


def test_account(erika: httpx.Client) -> None:
    user = erika.get("/api/v1/user").json()["data"]
    assert user["attributes"]["email"] == "erika.mustermann@example.com"
    patched = erika.patch(
        "/api/v1/customer",
        json={"data": {"type": "customers", "attributes": {"company": "ACME", "locale": "en"}}},
    )
    assert patched.json()["data"]["attributes"]["company"] == "ACME"
    assert erika.get("/api/v1/customer").json()["data"]["attributes"]["locale"] == "en"
    # Addendum C9: sex a string or a number, birth_date a date (Y-m-d).
    for sex in ("diverse", 2):
        changed = erika.patch(
            "/api/v1/customer",
            json={"data": {"type": "customers", "attributes": {"sex": sex}}},
        )
        assert changed.json()["data"]["attributes"]["sex"] == sex
    born = erika.patch(
        "/api/v1/customer",
        json={"data": {"type": "customers", "attributes": {"birth_date": "1991-02-28"}}},
    )
    assert born.json()["data"]["attributes"]["birth_date"] == "1991-02-28"
    odd = erika.patch(
        "/api/v1/customer",
        json={
            "data": {"type": "customers", "attributes": {"sex": True, "birth_date": "1991-02-30"}}
        },
    )
    assert odd.status_code == 422
    assert {e["source"]["pointer"] for e in odd.json()["errors"]} == {
        "/data/attributes/sex",
        "/data/attributes/birth_date",
    }
    (account,) = erika.get("/api/v1/customer-accounts").json()["data"]  # one global account
    assert account["id"] == "3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c"
    assert account["relationships"]["customers"]["data"] == [{"type": "customers", "id": "5001"}]
    refused = erika.patch(
        "/api/v1/customer",
        json={"data": {"type": "customers", "attributes": {"email": "x@y.z", "locale": None}}},
    )
    assert refused.status_code == 422  # e-mail is not editable here; locale must be a string
    assert {e["source"]["pointer"] for e in refused.json()["errors"]} == {
        "/data/attributes/email",
        "/data/attributes/locale",
    }
    as_json = erika.patch("/api/v1/customer", json={}, headers={"Content-Type": "application/json"})
    assert as_json.status_code == 415


def client_of(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url, headers={"Accept": "application/vnd.api+json"})


def test_communities_and_plans(erika: httpx.Client, sandbox: Sandbox) -> None:
    max_token = sandbox.issue_token("max.power@example.com")["access_token"]
    headers = {"Authorization": f"Bearer {max_token}", "Content-Type": "application/vnd.api+json"}
    maxc = httpx.Client(base_url=sandbox.url, headers=headers)
    public = ["acme-coworkers", "acme-members", "acme-newsletter", "acme-partners"]
    listed = [
        c["attributes"]["slug"]
        for c in client_of(sandbox).get("/api/v1/communities").json()["data"]
    ]
    assert listed == public  # the private acme-staff is not listed publicly (C7)
    assert [c["attributes"]["slug"] for c in erika.get("/api/v1/communities").json()["data"]] == (
        public
    )
    assert sorted(
        c["attributes"]["slug"] for c in maxc.get("/api/v1/communities").json()["data"]
    ) == sorted([*public, "acme-staff"])  # Max manages it
    assert erika.get("/api/v1/communities/3004").status_code == 404
    envelope = {"data": {"type": "community-accounts", "attributes": {"access_code": "WRONG"}}}
    assert maxc.post("/api/v1/communities/3001/join", json=envelope).status_code == 422
    envelope["data"]["attributes"]["access_code"] = "acme-2026"
    joined = maxc.post("/api/v1/communities/3001/join", json=envelope)
    assert joined.status_code == 201
    assert joined.json()["data"]["attributes"]["status"] == "accepted"
    mine = maxc.get("/api/v1/communities/3001", params={"include": "community_accounts"}).json()
    assert [(i["type"], i["attributes"]["status"]) for i in mine["included"]] == [
        ("community-accounts", "accepted")
    ]
    assert maxc.delete("/api/v1/communities/3001/membership").status_code == 204
    assert maxc.delete("/api/v1/communities/3001/membership").status_code == 404

    plans = erika.get("/api/v1/organizations/acme-gmbh/plans").json()["data"]
    assert {p["attributes"]["slug"] for p in plans} == {"acme-membership", "acme-friends"}
    sub = {
        "data": {
            "type": "plan-subscriptions",
            "attributes": {"payment_method": "sepa"},
            "relationships": {"plan": {"data": {"type": "plans", "id": "9001"}}},
        }
    }
    created = maxc.post("/api/v1/plan-subscriptions", json=sub)
    assert created.status_code == 201
    sub_id = created.json()["data"]["id"]
    # The membership plan grants the members community, so Max may book the lounge now.
    lounge = cart_body(
        "2026-11-24T10:00:00+01:00", "2026-11-24T12:00:00+01:00", service="7004", resource="8030"
    )
    assert maxc.post("/api/v1/order/bookings", json=lounge).status_code == 201
    assert maxc.post("/api/v1/plan-subscriptions", json=sub).status_code == 409
    canceled = maxc.get(f"/api/v1/plan-subscriptions/{sub_id}/cancel")
    assert canceled.json()["data"]["attributes"]["status"] == "canceled"
    assert erika.get(f"/api/v1/plan-subscriptions/{sub_id}").status_code == 404
    maxc.close()


def test_passes_waitlist_and_queue(erika: httpx.Client, client: httpx.Client) -> None:
    passes = erika.get("/api/v1/passes", params={"filter[status]": "active"}).json()["data"]
    kinds = {p["id"]: (p["attributes"]["quota_type"], p["attributes"]["remaining"]) for p in passes}
    assert kinds == {"9501": ("quantity", 7), "9502": ("duration", 480), "9503": ("budget", 62.5)}
    assert erika.get("/api/v1/passes/9501").status_code == 200
    assert erika.get("/api/v1/passes/404").status_code == 404

    slot = {"start_date": "2026-11-24T10:00:00+01:00", "end_date": "2026-11-24T11:00:00+01:00"}
    entry = {
        "data": {
            "type": "waitlist-entries",
            "attributes": slot,
            "relationships": {
                "resource": {"data": {"type": "resources", "id": "8001"}},
                "service": {"data": {"type": "services", "id": "7001"}},
            },
        }
    }
    assert erika.post("/api/v1/waitlist-entries", json=entry).status_code == 409  # still free
    booked = add_to_cart(client, cart_body(slot["start_date"], slot["end_date"]))
    oid, oat = order_ids(booked)
    joined = erika.post("/api/v1/waitlist-entries", json=entry)
    assert joined.status_code == 201
    entry_id = joined.json()["data"]["id"]
    client.get("/api/v1/order/bookings/delete-all", params={"oid": oid, "oat": oat})
    waiting = erika.get("/api/v1/waitlist-entries").json()["data"]
    assert waiting[0]["attributes"]["status"] == "waiting"  # delete-all is not a cancellation
    assert erika.delete(f"/api/v1/waitlist-entries/{entry_id}").status_code == 204
    assert erika.get("/api/v1/waitlist-entries").json()["data"] == []

    ticket = {
        "data": {
            "type": "queue-tickets",
            "relationships": {"resource": {"data": {"type": "resources", "id": "8001"}}},
        }
    }
    first = erika.post("/api/v1/queue-tickets", json=ticket).json()["data"]
    second = erika.post("/api/v1/queue-tickets", json=ticket).json()["data"]
    assert (first["attributes"]["number"], second["attributes"]["position"]) == ("Q-101", 2)
    assert erika.delete(f"/api/v1/queue-tickets/{first['id']}").status_code == 204
    assert (
        erika.get(f"/api/v1/queue-tickets/{second['id']}").json()["data"]["attributes"]["position"]
        == 1
    )
    assert len(erika.get("/api/v1/queue-tickets").json()["data"]) == 2


def test_joining_ends_accepted_pending_or_refused(erika: httpx.Client, sandbox: Sandbox) -> None:
    """Addendum C7: a community that takes requests leaves the join `pending` (no access yet);
    one that lets customers in at once `accepted`; one that takes no requests refuses; a
    private one does not exist for a stranger; joining needs a signed-in customer."""
    bare = {"data": {"type": "community-accounts"}}
    with client_of(sandbox) as anonymous:
        anonymous.headers["Content-Type"] = "application/vnd.api+json"
        assert anonymous.post("/api/v1/communities/3002/join", json=bare).status_code == 401
    pending = erika.post("/api/v1/communities/3003/join", json=bare)
    assert pending.status_code == 201
    attributes = pending.json()["data"]["attributes"]
    assert (attributes["status"], attributes["role"], attributes["start_date"]) == (
        "pending",
        "member",
        None,
    )
    assert erika.post("/api/v1/communities/3003/join", json=bare).status_code == 200  # the same
    accepted = erika.post("/api/v1/communities/3002/join", json=bare).json()["data"]
    assert accepted["attributes"]["status"] == "accepted"
    refused = erika.post("/api/v1/communities/3005/join", json=bare)
    assert refused.status_code == 403
    assert "invitation" in refused.json()["errors"][0]["detail"]
    assert erika.post("/api/v1/communities/3004/join", json=bare).status_code == 404  # private
    # A pending membership grants nothing: only the accepted one counts for access.
    customer = sandbox.store.customers["5001"]
    assert not sandbox.store.is_member(customer, ["3003"])
    assert sandbox.store.is_member(customer, ["3002"])
    assert erika.delete("/api/v1/communities/3003/membership").status_code == 204  # withdrawn


def test_a_time_limited_membership_grants_access_only_inside_its_dates(
    erika: httpx.Client, sandbox: Sandbox
) -> None:
    """Addendum C7: start_date/end_date bound a membership; outside them it grants nothing."""
    lounge = cart_body(
        "2026-11-24T10:00:00+01:00", "2026-11-24T12:00:00+01:00", service="7004", resource="8030"
    )
    membership = sandbox.store.memberships["3401"]
    membership.end_date = sandbox.clock.now()  # ended just now
    refused = erika.post("/api/v1/order/bookings", json=lounge)
    assert (refused.status_code, refused.json()["errors"][0]["code"]) == (
        422,
        "community_required",
    )
    shown = erika.get("/api/v1/communities/3001", params={"include": "community_accounts"})
    (account,) = shown.json()["included"]
    assert account["attributes"]["end_date"] is not None  # still her record, now expired
    membership.end_date = None
    assert erika.post("/api/v1/order/bookings", json=lounge).status_code == 201
