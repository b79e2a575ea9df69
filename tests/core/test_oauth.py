"""OAuth2 without a network: PKCE, the authorization URL, Token, the wire of the token requests
(sync and async drivers over an httpx.MockTransport), error mapping and RefreshingToken."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest

import anny

AUTH = "https://auth.anny.test"
REDIRECT = "http://127.0.0.1:8400/callback"
VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
CODE = "the-authorization-code-0123456789"
ACCESS = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
REFRESH = "refresh-token-abcdefghijklmnopqrstuvwxyz"
T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


class FakeClock:
    """An injectable clock that moves only when told."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def token_body(access: str = ACCESS, refresh: str | None = REFRESH, **extra: Any) -> bytes:
    body: dict[str, Any] = {"token_type": "Bearer", "access_token": access, **extra}
    if refresh is not None:
        body["refresh_token"] = refresh
    return json.dumps(body).encode()


class Wire:
    """A MockTransport that records token requests and answers from a queue."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.answers:
            return self.answers.pop(0)
        return httpx.Response(200, content=token_body(expiresIn=1440))

    def form(self, index: int = -1) -> dict[str, str]:
        request = self.requests[index]
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        return dict(parse_qsl(request.content.decode(), keep_blank_values=True))


def make_oauth(kind: str, wire: Wire, **kwargs: Any) -> anny.auth.OAuth2:
    transport = httpx.MockTransport(wire)
    if kind == "sync":
        kwargs["http_client"] = httpx.Client(transport=transport, **kwargs.pop("client_kw", {}))
    else:
        kwargs["async_http_client"] = httpx.AsyncClient(
            transport=transport, **kwargs.pop("client_kw", {})
        )
    return anny.auth.OAuth2("my-app", REDIRECT, auth_base_url=AUTH, **kwargs)


async def call(kind: str, oauth: anny.auth.OAuth2, name: str, *args: Any, **kwargs: Any) -> Any:
    """`exchange_code` for sync, `aexchange_code` for async; the sync one must not be a
    coroutine and the async one must be one."""
    if kind == "sync":
        result = getattr(oauth, name)(*args, **kwargs)
        assert not inspect.isawaitable(result)
        return result
    pending = getattr(oauth, "a" + name)(*args, **kwargs)
    assert inspect.iscoroutine(pending)
    return await pending


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# --------------------------------------------------------------------------- PKCE + URL


def test_pkce_challenge_matches_rfc7636_appendix_b() -> None:
    assert anny.auth.pkce_challenge(VERIFIER) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@pytest.mark.parametrize("bad", ["short", "x" * 129, "a" * 42 + " ", "ä" * 50, 12345])
def test_pkce_challenge_refuses_bad_verifiers(bad: Any) -> None:
    with pytest.raises(anny.InvalidParameterError) as info:
        anny.auth.pkce_challenge(bad)
    assert str(bad) not in str(info.value) or bad == 12345


def test_authorization_url_carries_the_pkce_challenge_and_state() -> None:
    oauth = anny.auth.OAuth2("my-app", REDIRECT, scopes=["user:read", "b.bookings:read"])
    auth = oauth.authorization_url(login_hint="erika@example.com")
    url, state, verifier = auth  # unpacks
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://auth.anny.co/oauth/authorize"
    query = parse_qs(parts.query)
    assert query == {
        "response_type": ["code"],
        "client_id": ["my-app"],
        "redirect_uri": [REDIRECT],
        "state": [state],
        "scope": ["user:read b.bookings:read"],
        "code_challenge": [anny.auth.pkce_challenge(verifier)],
        "code_challenge_method": ["S256"],
        "login_hint": ["erika@example.com"],
    }
    assert 43 <= len(verifier) <= 128
    assert len(state) >= 32
    assert verifier not in url
    assert verifier not in repr(auth)
    again = oauth.authorization_url()
    assert again.state != state
    assert again.code_verifier != verifier
    assert oauth.authorization_url(state="mine").state == "mine"


def test_environments_and_bad_configuration() -> None:
    assert anny.auth.OAuth2("a", REDIRECT, environment="gov-cloud").token_endpoint == (
        "https://auth.anny.eu/oauth/token"
    )
    assert anny.auth.OAuth2("a", REDIRECT).token_endpoint == "https://auth.anny.co/oauth/token"
    assert anny.auth.OAuth2("a", REDIRECT, auth_base_url="http://127.0.0.1:1/").auth_base_url == (
        "http://127.0.0.1:1"
    )
    bad: list[Callable[[], Any]] = [
        lambda: anny.auth.OAuth2("", REDIRECT),
        lambda: anny.auth.OAuth2("has space", REDIRECT),
        lambda: anny.auth.OAuth2("a", "/relative"),
        lambda: anny.auth.OAuth2("a", "https://app.example/cb#frag"),
        lambda: anny.auth.OAuth2("a", REDIRECT, environment="moon"),
        lambda: anny.auth.OAuth2("a", REDIRECT, environment="production", auth_base_url=AUTH),
        lambda: anny.auth.OAuth2("a", REDIRECT, auth_base_url="http://auth.example.com"),  # no TLS
        lambda: anny.auth.OAuth2("a", REDIRECT, auth_base_url="ftp://auth.example.com"),
        lambda: anny.auth.OAuth2("a", REDIRECT, scopes=["ok", "bad scope"]),
        lambda: anny.auth.OAuth2("a", REDIRECT, timeout=-1),
        lambda: anny.auth.OAuth2("a", REDIRECT, client_secret=""),
        lambda: anny.auth.OAuth2("a", REDIRECT).authorization_url(state=""),
        lambda: anny.auth.OAuth2("a", REDIRECT).authorization_url(
            extra_params={"code_verifier": "x"}
        ),
    ]
    for make in bad:
        with pytest.raises(anny.InvalidParameterError):
            make()


# --------------------------------------------------------------------------- Token


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 11, 23, 6, 0, tzinfo=UTC),
        datetime(2026, 11, 23, 23, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC),  # the night Europe moves to summer time
        datetime(2026, 10, 25, 0, 59, tzinfo=UTC),  # ... and back
    ],
)
def test_token_expiry_follows_the_injected_clock_at_any_hour(now: datetime) -> None:
    clock = FakeClock(now)
    minutes = anny.auth.Token.from_response(json.loads(token_body(expiresIn=1440)), clock=clock)
    assert minutes.expires_at == now + timedelta(days=1)  # anny's expiresIn is minutes
    seconds = anny.auth.Token.from_response({"access_token": ACCESS, "expires_in": 90}, clock=clock)
    assert seconds.expires_at == now + timedelta(seconds=90)
    assert not seconds.expired
    assert not seconds.expires_within(89)
    assert seconds.expires_within(90)
    clock.advance(seconds=89)
    assert seconds.expires_within(1)
    assert not seconds.expired
    clock.advance(seconds=1)
    assert seconds.expired


def test_token_expiry_precedence_and_shapes() -> None:
    clock = FakeClock()
    at = anny.auth.Token.from_response(
        {"access_token": ACCESS, "expiresAt": "2026-11-24T08:00:00+01:00", "expires_in": 5},
        clock=clock,
    )
    # The lifetime, measured on the client's clock, wins over the server's absolute instant.
    assert at.expires_at == T0 + timedelta(seconds=5)
    only_at = anny.auth.Token.from_response(
        {"access_token": ACCESS, "expiresAt": "2026-11-24T08:00:00+01:00"}, clock=clock
    )
    assert only_at.expires_at == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    camel = anny.auth.Token.from_response(
        {"access_token": ACCESS, "expiresAt": "2026-11-24T08:00:00+01:00", "expiresIn": 30},
        clock=clock,
    )
    assert camel.expires_at == T0 + timedelta(minutes=30)
    # Issued already expired by our clock: the clocks disagree, the expiry is unknown.
    past = anny.auth.Token.from_response(
        {"access_token": ACCESS, "expiresAt": "2026-11-23T06:30:00+00:00"}, clock=clock
    )
    assert past.expires_at is None
    std = anny.auth.Token.from_response(
        {"access_token": ACCESS, "expires_in": 60, "expiresIn": 60}, clock=clock
    )
    assert std.expires_at == T0 + timedelta(seconds=60)  # expires_in (seconds) over expiresIn
    naive = anny.auth.Token.from_response(
        {"access_token": ACCESS, "expiresAt": "2026-11-24T07:00:00"}, clock=clock
    )
    assert naive.expires_at == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    never = anny.auth.Token.from_response({"access_token": ACCESS}, clock=clock)
    assert never.expires_at is None
    assert not never.expired
    assert not never.expires_within(1e9)
    assert never.refresh_token is None
    for bad in ({}, {"access_token": ""}, {"access_token": ACCESS, "token_type": "mac"}, []):
        with pytest.raises(anny.APIResponseValidationError):
            anny.auth.Token.from_response(bad, clock=clock)  # type: ignore[arg-type]


def test_token_round_trips_through_json_and_hides_its_secrets() -> None:
    clock = FakeClock()
    token = anny.auth.Token.from_response(
        json.loads(token_body(expiresAt="2026-11-24T07:00:00+00:00", scope="user:read")),
        clock=clock,
    )
    stored = token.to_json()
    assert json.loads(stored) == {
        "access_token": ACCESS,
        "refresh_token": REFRESH,
        "token_type": "Bearer",
        "expires_at": "2026-11-24T07:00:00+00:00",
        "scope": "user:read",
    }
    back = anny.auth.Token.from_json(stored, clock=clock)
    assert back == token
    assert anny.auth.Token.from_dict(token.to_dict()) == token
    for text in (repr(token), str(token), f"{token}", repr([token])):
        assert ACCESS not in text
        assert REFRESH not in text
    assert "2026-11-24T07:00:00+00:00" in repr(token)
    for bad in ("nope", "[]", '{"access_token": 5}', '{"access_token": "a", "expires_at": "x"}'):
        with pytest.raises(anny.InvalidParameterError):
            anny.auth.Token.from_json(bad)
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.Token(ACCESS, expires_at=datetime(2026, 1, 1))  # naive
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.Token(ACCESS, expires_at=T0, clock=lambda: datetime(2026, 1, 1)).expired


# --------------------------------------------------------------------------- the wire


async def test_exchange_code_wire_and_result(kind: str) -> None:
    wire = Wire(httpx.Response(200, content=token_body(expiresIn=1440)))
    clock = FakeClock()
    # The injected client has its own auth and headers: neither may reach the token endpoint.
    oauth = make_oauth(
        kind,
        wire,
        clock=clock,
        client_kw={"auth": ("user", "pw"), "headers": {"Authorization": "Bearer api-token"}},
    )
    token = await call(
        kind, oauth, "exchange_code", CODE, VERIFIER, state="s1", expected_state="s1"
    )
    assert isinstance(token, anny.auth.Token)
    assert token.access_token == ACCESS
    assert token.refresh_token == REFRESH
    assert token.expires_at == T0 + timedelta(minutes=1440)
    [request] = wire.requests
    assert request.method == "POST"
    assert str(request.url) == f"{AUTH}/oauth/token"
    assert "authorization" not in request.headers
    assert request.headers["accept"] == "application/json"
    assert wire.form() == {
        "grant_type": "authorization_code",
        "code": CODE,
        "redirect_uri": REDIRECT,
        "client_id": "my-app",
        "code_verifier": VERIFIER,
    }


async def test_refresh_wire_json_encoding_and_client_secret(kind: str) -> None:
    wire = Wire(httpx.Response(200, content=token_body(access="new-access", refresh=None)))
    oauth = make_oauth(kind, wire, client_secret="s3cret-value", token_request_encoding="json")
    old = anny.auth.Token(ACCESS, REFRESH)
    token = await call(kind, oauth, "refresh", old)
    [request] = wire.requests
    assert request.method == "POST"
    assert str(request.url) == f"{AUTH}/oauth/token"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "grant_type": "refresh_token",
        "refresh_token": REFRESH,
        "client_id": "my-app",
        "client_secret": "s3cret-value",
    }
    assert token.access_token == "new-access"
    assert token.refresh_token == REFRESH  # no new one issued: the old one stays (RFC 6749 §6)
    assert "s3cret-value" not in repr(oauth)


async def test_run_drives_a_flow_of_token_requests_on_the_oauth2_client(kind: str) -> None:
    """OAuth2.run / OAuth2.arun drive any flow that yields token plans (one flow, two drivers):
    here an exchange followed by a refresh of what it returned, each request sent once."""
    wire = Wire(
        httpx.Response(200, content=token_body("first-access", "first-refresh")),
        httpx.Response(200, content=token_body("second-access", "second-refresh")),
    )
    oauth = make_oauth(kind, wire)

    def sign_in_then_refresh() -> Any:
        first = yield from oauth.exchange_code_flow(CODE, VERIFIER)
        second = yield from oauth.refresh_flow(first)
        return first, second

    first, second = await call(kind, oauth, "run", sign_in_then_refresh())
    assert (first.access_token, second.access_token) == ("first-access", "second-access")
    assert [wire.form(i)["grant_type"] for i in (0, 1)] == ["authorization_code", "refresh_token"]
    assert wire.form(1)["refresh_token"] == "first-refresh"
    assert all("authorization" not in request.headers for request in wire.requests)


@pytest.mark.parametrize("text", ["token\n", "token\r\n", "\ttoken"])
def test_a_token_with_a_line_break_or_tab_is_refused(text: str) -> None:
    """Only printable characters: a token read with its newline would break the header."""
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.Token(text)
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.Token(ACCESS, refresh_token=text)
    with pytest.raises(anny.APIResponseValidationError):
        anny.auth.Token.from_response({"access_token": text})
    assert anny.auth.Token.from_response({"access_token": ACCESS, "refresh_token": text}) == (
        anny.auth.Token(ACCESS)
    )
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.OAuth2(text, REDIRECT)
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.OAuth2("a", f"{REDIRECT}\n")
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.OAuth2("a", REDIRECT).authorization_url(state=text)
    with pytest.raises(anny.InvalidParameterError):
        anny.auth.pkce_challenge(f"{VERIFIER}\n")


def test_the_flow_is_sans_io() -> None:
    """A token request is an ordinary flow step: one anonymous plan with a form body."""
    oauth = anny.auth.OAuth2("my-app", REDIRECT, auth_base_url=AUTH, clock=FakeClock())
    flow = oauth.refresh_flow(REFRESH)
    plan = next(flow)
    assert isinstance(plan, anny.flows.RequestPlan)
    assert (plan.method, plan.path, plan.anonymous, plan.is_idempotent) == (
        "POST",
        f"{AUTH}/oauth/token",
        True,
        False,
    )
    assert dict(plan.form or ()) == {
        "grant_type": "refresh_token",
        "refresh_token": REFRESH,
        "client_id": "my-app",
    }
    assert REFRESH not in repr(plan)
    request = httpx.Request("POST", plan.path)
    response = httpx.Response(200, content=token_body(expires_in=60), request=request)
    with pytest.raises(StopIteration) as done:
        flow.send(anny.APIResponse(response, retries_taken=0, parser=plan.parser))
    assert done.value.value.expires_at == T0 + timedelta(seconds=60)


async def test_bad_input_is_refused_before_anything_is_sent(kind: str) -> None:
    wire = Wire()
    oauth = make_oauth(kind, wire)
    cases: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        (("", VERIFIER), {}),
        (("code with space", VERIFIER), {}),
        ((CODE, "too-short"), {}),
        ((CODE, VERIFIER), {"state": "forged", "expected_state": "real"}),
        ((CODE, VERIFIER), {"state": None, "expected_state": "real"}),
        ((CODE, VERIFIER), {"state": "real", "expected_state": None}),
    ]
    for args, kwargs in cases:
        with pytest.raises(anny.InvalidParameterError) as info:
            await call(kind, oauth, "exchange_code", *args, **kwargs)
        assert CODE not in str(info.value)
        assert VERIFIER not in str(info.value)
    with pytest.raises(anny.InvalidParameterError):
        await call(kind, oauth, "refresh", anny.auth.Token(ACCESS))  # no refresh token
    assert wire.requests == []


async def test_redirect_parsing_checks_state_and_reports_errors(kind: str) -> None:
    wire = Wire()
    oauth = make_oauth(kind, wire)
    auth = oauth.authorization_url()
    forged = f"{REDIRECT}?code={CODE}&state=someone-else"
    with pytest.raises(anny.InvalidParameterError, match="state mismatch"):
        await call(kind, oauth, "exchange_redirect", forged, auth)
    denied = f"{REDIRECT}?error=access_denied&error_description=No+thanks&state={auth.state}"
    with pytest.raises(anny.errors.OAuthRedirectError) as info:
        await call(kind, oauth, "exchange_redirect", denied, auth)
    assert info.value.error == "access_denied"
    assert "No thanks" in str(info.value)
    assert wire.requests == []
    good = f"{REDIRECT}?code={CODE}&state={auth.state}"
    await call(kind, oauth, "exchange_redirect", good, auth)
    assert wire.form()["code_verifier"] == auth.code_verifier


def oauth_error(status: int, error: str, description: str) -> httpx.Response:
    body = {"error": error, "error_description": description, "message": description}
    return httpx.Response(status, json=body)


@pytest.mark.parametrize(
    ("answer", "expected", "words"),
    [
        (lambda: oauth_error(400, "invalid_grant", "The PKCE code_verifier does not match."),
         anny.AuthenticationError, "invalid_grant: The PKCE code_verifier does not match."),
        (lambda: oauth_error(401, "invalid_client", "Client authentication failed"),
         anny.AuthenticationError, "invalid_client: Client authentication failed"),
        (lambda: oauth_error(400, "invalid_request", "grant_type is required"),
         anny.BadRequestError, "invalid_request: grant_type is required"),
        (lambda: oauth_error(400, "invalid_grant", f"code {CODE} is unknown"),  # echoed: scrubbed
         anny.AuthenticationError, "code [REDACTED] is unknown"),
        (lambda: httpx.Response(503, text="<html>down</html>"), anny.InternalServerError, "503"),
        (lambda: httpx.Response(302, headers={"location": "https://evil.example/"}),
         anny.APIStatusError, "302"),
        (lambda: httpx.Response(200, text="<html>login</html>"), anny.APIResponseValidationError,
         "without JSON"),
        (lambda: httpx.Response(200, json={"token_type": "Bearer"}),
         anny.APIResponseValidationError, "no usable access_token"),
    ],
)  # fmt: skip
async def test_token_endpoint_errors_are_typed_and_keep_the_description(
    kind: str, answer: Callable[[], httpx.Response], expected: type[Exception], words: str
) -> None:
    wire = Wire(answer())
    oauth = make_oauth(kind, wire)
    with pytest.raises(expected) as info:
        await call(kind, oauth, "exchange_code", CODE, VERIFIER)
    assert type(info.value) is expected
    assert words in str(info.value)
    for text in (str(info.value), repr(info.value), str(info.value.args)):
        assert CODE not in text
        assert VERIFIER not in text
    assert len(wire.requests) == 1  # never retried, never redirected


async def test_a_refused_refresh_says_sign_in_again(kind: str) -> None:
    wire = Wire(oauth_error(400, "invalid_grant", "The refresh token is invalid or was used."))
    oauth = make_oauth(kind, wire)
    with pytest.raises(anny.AuthenticationError) as info:
        await call(kind, oauth, "refresh", anny.auth.Token(ACCESS, REFRESH))
    message = str(info.value)
    assert "must sign in again" in message
    assert "The refresh token is invalid or was used." in message
    assert REFRESH not in message
    assert REFRESH not in repr(info.value.errors)


async def test_connection_errors_map_to_api_connection_error(kind: str) -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    for handler, expected in ((boom, anny.APIConnectionError), (slow, anny.APITimeoutError)):
        transport = httpx.MockTransport(handler)
        if kind == "sync":
            oauth = anny.auth.OAuth2(
                "a", REDIRECT, auth_base_url=AUTH, http_client=httpx.Client(transport=transport)
            )
        else:
            oauth = anny.auth.OAuth2(
                "a",
                REDIRECT,
                auth_base_url=AUTH,
                async_http_client=httpx.AsyncClient(transport=transport),
            )
        with pytest.raises(expected) as info:
            await call(kind, oauth, "refresh", REFRESH)
        assert type(info.value) is expected
        assert REFRESH not in str(info.value)


# --------------------------------------------------------------------------- RefreshingToken


async def get(kind: str, provider: anny.auth.RefreshingToken) -> str:
    if kind == "sync":
        value = provider.get_token()
        assert isinstance(value, str)
        return value
    pending = provider.aget_token()
    assert inspect.iscoroutine(pending)
    return await pending


async def test_refreshing_token_refreshes_within_the_margin_and_reports(kind: str) -> None:
    clock = FakeClock()
    wire = Wire(httpx.Response(200, content=token_body("second-access", "second-refresh",
                                                       expires_in=3600)))  # fmt: skip
    oauth = make_oauth(kind, wire, clock=clock)
    seen: list[anny.auth.Token] = []
    first = anny.auth.Token(ACCESS, REFRESH, expires_at=T0 + timedelta(hours=1), clock=clock)
    provider = anny.auth.RefreshingToken(oauth, first, on_refresh=seen.append, refresh_margin=60)
    assert isinstance(provider, anny.auth.TokenProvider)
    assert isinstance(provider, anny.auth.AsyncTokenProvider)
    assert await get(kind, provider) == ACCESS
    clock.advance(minutes=58, seconds=59)  # 61 s left: not yet
    assert await get(kind, provider) == ACCESS
    assert wire.requests == []
    clock.advance(seconds=1)  # 60 s left: refresh now
    assert await get(kind, provider) == "second-access"
    assert wire.form()["refresh_token"] == REFRESH
    assert [t.access_token for t in seen] == ["second-access"]
    assert provider.token.refresh_token == "second-refresh"
    assert provider.token.expires_at == clock.now + timedelta(hours=1)
    assert await get(kind, provider) == "second-access"
    assert len(wire.requests) == 1
    for text in (repr(provider), repr(provider.token)):
        assert "second-access" not in text
        assert "second-refresh" not in text


async def test_invalidate_refreshes_once_per_rejected_token(kind: str) -> None:
    clock = FakeClock()
    wire = Wire(
        httpx.Response(200, content=token_body("a2", "r2")),
        httpx.Response(200, content=token_body("a3", "r3")),
    )
    provider = anny.auth.RefreshingToken(
        make_oauth(kind, wire, clock=clock), anny.auth.Token(ACCESS, REFRESH)
    )
    assert await get(kind, provider) == ACCESS
    provider.invalidate()  # the API said 401 to ACCESS
    assert await get(kind, provider) == "a2"
    assert len(wire.requests) == 1
    # A 401 for a token that is already replaced (from another task or thread) is no reason
    # to refresh again: that caller was handed generation 0.

    async def stale_caller() -> None:
        provider._handed_out.set(0)
        provider.invalidate()

    await asyncio.create_task(stale_caller())
    assert await get(kind, provider) == "a2"
    assert len(wire.requests) == 1
    provider.invalidate()  # a 401 for a2 itself
    assert await get(kind, provider) == "a3"
    assert len(wire.requests) == 2


async def test_without_refresh_token_the_401_reaches_the_caller(kind: str) -> None:
    clock = FakeClock()
    wire = Wire()
    token = anny.auth.Token(ACCESS, None, expires_at=T0, clock=clock)  # already expired
    provider = anny.auth.RefreshingToken(make_oauth(kind, wire, clock=clock), token)
    assert await get(kind, provider) == ACCESS
    provider.invalidate()
    assert await get(kind, provider) == ACCESS  # unchanged: BearerAuth will not resend
    assert wire.requests == []


def test_refreshing_token_refuses_bad_arguments() -> None:
    oauth = anny.auth.OAuth2("a", REDIRECT)
    token = anny.auth.Token(ACCESS, REFRESH)
    for make in (
        lambda: anny.auth.RefreshingToken("oauth", token),  # type: ignore[arg-type]
        lambda: anny.auth.RefreshingToken(oauth, ACCESS),  # type: ignore[arg-type]
        lambda: anny.auth.RefreshingToken(oauth, token, on_refresh=5),  # type: ignore[arg-type]
        lambda: anny.auth.RefreshingToken(oauth, token, refresh_margin=-1),
    ):
        with pytest.raises(anny.InvalidParameterError):
            make()


async def test_the_bearer_token_never_follows_a_redirect_to_another_origin(kind: str) -> None:
    from annycore_helpers import Harness

    provider = anny.auth.RefreshingToken(
        anny.auth.OAuth2("a", REDIRECT, auth_base_url=AUTH), anny.auth.Token(ACCESS, REFRESH)
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "https://evil.example/steal"})

    harness = Harness(kind, handler, token=provider, max_retries=0)
    with pytest.raises(anny.APIStatusError) as info:
        await harness.call(harness.client.get, "/api/v1/customer")
    assert info.value.status_code == 302
    assert [str(r.url) for r in harness.requests] == ["https://api.test/api/v1/customer"]
    assert harness.requests[0].headers["authorization"] == f"Bearer {ACCESS}"
    assert ACCESS not in str(info.value)
    await harness.call(harness.client.close)


# --------------------------------------------------------------------------- issue 17: refresh


async def test_a_refresh_error_never_echoes_the_refresh_token(kind: str) -> None:
    # The server echoes the refresh token in every field, once right across the 500-character
    # cut of the description (scrubbing after the cut would keep the token's first half).
    body = {
        "error": f"invalid_grant {REFRESH}",
        "error_description": "x" * 490 + REFRESH,
        "message": REFRESH,
        "hint": REFRESH,
    }
    wire = Wire(httpx.Response(400, json=body))
    oauth = make_oauth(kind, wire)
    with pytest.raises(anny.AuthenticationError) as info:
        await call(kind, oauth, "refresh", anny.auth.Token(ACCESS, REFRESH))
    exc = info.value
    assert "must sign in again" in str(exc)
    for text in (str(exc), repr(exc), repr(exc.errors), repr(exc.body), repr(exc.args)):
        assert REFRESH[:12] not in text
    assert "[REDACTED]" in str(exc)


def expired_token(clock: FakeClock) -> anny.auth.Token:
    return anny.auth.Token(
        ACCESS, REFRESH, expires_at=clock.now - timedelta(minutes=1), clock=clock
    )


def test_a_refused_refresh_is_sent_once_for_50_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    clock = FakeClock()
    refused = oauth_error(400, "invalid_grant", "The refresh token is invalid or was used.")
    wire = Wire(*[refused] * 60)
    provider = anny.auth.RefreshingToken(
        make_oauth("sync", wire, clock=clock), expired_token(clock)
    )

    def attempt(_: int) -> BaseException | str:
        try:
            return provider.get_token()
        except anny.AnnyError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(attempt, range(50)))
    assert len(wire.requests) == 1
    assert wire.form(0)["refresh_token"] == REFRESH
    assert all(type(r) is anny.AuthenticationError for r in results)
    assert len({str(r) for r in results}) == 1
    assert "must sign in again" in str(results[0])
    with pytest.raises(anny.AuthenticationError):
        provider.get_token()  # later callers too, still without a request
    assert len(wire.requests) == 1


async def test_a_refused_refresh_is_sent_once_for_200_tasks() -> None:
    clock = FakeClock()
    refused = oauth_error(400, "invalid_grant", "The refresh token is invalid or was used.")
    wire = Wire(*[refused] * 210)
    provider = anny.auth.RefreshingToken(
        make_oauth("async", wire, clock=clock), expired_token(clock)
    )
    results = await asyncio.gather(
        *(provider.aget_token() for _ in range(200)), return_exceptions=True
    )
    assert len(wire.requests) == 1
    assert all(type(r) is anny.AuthenticationError for r in results)
    assert len({str(r) for r in results}) == 1
    assert REFRESH not in str(results[0])


async def test_a_cancelled_caller_does_not_lose_the_rotated_token() -> None:
    clock = FakeClock()
    arrived, release = asyncio.Event(), asyncio.Event()
    requests: list[httpx.Request] = []

    async def slow(request: httpx.Request) -> httpx.Response:
        await request.aread()
        requests.append(request)
        arrived.set()
        await release.wait()  # the auth server has rotated; its answer is on the way
        return httpx.Response(200, content=token_body("rotated-access", "rotated-refresh"))

    oauth = anny.auth.OAuth2(
        "my-app",
        REDIRECT,
        auth_base_url=AUTH,
        clock=clock,
        async_http_client=httpx.AsyncClient(transport=httpx.MockTransport(slow)),
    )
    saved: list[anny.auth.Token] = []
    provider = anny.auth.RefreshingToken(oauth, expired_token(clock), on_refresh=saved.append)
    caller = asyncio.create_task(provider.aget_token())
    await arrived.wait()
    caller.cancel()  # the caller's own timeout fires while the refresh is in flight
    with pytest.raises(asyncio.CancelledError):
        await caller
    release.set()
    # Another caller waits for the refresh in flight and gets its token: no second refresh.
    assert await provider.aget_token() == "rotated-access"
    assert len(requests) == 1
    assert provider.token.refresh_token == "rotated-refresh"
    assert [t.access_token for t in saved] == ["rotated-access"]


def test_a_thread_that_gives_up_does_not_lose_the_rotated_token() -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor
    from concurrent.futures import TimeoutError as FutureTimeout

    clock = FakeClock()
    arrived, release = threading.Event(), threading.Event()
    wire_requests: list[httpx.Request] = []

    def slow(request: httpx.Request) -> httpx.Response:
        request.read()
        wire_requests.append(request)
        arrived.set()
        release.wait(10)
        return httpx.Response(200, content=token_body("rotated-access", "rotated-refresh"))

    oauth = anny.auth.OAuth2(
        "my-app",
        REDIRECT,
        auth_base_url=AUTH,
        clock=clock,
        http_client=httpx.Client(transport=httpx.MockTransport(slow)),
    )
    provider = anny.auth.RefreshingToken(oauth, expired_token(clock))
    with ThreadPoolExecutor(max_workers=2) as pool:
        gave_up = pool.submit(provider.get_token)
        assert arrived.wait(10)
        with pytest.raises(FutureTimeout):
            gave_up.result(timeout=0.01)  # the caller stops waiting
        release.set()
        assert pool.submit(provider.get_token).result(timeout=10) == "rotated-access"
    assert len(wire_requests) == 1
    assert provider.token.refresh_token == "rotated-refresh"


@pytest.mark.parametrize(
    "lifetime",
    [
        {"expires_in": 3600},  # the lifetime on our clock: due in 59 min
        {"expiresIn": 60},  # anny's minutes: the same
        {},  # only expiresAt, already past by our clock: the 401 decides
    ],
)
async def test_a_client_clock_two_hours_ahead_causes_no_refresh_storm(
    kind: str, lifetime: dict[str, Any]
) -> None:
    clock = FakeClock()
    server_now = clock.now - timedelta(hours=2)  # this machine's clock is 2 h ahead
    expires_at = (server_now + timedelta(hours=1)).isoformat()
    answers = [
        httpx.Response(
            200, content=token_body(f"access-{i}", f"refresh-{i}", expiresAt=expires_at, **lifetime)
        )
        for i in range(30)
    ]
    wire = Wire(*answers)
    provider = anny.auth.RefreshingToken(make_oauth(kind, wire, clock=clock), expired_token(clock))
    for _ in range(20):
        assert await get(kind, provider) == "access-0"
        clock.advance(seconds=30)
    assert len(wire.requests) == 1
    assert provider.refresh_count == 1


async def test_a_token_issued_nearly_expired_is_refreshed_halfway_not_per_request(
    kind: str,
) -> None:
    clock = FakeClock()
    # Only an absolute expiresAt 30 s away (inside the 60 s margin): skew or a short life.
    answers = [
        httpx.Response(
            200,
            content=token_body(
                f"access-{i}", f"refresh-{i}", expiresAt=(T0 + timedelta(seconds=30)).isoformat()
            ),
        )
        for i in range(30)
    ]
    wire = Wire(*answers)
    provider = anny.auth.RefreshingToken(make_oauth(kind, wire, clock=clock), expired_token(clock))
    for _ in range(10):
        assert await get(kind, provider) == "access-0"
        clock.advance(seconds=1)  # 10 requests within the first 15 s: no refresh
    assert len(wire.requests) == 1
    clock.advance(seconds=6)  # 14 s left of 30: past halfway, refresh once
    assert await get(kind, provider) == "access-1"
    assert len(wire.requests) == 2


# --------------------------------------------------------------------------- no request, no client


class RotatedElsewhere:
    """A TokenStore where another process already rotated the token."""

    def __init__(self, token: anny.auth.Token) -> None:
        self.token = token

    def lock(self) -> contextlib.AbstractContextManager[object]:
        return contextlib.nullcontext()

    def load(self) -> anny.auth.Token:
        return self.token

    def save(self, token: anny.auth.Token) -> None:
        raise AssertionError("an adopted token is not saved again")


@pytest.fixture
def built_clients(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Wire]:
    """Every httpx client built from now on is recorded and answers from one Wire."""
    built: list[str] = []
    wire = Wire()
    for name in ("Client", "AsyncClient"):
        real = getattr(httpx, name)

        def build(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            built.append(_name)
            return _real(*args, transport=httpx.MockTransport(wire), **kwargs)

        monkeypatch.setattr(httpx, name, build)
    return built, wire


async def get_token(kind: str, provider: anny.auth.RefreshingToken) -> str:
    return provider.get_token() if kind == "sync" else await provider.aget_token()


async def test_a_refresh_that_sends_nothing_builds_no_http_client(
    kind: str, built_clients: tuple[list[str], Wire]
) -> None:
    """Building an httpx client loads the CA bundle (tens of ms): a refresh another process
    already made, or a refused refresh token asked for again, sends nothing and builds none."""
    built, wire = built_clients
    clock = FakeClock()
    oauth = anny.auth.OAuth2("my-app", REDIRECT, auth_base_url=AUTH, clock=clock)  # no http client
    stored = anny.auth.Token("stored-access", "stored-refresh", expires_at=T0 + timedelta(hours=1))
    provider = anny.auth.RefreshingToken(
        oauth, expired_token(clock), store=RotatedElsewhere(stored)
    )
    assert await get_token(kind, provider) == "stored-access"
    assert (provider.refresh_count, built, wire.requests) == (0, [], [])

    wire.answers.append(oauth_error(400, "invalid_grant", "The refresh token is invalid."))
    provider = anny.auth.RefreshingToken(oauth, expired_token(clock))
    for _ in range(3):
        with pytest.raises(anny.AuthenticationError):
            await get_token(kind, provider)
    assert len(wire.requests) == 1  # the refusal is remembered
    assert built == ["Client" if kind == "sync" else "AsyncClient"]  # for that one request
