"""The OAuth2 client of anny's auth server: authorization code with PKCE, and refresh.

anny issues customer tokens through the OAuth2 authorization-code grant on
``https://auth.anny.co`` (``https://auth.anny.eu`` for Gov-Cloud), with PKCE (S256) for public
clients (reference §3.4 to §3.6)::

    oauth = anny.auth.OAuth2("my-client-id", "http://127.0.0.1:8400/callback")
    auth = oauth.authorization_url()          # url, state and PKCE verifier
    # ... send the user to auth.url; anny redirects back to redirect_uri?code=…&state=…
    token = oauth.exchange_redirect(callback_url, auth)     # or exchange_code(code, verifier, …)
    provider = anny.auth.RefreshingToken(oauth, token, on_refresh=save)
    with anny.Anny(token=provider) as client:   # refreshes before expiry and after a 401
        ...

Sync and async share one implementation: every token request is a flow
(:meth:`OAuth2.exchange_code_flow`, :meth:`OAuth2.refresh_flow`) that yields one anonymous
:class:`~anny.flows.RequestPlan` (a form or JSON body, the absolute token endpoint URL) and receives
its :class:`~anny.APIResponse`, like every other flow of anny (:mod:`anny._flow`): the same two
drivers run it, with the same logging, redaction and error mapping, so ``client.run(
oauth.refresh_flow(token))`` works on both clients. :meth:`OAuth2.run` / :meth:`OAuth2.arun`
drive a token flow on the OAuth2's own httpx client; ``exchange_code``/``refresh`` block,
``aexchange_code``/``arefresh`` are their awaitable twins on the same flows.

The token value is :mod:`anny._token`; the provider that keeps one fresh is
:mod:`anny._refreshing`.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit

import attrs
import httpx

from anny._auth import PRINTABLE, check_secret_text
from anny._build import build_request
from anny._clock import Clock, utc_now
from anny._config import DEFAULT_TIMEOUT, user_agent
from anny._flow import Flow, run_flow_async, run_flow_sync, run_plan_async, run_plan_sync
from anny._logging import REDACTED, logger, redact_url
from anny._plan import RequestPlan
from anny._response import APIResponse, parse_none
from anny._retry import RetryPolicy
from anny._token import Token
from anny.errors import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ErrorObject,
    InvalidParameterError,
    OAuthRedirectError,
    OutcomeUnknownError,
    status_error_class,
)

__all__ = [
    "AUTH_ENVIRONMENTS",
    "AuthorizationRequest",
    "OAuth2",
    "OAuthRedirectError",
    "pkce_challenge",
    "same_state",
]

T = TypeVar("T")
H = TypeVar("H", bound="httpx.Client | httpx.AsyncClient")

#: OAuth hosts per environment (reference §1.2).
AUTH_ENVIRONMENTS: Mapping[str, str] = {
    "production": "https://auth.anny.co",
    "gov-cloud": "https://auth.anny.eu",
    "staging": "https://auth.staging.anny.co",
}

#: Loopback hosts: the only ones where plain http is acceptable for the auth server.
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

# RFC 7636 §4.1: 43-128 characters of the unreserved set.
_VERIFIER_RE = re.compile(r"[A-Za-z0-9\-._~]{43,128}")

# OAuth error codes (RFC 6749 §5.2) that mean "these credentials are no good".
_AUTH_ERRORS = frozenset(
    {"invalid_grant", "invalid_client", "unauthorized_client", "access_denied"}
)
_REQUEST_ERRORS = frozenset(
    {"invalid_request", "unsupported_grant_type", "invalid_scope", "unsupported_response_type"}
)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _check_verifier(verifier: object) -> str:
    if not isinstance(verifier, str) or not _VERIFIER_RE.fullmatch(verifier):
        raise InvalidParameterError(
            "a PKCE verifier is 43-128 characters of A-Z, a-z, 0-9 and '-._~' (RFC 7636 §4.1)"
        )
    return verifier


def pkce_challenge(verifier: str) -> str:
    """The S256 code challenge of a PKCE verifier: ``BASE64URL(SHA256(verifier))`` (RFC 7636)."""
    return _b64url(hashlib.sha256(_check_verifier(verifier).encode("ascii")).digest())


def same_state(received: str | None, expected: str | None) -> bool:
    """True if a redirect's ``state`` is the one that was sent (compared in constant time; a
    missing one on either side never matches)."""
    return (
        received is not None
        and expected is not None
        and hmac.compare_digest(received.encode(), expected.encode())
    )


def _new_verifier() -> str:
    return secrets.token_urlsafe(64)  # 86 characters, all unreserved


# --------------------------------------------------------------------------- authorization


@attrs.frozen(repr=False)
class AuthorizationRequest:
    """Where to send the user, plus what :meth:`OAuth2.exchange_code` needs afterwards.

    Unpacks as ``url, state, code_verifier = oauth.authorization_url()``. Keep ``state`` and
    ``code_verifier`` on the server side (session), never in the browser.
    """

    url: str
    state: str
    code_verifier: str
    redirect_uri: str

    def __iter__(self) -> Iterator[str]:
        return iter((self.url, self.state, self.code_verifier))

    def __repr__(self) -> str:
        return f"AuthorizationRequest(url={self.url!r}, state=…, code_verifier={REDACTED})"


# --------------------------------------------------------------------------- drivers

#: A standalone :class:`OAuth2` sends each token request once, as it always has: a lost
#: answer to a single-use refresh token is not resent (``client.run`` uses the client's policy).
_NO_RETRY = RetryPolicy(max_retries=0)


# --------------------------------------------------------------------------- OAuth2


def _scrub(text: str, hidden: Sequence[str]) -> str:
    # The server's words are kept, but never a credential it might echo back.
    for secret in hidden:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def _check_auth_base_url(url: object) -> str:
    if not isinstance(url, str):
        raise InvalidParameterError("auth_base_url must be a string")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise InvalidParameterError(f"auth_base_url is not a URL: {url!r}") from exc
    if parsed.scheme == "http" and parsed.host not in _LOOPBACK_HOSTS:
        raise InvalidParameterError(
            "auth_base_url must use https (plain http only for a loopback host)"
        )
    if parsed.scheme not in {"http", "https"} or not parsed.host or parsed.query:
        raise InvalidParameterError(f"auth_base_url must be an https URL, got {url!r}")
    return url.rstrip("/")


def _check_redirect_uri(uri: object) -> str:
    if not isinstance(uri, str) or not PRINTABLE.fullmatch(uri):
        raise InvalidParameterError("redirect_uri must be an absolute URI without spaces")
    parts = urlsplit(uri)
    if (
        not parts.scheme
        or parts.fragment
        or (parts.scheme in {"http", "https"} and not parts.netloc)
    ):
        raise InvalidParameterError(
            f"redirect_uri must be an absolute URI without a fragment, got {uri!r}"
        )
    return uri


def _scope_string(scopes: str | Sequence[str] | None) -> str | None:
    if scopes is None:
        return None
    items = scopes.split() if isinstance(scopes, str) else list(scopes)
    for item in items:
        if not isinstance(item, str) or not PRINTABLE.fullmatch(item) or '"' in item:
            raise InvalidParameterError(f"invalid scope {item!r}")
    return " ".join(items) if items else None


class _Session(Generic[H]):
    """The httpx client of one token flow: the caller's, else one built at the first request
    (and closed by the caller after the flow). A flow that sends nothing (a refresh another
    process already made, a refused refresh token asked for again) builds none: building one
    loads the CA bundle, tens of milliseconds."""

    def __init__(self, given: H | None, new: Callable[[], H]) -> None:
        self._given: H | None = given
        self._new: Callable[[], H] = new
        self.owned: H | None = None

    def __call__(self) -> H:
        if self._given is not None:
            return self._given
        if self.owned is None:
            self.owned = self._new()
        return self.owned


class OAuth2:
    """An OAuth2 client of anny's auth server (authorization code + PKCE, refresh).

    Args:
        client_id: the OAuth2 client id (request a client from anny support).
        redirect_uri: where anny sends the user back (registered with the client).
        client_secret: only for confidential clients; sent in the token request body, as
            anny's own connector does. Public clients (apps, CLIs) use PKCE instead.
        environment: ``"production"`` (``auth.anny.co``), ``"gov-cloud"`` (``auth.anny.eu``)
            or ``"staging"``; ignored when ``auth_base_url`` is given.
        auth_base_url: the auth server, e.g. a sandbox URL; ``/oauth/authorize`` and
            ``/oauth/token`` are appended. https, or http on a loopback host.
        scopes: scopes to request (a list or a space-separated string).
        http_client / async_http_client: httpx clients for the token requests (default: a
            short-lived client per request). Their ``auth`` is never applied to these requests.
        timeout: for the token requests.
        clock: the source of "now" for expiry computed from ``expires_in``.
        token_request_encoding: ``"form"`` (RFC 6749, the default) or ``"json"`` (the body
            format anny's guide shows).

    Blocking methods: :meth:`exchange_code`, :meth:`exchange_redirect`, :meth:`refresh`,
    :meth:`run`; awaitable twins: :meth:`aexchange_code`, :meth:`aexchange_redirect`,
    :meth:`arefresh`, :meth:`arun`. Each is one of the sans-I/O flows run by one of the two
    drivers.
    """

    def __init__(
        self,
        client_id: str,
        redirect_uri: str,
        client_secret: str | None = None,
        *,
        environment: str | None = None,
        auth_base_url: str | None = None,
        scopes: str | Sequence[str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = None,
        clock: Clock = utc_now,
        token_request_encoding: Literal["form", "json"] = "form",  # noqa: S107
    ) -> None:
        check_secret_text(client_id, "client_id")
        if client_secret is not None:
            check_secret_text(client_secret, "client_secret")
        if environment is not None and auth_base_url is not None:
            raise InvalidParameterError("pass either environment= or auth_base_url=, not both")
        if auth_base_url is None:
            env = environment or "production"
            if env not in AUTH_ENVIRONMENTS:
                raise InvalidParameterError(
                    f"unknown environment {env!r}; expected one of {sorted(AUTH_ENVIRONMENTS)}"
                )
            auth_base_url = AUTH_ENVIRONMENTS[env]
        if token_request_encoding not in ("form", "json"):
            raise InvalidParameterError("token_request_encoding must be 'form' or 'json'")
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidParameterError("http_client must be an httpx.Client")
        if async_http_client is not None and not isinstance(async_http_client, httpx.AsyncClient):
            raise InvalidParameterError("async_http_client must be an httpx.AsyncClient")
        if not callable(clock):
            raise InvalidParameterError("clock must be a callable returning an aware datetime")
        self.client_id = client_id
        self.redirect_uri = _check_redirect_uri(redirect_uri)
        self.auth_base_url = _check_auth_base_url(auth_base_url)
        self.scope = _scope_string(scopes)
        self.clock = clock
        self.token_request_encoding = token_request_encoding
        self._client_secret = client_secret
        self._http = http_client
        self._ahttp = async_http_client
        if timeout is None:
            self._timeout = DEFAULT_TIMEOUT
        elif isinstance(timeout, httpx.Timeout):
            self._timeout = timeout
        elif isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
            self._timeout = httpx.Timeout(float(timeout))
        else:
            raise InvalidParameterError("timeout must be a positive number or an httpx.Timeout")

    @property
    def authorize_endpoint(self) -> str:
        """``<auth_base_url>/oauth/authorize``."""
        return f"{self.auth_base_url}/oauth/authorize"

    @property
    def token_endpoint(self) -> str:
        """``<auth_base_url>/oauth/token``."""
        return f"{self.auth_base_url}/oauth/token"

    def __repr__(self) -> str:
        secret = ", client_secret=[REDACTED]" if self._client_secret else ""
        return (
            f"OAuth2(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r}, "
            f"auth_base_url={self.auth_base_url!r}, scope={self.scope!r}{secret})"
        )

    # ------------------------------------------------------------------ step 1: authorize

    def authorization_url(
        self,
        state: str | None = None,
        *,
        login_hint: str | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> AuthorizationRequest:
        """The URL to send the user to, with a fresh PKCE verifier (S256) and ``state``.

        ``state`` defaults to 256 random bits. ``login_hint`` pre-selects the account
        (an OpenID Connect parameter; the sandbox signs this customer in).
        """
        if state is None:
            state = secrets.token_urlsafe(32)
        else:
            check_secret_text(state, "state")
        verifier = _new_verifier()
        params: list[tuple[str, str]] = [
            ("response_type", "code"),
            ("client_id", self.client_id),
            ("redirect_uri", self.redirect_uri),
            ("state", state),
        ]
        if self.scope:
            params.append(("scope", self.scope))
        params += [("code_challenge", pkce_challenge(verifier)), ("code_challenge_method", "S256")]
        if login_hint is not None:
            if not isinstance(login_hint, str) or not login_hint:
                raise InvalidParameterError("login_hint must be a non-empty string")
            params.append(("login_hint", login_hint))
        reserved = {name for name, _ in params} | {"code_verifier", "client_secret"}
        for name, value in (extra_params or {}).items():
            if name in reserved or not isinstance(value, str):
                raise InvalidParameterError(f"extra_params cannot set {name!r}")
            params.append((name, value))
        url = f"{self.authorize_endpoint}?{urlencode(params)}"
        return AuthorizationRequest(url, state, verifier, self.redirect_uri)

    def parse_redirect(self, redirect_url: str, request: AuthorizationRequest) -> str:
        """The ``code`` from the URL anny redirected back to, after checking ``state``.

        Raises :class:`OAuthRedirectError` for ``error=…`` and
        :class:`~anny.InvalidParameterError` for a state mismatch or a URL without a code.
        """
        if not isinstance(redirect_url, str):
            raise InvalidParameterError("redirect_url must be a string")
        query = dict(parse_qsl(urlsplit(redirect_url).query, keep_blank_values=True))
        self._check_state(query.get("state"), request.state)
        if "error" in query:
            raise OAuthRedirectError(query["error"][:100], query.get("error_description"))
        code = query.get("code")
        if not code:
            raise InvalidParameterError("the redirect URL carries neither code nor error")
        return code

    @staticmethod
    def _check_state(received: str | None, expected: str | None) -> None:
        if (received is None and expected is None) or same_state(received, expected):
            return
        # Possible CSRF / mixed-up sessions: never exchange such a code.
        raise InvalidParameterError(
            "OAuth state mismatch: the redirect does not belong to this authorization request"
        )

    # ------------------------------------------------------------------ the flows (sans-I/O)

    def _token_plan(self, fields: list[tuple[str, str]]) -> RequestPlan[None]:
        if self._client_secret:
            fields = [*fields, ("client_secret", self._client_secret)]
        headers = [("Accept", "application/json"), ("User-Agent", user_agent())]
        if self.token_request_encoding == "json":
            # anny's guide shows a plain JSON body: not the API's JSON:API media type.
            headers.append(("Content-Type", "application/json"))
            return RequestPlan(
                "POST",
                self.token_endpoint,
                headers=headers,
                json=dict(fields),
                idempotent=False,  # a refresh token is single use: never resent blindly
                parser=parse_none,
                anonymous=True,
            )
        return RequestPlan(
            "POST",
            self.token_endpoint,
            headers=headers,
            form=fields,
            idempotent=False,
            parser=parse_none,
            anonymous=True,
        )

    def exchange_code_flow(
        self,
        code: str,
        verifier: str,
        *,
        state: str | None = None,
        expected_state: str | None = None,
    ) -> Flow[Token]:
        """The sans-I/O code exchange behind :meth:`exchange_code` / :meth:`aexchange_code`.

        Validates everything before its first request (bad input raises here, not later).
        """
        check_secret_text(code, "code")
        _check_verifier(verifier)
        self._check_state(state, expected_state)
        plan = self._token_plan(
            [
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", self.redirect_uri),
                ("client_id", self.client_id),
                ("code_verifier", verifier),
            ]
        )
        return self._flow(plan, "authorization_code", hidden=(code, verifier))

    def refresh_flow(self, token: Token | str) -> Flow[Token]:
        """The sans-I/O refresh behind :meth:`refresh` / :meth:`arefresh`.

        ``token`` is a :class:`Token` (its ``refresh_token`` is used) or the refresh token.
        """
        refresh = token.refresh_token if isinstance(token, Token) else token
        if refresh is None:
            raise InvalidParameterError("this token has no refresh_token; sign in again")
        check_secret_text(refresh, "refresh_token")
        plan = self._token_plan(
            [
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh),
                ("client_id", self.client_id),
            ]
        )
        # No scope parameter: the refreshed token keeps the granted scope (RFC 6749 §6).
        return self._flow(plan, "refresh_token", hidden=(refresh,), previous_refresh=refresh)

    def _flow(
        self,
        plan: RequestPlan[None],
        grant: str,
        *,
        hidden: Sequence[str],
        previous_refresh: str | None = None,
    ) -> Flow[Token]:
        # Validation happened eagerly in the callers; the generator only does the exchange.
        def flow() -> Flow[Token]:
            where = f"POST {redact_url(plan.path)}"
            logger.debug("oauth: %s grant_type=%s", where, grant)
            try:
                answer: APIResponse[None] = yield plan
            except APIStatusError as exc:
                # Mapped from the OAuth error body (RFC 6749 §5.2), any echoed credential
                # scrubbed: a refused refresh is "sign in again", whatever the status.
                raise self._error(
                    exc.response, grant, hidden=(*hidden, self._client_secret or "")
                ) from None
            except OutcomeUnknownError as exc:
                # A lost token answer has no state to read back: the caller gets the plain
                # timeout or connection error (a spent refresh token shows at the next one).
                raise exc.cause from exc.cause.__cause__
            response = answer.http_response
            try:
                data = json.loads(response.content)
            except ValueError as exc:
                raise APIResponseValidationError(
                    f"the token endpoint answered {response.status_code} without JSON [{where}]",
                    response=response,
                ) from exc
            try:
                token = Token.from_response(data, clock=self.clock)
            except APIResponseValidationError as exc:
                raise APIResponseValidationError(f"{exc} [{where}]", response=response) from None
            if token.refresh_token is None and previous_refresh is not None:
                # RFC 6749 §6: without a new refresh token the old one stays valid.
                token = attrs.evolve(token, refresh_token=previous_refresh)
            return token

        return flow()

    @staticmethod
    def _error(response: httpx.Response, grant: str, *, hidden: Sequence[str]) -> APIStatusError:
        try:
            body: object = json.loads(response.content) if response.content.strip() else None
        except ValueError:
            body = None
        error = description = None
        if isinstance(body, Mapping):
            raw_error, raw_desc = body.get("error"), body.get("error_description")
            raw_desc = raw_desc if raw_desc is not None else body.get("message")
            # Scrub before truncating: a cut through an echoed secret would keep its prefix.
            error = _scrub(raw_error, hidden)[:100] if isinstance(raw_error, str) else None
            description = _scrub(raw_desc, hidden)[:500] if isinstance(raw_desc, str) else None
        status = response.status_code
        if status >= 500 or (error is None and status not in (400, 401)):
            cls = status_error_class(status)
        elif grant == "refresh_token" or error in _AUTH_ERRORS:
            cls = AuthenticationError
        elif error in _REQUEST_ERRORS:
            cls = BadRequestError
        else:
            cls = status_error_class(status)
        what = "the refresh token was refused" if grant == "refresh_token" else "sign-in failed"
        reason = ": ".join(p for p in (error, description) if p) or "no OAuth error in the body"
        message = f"{what} ({status} {reason})"
        if cls is AuthenticationError and grant == "refresh_token":
            message += "; the user must sign in again"
        message += f" [POST {redact_url(str(response.request.url))}]"
        message = " ".join(message.split())
        errors = [ErrorObject(status=str(status), code=error, title=error, detail=description)]
        safe_body = {"error": error, "error_description": description} if error else None
        return cls(message, response=response, errors=errors, body=safe_body)

    # ------------------------------------------------------------------ the drivers

    def _send_options(
        self, http: httpx.Client | httpx.AsyncClient, sleep: Callable[[float], Any]
    ) -> dict[str, Any]:
        def build(plan: RequestPlan[Any]) -> httpx.Request:
            # Token plans carry the absolute endpoint URL; no client headers (anonymous).
            return build_request(
                http, plan, base_url=self.auth_base_url, base_headers={}, timeout=self._timeout
            )

        return {"build": build, "policy": _NO_RETRY, "auth": None, "sleep": sleep}

    def run(self, flow: Flow[T]) -> T:
        """Run a token flow (:meth:`refresh_flow`, :meth:`exchange_code_flow`, or a flow that
        yields from them) on ``http_client`` or a short-lived httpx client (blocking).

        Each token request is sent once: a lost answer to a single-use refresh token is not
        resent (``client.run`` applies the client's retry policy instead).
        """
        session = _Session(self._http, functools.partial(httpx.Client, timeout=self._timeout))

        def send(plan: RequestPlan[Any]) -> APIResponse[Any]:
            http = session()
            return run_plan_sync(http, plan, **self._send_options(http, time.sleep))

        try:
            return run_flow_sync(flow, run_raw=send, sleep=time.sleep)
        finally:
            if session.owned is not None:
                session.owned.close()

    async def arun(self, flow: Flow[T]) -> T:
        """Awaitable :meth:`run` (on ``async_http_client`` or a short-lived one)."""
        new = functools.partial(httpx.AsyncClient, timeout=self._timeout)
        session = _Session(self._ahttp, new)

        async def send(plan: RequestPlan[Any]) -> APIResponse[Any]:
            http = session()
            return await run_plan_async(http, plan, **self._send_options(http, asyncio.sleep))

        try:
            return await run_flow_async(flow, run_raw=send, sleep=asyncio.sleep)
        finally:
            if session.owned is not None:
                await session.owned.aclose()

    def exchange_code(
        self,
        code: str,
        verifier: str,
        *,
        state: str | None = None,
        expected_state: str | None = None,
    ) -> Token:
        """Exchange an authorization code for a :class:`Token` (blocking).

        Pass the ``state`` the redirect carried and the ``expected_state`` of the
        :class:`AuthorizationRequest`: a mismatch raises :class:`~anny.InvalidParameterError`
        before anything is sent. A refused code or verifier raises
        :class:`~anny.AuthenticationError` (``invalid_grant``), a malformed request
        :class:`~anny.BadRequestError`; the server's ``error_description`` is kept.
        """
        flow = self.exchange_code_flow(code, verifier, state=state, expected_state=expected_state)
        return self.run(flow)

    async def aexchange_code(
        self,
        code: str,
        verifier: str,
        *,
        state: str | None = None,
        expected_state: str | None = None,
    ) -> Token:
        """Awaitable :meth:`exchange_code`."""
        flow = self.exchange_code_flow(code, verifier, state=state, expected_state=expected_state)
        return await self.arun(flow)

    def exchange_redirect(self, redirect_url: str, request: AuthorizationRequest) -> Token:
        """:meth:`parse_redirect` then :meth:`exchange_code` (blocking)."""
        code = self.parse_redirect(redirect_url, request)
        return self.exchange_code(code, request.code_verifier)

    async def aexchange_redirect(self, redirect_url: str, request: AuthorizationRequest) -> Token:
        """Awaitable :meth:`exchange_redirect`."""
        code = self.parse_redirect(redirect_url, request)
        return await self.aexchange_code(code, request.code_verifier)

    def refresh(self, token: Token | str) -> Token:
        """A new :class:`Token` for ``token``'s refresh token (blocking).

        anny's refresh tokens are single use: persist the returned token. A refused refresh
        raises :class:`~anny.AuthenticationError` saying the user must sign in again.
        """
        return self.run(self.refresh_flow(token))

    async def arefresh(self, token: Token | str) -> Token:
        """Awaitable :meth:`refresh`."""
        return await self.arun(self.refresh_flow(token))
