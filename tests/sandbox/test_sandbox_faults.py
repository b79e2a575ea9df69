"""Every fault knob, observed on the wire; the ledger and request ids."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from sandbox_helpers import cart_body

from anny_sandbox import Sandbox

SLOT = ("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00")
RESOURCE = "/api/v1/resources/conference-room-berlin"


def arm(sandbox: Sandbox, **fault: object) -> dict[str, object]:
    response = httpx.post(f"{sandbox.url}/__sandbox/faults", json=fault)
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data


def post_cart(sandbox: Sandbox, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{sandbox.url}/api/v1/order/bookings",
        json=cart_body(*SLOT),
        headers={"Content-Type": "application/vnd.api+json", **headers},
    )


def test_every_response_has_a_request_id(sandbox: Sandbox) -> None:
    assert httpx.get(f"{sandbox.url}{RESOURCE}").headers["x-request-id"]
    echoed = httpx.get(f"{sandbox.url}{RESOURCE}", headers={"x-request-id": "req-42"})
    assert echoed.headers["x-request-id"] == "req-42"
    assert httpx.get(f"{sandbox.url}/api/v1/nope").headers["x-request-id"]


def test_latency(sandbox: Sandbox) -> None:
    arm(sandbox, kind="latency", path=RESOURCE, delay_ms=300)
    started = time.perf_counter()
    response = httpx.get(f"{sandbox.url}{RESOURCE}")
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.3
    started = time.perf_counter()
    httpx.get(f"{sandbox.url}{RESOURCE}")  # times=1 by default: the fault is used up
    assert time.perf_counter() - started < 0.3


def test_rate_limit_with_retry_after(sandbox: Sandbox) -> None:
    arm(sandbox, kind="rate_limit", path="/api/v1/resources/*", retry_after=7, times=2)
    for _ in range(2):
        response = httpx.get(f"{sandbox.url}{RESOURCE}")
        assert response.status_code == 429
        assert response.headers["retry-after"] == "7"
        # anny's documented 429 (Addendum C3): plain JSON, no `code` member.
        assert response.headers["content-type"] == "application/json"
        assert response.json() == {
            "errors": [
                {"status": "429", "title": "Too Many Requests", "detail": "Too many requests."}
            ]
        }
    assert httpx.get(f"{sandbox.url}{RESOURCE}").status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors(sandbox: Sandbox, status: int) -> None:
    arm(sandbox, kind="status", status=status, path="re:^/api/v1/resources/", method="GET")
    response = httpx.get(f"{sandbox.url}{RESOURCE}")
    assert response.status_code == status
    assert response.json()["errors"][0]["status"] == str(status)


def test_method_filter(sandbox: Sandbox) -> None:
    arm(sandbox, kind="status", status=503, path="/api/v1/order/bookings", method="POST")
    assert httpx.get(f"{sandbox.url}/api/v1/order/bookings/delete-all").status_code == 422
    assert post_cart(sandbox).status_code == 503


def test_drop_before_processing_changes_nothing(sandbox: Sandbox) -> None:
    arm(sandbox, kind="drop_before", path="/api/v1/order/bookings")
    with pytest.raises(httpx.RemoteProtocolError):
        post_cart(sandbox, **{"Idempotency-Key": "k-before"})
    ledger = httpx.get(f"{sandbox.url}/__sandbox/ledger").json()
    assert ledger["by_idempotency_key"]["k-before"] == {
        "requests": 1,
        "orders_created": 0,
        "bookings_created": 0,
    }
    assert post_cart(sandbox).status_code == 201  # the slot was never taken


def test_drop_after_processing_keeps_the_state_change(sandbox: Sandbox) -> None:
    arm(sandbox, kind="drop_after", path="/api/v1/order/bookings", method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        post_cart(sandbox, **{"Idempotency-Key": "k-after", "x-request-id": "r-after"})
    ledger = sandbox.ledger()
    assert ledger["by_idempotency_key"]["k-after"]["orders_created"] == 1
    assert ledger["by_request_id"]["r-after"]["bookings_created"] == 1
    entry = next(e for e in ledger["requests"] if e["request_id"] == "r-after")
    assert entry["outcome"] == "fault:drop_after"
    # A blind retry now collides with its own hold: the ledger tells the story.
    retry = post_cart(sandbox, **{"Idempotency-Key": "k-after"})
    assert retry.status_code == 409
    assert sandbox.ledger()["by_idempotency_key"]["k-after"] == {
        "requests": 2,
        "orders_created": 1,
        "bookings_created": 1,
    }


def test_html_body_with_200(sandbox: Sandbox) -> None:
    arm(sandbox, kind="html", path="/api/v1/order/bookings")
    response = post_cart(sandbox)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")
    assert sandbox.ledger()["totals"]["orders_created"] == 0


def test_malformed_and_truncated_json(sandbox: Sandbox) -> None:
    arm(sandbox, kind="malformed_json", path=RESOURCE)
    arm(sandbox, kind="truncated_json", path=RESOURCE)
    for expected in ("malformed_json", "truncated_json"):
        response = httpx.get(f"{sandbox.url}{RESOURCE}")
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/vnd.api+json"
        assert response.headers["x-sandbox-fault"] == expected
        assert int(response.headers["content-length"]) == len(response.content)
        with pytest.raises(json.JSONDecodeError):
            response.json()


def test_unknown_enum_values_and_included_types(sandbox: Sandbox) -> None:
    arm(sandbox, kind="unknown_enum", path="/api/v1/order/bookings")
    order = post_cart(sandbox).json()
    assert order["data"]["attributes"]["status"] == "sandbox_unknown_value"
    arm(sandbox, kind="unknown_enum", path="/api/v1/availability/start")
    slots = httpx.get(
        f"{sandbox.url}/api/v1/availability/start",
        params={"service_id": "7001", "date": "2026-11-24"},
    ).json()
    # Every string enum is replaced (null stays null: "available" has no type).
    assert {s["unavailability_type"] for s in slots} - {None} == {"sandbox_unknown_value"}
    arm(sandbox, kind="unknown_included", path=RESOURCE)
    doc = httpx.get(f"{sandbox.url}{RESOURCE}", params={"include": "services"}).json()
    types = [item["type"] for item in doc["included"]]
    assert "services" in types
    assert types[-1] == "sandbox-unknown-things"


def test_python_api_and_management(sandbox: Sandbox) -> None:
    fault = sandbox.faults.add("status", RESOURCE, status=502, times=None)
    listed = httpx.get(f"{sandbox.url}/__sandbox/faults").json()["faults"]
    assert [f["id"] for f in listed] == [fault.id]
    for _ in range(3):
        assert httpx.get(f"{sandbox.url}{RESOURCE}").status_code == 502
    assert httpx.delete(f"{sandbox.url}/__sandbox/faults/{fault.id}").status_code == 204
    assert httpx.get(f"{sandbox.url}{RESOURCE}").status_code == 200
    bad = httpx.post(f"{sandbox.url}/__sandbox/faults", json={"kind": "teleport"})
    assert bad.status_code == 422
    sandbox.faults.add("status", RESOURCE, status=500)
    httpx.post(f"{sandbox.url}/__sandbox/reset")  # reset disarms everything
    assert httpx.get(f"{sandbox.url}{RESOURCE}").status_code == 200


def test_shaped_error_faults_over_the_control_endpoint(sandbox: Sandbox) -> None:
    """B5's bodies armed over HTTP: the shape, status, content type and message as asked."""
    arm(sandbox, kind="error_body", path=RESOURCE, status=404, message="No such room.")
    plain = httpx.get(f"{sandbox.url}{RESOURCE}")
    assert (plain.status_code, plain.json()) == (404, {"error": "No such room."})
    assert plain.headers["content-type"] == "application/json"
    assert plain.headers["x-sandbox-fault"] == "error_body"

    arm(sandbox, kind="title_message", path=RESOURCE, status=400, message="Try later.")
    titled = httpx.get(f"{sandbox.url}{RESOURCE}")
    assert (titled.status_code, titled.json()) == (
        400,
        {"title": "Bad Request", "message": "Try later."},
    )

    arm(sandbox, kind="html_forbidden", path=RESOURCE, status=500)  # the status is always 403
    page = httpx.get(f"{sandbox.url}{RESOURCE}")
    assert page.status_code == 403
    assert page.headers["content-type"].startswith("text/html")
    assert "403 Forbidden" in page.text
    assert httpx.get(f"{sandbox.url}{RESOURCE}").status_code == 200  # times=1 by default


@pytest.mark.parametrize("status", [200, 204, 302])
def test_shaped_error_faults_need_an_error_status(sandbox: Sandbox, status: int) -> None:
    response = httpx.post(
        f"{sandbox.url}/__sandbox/faults", json={"kind": "error_body", "status": status}
    )
    assert response.status_code == 422
    assert "error_body faults support" in response.json()["errors"][0]["detail"]


def test_drop_before_reads_the_request_first_so_the_client_sees_a_close_not_a_reset(
    sandbox: Sandbox,
) -> None:
    # Closing a socket with unread request bytes makes the kernel answer RST (httpx.ReadError
    # or WriteError); the sandbox reads the body first, so the client sees a clean close.
    arm(sandbox, kind="drop_before", path="/api/v1/order/bookings", times=3)
    body = json.dumps({**cart_body(*SLOT), "padding": "x" * 200_000})
    for _ in range(3):
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.post(
                f"{sandbox.url}/api/v1/order/bookings",
                content=body,
                headers={"Content-Type": "application/vnd.api+json"},
            )
