"""The MUST-SHOW flows, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import threading

import httpx
from sandbox_helpers import TOMORROW, add_to_cart, cart_body, checkout, order_ids, remaining

from anny_sandbox import Sandbox

SLOT = ("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00")


def test_availability_changes_after_a_booking(client: httpx.Client) -> None:
    assert remaining(client, TOMORROW, "10:00") == 1
    response = add_to_cart(client, cart_body(*SLOT))
    assert response.status_code == 201
    slots = client.get(
        "/api/v1/availability/start",
        params={"service_id": "7001", "date": TOMORROW, "timezone": "Europe/Berlin"},
    ).json()
    by_time = {s["start_date"][11:16]: s for s in slots}
    assert by_time["10:00"]["available"] is False
    assert by_time["10:00"]["unavailability_type"] == "booked_out"
    assert by_time["10:00"]["start_date"].endswith("+01:00")  # local offset for the timezone
    assert by_time["11:00"]["available"] is True


def test_two_carts_compete_for_the_last_slot(sandbox: Sandbox) -> None:
    results: list[httpx.Response] = []
    barrier = threading.Barrier(2)

    def attempt() -> None:
        with httpx.Client(base_url=sandbox.url) as c:
            barrier.wait()
            results.append(
                c.post(
                    "/api/v1/order/bookings",
                    json=cart_body(*SLOT),
                    headers={"Content-Type": "application/vnd.api+json"},
                )
            )

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201, 409]
    loser = next(r for r in results if r.status_code == 409)
    error = loser.json()["errors"][0]
    assert error["status"] == "409"
    assert error["code"] == "slot_unavailable"
    assert loser.headers["content-type"].startswith("application/vnd.api+json")


def test_draft_expires_after_15_minutes_and_capacity_returns(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    oid, oat = order_ids(add_to_cart(client, cart_body(*SLOT)))
    order = client.get("/api/v1/order", params={"oid": oid, "oat": oat}).json()["data"]
    assert order["attributes"]["status"] == "draft"
    assert order["attributes"]["expires_at"] == "2026-11-23T07:15:00+00:00"
    assert remaining(client, TOMORROW, "10:00") == 0

    httpx.post(f"{sandbox.url}/__sandbox/clock/advance", json={"minutes": 14})
    assert remaining(client, TOMORROW, "10:00") == 0  # still held
    httpx.post(f"{sandbox.url}/__sandbox/clock/advance", json={"minutes": 1})
    assert remaining(client, TOMORROW, "10:00") == 1
    expired = client.get("/api/v1/order", params={"oid": oid, "oat": oat}).json()["data"]
    assert expired["attributes"]["status"] == "expired"
    late = checkout(client, oid, oat)
    assert late.status_code == 409
    assert late.json()["errors"][0]["code"] == "order_expired"


def test_delete_all_releases_the_hold(client: httpx.Client) -> None:
    oid, oat = order_ids(add_to_cart(client, cart_body(*SLOT)))
    assert remaining(client, TOMORROW, "10:00") == 0
    emptied = client.get("/api/v1/order/bookings/delete-all", params={"oid": oid, "oat": oat})
    assert emptied.status_code == 200
    assert emptied.json()["data"]["relationships"]["bookings"]["data"] == []
    assert remaining(client, TOMORROW, "10:00") == 1


def test_free_checkout_accepts_and_cancel_restores_capacity(
    client: httpx.Client, erika: httpx.Client
) -> None:
    oid, oat = order_ids(add_to_cart(erika, cart_body(*SLOT)))
    submitted = checkout(erika, oid, oat, include="bookings")
    assert submitted.status_code == 200
    order = submitted.json()
    assert order["data"]["attributes"]["status"] == "accepted"
    assert order["data"]["attributes"]["number"].startswith("BO")
    assert len(order["data"]["attributes"]["number"]) == 11
    booking = order["included"][0]
    assert booking["attributes"]["status"] == "accepted"
    assert booking["attributes"]["number"].startswith("BB")
    assert len(booking["attributes"]["number"]) == 10
    assert remaining(client, TOMORROW, "10:00") == 0

    preview = erika.get(f"/api/v1/bookings/{booking['id']}/cancellation-preview").json()
    assert preview["cancelable"] is True
    assert preview["fee_type"] == "none"
    canceled = erika.get(f"/api/v1/bookings/{booking['id']}/cancel")
    assert canceled.status_code == 200
    assert canceled.json()["data"]["attributes"]["status"] == "canceled"
    assert remaining(client, TOMORROW, "10:00") == 1
    again = erika.get(f"/api/v1/bookings/{booking['id']}/cancel")
    assert again.status_code == 409


def test_cancellation_policy_tiers(erika: httpx.Client, sandbox: Sandbox) -> None:
    oid, oat = order_ids(
        add_to_cart(
            erika,
            cart_body(
                "2026-11-24T12:00:00+01:00",
                "2026-11-24T14:00:00+01:00",
                service="7002",
                resource="8020",
            ),
        )
    )
    paid = checkout(erika, oid, oat, success_url="https://shop.example/ok")
    pay_url = paid.json()["data"]["meta"]["payment_url"]
    httpx.post(pay_url, data={"action": "pay", "oat": oat})
    booking_id = paid.json()["data"]["relationships"]["bookings"]["data"][0]["id"]
    url = f"/api/v1/bookings/{booking_id}/cancellation-preview"
    assert erika.get(url).json()["fee_amount"] == 0  # > 24 h before
    sandbox.advance(hours=20)  # 2026-11-24 04:00 CET: 8 h before -> 50 %
    preview = erika.get(url).json()
    assert (preview["fee_type"], preview["fee_percentage"], preview["fee_amount"]) == (
        "percentage",
        50,
        25.0,
    )
    assert preview["refund_amount"] == 25.0
    sandbox.advance(hours=7)  # 1 h before: not cancelable any more
    assert erika.get(url).json()["cancelable"] is False
    refused = erika.get(f"/api/v1/bookings/{booking_id}/cancel")
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["code"] == "not_cancelable"


def test_paid_checkout_redirects_to_success_or_cancel(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    body = cart_body(SLOT[0], "2026-11-24T12:00:00+01:00", service="7002", resource="8020")
    oid, oat = order_ids(add_to_cart(client, body))
    submitted = checkout(
        client,
        oid,
        oat,
        payment_method="sandbox-card",
        success_url="https://shop.example/success?oids=" + oid,
        cancel_url="https://shop.example/checkout",
    )
    order = submitted.json()["data"]
    assert order["attributes"]["status"] == "pending_payment"
    assert order["attributes"]["total"] == 50.0
    assert order["meta"]["pay_now_amount"] == 50.0
    pay_url = order["meta"]["payment_url"]
    assert pay_url.startswith(f"{sandbox.url}/__sandbox/pay/{oid}")
    page = httpx.get(pay_url)
    assert page.status_code == 200
    assert "Pay order" in page.text

    canceled = httpx.post(pay_url, data={"action": "cancel", "oat": oat})
    assert canceled.status_code == 303
    assert canceled.headers["location"] == "https://shop.example/checkout"
    assert (
        client.get("/api/v1/order", params={"oid": oid, "oat": oat}).json()["data"]["attributes"][
            "status"
        ]
        == "draft"
    )

    resubmitted = checkout(client, oid, oat, success_url="https://shop.example/success")
    paid = httpx.post(resubmitted.json()["data"]["meta"]["payment_url"], data={"action": "pay"})
    assert paid.status_code == 303
    assert paid.headers["location"] == "https://shop.example/success"
    final = client.get("/api/v1/order", params={"oid": oid, "oat": oat}).json()["data"]
    assert final["attributes"]["status"] == "accepted"
    assert final["attributes"]["has_payment"] is True


def test_parent_resource_books_a_free_child_and_approval_gives_requested(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    start, end = "2026-11-24T09:00:00+01:00", "2026-11-24T11:00:00+01:00"
    seen = set()
    for _ in range(4):
        response = add_to_cart(
            client, cart_body(start, end, service="7003", resource="8002"), include="bookings"
        )
        assert response.status_code == 201
        seen.add(response.json()["included"][0]["relationships"]["resource"]["data"]["id"])
    assert seen == {"8003", "8004", "8005", "8006"}
    # The desks are seeded to answer a taken slot as anny once did: the shop's HTML page with
    # status 200 (reference §7.2), and nothing is held.
    orders_before = len(sandbox.store.orders)
    full = add_to_cart(client, cart_body(start, end, service="7003", resource="8002"))
    assert full.status_code == 200
    assert full.headers["content-type"].startswith("text/html")
    assert "already taken" in full.text
    assert len(sandbox.store.orders) == orders_before
    # Elsewhere (the conference room) a taken slot stays the JSON:API 409.
    room = cart_body(start, end, service="7001", resource="8001")
    assert add_to_cart(client, room).status_code == 201
    taken = add_to_cart(client, room)
    assert taken.status_code == 409
    assert taken.json()["errors"][0]["code"] == "slot_unavailable"

    coaching = cart_body(
        "2026-11-25T10:00:00+01:00", "2026-11-25T11:30:00+01:00", service="7005", resource="8020"
    )
    oid, oat = order_ids(add_to_cart(client, coaching))
    order = checkout(client, oid, oat, include="bookings").json()
    assert order["data"]["attributes"]["status"] == "requested"
    assert order["included"][0]["attributes"]["status"] == "requested"
    assert order["data"]["meta"]["payment_flow"] == "pay-offline"


def test_errors_have_the_real_shapes(client: httpx.Client, erika: httpx.Client) -> None:
    wrong_type = client.post(
        "/api/v1/order/bookings",
        content=b"{}",
        headers={"Content-Type": "application/json"},
    )
    assert wrong_type.status_code == 415
    assert wrong_type.json()["errors"][0]["status"] == "415"

    invalid = add_to_cart(client, {"start_date": SLOT[0], "service_id": "7001"})
    assert invalid.status_code == 422
    pointers = {e["source"]["pointer"] for e in invalid.json()["errors"]}
    assert pointers == {"/resource_id", "/end_date"}

    missing = client.get("/api/v1/resources/conference-room-paris")
    assert missing.status_code == 404
    assert missing.json()["errors"][0] == {
        "status": "404",
        "code": "not_found",
        "title": "Not found",
        "detail": "Resource 'conference-room-paris' was not found.",
    }
    german = client.get(
        "/api/v1/resources/conference-room-paris", headers={"Accept-Language": "de-DE,de;q=0.9"}
    )
    assert german.json()["errors"][0]["title"] == "Nicht gefunden"

    assert client.get("/api/v1/bookings").status_code == 401
    assert (
        client.get("/api/v1/bookings/by-number", params={"number": "BB00000000"}).status_code == 404
    )

    # The paid meeting room needs 60 minutes of lead time; it is 08:00 in Berlin now.
    too_early = add_to_cart(
        client,
        cart_body(
            "2026-11-23T08:00:00+01:00",
            "2026-11-23T09:00:00+01:00",
            service="7002",
            resource="8020",
        ),
    )
    assert too_early.status_code == 422
    assert too_early.json()["errors"][0]["code"] == "unavailable_interval"
    assert " on 23.11.2026 09:00" in too_early.json()["errors"][0]["detail"]

    lounge = cart_body(
        "2026-11-24T10:00:00+01:00", "2026-11-24T12:00:00+01:00", service="7004", resource="8030"
    )
    refused = add_to_cart(client, lounge)  # anonymous: members only
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["code"] == "community_required"
    assert add_to_cart(erika, lounge).status_code == 201  # Erika is a member


def test_bookings_by_number_list_and_pagination(erika: httpx.Client, client: httpx.Client) -> None:
    numbers = []
    for hour in (9, 10, 11):
        body = cart_body(
            f"2026-11-24T{hour:02d}:00:00+01:00", f"2026-11-24T{hour + 1:02d}:00:00+01:00"
        )
        oid, oat = order_ids(add_to_cart(erika, body))
        numbers.append(checkout(erika, oid, oat).json()["data"]["id"])
    page = erika.get(
        "/api/v1/bookings",
        params={"page[size]": "2", "sort": "-start_date", "include": "resource,service"},
    ).json()
    assert page["meta"]["page"] == {
        "current-page": 1,
        "per-page": 2,
        "from": 1,
        "to": 2,
        "total": 3,
        "last-page": 2,
    }
    assert page["links"]["next"].startswith("http://127.0.0.1:")
    assert page["links"]["prev"] is None
    assert {i["type"] for i in page["included"]} == {"resources", "services"}
    starts = [b["attributes"]["start_date"] for b in page["data"]]
    assert starts == sorted(starts, reverse=True)
    second = erika.get(page["links"]["next"]).json()
    assert len(second["data"]) == 1
    assert second["links"]["next"] is None

    number = page["data"][0]["attributes"]["number"]
    found = client.get(
        "/api/v1/bookings/by-number", params={"number": number, "include": "order.customer"}
    )
    assert found.status_code == 200
    assert {i["type"] for i in found.json()["included"]} == {"orders", "customers"}
