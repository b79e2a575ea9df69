"""Secrets stay out of logs, reprs and exception messages."""

from __future__ import annotations

import logging

import httpx
import pytest
from annycore_helpers import jsonapi

import anny
from anny._logging import logger, redact_url, setup_logging_from_env

TOKEN = "eyJhbGciOi.SECRET-TOKEN.sig"
OAT = "order-access-token-123"


async def test_debug_logs_requests_responses_retries_without_secrets(make, caplog):
    outcomes = [jsonapi(503), jsonapi(404, {"errors": [{"title": "Gone"}]})]
    h = make(
        lambda r: outcomes.pop(0), token=TOKEN, default_headers={"Authorization": f"Bearer {TOKEN}"}
    )
    with caplog.at_level(logging.DEBUG, logger="anny"), pytest.raises(anny.NotFoundError) as info:
        await h.call(h.client.get, "/api/v1/order", params={"oid": "1", "oat": OAT, "hash": "h4sh"})
    messages = "\n".join(rec.getMessage() for rec in caplog.records)
    assert "request: GET" in messages
    assert "response: 503" in messages
    assert "retrying GET" in messages
    assert "after status 503" in messages
    for secret in (TOKEN, OAT, "h4sh"):
        assert secret not in messages
        assert secret not in caplog.text
        assert secret not in str(info.value)
        assert secret not in repr(info.value)
        # The client's own repr has no headers; its config's lists them (redacted).
        assert secret not in repr(h.client._config)
    assert "Authorization" in repr(h.client._config)
    assert "oat=[REDACTED]" in messages
    assert h.requests[0].headers["authorization"] == f"Bearer {TOKEN}"  # still sent


def test_plan_repr_and_redaction_helpers():
    plan = anny.flows.RequestPlan(
        "post",
        "/api/v1/order",
        params=[("oid", "1"), ("oat", OAT), ("oats[]", OAT), ("code_verifier", "v")],
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"x": 1},
    )
    text = repr(plan)
    assert plan.method == "POST"
    assert OAT not in text
    assert TOKEN not in text
    assert "v" not in text.split("code_verifier=")[1][:3]
    assert text.startswith("RequestPlan(POST /api/v1/order?oid=1&oat=[REDACTED]")
    assert redact_url(f"https://u:pw@h/p?access_token={TOKEN}&refresh_token=r&a=1") == (
        "https://[REDACTED]@h/p?access_token=[REDACTED]&refresh_token=[REDACTED]&a=1"
    )


def test_connection_error_message_redacts_query():
    def boom(request):
        raise httpx.ConnectError("refused", request=request)

    client = anny.Anny(
        base_url="https://api.test",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(boom)),
    )
    with pytest.raises(anny.APIConnectionError) as info:
        client.get("/api/v1/order", params={"oat": OAT})
    assert OAT not in str(info.value)
    assert "oat=[REDACTED]" in str(info.value)


def test_anny_log_env_installs_one_handler():
    before = list(logger.handlers)
    level = logger.level
    try:
        setup_logging_from_env({"ANNY_LOG": "debug"})
        setup_logging_from_env({"ANNY_LOG": "debug"})
        added = [h for h in logger.handlers if h not in before]
        assert len(added) == 1
        assert logger.level == logging.DEBUG
        setup_logging_from_env({"ANNY_LOG": "nonsense"})
        assert len([h for h in logger.handlers if h not in before]) == 1
    finally:
        for handler in logger.handlers[:]:
            if handler not in before:
                logger.removeHandler(handler)
        logger.setLevel(level)
