"""Error answers of the sandbox become `anny` exceptions with request ids and error objects."""

from __future__ import annotations

import httpx
from e2e_helpers import CART, E2E, JSONAPI, cart_body

import anny


async def test_unknown_slug_is_not_found_with_the_servers_request_id(e2e: E2E) -> None:
    client = e2e.client()
    err = await e2e.raises(anny.NotFoundError, client.get, "/api/v1/resources/no-such-room")
    assert err.status_code == 404
    sent = err.response.headers["x-request-id"]
    assert err.request_id == sent
    [seen] = e2e.ledger("GET", "/api/v1/resources/no-such-room")
    assert seen["request_id"] == sent  # the id the sandbox logged for this very request
    assert err.errors[0].code == "not_found"
    assert err.errors[0].status == "404"
    assert "no-such-room" in (err.errors[0].detail or "")
    message = str(err)
    assert message.startswith("404 Not Found | ")
    assert f"request_id={sent}" in message
    assert "/api/v1/resources/no-such-room" in message
    assert "\n" not in message


async def test_errors_follow_the_locale(e2e: E2E) -> None:
    english = e2e.client(locale="en")
    german = english.with_options(locale="de-DE")
    en = await e2e.raises(anny.NotFoundError, english.get, "/api/v1/resources/no-such-room")
    de = await e2e.raises(anny.NotFoundError, german.get, "/api/v1/resources/no-such-room")
    assert de.response.request.headers["accept-language"] == "de-DE"
    assert en.errors[0].code == de.errors[0].code == "not_found"  # the code is not localized
    assert en.errors[0].title == "Not found"
    assert de.errors[0].title == "Nicht gefunden"
    assert en.errors[0].detail != de.errors[0].detail
    assert "Nicht gefunden" in str(de)


async def test_bookings_without_a_token_is_an_authentication_error(e2e: E2E) -> None:
    client = e2e.client()  # token=None: anonymous even if ANNY_TOKEN were set
    err = await e2e.raises(anny.AuthenticationError, client.get, "/api/v1/bookings")
    assert err.status_code == 401
    assert err.errors[0].code == "unauthenticated"
    assert err.response.headers["www-authenticate"] == "Bearer"
    assert "authorization" not in err.response.request.headers
    assert err.request_id == err.response.headers["x-request-id"]


async def test_writes_as_application_json_are_refused_with_415(e2e: E2E) -> None:
    # Plain httpx with `json=` sends application/json: the API refuses it.
    response = httpx.post(f"{e2e.sb.url}{CART}", json=cart_body(10))
    assert response.status_code == 415
    assert response.json()["errors"][0]["code"] == "unsupported_media_type"

    # anny maps that status, should a caller force the wrong content type ...
    client = e2e.client()
    err = await e2e.raises(
        anny.UnsupportedMediaTypeError,
        client.post,
        CART,
        json=cart_body(10),
        headers={"Content-Type": "application/json"},
    )
    assert err.status_code == 415
    assert err.errors[0].code == "unsupported_media_type"

    # ... and by default sends every write as JSON:API, which the API accepts.
    raw = await e2e.call(client.with_raw_response.post, CART, json=cart_body(10))
    assert raw.status_code == 201
    assert raw.http_response.request.headers["content-type"] == JSONAPI
    assert e2e.orders_created("POST", CART) == 1


async def test_html_page_with_status_200_on_add_to_cart(e2e: E2E) -> None:
    client = e2e.client()
    e2e.sb.faults.add("html", CART, method="POST")
    err = await e2e.raises(anny.APIResponseValidationError, client.post, CART, json=cart_body(10))
    assert err.status_code == 200
    assert err.response.headers["content-type"].startswith("text/html")
    assert "text/html" in str(err)
    assert err.request_id == err.response.headers["x-request-id"]
    [seen] = e2e.ledger("POST", CART)  # one request: a 200 is not retried
    assert seen["outcome"] == "fault:html"
    assert seen["orders_created"] == []
