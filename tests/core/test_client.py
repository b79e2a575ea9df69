"""Client construction, headers on the wire, configuration and the generic escape hatch."""

from __future__ import annotations

import json
import platform
import re

import httpx
import pytest
from annycore_helpers import BASE, JSONAPI, jsonapi

import anny

EMPTY = {"data": None}


async def test_get_sends_exact_headers_and_url(make):
    h = make(lambda r: jsonapi(200, EMPTY), token="tok-123", locale="de-DE")
    await h.call(h.client.get, "/api/v1/resources/room-1", params={"include": "services"})

    req = h.last
    assert req.method == "GET"
    assert str(req.url) == f"{BASE}/api/v1/resources/room-1?include=services"
    assert req.headers["accept"] == JSONAPI
    assert req.headers["authorization"] == "Bearer tok-123"
    assert req.headers["accept-language"] == "de-DE"
    assert req.headers["user-agent"] == (
        f"anny-python/{anny.__version__} httpx/{httpx.__version__} "
        f"python/{platform.python_version()}"
    )
    assert re.fullmatch(r"anny-python/\S+ httpx/\S+ python/\S+", req.headers["user-agent"])
    assert "content-type" not in req.headers
    assert req.content == b""


async def test_anonymous_by_default_sends_no_authorization(make):
    h = make(lambda r: jsonapi(200, EMPTY))
    await h.call(h.client.get, "/api/v1/availability/start")
    assert "authorization" not in h.last.headers
    assert "accept-language" not in h.last.headers


async def test_post_flat_body_uses_jsonapi_content_type(make):
    h = make(lambda r: jsonapi(201, {"data": {"type": "orders", "id": "58075515"}}))
    body = {"start_date": "2026-04-15T09:00:00+02:00", "service_id": {"601": 1}}
    doc = await h.call(
        h.client.post, "/api/v1/order/bookings", json=body, params={"stateless": True}
    )

    req = h.last
    assert req.method == "POST"
    assert str(req.url) == f"{BASE}/api/v1/order/bookings?stateless=1"
    assert req.headers["content-type"] == JSONAPI
    assert json.loads(req.content) == body
    assert doc.data.type == "orders"
    assert doc.data.id == "58075515"


async def test_patch_and_delete_methods(make):
    h = make(lambda r: jsonapi(200, EMPTY) if r.method == "PATCH" else httpx.Response(204))
    await h.call(h.client.patch, "/api/v1/customer", json={"data": {"type": "customers"}})
    assert h.last.method == "PATCH"
    assert h.last.headers["content-type"] == JSONAPI
    doc = await h.call(h.client.delete, "/api/v1/waitlist-entries/7")
    assert h.last.method == "DELETE"
    assert str(h.last.url) == f"{BASE}/api/v1/waitlist-entries/7"
    assert doc.data is None
    assert not doc.is_jsonapi


async def test_default_headers_and_plan_headers(make):
    h = make(lambda r: jsonapi(200, EMPTY), default_headers={"X-App-Key": "anny_shop"})
    await h.call(h.client.get, "/x", headers={"X-Extra": "1"})
    assert h.last.headers["x-app-key"] == "anny_shop"
    assert h.last.headers["x-extra"] == "1"


async def test_with_options_shares_pool_and_overrides(make):
    h = make(lambda r: jsonapi(200, EMPTY), locale="en-US")
    copy = h.client.with_options(locale="de-DE", timeout=3.0, max_retries=0)
    assert copy.http_client is h.client.http_client
    assert copy.max_retries == 0
    assert h.client.max_retries == 2
    await h.call(copy.get, "/x")
    assert h.last.headers["accept-language"] == "de-DE"
    assert h.last.extensions["timeout"] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    await h.call(h.client.get, "/x")
    assert h.last.headers["accept-language"] == "en-US"
    assert h.last.extensions["timeout"]["read"] == 30.0
    assert h.last.extensions["timeout"]["connect"] == 5.0


async def test_token_provider_is_asked_for_every_request(make):
    tokens = iter(["t1", "t2"])

    class Provider:
        def get_token(self) -> str | None:
            return next(tokens)

    h = make(lambda r: jsonapi(200, EMPTY), token=Provider())
    await h.call(h.client.get, "/x")
    await h.call(h.client.get, "/x")
    assert [r.headers["authorization"] for r in h.requests] == ["Bearer t1", "Bearer t2"]


async def test_async_token_provider_on_async_client():
    class Provider:
        async def aget_token(self) -> str | None:
            return "async-tok"

    seen = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or jsonapi(200, EMPTY))
    async with anny.AsyncAnny(
        base_url=BASE, token=Provider(), http_client=httpx.AsyncClient(transport=transport)
    ) as client:
        await client.get("/x")
    assert seen[0].headers["authorization"] == "Bearer async-tok"
    with pytest.raises(anny.InvalidParameterError, match="needs AsyncAnny"):
        anny.Anny(token=Provider())


async def test_token_invalidated_and_resent_once_after_401(make):
    class Provider:
        def __init__(self) -> None:
            self.token = "old"

        def get_token(self) -> str:
            return self.token

        def invalidate(self) -> None:
            self.token = "new"

    sent = []

    def handler(request):
        sent.append(request.headers["authorization"])  # the request object is reused
        if request.headers["authorization"] == "Bearer old":
            return jsonapi(401, {"errors": [{"status": "401", "title": "Unauthenticated"}]})
        return jsonapi(200, EMPTY)

    h = make(handler, token=Provider())
    await h.call(h.client.get, "/x")
    assert sent == ["Bearer old", "Bearer new"]


def test_environments_and_env_vars(monkeypatch):
    assert anny.Anny().base_url == "https://b.anny.co"
    assert anny.Anny(environment="gov-cloud").base_url == "https://b.anny.eu"
    assert anny.Anny(environment="staging").base_url == "https://b.staging.anny.co"
    assert anny.Anny(base_url="http://127.0.0.1:8000/").base_url == "http://127.0.0.1:8000"
    with pytest.raises(anny.InvalidParameterError):
        anny.Anny(environment="mars")
    with pytest.raises(anny.InvalidParameterError):
        anny.Anny(environment="staging", base_url="http://x")

    monkeypatch.setenv("ANNY_ENVIRONMENT", "gov-cloud")
    assert anny.Anny().base_url == "https://b.anny.eu"
    monkeypatch.setenv("ANNY_BASE_URL", "http://127.0.0.1:9")
    assert anny.Anny().base_url == "http://127.0.0.1:9"
    monkeypatch.setenv("ANNY_TOKEN", "env-token")
    client = anny.Anny()
    assert "authenticated=True" in repr(client)
    assert anny.Anny(token=None)._config.auth is None  # explicit None: anonymous


def test_timeout_defaults_and_float():
    client = anny.Anny()
    assert client.timeout == httpx.Timeout(30.0, connect=5.0)
    assert anny.Anny(timeout=7).timeout == httpx.Timeout(7.0)
    custom = httpx.Timeout(1.0, read=2.0)
    assert anny.Anny(timeout=custom).timeout is custom
    with pytest.raises(anny.InvalidParameterError):
        anny.Anny(timeout=-1)


def test_repr_never_shows_the_token():
    secret = "super-secret-token"
    headers = {"X-Shop": "k", "Authorization": f"Bearer {secret}"}
    client = anny.Anny(token=secret, default_headers=headers)
    # The client's repr has a fixed set of fields: no headers, no token (pinned exactly, so a
    # field added later has to pass this test).
    assert repr(client) == (
        "Anny(base_url='https://b.anny.co', authenticated=True, locale=None, max_retries=2)"
    )
    # The config's repr does list the default headers, so there the redaction is what counts.
    for config in (client._config, client.with_options(max_retries=1)._config):
        text = repr(config)
        assert "'X-Shop': 'k'" in text
        assert "Authorization" in text
        assert secret not in text
    assert secret not in repr(client._config.auth)
    assert repr(client._config.auth) == "BearerAuth(<static token, redacted>)"


def test_sync_context_manager_closes_owned_client_only():
    with anny.Anny() as client:
        pass
    assert client.is_closed
    injected = httpx.Client()
    with anny.Anny(http_client=injected):
        pass
    assert not injected.is_closed
    injected.close()


async def test_async_context_manager_closes():
    async with anny.AsyncAnny() as client:
        pass
    assert client.is_closed


def test_injected_client_is_used_as_is():
    injected = httpx.Client(headers={"User-Agent": "mine"})
    anny.Anny(base_url="http://127.0.0.1:1234", token="t", http_client=injected)
    # Nothing of anny's configuration is written into the caller's client.
    assert str(injected.base_url) == ""
    assert injected.headers["user-agent"] == "mine"
    assert injected.headers["accept"] == "*/*"
    assert injected.auth is None
    with pytest.raises(anny.InvalidParameterError, match="use AsyncAnny"):
        anny.Anny(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(anny.InvalidParameterError, match="use Anny"):
        anny.AsyncAnny(http_client=httpx.Client())  # type: ignore[arg-type]


async def test_paths_are_checked_before_sending(make):
    h = make(lambda r: jsonapi(200, EMPTY), token="t")
    with pytest.raises(anny.InvalidParameterError):
        await h.call(h.client.get, "api/v1/no-leading-slash")
    with pytest.raises(anny.InvalidParameterError):
        await h.call(h.client.get, "https://evil.example/api/v1/bookings")
    assert h.requests == []


async def test_with_raw_response(make):
    h = make(lambda r: jsonapi(200, EMPTY, headers={"x-request-id": "rid-1"}))
    raw = await h.call(h.client.with_raw_response.get, "/api/v1/order")
    assert isinstance(raw, anny.APIResponse)
    assert raw.http_response.status_code == 200
    assert raw.retries_taken == 0
    assert raw.request_id == "rid-1"
    assert raw.parse().data is None
    assert raw.parse() is raw.parse()  # cached


async def test_run_plan_with_custom_parser(make):
    """The pattern for future helpers: a plan plus a parser, run by `client.run`."""
    body = {"data": {"type": "bookings", "id": "3581903", "attributes": {"number": "BB81592797"}}}
    h = make(lambda r: jsonapi(200, body))
    plan = anny.flows.RequestPlan(
        "GET",
        "/api/v1/bookings/3581903",
        params=anny.flows.build_query(include=["service"]),
        parser=lambda resp: anny.types.Booking.from_document(anny.Document.from_json(resp.json())),
    )
    booking = await h.call(h.client.run, plan)
    assert booking.number == "BB81592797"
    assert str(h.last.url) == f"{BASE}/api/v1/bookings/3581903?include=service"


def test_raw_generated_client_is_cached_per_client():
    pytest.importorskip("anny_api")
    import anny_api

    client = anny.Anny(base_url="http://127.0.0.1:1", token="t")
    assert isinstance(client.generated, anny_api.Client)
    assert client.generated is client.generated  # cached
    copy = client.with_options(locale="fr-FR")
    assert copy.generated is not client.generated  # a copy has its own settings


async def test_generated_operation_runs_through_raw_with_same_auth_and_headers(kind):
    pytest.importorskip("anny_api")
    from anny_api.api.bookings import get_booking

    seen: list[httpx.Request] = []
    body = {"data": {"type": "bookings", "id": "3581903", "attributes": {}}}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return jsonapi(200, body)

    transport = httpx.MockTransport(handler)
    if kind == "sync":
        client = anny.Anny(
            base_url=BASE,
            token="tok",
            locale="fr-FR",
            http_client=httpx.Client(transport=transport),
        )
        response = get_booking.sync_detailed("3581903", client=client.generated, include="service")
    else:
        aclient = anny.AsyncAnny(
            base_url=BASE,
            token="tok",
            locale="fr-FR",
            http_client=httpx.AsyncClient(transport=transport),
        )
        response = await get_booking.asyncio_detailed(
            "3581903", client=aclient.generated, include="service"
        )
    assert response.status_code == 200
    req = seen[0]
    assert str(req.url) == f"{BASE}/api/v1/bookings/3581903?include=service"
    assert req.headers["authorization"] == "Bearer tok"
    assert req.headers["accept"] == JSONAPI
    assert req.headers["accept-language"] == "fr-FR"
    assert req.headers["user-agent"].startswith("anny-python/")
