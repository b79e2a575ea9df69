"""Secrets stay out of logs, reprs and errors; `client.generated` runs generated operations."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from e2e_helpers import CART, E2E, ORDER, ROOM, cart_body

import anny
from anny_api.api.bookings import list_bookings
from anny_api.api.catalog import get_resource
from anny_api.models.error_document import ErrorDocument
from anny_api.models.resource_document import ResourceDocument


async def test_no_secret_in_logs_reprs_or_errors(
    e2e: E2E, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="anny")
    token = e2e.token()
    client = e2e.client(token=token)

    draft = await e2e.add_to_cart(client, cart_body(10))
    oat = draft.access_token
    assert oat is not None
    params = {"oid": draft.id, "oat": oat}
    await e2e.call(client.get, "/api/ui/checkout-form", params=params)
    raw = await e2e.call(client.with_raw_response.get, ORDER, params=params)
    submitted = anny.types.Order.from_document(await e2e.submit(client, draft))
    assert submitted.status == "accepted"
    mine = await e2e.collect(client.paginate("/api/v1/bookings", page_size=1))
    assert len(mine) == 1  # the token was really sent: the customer sees the booking

    # Error cases with both secrets in flight (`raises` checks str() and repr() for them).
    second = await e2e.add_to_cart(client, cart_body(12))
    second_params = {"oid": second.id, "oat": second.access_token}
    e2e.sb.faults.add("status", ORDER, method="POST", status=503)
    await e2e.raises(anny.OutcomeUnknownError, e2e.submit, client, second)
    e2e.sb.faults.add("drop_after", ORDER, method="GET")
    await e2e.raises(
        anny.APIConnectionError, client.with_options(max_retries=0).get, ORDER, params=second_params
    )
    e2e.sb.faults.add("latency", ORDER, method="GET", delay_ms=400)
    await e2e.raises(
        anny.APITimeoutError,
        client.with_options(timeout=0.1, max_retries=0).get,
        ORDER,
        params=second_params,
    )
    wrong = {"oid": draft.id, "oat": f"{oat}-wrong"}
    e2e.secrets.add(wrong["oat"])
    forbidden = await e2e.raises(anny.PermissionDeniedError, client.get, ORDER, params=wrong)
    assert forbidden.errors[0].code == "invalid_order_token"
    e2e.sb.faults.add("html", CART, method="POST")
    await e2e.raises(
        anny.APIResponseValidationError, client.post, CART, json=cart_body(14), params=second_params
    )

    text = caplog.text
    assert "request: POST" in text  # it did log at DEBUG ...
    assert "response: 503 POST" in text
    assert "oat=[REDACTED]" in text  # ... with the order token redacted from every URL
    reprs = [
        repr(client),
        repr(client.with_options(locale="de-DE")),
        repr(raw),
        repr(client.paginate("/api/v1/bookings", params=params)),
        repr(draft),
        repr(submitted),
    ]
    assert len(e2e.secrets) >= 4  # token, two oats, the wrong oat
    e2e.assert_no_secrets(text, where="DEBUG log")
    e2e.assert_no_secrets(*reprs, where="reprs")
    e2e.assert_no_secrets(*(str(err) for err in e2e.errors), where="error messages")
    e2e.assert_no_secrets(*(str(err.args) for err in e2e.errors), where="error args")


async def _recording_http_client(e2e: E2E) -> tuple[Any, list[Any]]:
    """An injected httpx client whose request hook records the headers that go on the wire."""
    seen: list[Any] = []

    def record(request: Any) -> None:
        seen.append(request.headers)

    async def arecord(request: Any) -> None:
        record(request)

    hook: Any = arecord if e2e.is_async else record
    return e2e.http_client(event_hooks={"request": [hook]}), seen


async def test_raw_generated_operation_through_the_configured_client(e2e: E2E) -> None:
    http, seen = await _recording_http_client(e2e)
    client = e2e.client(http_client=http, token=e2e.token())
    op = get_resource.asyncio_detailed if e2e.is_async else get_resource.sync_detailed

    response = await e2e.call(
        op, client=client.generated, resource_slug="conference-room-berlin", include="services"
    )
    assert response.status_code == 200
    assert isinstance(response.parsed, ResourceDocument)
    assert response.parsed.data.id == "8001"
    assert response.parsed.data.attributes.slug == "conference-room-berlin"
    assert [item.id for item in response.parsed.included] == ["7001"]

    headers = seen[-1]
    assert headers["accept"] == "application/vnd.api+json"
    assert headers["user-agent"].startswith(f"anny-python/{anny.__version__} ")
    assert "httpx/" in headers["user-agent"]
    assert headers["authorization"].startswith("Bearer ")
    assert [e["status"] for e in e2e.ledger("GET", ROOM)] == [200]  # the sandbox served it

    # Documented error statuses come back as values, not exceptions.
    op = get_resource.asyncio_detailed if e2e.is_async else get_resource.sync_detailed
    missing = await e2e.call(op, client=client.generated, resource_slug="no-such-room")
    assert missing.status_code == 404
    assert isinstance(missing.parsed, ErrorDocument)

    # The bearer token reaches customer endpoints through the raw client too.
    listing = list_bookings.asyncio_detailed if e2e.is_async else list_bookings.sync_detailed
    mine = await e2e.call(listing, client=client.generated, pagesize=5)
    assert mine.status_code == 200
    assert mine.parsed.data == []
