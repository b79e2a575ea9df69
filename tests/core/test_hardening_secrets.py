"""Secrets stay out of the logs of the libraries anny drives, out of reprs and out of errors."""

from __future__ import annotations

import inspect
import logging
import traceback
from typing import Any

import httpx
import pytest
from annycore_helpers import BASE, jsonapi

import anny
from anny._logging import REDACTED_LOGGERS, RedactingFilter, redact_text

TOKEN = "tok-4a1f9c-SECRET"
OAT = "oat-77e2b1-SECRET"
CODE = "code-0c9d3e-SECRET"
REFRESH = "refresh-5b8a2f-SECRET"
VERIFIER = "verifier-e41d0a-SECRET"
SECRETS = (TOKEN, OAT, CODE, REFRESH, VERIFIER)


async def call(h: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a client method; its flavour must match the client's (a coroutine iff async)."""
    result = fn(*args, **kwargs)
    assert inspect.isawaitable(result) == (h.kind == "async"), f"{h.kind} client: {result!r}"
    return await result if inspect.isawaitable(result) else result


async def collect(h: Any, pager: Any) -> list[Any]:
    """Drain a pager, which must be an AsyncPager iff the client is async."""
    assert hasattr(pager, "__aiter__") == (h.kind == "async"), f"{h.kind} client: {pager!r}"
    return list(await h.collect(pager))


@pytest.fixture
def every_logger_at_debug(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)  # the root logger
    for name in REDACTED_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def assert_clean(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret} leaked: {text!r}"


async def test_httpx_request_log_lines_are_redacted(make, every_logger_at_debug):
    h = make(lambda r: jsonapi(200, {"data": None}), token=TOKEN)
    params = {
        "oid": "42",
        "oat": OAT,
        "code": CODE,
        "refresh_token": REFRESH,
        "code_verifier": VERIFIER,
    }
    await call(h, h.client.get, "/api/v1/order", params=params)
    # The secrets really went out ...
    sent = h.last
    assert sent.url.params["oat"] == OAT
    assert sent.url.params["refresh_token"] == REFRESH
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    # ... and httpx really logged the request line, redacted.
    records = every_logger_at_debug.records
    httpx_lines = [r.getMessage() for r in records if r.name == "httpx"]
    assert any(line.startswith("HTTP Request: GET") for line in httpx_lines), httpx_lines
    assert any("oid=42" in line and "oat=[REDACTED]" in line for line in httpx_lines)
    assert_clean(every_logger_at_debug.text, *(r.getMessage() for r in records))


async def test_percent_encoded_credential_keys_are_redacted_too(make, every_logger_at_debug):
    h = make(lambda r: jsonapi(200, {"data": None}))
    await call(h, h.client.get, "/api/v1/x", params=[("oats[]", OAT), ("filter[code]", CODE)])
    assert h.last.url.params.get_list("oats[]") == [OAT]
    assert "oats%5B%5D=[REDACTED]" in every_logger_at_debug.text
    assert_clean(every_logger_at_debug.text)


def test_filter_is_on_every_library_logger_and_rewrites_records():
    for name in REDACTED_LOGGERS:
        assert any(isinstance(f, RedactingFilter) for f in logging.getLogger(name).filters), name
    record = logging.LogRecord(
        "httpcore.http11",
        logging.DEBUG,
        __file__,
        1,
        "receive_response_headers.complete return_value=%r",
        ((b"HTTP/1.1", 303, [(b"Location", f"/pay?oat={OAT}".encode()), (b"Set-Cookie", b"s=1")]),),
        None,
    )
    logging.getLogger("httpcore.http11").filters[0].filter(record)
    assert_clean(record.getMessage())
    assert "(b'Set-Cookie', b'[REDACTED]')" in record.getMessage()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"GET /x?oat={OAT}&page=2", "GET /x?oat=[REDACTED]&page=2"),
        (f"(b'authorization', b'Bearer {TOKEN}')", "(b'authorization', b'[REDACTED]')"),
        (f"Authorization: Bearer {TOKEN}", "Authorization: Bearer [REDACTED]"),
        (f'{{"refresh_token": "{REFRESH}"}}', '{"refresh_token": "[REDACTED]"}'),
        ("GET /api/v1/bookings?page[number]=2", "GET /api/v1/bookings?page[number]=2"),
    ],
)
def test_redact_text(text, expected):
    assert redact_text(text) == expected


def test_raw_client_repr_hides_a_token_from_default_headers():
    client = anny.Anny(
        base_url=BASE, token=None, default_headers={"Authorization": f"Bearer {TOKEN}"}
    )
    try:
        raw = client.generated
        assert "[REDACTED]" in repr(raw)
        assert_clean(repr(raw), repr(raw.with_headers({"X-A": "1"})), repr(client))
        # The header itself is still sent: by the client's view on the shared pool.
        assert raw.get_httpx_client().headers["authorization"] == f"Bearer {TOKEN}"
    finally:
        client.close()


async def test_async_raw_client_repr_hides_a_token_from_default_headers():
    client = anny.AsyncAnny(
        base_url=BASE, token=None, default_headers={"Authorization": f"Bearer {TOKEN}"}
    )
    try:
        assert (
            client.generated.get_async_httpx_client().headers["authorization"] == f"Bearer {TOKEN}"
        )
        assert_clean(repr(client.generated))
    finally:
        await client.close()


async def test_path_error_does_not_echo_the_oat(make):
    h = make(lambda r: jsonapi(200, {"data": None}))
    with pytest.raises(anny.InvalidParameterError) as info:
        await call(h, h.client.get, f"api/v1/order?oid=1&oat={OAT}")
    assert "oat=[REDACTED]" in str(info.value)
    assert_clean(str(info.value), repr(info.value))
    assert h.requests == []


def test_transport_error_with_a_newline_token_cannot_happen():
    # The token is checked when the client is made: nothing reaches h11, nothing is retried.
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or jsonapi(200, {"data": None}))
    with pytest.raises(anny.InvalidParameterError) as info:
        anny.Anny(
            base_url=BASE,
            token=f"{TOKEN}\r\nX-Evil: 1",
            http_client=httpx.Client(transport=transport),
        )
    assert_clean(str(info.value), repr(info.value))
    assert sent == []


async def test_a_providers_token_is_stripped_before_sending(make):
    h = make(lambda r: jsonapi(200, {"data": None}), token=lambda: f"{TOKEN}\n")
    await call(h, h.client.get, "/api/v1/order")
    assert h.last.headers["authorization"] == f"Bearer {TOKEN}"
    assert len(h.requests) == 1


@pytest.mark.parametrize("bad", [f"{TOKEN}\nX-Evil: 1", f"Bearer {TOKEN}", f"{TOKEN}\x00"])
async def test_a_providers_unsendable_token_is_refused_unsent_and_unechoed(make, bad):
    h = make(lambda r: jsonapi(200, {"data": None}), token=lambda: bad)
    with pytest.raises(anny.InvalidParameterError) as info:
        await call(h, h.client.get, "/api/v1/order")
    assert h.requests == []  # no retries, nothing sent: h11 would have echoed the header
    assert_clean(str(info.value), repr(info.value), "".join(traceback.format_exception(info.value)))


def test_a_library_logger_created_later_is_covered_by_the_next_client():
    late = logging.getLogger("httpcore.some_future_module")
    assert not any(isinstance(f, RedactingFilter) for f in late.filters)
    anny.Anny(base_url=BASE, token=None).close()
    assert any(isinstance(f, RedactingFilter) for f in late.filters)
