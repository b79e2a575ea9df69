"""A signed-in checkout with every logger at DEBUG: no secret in any log, repr or error.

Real HTTP against the sandbox on 127.0.0.1, so httpx *and* httpcore log what they really log
(request lines with the query string, header tuples). The scan covers every record of the
client side (anny, httpx, httpcore and whatever else logs in the client process; the
sandbox server's own loggers are the server's and are left out), the formatted log text,
reprs, exception messages, args and full tracebacks with their chained causes.
"""

from __future__ import annotations

import inspect
import logging
import traceback
from typing import Any

import pytest
from e2e_helpers import CART, E2E, ORDER, ROOM, cart_body

import anny
from anny._logging import REDACTED_LOGGERS

FAKE_REFRESH = "fake-refresh-7c1e04d9b2"
FAKE_VERIFIER = "fake-verifier-0aa9c3e75f"
FAKE_CODE = "fake-code-5d2f81b6c4"
# Loggers of the sandbox *server* (same process, other side of the socket).
SERVER_LOGGERS = ("uvicorn", "anny_sandbox", "starlette")


def texts_of(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), str(exc.args), "".join(traceback.format_exception(exc))]


async def test_signed_in_checkout_leaks_nothing(e2e: E2E, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    for name in REDACTED_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    issued = e2e.sb.issue_token("erika.mustermann@example.com")
    token = issued["access_token"]
    e2e.secrets.update({token, issued["refresh_token"], FAKE_REFRESH, FAKE_VERIFIER, FAKE_CODE})
    client = e2e.client(token=token)
    assert inspect.iscoroutinefunction(client.post) == e2e.is_async  # the flavour under test
    reprs: list[str] = [repr(client), repr(client.generated)]

    # Add to cart (flat body), read the checkout form, check out: oid + oat in the query.
    doc = await e2e.call(client.post, CART, json=cart_body(10))
    draft = anny.types.Order.from_document(doc)
    assert draft.access_token
    e2e.secrets.add(draft.access_token)
    access = {"oid": draft.id, "oat": draft.access_token}
    await e2e.call(client.get, "/api/ui/checkout-form", params=access)
    raw = await e2e.call(client.with_raw_response.get, ORDER, params=access)
    submitted = anny.types.Order.from_document(await e2e.submit(client, draft))
    assert submitted.status == "accepted"  # the token and the oat really went on the wire
    reprs += [repr(draft), repr(submitted), repr(raw), repr(doc), repr(doc.data)]

    # OAuth-looking values as params: sent, never logged.
    oauthish = {"refresh_token": FAKE_REFRESH, "code_verifier": FAKE_VERIFIER, "code": FAKE_CODE}
    await e2e.call(client.get, ROOM, params=oauthish)
    reprs.append(repr(client.paginate("/api/v1/bookings", params={**access, **oauthish})))

    # Errors, with every secret in flight.
    errors: list[BaseException] = []
    second = anny.types.Order.from_document(await e2e.call(client.post, CART, json=cart_body(12)))
    assert second.access_token
    e2e.secrets.add(second.access_token)
    second_access = {"oid": second.id, "oat": second.access_token}
    wrong = {"oid": draft.id, "oat": f"{draft.access_token}-wrong", **oauthish}
    e2e.secrets.add(wrong["oat"])
    errors.append(await e2e.raises(anny.PermissionDeniedError, client.get, ORDER, params=wrong))
    e2e.sb.faults.add("status", ORDER, method="POST", status=503)
    errors.append(await e2e.raises(anny.OutcomeUnknownError, e2e.submit, client, second))
    e2e.sb.faults.add("drop_after", ORDER, method="GET")
    errors.append(
        await e2e.raises(
            anny.APIConnectionError,
            client.with_options(max_retries=0).get,
            ORDER,
            params=second_access,
        )
    )
    errors.append(
        await e2e.raises(
            anny.NotFoundError,
            client.get,
            "/api/v1/resources/no-such-room",
            params={**access, **oauthish},
        )
    )
    errors.append(
        await e2e.raises(anny.InvalidParameterError, client.get, f"api?oat={second.access_token}")
    )
    errors.append(
        await e2e.raises(
            anny.InvalidParameterError,
            client.get,
            ORDER,
            headers={"Authorization": f"Bearer {token}\r\n"},
        )
    )
    bad_token: dict[str, Any] = {"token": f"{token}\nX-Evil: 1"}
    try:
        e2e.client(**bad_token)
    except anny.InvalidParameterError as exc:
        errors.append(exc)
    else:
        raise AssertionError("a token with a newline inside was accepted")

    # What was logged, and by whom.
    client_records = [r for r in caplog.records if not r.name.startswith(SERVER_LOGGERS)]
    names = {r.name for r in client_records}
    assert {"anny", "httpx", "httpcore.http11", "httpcore.connection"} <= names, names
    messages = [r.getMessage() for r in client_records]
    assert any("oat=[REDACTED]" in m and m.startswith("HTTP Request:") for m in messages)
    assert any("refresh_token=[REDACTED]" in m for m in messages)
    assert any("send_request_headers" in m for m in messages)
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    formatted = [formatter.format(r) for r in client_records]

    assert len(e2e.secrets) >= 8
    e2e.assert_no_secrets(*messages, *formatted, where="client log records")
    e2e.assert_no_secrets(*reprs, where="reprs")
    for exc in errors:
        e2e.assert_no_secrets(*texts_of(exc), where=f"{type(exc).__name__} text or traceback")
