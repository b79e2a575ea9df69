"""One source of configuration: every way of sending sends exactly the configured values.

anny's own calls, generated calls through ``client.generated``, ``with_options`` copies and clients
built on an injected httpx client: each request carries the headers, timeout and auth of the
anny client it was made through, and nothing else's.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from annycore_helpers import BASE, jsonapi

import anny

BOOKING = {"data": {"type": "bookings", "id": "3581903", "attributes": {}}}


class Recorder:
    """A MockTransport that records requests and the timeout each was sent with."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return jsonapi(200, BOOKING)

    def http(self, kind: str, **kwargs: Any) -> Any:
        transport = httpx.MockTransport(self)
        if kind == "sync":
            return httpx.Client(transport=transport, **kwargs)
        return httpx.AsyncClient(transport=transport, **kwargs)


def make_client(kind: str, http: Any, **kwargs: Any) -> Any:
    cls = anny.Anny if kind == "sync" else anny.AsyncAnny
    return cls(base_url=kwargs.pop("base_url", BASE), http_client=http, **kwargs)


async def anny_get(kind: str, client: Any) -> None:
    if kind == "sync":
        client.get("/api/v1/bookings/3581903")
    else:
        await client.get("/api/v1/bookings/3581903")


async def raw_get(kind: str, client: Any) -> None:
    from anny_api.api.bookings import get_booking

    if kind == "sync":
        response = get_booking.sync_detailed("3581903", client=client.generated)
    else:
        response = await get_booking.asyncio_detailed("3581903", client=client.generated)
    assert response.status_code == 200


def sent(request: httpx.Request) -> dict[str, Any]:
    """What matters of a request for configuration: URL, anny's headers, timeout."""
    return {
        "url": str(request.url),
        "authorization": request.headers.get("authorization"),
        "accept": request.headers.get("accept"),
        "accept-language": request.headers.get("accept-language"),
        "x-extra": request.headers.get("x-extra"),
        "timeout": request.extensions.get("timeout"),
    }


async def test_with_options_locale_none_drops_accept_language(kind):
    rec = Recorder()
    client = make_client(kind, rec.http(kind), token="t", locale="de-DE")
    await anny_get(kind, client)
    await anny_get(kind, client.with_options(locale=None))
    assert rec.requests[0].headers["accept-language"] == "de-DE"
    assert "accept-language" not in rec.requests[1].headers


async def test_anny_and_raw_calls_send_the_same_configuration(kind):
    pytest.importorskip("anny_api")
    rec = Recorder()
    client = make_client(
        kind, rec.http(kind), token="tok", locale="fr-FR", default_headers={"X-Extra": "1"}
    )
    await anny_get(kind, client)
    await raw_get(kind, client)
    assert sent(rec.requests[0]) == sent(rec.requests[1])
    assert sent(rec.requests[0])["authorization"] == "Bearer tok"


async def test_raw_on_a_copy_uses_the_copys_timeout_locale_and_headers(kind):
    pytest.importorskip("anny_api")
    rec = Recorder()
    client = make_client(kind, rec.http(kind), token="tok", locale="de-DE", timeout=30)
    copy = client.with_options(timeout=3, locale="en-GB", default_headers={"X-Extra": "copy"})
    await raw_get(kind, copy)
    await anny_get(kind, copy)
    await raw_get(kind, client)
    via_copy_raw, via_copy, via_original_raw = (sent(r) for r in rec.requests)
    assert via_copy_raw == via_copy
    assert via_copy_raw["accept-language"] == "en-GB"
    assert via_copy_raw["x-extra"] == "copy"
    assert via_copy_raw["timeout"] == httpx.Timeout(3).as_dict()
    # The original is untouched by its copy.
    assert via_original_raw["accept-language"] == "de-DE"
    assert via_original_raw["x-extra"] is None
    assert via_original_raw["timeout"] == httpx.Timeout(30).as_dict()


async def test_injected_client_auth_is_the_same_for_anny_and_raw(kind):
    pytest.importorskip("anny_api")
    # The configured token wins over the injected client's own auth, for both kinds of call.
    rec = Recorder()
    injected = rec.http(kind, auth=httpx.BasicAuth("user", "pass"))
    client = make_client(kind, injected, token="tok")
    await anny_get(kind, client)
    await raw_get(kind, client)
    assert [r.headers["authorization"] for r in rec.requests] == ["Bearer tok", "Bearer tok"]

    # Without a token, the injected client's auth is used by both.
    rec2 = Recorder()
    anonymous = make_client(kind, rec2.http(kind, auth=httpx.BasicAuth("user", "pass")), token=None)
    await anny_get(kind, anonymous)
    await raw_get(kind, anonymous)
    basic = httpx.BasicAuth("user", "pass")._auth_header
    assert [r.headers["authorization"] for r in rec2.requests] == [basic, basic]


async def test_injected_client_hooks_see_raw_calls_too(kind):
    pytest.importorskip("anny_api")
    rec = Recorder()
    hooked: list[str] = []

    if kind == "sync":

        def hook(request: httpx.Request) -> None:
            hooked.append(request.url.path)
    else:

        async def hook(request: httpx.Request) -> None:  # type: ignore[misc]
            hooked.append(request.url.path)

    client = make_client(kind, rec.http(kind, event_hooks={"request": [hook]}), token=None)
    await raw_get(kind, client)
    await anny_get(kind, client)
    assert hooked == ["/api/v1/bookings/3581903"] * 2


async def test_owned_client_carries_no_configuration_of_its_own(kind):
    cls = anny.Anny if kind == "sync" else anny.AsyncAnny
    client = cls(base_url=BASE, token="tok", locale="de-DE")
    http = client.http_client
    assert "accept-language" not in http.headers
    assert http.auth is None
    if kind == "sync":
        client.close()
    else:
        await client.close()
