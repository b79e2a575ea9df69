"""Signing in against the sandbox over real HTTP, sync and async from one body: the code +
PKCE flow (the test plays the browser), refusals, refresh before expiry and after a 401,
one refresh for 20 concurrent requests, and no secret in any log, repr or error."""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
from e2e_helpers import E2E, ERIKA, START, cart_body

import anny

REDIRECT = "http://127.0.0.1:9/callback"  # nobody listens: the test reads the redirect itself
ME = "/api/v1/customer"
TOKEN_PATH = "/oauth/token"


class FakeClock:
    """The client-side clock, moved by the test together with the sandbox clock."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> Any:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class SignIn:
    """OAuth2 of the test's flavour on the sandbox, recording every token request."""

    def __init__(self, e2e: E2E, **kwargs: Any) -> None:
        self.e2e = e2e
        self.clock = FakeClock()
        self.token_requests: list[httpx.Request] = []

        def record(request: httpx.Request) -> None:
            self.token_requests.append(request)

        async def arecord(request: httpx.Request) -> None:
            record(request)

        hooks: dict[str, Any] = {"request": [arecord if e2e.is_async else record]}
        http = e2e.http_client(event_hooks=hooks)
        e2e._http_clients.append(http)
        key = "async_http_client" if e2e.is_async else "http_client"
        self.oauth = anny.auth.OAuth2(
            "my-app",
            REDIRECT,
            auth_base_url=e2e.sb.url,
            clock=self.clock,
            **{key: http},
            **kwargs,
        )

    def form(self, index: int = -1) -> dict[str, str]:
        request = self.token_requests[index]
        assert request.method == "POST"
        assert str(request.url) == f"{self.e2e.sb.url}{TOKEN_PATH}"
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert "authorization" not in request.headers
        return dict(parse_qsl(request.content.decode(), keep_blank_values=True))

    def browser(self, auth: anny.auth.AuthorizationRequest) -> dict[str, str]:
        """Play the browser: open the authorize URL and read where anny redirects to."""
        response = httpx.get(auth.url)
        assert response.status_code == 302
        location = response.headers["location"]
        assert location.startswith(REDIRECT + "?")
        query = {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}
        query["location"] = location
        self.e2e.secrets.add(query["code"])
        return query

    async def exchange(self, code: str, verifier: str, **kwargs: Any) -> anny.auth.Token:
        fn = self.oauth.aexchange_code if self.e2e.is_async else self.oauth.exchange_code
        token: anny.auth.Token = await self.e2e.call(fn, code, verifier, **kwargs)
        self.remember(token)
        return token

    async def refresh(self, token: anny.auth.Token) -> anny.auth.Token:
        fn = self.oauth.arefresh if self.e2e.is_async else self.oauth.refresh
        fresh: anny.auth.Token = await self.e2e.call(fn, token)
        self.remember(fresh)
        return fresh

    def remember(self, token: anny.auth.Token) -> None:
        self.e2e.secrets.add(token.access_token)
        if token.refresh_token:
            self.e2e.secrets.add(token.refresh_token)

    async def sign_in(self, email: str = ERIKA) -> anny.auth.Token:
        auth = self.oauth.authorization_url(login_hint=email)
        self.e2e.secrets.add(auth.code_verifier)
        redirect = self.browser(auth)
        return await self.exchange(
            redirect["code"], auth.code_verifier, state=redirect["state"], expected_state=auth.state
        )

    def provider(self, token: anny.auth.Token, **kwargs: Any) -> anny.auth.RefreshingToken:
        refreshed: list[anny.auth.Token] = []

        def on_refresh(new: anny.auth.Token) -> None:
            self.remember(new)
            refreshed.append(new)

        provider = anny.auth.RefreshingToken(self.oauth, token, on_refresh=on_refresh, **kwargs)
        provider.refreshed = refreshed  # type: ignore[attr-defined]
        return provider

    def client(self, provider: anny.auth.RefreshingToken) -> Any:
        """An Anny/AsyncAnny on the sandbox signed in through ``provider``."""
        client = self.e2e.client(token=provider)  # type: ignore[arg-type]
        self.e2e.secrets.discard(provider)  # type: ignore[arg-type]  # it holds, not is, one
        return client

    def ledger_hits(self) -> int:
        return len(self.e2e.ledger("POST", TOKEN_PATH))


def advance(sign: SignIn, *, client_clock: bool = True, **delta: float) -> None:
    sign.e2e.sb.advance(**delta)
    if client_clock:
        sign.clock.advance(**delta)


async def me(e2e: E2E, client: Any) -> str:
    doc = await e2e.call(client.get, ME)
    email: str = doc.data.email
    return email


# --------------------------------------------------------------------------- the flow


async def test_code_and_pkce_flow_signs_the_customer_in(e2e: E2E) -> None:
    sign = SignIn(e2e)
    auth = sign.oauth.authorization_url(login_hint=ERIKA)
    e2e.secrets.add(auth.code_verifier)
    redirect = sign.browser(auth)
    assert redirect["state"] == auth.state
    token = await sign.exchange(
        redirect["code"], auth.code_verifier, state=redirect["state"], expected_state=auth.state
    )
    assert sign.form() == {
        "grant_type": "authorization_code",
        "code": redirect["code"],
        "redirect_uri": REDIRECT,
        "client_id": "my-app",
        "code_verifier": auth.code_verifier,
    }
    assert token.expires_at == START + timedelta(hours=24)  # expires_in on the client's clock
    assert not token.expired
    assert token.refresh_token
    client = sign.client(sign.provider(token))
    assert await me(e2e, client) == ERIKA  # the token really signs the customer in
    [request] = e2e.ledger("GET", ME)
    assert request["status"] == 200
    # The code is single use: a second exchange is refused.
    again = await e2e.raises(
        anny.AuthenticationError, sign.exchange, redirect["code"], auth.code_verifier
    )
    assert "invalid_grant" in str(again)
    assert sign.ledger_hits() == 2


async def test_a_wrong_verifier_is_refused(e2e: E2E) -> None:
    sign = SignIn(e2e)
    auth = sign.oauth.authorization_url()
    redirect = sign.browser(auth)
    other = sign.oauth.authorization_url().code_verifier  # well-formed, but not this one
    e2e.secrets.update({auth.code_verifier, other})
    error = await e2e.raises(anny.AuthenticationError, sign.exchange, redirect["code"], other)
    assert error.status_code == 400
    assert error.error.code == "invalid_grant"
    assert "The PKCE code_verifier does not match." in str(error)  # the description is kept
    assert sign.form()["code_verifier"] == other


async def test_a_state_mismatch_is_detected_before_anything_is_sent(e2e: E2E) -> None:
    sign = SignIn(e2e)
    auth = sign.oauth.authorization_url()
    e2e.secrets.add(auth.code_verifier)
    redirect = sign.browser(auth)
    await e2e.raises(
        anny.InvalidParameterError,
        sign.exchange,
        redirect["code"],
        auth.code_verifier,
        state="attacker-state",
        expected_state=auth.state,
    )
    forged = redirect["location"].replace(f"state={auth.state}", "state=attacker-state")
    fn = sign.oauth.aexchange_redirect if e2e.is_async else sign.oauth.exchange_redirect
    await e2e.raises(anny.InvalidParameterError, fn, forged, auth)
    assert sign.token_requests == []
    assert sign.ledger_hits() == 0
    # Nothing was sent, so the code is still good for the genuine redirect.
    token = await e2e.call(fn, redirect["location"], auth)
    sign.remember(token)
    assert sign.ledger_hits() == 1


# --------------------------------------------------------------------------- refresh


async def test_refresh_shortly_before_expiry(e2e: E2E) -> None:
    sign = SignIn(e2e)
    first = await sign.sign_in()
    provider = sign.provider(first, refresh_margin=60)
    client = sign.client(provider)
    assert await me(e2e, client) == ERIKA
    advance(sign, hours=23, minutes=58)  # two minutes left: nothing to do yet
    assert await me(e2e, client) == ERIKA
    assert sign.ledger_hits() == 1  # just the sign-in
    advance(sign, seconds=90)  # 30 s left: inside the margin
    assert await me(e2e, client) == ERIKA
    assert sign.ledger_hits() == 2
    assert sign.form() == {
        "grant_type": "refresh_token",
        "refresh_token": first.refresh_token,
        "client_id": "my-app",
    }
    [new] = provider.refreshed  # type: ignore[attr-defined]
    assert provider.token == new
    assert new.access_token != first.access_token
    assert new.refresh_token != first.refresh_token
    assert new.expires_at == sign.clock.now + timedelta(hours=24)
    # Every API call carried a valid token: no 401 and no resend.
    assert [e["status"] for e in e2e.ledger("GET", ME)] == [200, 200, 200]
    # The old access token is dead on the server (rotation).
    stale = httpx.get(
        f"{e2e.sb.url}{ME}", headers={"Authorization": f"Bearer {first.access_token}"}
    )
    assert stale.status_code == 401


async def test_refresh_after_a_401_and_the_request_is_resent_once(e2e: E2E) -> None:
    sign = SignIn(e2e)
    first = await sign.sign_in()
    provider = sign.provider(first)
    client = sign.client(provider)
    # The server's clock passes the expiry; the client's does not (clock skew, or a token
    # revoked early): only the 401 can tell the client.
    advance(sign, client_clock=False, hours=24, seconds=1)
    assert await me(e2e, client) == ERIKA
    assert [e["status"] for e in e2e.ledger("GET", ME)] == [401, 200]
    assert sign.ledger_hits() == 2
    assert sign.form()["grant_type"] == "refresh_token"
    assert len(provider.refreshed) == 1  # type: ignore[attr-defined]


async def race20(e2e: E2E, fn: Any) -> list[Any]:
    """Start 20 calls at once: 20 threads behind a barrier (sync), or 20 tasks (async);
    ``fn`` gets the call's number."""
    if e2e.is_async:
        return list(await asyncio.gather(*(fn(n) for n in range(20)), return_exceptions=True))
    barrier = threading.Barrier(20)

    def run(n: int) -> Any:
        barrier.wait()
        return fn(n)

    with ThreadPoolExecutor(max_workers=20) as pool:
        futures = [pool.submit(run, n) for n in range(20)]
        return [f.exception() or f.result() for f in futures]


@pytest.mark.parametrize("moment", ["before-expiry", "after-401"])
async def test_twenty_concurrent_requests_cause_exactly_one_refresh(e2e: E2E, moment: str) -> None:
    sign = SignIn(e2e)
    first = await sign.sign_in()
    provider = sign.provider(first)
    client = sign.client(provider)
    if moment == "before-expiry":
        advance(sign, hours=23, minutes=59, seconds=30)  # both clocks: due for refresh
    else:
        advance(sign, client_clock=False, hours=24, seconds=1)  # only the server knows
        # Half of the 401s arrive late, after the refresh they all asked for is done: a
        # 401 for the replaced token must not refresh again.
        e2e.sb.faults.add("latency", ME, method="GET", times=10, delay_ms=800)
    # Twenty *different* requests (anny refuses more than 4 identical ones a second, and the
    # client would rightly share identical in-flight GETs): the refresh lock is what is raced.
    results = await race20(e2e, lambda n: client.get(ME, params={"race": str(n)}))
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    assert [doc.data.email for doc in results] == [ERIKA] * 20
    assert len(sign.token_requests) == 2  # the sign-in and ONE refresh
    assert sign.ledger_hits() == 2
    assert len(provider.refreshed) == 1  # type: ignore[attr-defined]
    statuses = [e["status"] for e in e2e.ledger("GET", ME)]
    if moment == "before-expiry":
        assert statuses == [200] * 20  # refreshed before anything was sent
    else:
        assert sorted(statuses) == [200] * 20 + [401] * 20  # each 401 resent once


async def test_a_used_refresh_token_is_refused(e2e: E2E) -> None:
    sign = SignIn(e2e)
    first = await sign.sign_in()
    second = await sign.refresh(first)  # rotation: first.refresh_token is now spent
    assert second.refresh_token != first.refresh_token
    error = await e2e.raises(anny.AuthenticationError, sign.refresh, first)
    assert "must sign in again" in str(error)
    assert "The refresh token is invalid or was used." in str(error)
    # Through a client: the provider still holds the spent token, and it is due.
    provider = sign.provider(first)
    client = sign.client(provider)
    advance(sign, hours=24)
    failed = await e2e.raises(anny.AuthenticationError, client.get, ME)
    assert "must sign in again" in str(failed)
    assert provider.refreshed == []  # type: ignore[attr-defined]
    assert e2e.ledger("GET", ME) == []  # the request was never sent with a dead token


async def test_a_refused_refresh_is_sent_once_for_twenty_concurrent_requests(e2e: E2E) -> None:
    sign = SignIn(e2e)
    first = await sign.sign_in()
    await sign.refresh(first)  # another holder rotated it: first.refresh_token is spent
    provider = sign.provider(first)
    client = sign.client(provider)
    advance(sign, hours=24)
    hits_before = sign.ledger_hits()
    # Twenty different requests (identical ones would rightly share one in-flight call).
    results = await race20(e2e, lambda n: client.get(ME, params={"race": str(n)}))
    assert all(type(r) is anny.AuthenticationError for r in results)
    assert len({str(r) for r in results}) == 1
    assert sign.ledger_hits() == hits_before + 1  # ONE refused refresh, not twenty
    assert e2e.ledger("GET", ME) == []


async def test_a_caller_giving_up_during_a_refresh_keeps_the_rotated_token(e2e: E2E) -> None:
    sign = SignIn(e2e)
    first = await sign.sign_in()
    provider = sign.provider(first)
    client = sign.client(provider)
    advance(sign, hours=24)  # due: the next request refreshes first
    e2e.sb.faults.add("latency", TOKEN_PATH, method="POST", times=1, delay_ms=600)
    if e2e.is_async:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(client.get(ME), timeout=0.1)  # the caller's own timeout
    else:
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(client.get, ME)
            with pytest.raises(FutureTimeout):
                pending.result(timeout=0.1)  # the caller stops waiting
            pending.result(timeout=30)
    # The auth server rotated the token; the answer still arrived and was installed.
    assert await me(e2e, client) == ERIKA
    assert sign.ledger_hits() == 2  # the sign-in and ONE refresh: the new token was kept
    [new] = provider.refreshed  # type: ignore[attr-defined]
    assert provider.token == new
    assert new.refresh_token != first.refresh_token


async def test_a_client_clock_a_day_ahead_causes_no_refresh_storm(e2e: E2E) -> None:
    sign = SignIn(e2e)
    # This machine's clock is 25 h ahead of the auth server: the server's absolute expiresAt
    # has passed on arrival, but expires_in (24 h) counts from the client's own clock.
    sign.clock.advance(hours=25)
    first = await sign.sign_in()
    assert first.expires_at == sign.clock.now + timedelta(hours=24)
    client = sign.client(sign.provider(first))
    for _ in range(5):
        assert await me(e2e, client) == ERIKA
    assert sign.ledger_hits() == 1  # the sign-in only: no refresh per request
    assert [e["status"] for e in e2e.ledger("GET", ME)] == [200] * 5


# --------------------------------------------------------------------------- secrets


async def test_no_secret_in_debug_logs_reprs_or_errors(
    e2e: E2E, caplog: pytest.LogCaptureFixture
) -> None:
    sign = SignIn(e2e)
    auth = sign.oauth.authorization_url(login_hint=ERIKA)
    e2e.secrets.add(auth.code_verifier)
    # The test's browser stand-in is httpx, whose DEBUG log shows the redirect's Location
    # (and so the code); a real browser is no part of anny, so it runs before the capture.
    redirect = sign.browser(auth)
    for name in ("anny", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    token = await sign.exchange(
        redirect["code"], auth.code_verifier, state=redirect["state"], expected_state=auth.state
    )
    provider = sign.provider(token)
    client = sign.client(provider)
    assert await me(e2e, client) == ERIKA
    draft = await e2e.add_to_cart(client, cart_body(10))  # a signed-in cart: an oat in play
    assert draft.access_token in e2e.secrets
    advance(sign, client_clock=False, hours=24, seconds=1)
    assert await me(e2e, client) == ERIKA  # 401, refresh, resend
    await e2e.raises(anny.AuthenticationError, sign.refresh, token)  # spent refresh token
    await e2e.raises(anny.AuthenticationError, sign.exchange, redirect["code"], auth.code_verifier)
    await e2e.raises(
        anny.InvalidParameterError,
        sign.exchange,
        redirect["code"],
        auth.code_verifier,
        state="x",
        expected_state=auth.state,
    )
    confidential = anny.auth.OAuth2("app", REDIRECT, client_secret="client-secret-value-123")
    e2e.secrets.add("client-secret-value-123")

    text = caplog.text
    names = {record.name for record in caplog.records}
    assert {"anny", "httpx"} <= names  # the capture really saw both libraries ...
    assert any(name.startswith("httpcore") for name in names)
    assert "oauth: POST" in text  # ... and anny's token requests
    assert "HTTP Request: POST" in text
    reprs = [
        repr(auth),
        repr(token),
        str(token),
        repr(provider),
        repr(provider.token),
        repr(sign.oauth),
        repr(confidential),
        repr(client),
        repr(draft),
    ]
    secrets = {redirect["code"], auth.code_verifier, token.access_token, token.refresh_token}
    assert secrets <= e2e.secrets
    assert len(e2e.secrets) >= 8  # code, verifier, 2 pairs of tokens, oat, client secret
    e2e.assert_no_secrets(text, where="DEBUG log of anny, httpx and httpcore")
    e2e.assert_no_secrets(*reprs, where="reprs")
    e2e.assert_no_secrets(*(str(err) for err in e2e.errors), where="error messages")
    e2e.assert_no_secrets(*(repr(err.args) for err in e2e.errors), where="error args")


# --------------------------------------------------------------------------- one protocol


async def test_client_run_drives_a_refresh_flow_anonymously_and_unpaced(e2e: E2E) -> None:
    """A token flow is an ordinary flow: ``client.run(oauth.refresh_flow(t))`` sends it through
    the client's own driver, yet never with the client's bearer token, default headers or
    rate-limit budget (the token endpoint is another service)."""
    sign = SignIn(e2e)
    token = await sign.sign_in()
    waits: list[anny.types.RateLimitWait] = []
    # One write per minute: were token requests counted, the second refresh would wait 60 s.
    client = e2e.client(
        token=e2e.token(),
        default_headers={"X-Tenant": "api-only"},
        rate_limit=anny.RateLimit(writes=1),
        on_wait=waits.append,
    )
    first = await e2e.call(client.run, sign.oauth.refresh_flow(token))
    sign.remember(first)
    second = await e2e.call(client.run, sign.oauth.refresh_flow(first))
    sign.remember(second)
    assert isinstance(second, anny.auth.Token)
    assert second.refresh_token not in (token.refresh_token, first.refresh_token)
    sent = e2e.sent_to("POST", TOKEN_PATH)
    assert len(sent) == 2
    for request, spent in zip(sent, (token, first), strict=True):
        assert str(request.url) == f"{e2e.sb.url}{TOKEN_PATH}"
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert request.headers["accept"] == "application/json"
        assert "authorization" not in request.headers  # the client's bearer stays home
        assert "x-tenant" not in request.headers
        assert dict(parse_qsl(request.content.decode())) == {
            "grant_type": "refresh_token",
            "refresh_token": spent.refresh_token,
            "client_id": "my-app",
        }
    assert (e2e.sleeps, waits) == ([], [])
    assert [e["status"] for e in e2e.ledger("POST", TOKEN_PATH)] == [200, 200, 200]
    # The refreshed token really signs the customer in, through the same client.
    assert await me(e2e, e2e.client(token=second.access_token)) == ERIKA
    # A refused refresh maps like OAuth2.refresh's: "sign in again", the token never echoed.
    error = await e2e.raises(anny.AuthenticationError, client.run, sign.oauth.refresh_flow(token))
    assert "sign in again" in str(error)
