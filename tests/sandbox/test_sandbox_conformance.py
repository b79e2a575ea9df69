"""Every operation of openapi/customer-api.yaml answers in the documented shape, and
schemathesis finds nothing against the running sandbox."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sandbox_helpers import (
    JSONAPI,
    SPEC_PATH,
    SpecValidator,
    add_to_cart,
    cart_body,
    checkout,
    order_ids,
    remaining,
)

from anny_sandbox import Sandbox

# Long and self-contained: runs on the other core (tests/offload_plugin.py).
pytestmark = pytest.mark.offload


def test_every_operation_answers_per_spec(sandbox: Sandbox) -> None:
    """One sweep over all operations (success and typical error paths), each response
    validated against the spec; the sweep must cover every operation."""
    validator = SpecValidator()
    token = sandbox.issue_token("erika.mustermann@example.com")["access_token"]
    headers = {"Accept": JSONAPI, "Content-Type": JSONAPI, "Authorization": f"Bearer {token}"}
    hooks = {"response": [validator.hook]}
    with (
        httpx.Client(base_url=sandbox.url, headers=headers, event_hooks=hooks) as c,
        httpx.Client(
            base_url=sandbox.url,
            headers={"Accept": JSONAPI, "Content-Type": JSONAPI},
            event_hooks=hooks,
        ) as anon,
    ):
        window = {
            "start_date": "2026-11-24T00:00:00+01:00",
            "end_date": "2026-11-25T00:00:00+01:00",
            "timezone": "Europe/Berlin",
        }
        gets = [
            ("/api/v1/organizations/acme-gmbh", {"include": "resources,communities,address"}),
            ("/api/v1/organizations/nope", {}),
            ("/api/v1/organizations/acme-gmbh/all-resources", {"include": "services,location"}),
            ("/api/v1/customer-accounts/3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c/all-resources", {}),
            ("/api/v1/resources/locations", {"filter[include_unavailable]": "1"}),
            ("/api/v1/resources/open-space-desks", {"include": "children,organization"}),
            ("/api/v1/resources/open-space-desks/children", {"include": "services"}),
            ("/api/v1/service-configuration", {"service_id[7001]": "1", "include": "services"}),
            ("/api/v1/availability/start", {"service_id": "7001", "date": "2026-11-24"}),
            ("/api/v1/availability/start", {"service_id": "7001", "date": "x"}),
            (
                "/api/v1/availability/start-dates",
                {"service_id": "7001", "start_date": "2026-11-24", "end_date": "2026-11-30"},
            ),
            ("/api/v1/availability/periods", {"r[]": "8001", **window}),
            ("/api/v1/availability/slots", {"r[]": "8001", **window}),
            ("/api/v1/availability/upcoming-intervals", {"service_id[7001]": "1"}),
            (
                "/api/v1/intervals/start",
                {"service_id[7001]": "1", "resource_id": "8001", "date": "2026-11-24"},
            ),
            (
                "/api/v1/intervals/end",
                {
                    "service_id[7001]": "1",
                    "resource_id": "8001",
                    "date_time": "2026-11-24T10:00:00+01:00",
                },
            ),
            ("/api/v1/calendar-events", window),
            ("/api/v1/bookings", {"include": "resource.parent,service,order"}),
            ("/api/v1/bookings/by-number", {"number": "BB12345678"}),
            ("/api/v1/orders", {}),
            ("/api/v1/orders/by-number", {"number": "BO123456789"}),
            ("/api/v1/user", {"include": "customer_accounts"}),
            ("/api/v1/customer", {}),
            ("/api/v1/customer-accounts", {"include": "organization"}),
            ("/api/v1/communities", {}),
            ("/api/v1/communities/3001", {}),
            ("/api/v1/organizations/acme-gmbh/plans", {"include": "community"}),
            ("/api/v1/plans/acme-membership", {}),
            ("/api/v1/plan-subscriptions", {}),
            ("/api/v1/passes", {"include": "services"}),
            ("/api/v1/passes/9501", {}),
            ("/api/v1/waitlist-entries", {}),
            ("/api/v1/queue-tickets", {}),
        ]
        for path, params in gets:
            c.get(path, params=params)
        assert anon.get("/api/v1/bookings").status_code == 401

        oid, oat = order_ids(
            add_to_cart(
                c,
                cart_body("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00"),
                include="bookings.resource,customer",
            )
        )
        ids = {"oid": oid, "oat": oat}
        c.post(
            "/api/v1/order/bookings/calculate",
            json=cart_body("2026-11-24T12:00:00+01:00", "2026-11-24T13:00:00+01:00"),
        )
        c.get("/api/v1/order", params=ids)
        c.get("/api/ui/checkout-form", params=ids)
        c.post("/api/v1/order/voucher", params=ids, json={"voucher_code": "SANDBOX5"})
        c.delete("/api/v1/order/voucher", params=ids)
        c.get("/api/v1/order/recommendations", params=ids)
        c.post("/api/v1/order/email-verification", params=ids, json={"email": "a@b.de"})
        c.post(
            "/api/v1/order/email-verification/confirm",
            params=ids,
            json={"email": "a@b.de", "code": "1"},
        )
        c.post(
            "/api/v1/order/bookings", content=b"{}", headers={"Content-Type": "application/json"}
        )
        order = checkout(c, oid, oat, include="bookings").json()
        booking_id = order["included"][0]["id"]
        number = order["data"]["attributes"]["number"]
        c.get("/api/v1/orders/by-number", params={"number": number})
        c.get("/api/v1/order/last-succeeded", params={"oids": oid, "oats": oat})
        c.get(f"/downloads/order-confirmation/{oid}", params={"access_token": oat})
        c.get(f"/api/v1/bookings/{booking_id}", params={"include": "cancellation_policy"})
        c.get(f"/api/v1/bookings/{booking_id}/cancellation-preview")
        assert c.get(f"/api/v1/bookings/{booking_id}/cancel").status_code == 200
        assert c.get(f"/api/v1/bookings/{booking_id}/cancel").status_code == 409  # twice
        # Not a draft any more: the cart of a submitted order cannot be emptied (the sandbox
        # answers 403 like every other cart call on a non-draft order).
        assert c.get("/api/v1/order/bookings/delete-all", params=ids).status_code == 403
        second = order_ids(
            add_to_cart(c, cart_body("2026-11-24T15:00:00+01:00", "2026-11-24T16:00:00+01:00"))
        )
        emptied = c.get(
            "/api/v1/order/bookings/delete-all", params={"oid": second[0], "oat": second[1]}
        )
        assert emptied.status_code == 200
        c.post(
            "/api/v1/bookings/instant",
            json={
                "resource_id": "8001",
                "service_id": "7001",
                "start_date": "2026-11-24T17:00:00+01:00",
                "end_date": "2026-11-24T18:00:00+01:00",
            },
        )
        c.patch(
            "/api/v1/customer",
            json={"data": {"type": "customers", "attributes": {"phone": "+49 1"}}},
        )
        for community in ("3002", "3003", "3005"):  # accepted, pending, refused (403)
            c.post(
                f"/api/v1/communities/{community}/join",
                json={"data": {"type": "community-accounts"}},
            )
        c.get("/api/v1/communities/3003", params={"include": "community_accounts"})
        c.delete("/api/v1/communities/3002/membership")
        sub = c.post(
            "/api/v1/plan-subscriptions",
            json={
                "data": {
                    "type": "plan-subscriptions",
                    "relationships": {"plan": {"data": {"type": "plans", "id": "9002"}}},
                }
            },
        ).json()
        c.get(f"/api/v1/plan-subscriptions/{sub['data']['id']}")
        c.get(f"/api/v1/plan-subscriptions/{sub['data']['id']}/cancel")
        unknown = c.get("/api/v1/order/bookings/delete-all", params={"oid": "1", "oat": "x"})
        assert unknown.status_code == 404
        # Someone else's cart holds the only unit at 10:00, so Erika can join the waitlist.
        assert remaining(anon, "2026-11-25", "10:00") == 1
        blocker = add_to_cart(
            anon, cart_body("2026-11-25T10:00:00+01:00", "2026-11-25T11:00:00+01:00")
        )
        assert blocker.status_code == 201
        assert remaining(anon, "2026-11-25", "10:00") == 0
        entry = c.post(
            "/api/v1/waitlist-entries",
            json={
                "data": {
                    "type": "waitlist-entries",
                    "attributes": {
                        "start_date": "2026-11-25T10:00:00+01:00",
                        "end_date": "2026-11-25T11:00:00+01:00",
                    },
                    "relationships": {
                        "resource": {"data": {"type": "resources", "id": "8001"}},
                        "service": {"data": {"type": "services", "id": "7001"}},
                    },
                }
            },
        )
        assert entry.status_code == 201  # only possible because the slot is taken
        c.delete(f"/api/v1/waitlist-entries/{entry.json()['data']['id']}")
        ticket = c.post(
            "/api/v1/queue-tickets",
            json={
                "data": {
                    "type": "queue-tickets",
                    "relationships": {"resource": {"data": {"type": "resources", "id": "8001"}}},
                }
            },
        ).json()
        c.get(f"/api/v1/queue-tickets/{ticket['data']['id']}")
        c.delete(f"/api/v1/queue-tickets/{ticket['data']['id']}")

    missing = validator.all_operations() - validator.seen
    assert not missing, f"operations never exercised: {sorted(missing)}"
    assert validator.checked >= len(validator.all_operations())


def _schemathesis() -> str:
    found = shutil.which("schemathesis") or str(Path(sys.executable).parent / "schemathesis")
    if not Path(found).exists():
        pytest.skip("schemathesis CLI not installed")
    return found


@pytest.mark.slow
def test_schemathesis_finds_nothing(sandbox: Sandbox, tmp_path: Path) -> None:
    """Bounded, deterministic schemathesis run (positive data, all phases, default checks).

    ``positive_data_acceptance`` is excluded: the spec types ids, time zones and JSON:API
    ``type`` members as free strings, so schema-valid requests for unknown ids legitimately
    get 404/422 from a stateful server.
    """
    token = httpx.post(
        f"{sandbox.url}/__sandbox/tokens",
        json={"customer": "erika.mustermann@example.com", "expires_in_minutes": 10_000},
    ).json()["access_token"]
    command = [
        _schemathesis(),
        "run",
        str(SPEC_PATH),
        "--url",
        sandbox.url,
        "--max-examples",
        "5",
        "--seed",
        "1",
        "--generation-deterministic",
        "--mode",
        "positive",
        "--exclude-checks",
        "positive_data_acceptance",
        # One worker: with 4, hypothesis calls ast.parse from several threads, which on
        # CPython < 3.11.8 can fail with "SystemError: AST constructor recursion depth
        # mismatch" (python/cpython#106905). It was no faster on two shared cores either.
        "--workers",
        "1",
        "--header",
        f"Authorization: Bearer {token}",
        "--no-color",
        "--report-dir",
        str(tmp_path),
    ]
    # Rate limits off for this run only: a fuzzer sends hundreds of (often identical) requests
    # in seconds; this test is about what the sandbox answers, not about budgets (those are
    # tested in test_sandbox_limits.py).
    sandbox.limits.configure(enabled=False)
    try:
        # cwd=tmp_path: schemathesis keeps a cache directory in its working directory.
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path
        )
    finally:
        sandbox.limits.configure(enabled=True)
    assert result.returncode == 0, result.stdout[-6000:]
