"""`client.run` runs plans and flows on both clients; idempotency comes from the spec."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from annycore_helpers import BASE, jsonapi

import anny
from anny._flow import Batch, Flow, perform
from anny._plan_flow import Sleep
from anny._response import parse_json

BOOKING = {"data": {"type": "bookings", "id": "7", "attributes": {"status": "canceled"}}}


def plan(path: str, **kwargs: Any) -> anny.flows.RequestPlan[Any]:
    return anny.flows.RequestPlan("GET", path, parser=parse_json, **kwargs)


async def test_run_executes_a_plan_and_returns_its_parsed_value(make):
    h = make(lambda r: jsonapi(200, {"x": 1}))
    assert await h.call(h.client.run, plan("/a", params={"q": "1"})) == {"x": 1}
    assert [str(r.url) for r in h.requests] == [f"{BASE}/a?q=1"]


async def test_run_drives_a_flow_with_errors_batches_and_sleeps(make):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/missing":
            return jsonapi(404, {"errors": [{"status": "404", "title": "Not found"}]})
        return jsonapi(200, {"path": request.url.path})

    def flow() -> Flow[list[Any]]:
        seen: list[Any] = []
        seen.append((yield from perform(plan("/one"))))
        try:
            yield plan("/missing")
        except anny.NotFoundError as exc:
            seen.append(exc.status_code)
        yield Sleep(1.5)
        results = yield Batch([plan("/b1"), plan("/missing"), plan("/b2")])
        seen.append([r.parse() if isinstance(r, anny.APIResponse) else type(r) for r in results])
        return seen

    h = make(handler, max_retries=0)
    result = await h.call(h.client.run, flow())
    assert result == [
        {"path": "/one"},
        404,
        [{"path": "/b1"}, anny.NotFoundError, {"path": "/b2"}],
    ]
    assert sorted(r.url.path for r in h.requests) == sorted(
        ["/one", "/missing", "/b1", "/missing", "/b2"]
    )
    assert h.sleeps == [1.5]


async def test_an_error_a_flow_does_not_catch_reaches_the_caller(make):
    h = make(lambda r: jsonapi(409, {"errors": [{"status": "409", "title": "Taken"}]}))

    def flow() -> Flow[None]:
        yield plan("/x")

    with pytest.raises(anny.ConflictError):
        await h.call(h.client.run, flow())


async def test_a_flow_must_yield_plans(make):
    h = make(lambda r: jsonapi(200, {}))

    def flow() -> Flow[None]:
        yield "GET /x"

    with pytest.raises(TypeError, match="RequestPlan, Batch or Sleep"):
        await h.call(h.client.run, flow())
    assert h.requests == []


# --------------------------------------------------------------------------- idempotency


def dropped(request: httpx.Request) -> httpx.Response:
    raise httpx.RemoteProtocolError("Server disconnected", request=request)


async def test_a_get_that_cancels_is_never_resent(make):
    h = make(dropped, max_retries=3)
    with pytest.raises(anny.OutcomeUnknownError) as info:
        await h.call(h.client.get, "/api/v1/bookings/7/cancel", params={"code": "c0de"})
    err = info.value
    assert isinstance(err, anny.APIConnectionError)
    assert (err.operation, err.read_back) == ("cancelBooking", "getBooking")
    assert "read the state back (getBooking)" in str(err)
    assert "c0de" not in str(err)
    assert len(h.requests) == 1
    assert h.sleeps == []


async def test_delete_all_is_never_resent_and_a_plain_get_is(make):
    h = make(dropped, max_retries=2)
    with pytest.raises(anny.OutcomeUnknownError):
        await h.call(h.client.get, "/api/v1/order/bookings/delete-all", params={"oid": "1"})
    assert len(h.requests) == 1
    with pytest.raises(anny.APIConnectionError) as info:
        await h.call(h.client.get, "/api/v1/bookings/7")
    assert not isinstance(info.value, anny.OutcomeUnknownError)
    assert len(h.requests) == 1 + 3  # getBooking is idempotent: sent, then resent twice


async def test_idempotent_argument_overrides_the_spec(make):
    h = make(dropped, max_retries=1)
    with pytest.raises(anny.APIConnectionError) as info:
        await h.call(h.client.get, "/api/v1/bookings/7/cancel", idempotent=True)
    assert not isinstance(info.value, anny.OutcomeUnknownError)
    assert len(h.requests) == 2
    h2 = make(dropped, max_retries=1)
    with pytest.raises(anny.OutcomeUnknownError):
        await h2.call(h2.client.delete, "/api/v1/waitlist-entries/5", idempotent=False)
    assert len(h2.requests) == 1


async def test_the_quote_post_is_retried_like_a_get(make):
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return jsonapi(200, {"total": 0})

    h = make(flaky, max_retries=2)
    raw = await h.call(h.client.with_raw_response.post, "/api/v1/order/bookings/calculate", json={})
    assert raw.retries_taken == 1
    assert len(h.requests) == 2


async def test_a_5xx_to_a_side_effect_is_outcome_unknown_and_an_internal_server_error(make):
    h = make(lambda r: jsonapi(502, None), max_retries=2)
    with pytest.raises(anny.InternalServerError) as info:
        await h.call(h.client.get, "/api/v1/bookings/7/cancel")
    assert isinstance(info.value, anny.OutcomeUnknownError)
    assert len(h.requests) == 1


def test_plans_resolve_idempotency_from_their_operation() -> None:
    assert not anny.flows.RequestPlan("GET", "/x", operation="cancelBooking").is_idempotent
    assert anny.flows.RequestPlan("POST", "/x", operation="calculateCartBookings").is_idempotent
    assert anny.flows.RequestPlan("GET", "/x", operation="getBooking").is_idempotent
    assert not anny.flows.RequestPlan("POST", "/x").is_idempotent
    assert anny.flows.RequestPlan(
        "GET", "/x", operation="cancelBooking", idempotent=True
    ).is_idempotent


async def test_an_anonymous_plan_carries_nothing_of_the_client(kind: str) -> None:
    """A plan for another service (the OAuth token endpoint) is sent with its own headers
    and form body only: not the client's bearer token or default headers, not the injected
    httpx client's headers, never following a redirect, and outside the rate-limit budget."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(200, json={"ok": 1})
        return httpx.Response(307, headers={"location": "https://evil.test/steal"})

    options: dict[str, Any] = {
        "transport": httpx.MockTransport(handler),
        "headers": {"Authorization": "Bearer injected-secret"},
        "follow_redirects": True,
    }
    client: Any
    if kind == "sync":
        client = anny.Anny(
            base_url=BASE,
            token="client-secret",
            http_client=httpx.Client(**options),
            locale="de",
            default_headers={"X-Tenant": "t"},
            rate_limit=anny.RateLimit(writes=1),
        )
    else:
        client = anny.AsyncAnny(
            base_url=BASE,
            token="client-secret",
            http_client=httpx.AsyncClient(**options),
            locale="de",
            default_headers={"X-Tenant": "t"},
            rate_limit=anny.RateLimit(writes=1),
        )
    token_plan = anny.flows.RequestPlan(
        "POST",
        "https://auth.example.test/oauth/token",
        headers={"Accept": "application/json"},
        form=[("grant_type", "refresh_token"), ("refresh_token", "rt-secret")],
        idempotent=False,
        parser=parse_json,
        anonymous=True,
    )
    assert "rt-secret" not in repr(token_plan)

    async def run(p: anny.flows.RequestPlan[Any]) -> Any:
        result = client.run(p)
        return await result if kind == "async" else result

    assert await run(token_plan) == {"ok": 1}
    with pytest.raises(anny.APIStatusError) as info:  # the second write: not held back 60 s
        await run(token_plan)
    assert info.value.status_code == 307  # ... and the redirect is not followed
    assert len(seen) == 2
    for request in seen:
        assert str(request.url) == "https://auth.example.test/oauth/token"
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert request.content == b"grant_type=refresh_token&refresh_token=rt-secret"
        assert request.headers["accept"] == "application/json"
        for name in ("authorization", "x-tenant", "accept-language"):
            assert name not in request.headers


async def test_a_plan_with_both_a_json_and_a_form_body_is_refused_unsent(make):
    h = make(lambda r: jsonapi(200, {}))
    both = anny.flows.RequestPlan("POST", "/a", json={"x": 1}, form={"y": "2"}, parser=parse_json)
    with pytest.raises(anny.InvalidParameterError, match="not both"):
        await h.call(h.client.run, both)
    assert h.requests == []
    form = anny.flows.RequestPlan("POST", "/a", form={"y": "2 3"}, parser=parse_json)
    assert await h.call(h.client.run, form) == {}
    [request] = h.requests
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"y=2+3"
    assert request.headers["accept"] == "application/vnd.api+json"  # not anonymous: the client's
