"""Signing customers in: OAuth2 authorization code with PKCE, refresh, and a token provider.

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
oauth.refresh_flow(token))`` works on both clients. ``exchange_code``/``refresh`` block,
``aexchange_code``/``arefresh`` are their awaitable twins on the same flows.

Every "now" comes from an injectable clock (``clock=``, a ``Callable[[], datetime]`` returning
an aware datetime; the default reads UTC now), so expiry decisions are testable at any hour.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import contextvars
import functools
import hashlib
import hmac
import inspect
import itertools
import json
import re
import secrets
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol, TypeAlias, TypeVar, runtime_checkable
from urllib.parse import parse_qsl, urlencode, urlsplit

import attrs
import httpx
from dateutil.parser import isoparse

from anny._clock import utc_now
from anny._config import DEFAULT_TIMEOUT, user_agent
from anny._flow import Flow, run_flow_async, run_flow_sync, run_plan_async, run_plan_sync
from anny._logging import REDACTED, logger, redact_url
from anny._request import APIResponse, RequestPlan, build_request, parse_none
from anny._retry import RetryPolicy
from anny.errors import (
    AnnyError,
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
    "Clock",
    "OAuth2",
    "OAuthRedirectError",
    "RefreshingToken",
    "Token",
    "TokenStore",
    "pkce_challenge",
    "utc_now",
]

T = TypeVar("T")

#: A source of "now": returns a timezone-aware datetime.
Clock: TypeAlias = Callable[[], datetime]

#: OAuth hosts per environment (reference §1.2).
AUTH_ENVIRONMENTS: Mapping[str, str] = {
    "production": "https://auth.anny.co",
    "gov-cloud": "https://auth.anny.eu",
    "staging": "https://auth.staging.anny.co",
}

#: Loopback hosts: the only ones where plain http is acceptable for the auth server.
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

# RFC 7636 §4.1: 43-128 characters of the unreserved set.
_VERIFIER_RE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
# Codes, states and tokens travel in URLs and form bodies: printable ASCII without spaces.
_VSCHAR_RE = re.compile(r"^[\x21-\x7e]+$")

# OAuth error codes (RFC 6749 §5.2) that mean "these credentials are no good".
_AUTH_ERRORS = frozenset(
    {"invalid_grant", "invalid_client", "unauthorized_client", "access_denied"}
)
_REQUEST_ERRORS = frozenset(
    {"invalid_request", "unsupported_grant_type", "invalid_scope", "unsupported_response_type"}
)

#: The unit of anny's camelCase ``expiresIn``: the documented example is ``1440`` for a day
#: (reference §3.5), so minutes. The standard ``expires_in`` (seconds) wins.
EXPIRES_IN_CAMEL_UNIT = timedelta(minutes=1)


def _now(clock: Clock) -> datetime:
    now = clock()
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise InvalidParameterError("the clock must return a timezone-aware datetime")
    return now


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pkce_challenge(verifier: str) -> str:
    """The S256 code challenge of a PKCE verifier: ``BASE64URL(SHA256(verifier))`` (RFC 7636)."""
    if not isinstance(verifier, str) or not _VERIFIER_RE.match(verifier):
        raise InvalidParameterError(
            "a PKCE verifier is 43-128 characters of A-Z, a-z, 0-9 and '-._~' (RFC 7636 §4.1)"
        )
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def _new_verifier() -> str:
    return secrets.token_urlsafe(64)  # 86 characters, all unreserved


def _check_secret_text(value: object, what: str) -> str:
    # Never echo the value: it is a credential.
    if not isinstance(value, str) or not value or not _VSCHAR_RE.match(value):
        raise InvalidParameterError(f"{what} must be a non-empty string of printable characters")
    return value


# --------------------------------------------------------------------------- Token


def _parse_instant(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = isoparse(value)
    except (ValueError, OverflowError):
        return None
    # A zoneless instant from the auth server is read as UTC (anny serves UTC everywhere else).
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and 0 <= value < 10**9:
        return float(value)
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10:
        return float(value.strip())
    return None


@attrs.frozen(repr=False)
class Token:
    """An access token, its refresh token and its expiry.

    ``repr`` and ``str`` never show either token. ``clock`` decides :attr:`expired` and
    :meth:`expires_within`; it is not part of equality or of :meth:`to_dict`.

    Attributes:
        access_token: the bearer token (a JWT on anny).
        refresh_token: the single-use refresh token, if one was issued.
        expires_at: when the access token expires (aware, UTC), if known.
        token_type: ``"Bearer"``.
        scope: the granted scopes, if the server said.
    """

    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None
    token_type: str = "Bearer"
    scope: str | None = None
    clock: Clock = attrs.field(default=utc_now, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        _check_secret_text(self.access_token, "access_token")
        if self.refresh_token is not None:
            _check_secret_text(self.refresh_token, "refresh_token")
        if self.expires_at is not None and (
            not isinstance(self.expires_at, datetime) or self.expires_at.tzinfo is None
        ):
            raise InvalidParameterError("expires_at must be a timezone-aware datetime")

    # ------------------------------------------------------------------ expiry

    def expires_within(self, seconds: float) -> bool:
        """True if the token expires within ``seconds`` from now (or has expired).

        A token without a known expiry never "expires within": the API's 401 decides.
        """
        if self.expires_at is None:
            return False
        return self.expires_at - _now(self.clock) <= timedelta(seconds=seconds)

    @property
    def expired(self) -> bool:
        """True once :attr:`expires_at` has passed (by :attr:`clock`)."""
        return self.expires_within(0)

    # ------------------------------------------------------------------ (de)serialization

    @classmethod
    def from_response(cls, data: Mapping[str, Any], *, clock: Clock = utc_now) -> Token:
        """Read a token endpoint answer.

        The expiry is ``clock()`` plus the standard ``expires_in`` (seconds), else plus anny's
        camelCase ``expiresIn`` (minutes, see :data:`EXPIRES_IN_CAMEL_UNIT`): a lifetime on the
        client's clock, immune to clock skew. Only without either is the absolute ``expiresAt``
        used, and not when it has already passed by ``clock()`` (skew: the expiry is unknown).
        Raises :class:`~anny.APIResponseValidationError` without ``access_token``.
        """
        if not isinstance(data, Mapping):
            raise APIResponseValidationError("the token response is not a JSON object")
        access = data.get("access_token")
        if not isinstance(access, str) or not access or not _VSCHAR_RE.match(access):
            raise APIResponseValidationError("the token response has no usable access_token")
        refresh = data.get("refresh_token")
        if not isinstance(refresh, str) or not refresh or not _VSCHAR_RE.match(refresh):
            refresh = None
        token_type = data.get("token_type")
        if isinstance(token_type, str) and token_type.lower() != "bearer":
            raise APIResponseValidationError(
                f"unsupported token_type {token_type[:40]!r}; anny issues Bearer tokens"
            )
        now = _now(clock)
        # A lifetime is measured on the client's own clock: the standard ``expires_in``
        # (seconds), else anny's ``expiresIn`` (minutes). The absolute ``expiresAt`` is read on
        # the auth server's clock, so it is only the fallback: with this machine 2 h ahead, a
        # 1 h token would look expired on arrival and every request would refresh first.
        seconds = _number(data.get("expires_in"))
        minutes = _number(data.get("expiresIn"))
        expires_at: datetime | None
        if seconds is not None:
            expires_at = now + timedelta(seconds=seconds)
        elif minutes is not None:
            expires_at = now + minutes * EXPIRES_IN_CAMEL_UNIT
        else:
            expires_at = _parse_instant(data.get("expiresAt", data.get("expires_at")))
            if expires_at is not None and expires_at <= now:
                # A token cannot be expired when it is issued: the clocks disagree. Its expiry
                # is unknown then, and the API's 401 decides when to refresh.
                expires_at = None
        scope = data.get("scope")
        return cls(
            access_token=access,
            refresh_token=refresh,
            expires_at=expires_at.astimezone(UTC) if expires_at else None,
            scope=scope if isinstance(scope, str) else None,
            clock=clock,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict for storage (it contains the secrets: store it like a password)."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "token_type": self.token_type,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "scope": self.scope,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, clock: Clock = utc_now) -> Token:
        """The inverse of :meth:`to_dict`; raises :class:`~anny.InvalidParameterError` if the
        data is not a stored token."""
        if not isinstance(data, Mapping):
            raise InvalidParameterError("a stored token must be a JSON object")
        expires_raw = data.get("expires_at")
        expires_at = _parse_instant(expires_raw)
        if expires_raw is not None and expires_at is None:
            raise InvalidParameterError("a stored token's expires_at must be an ISO instant")
        token_type = data.get("token_type") or "Bearer"
        scope = data.get("scope")
        if not isinstance(token_type, str) or (scope is not None and not isinstance(scope, str)):
            raise InvalidParameterError("a stored token's token_type and scope must be strings")
        return cls(
            access_token=data.get("access_token"),  # type: ignore[arg-type]  # checked there
            refresh_token=data.get("refresh_token"),
            expires_at=expires_at,
            token_type=token_type,
            scope=scope,
            clock=clock,
        )

    def to_json(self) -> str:
        """:meth:`to_dict` as a JSON string."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls, text: str | bytes, *, clock: Clock = utc_now) -> Token:
        """The inverse of :meth:`to_json`."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InvalidParameterError("a stored token must be JSON") from exc
        return cls.from_dict(data, clock=clock)

    def __repr__(self) -> str:
        expires = self.expires_at.isoformat() if self.expires_at else None
        refresh = REDACTED if self.refresh_token else None
        return (
            f"Token(access_token={REDACTED}, refresh_token={refresh}, "
            f"expires_at={expires}, scope={self.scope!r})"
        )

    __str__ = __repr__


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
    if not isinstance(uri, str) or not _VSCHAR_RE.match(uri):
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
        if not isinstance(item, str) or not item or not _VSCHAR_RE.match(item) or '"' in item:
            raise InvalidParameterError(f"invalid scope {item!r}")
    return " ".join(items) if items else None


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

    Blocking methods: :meth:`exchange_code`, :meth:`exchange_redirect`, :meth:`refresh`;
    awaitable twins: :meth:`aexchange_code`, :meth:`aexchange_redirect`, :meth:`arefresh`.
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
        if not isinstance(client_id, str) or not client_id or not _VSCHAR_RE.match(client_id):
            raise InvalidParameterError("client_id must be a non-empty string without spaces")
        if client_secret is not None:
            _check_secret_text(client_secret, "client_secret")
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
        elif not isinstance(state, str) or not state or not _VSCHAR_RE.match(state):
            raise InvalidParameterError("state must be a non-empty string of printable characters")
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
        if received is None and expected is None:
            return
        if (
            received is None
            or expected is None
            or not hmac.compare_digest(received.encode(), expected.encode())
        ):
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
        _check_secret_text(code, "code")
        if not isinstance(verifier, str) or not _VERIFIER_RE.match(verifier):
            raise InvalidParameterError(
                "the PKCE verifier must be 43-128 characters of A-Z, a-z, 0-9 and '-._~'"
            )
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
        _check_secret_text(refresh, "refresh_token")
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

    def _build(
        self, http: httpx.Client | httpx.AsyncClient
    ) -> Callable[[RequestPlan[Any]], httpx.Request]:
        def build(plan: RequestPlan[Any]) -> httpx.Request:
            # Token plans carry the absolute endpoint URL; no client headers (anonymous).
            return build_request(
                http, plan, base_url=self.auth_base_url, base_headers={}, timeout=self._timeout
            )

        return build

    def _run_sync(self, flow: Flow[T]) -> T:
        """Run a token flow with this OAuth2's own httpx client (or a short-lived one)."""
        owned = self._http is None
        http = httpx.Client(timeout=self._timeout) if self._http is None else self._http
        build = self._build(http)
        try:
            return run_flow_sync(
                flow,
                run_raw=lambda plan: run_plan_sync(
                    http, plan, build=build, policy=_NO_RETRY, auth=None, sleep=time.sleep
                ),
                sleep=time.sleep,
            )
        finally:
            if owned:
                http.close()

    async def _run_async(self, flow: Flow[T]) -> T:
        """Awaitable :meth:`_run_sync`."""
        owned = self._ahttp is None
        http = httpx.AsyncClient(timeout=self._timeout) if self._ahttp is None else self._ahttp
        build = self._build(http)
        try:
            return await run_flow_async(
                flow,
                run_raw=lambda plan: run_plan_async(
                    http, plan, build=build, policy=_NO_RETRY, auth=None, sleep=asyncio.sleep
                ),
                sleep=asyncio.sleep,
            )
        finally:
            if owned:
                await http.aclose()

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
        return self._run_sync(flow)

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
        return await self._run_async(flow)

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
        return self._run_sync(self.refresh_flow(token))

    async def arefresh(self, token: Token | str) -> Token:
        """Awaitable :meth:`refresh`."""
        return await self._run_async(self.refresh_flow(token))


# --------------------------------------------------------------------------- RefreshingToken


@runtime_checkable
class TokenStore(Protocol):
    """Where a :class:`RefreshingToken`'s token is kept and shared with other processes.

    anny's refresh tokens are single use, so two processes sharing one stored sign-in must
    not both spend the same one. Before a refresh the provider enters :meth:`lock` (exclusive
    across processes), reads :meth:`load` and, if another process already rotated the token,
    uses that one instead of refreshing; after its own refresh it calls :meth:`save` while
    still holding the lock. ``anny login``'s token file is one (``anny._cli_login.TokenFile``).
    """

    def lock(self) -> AbstractContextManager[object]:
        """An exclusive lock held around reading, refreshing and saving."""
        ...

    def load(self) -> Token | None:
        """The token stored now (``None`` if there is none or it cannot be read)."""
        ...

    def save(self, token: Token) -> None:
        """Store a refreshed token."""
        ...


_instance_ids = itertools.count()


class RefreshingToken:
    """A token provider for ``Anny(token=…)`` / ``AsyncAnny(token=…)`` that keeps itself fresh.

    * Before each request: if the access token expires within ``refresh_margin`` seconds
      (by ``clock``), it is refreshed first. A freshly issued token that already looks
      (nearly) expired, i.e. the clocks disagree, is refreshed by the API's 401 instead, or
      halfway through its remaining life: clock skew never causes a refresh per request.
    * After a 401 the client calls :meth:`invalidate`; the next token is a refreshed one and
      the client resends the request once.
    * At most one refresh runs at a time, across threads and across asyncio tasks, and
      concurrent callers share its result: 20 requests racing an expiry cause one refresh.
      A 401 for a token that was already replaced causes no second refresh.
    * A refused refresh token is sent once: every later caller gets the same
      :class:`~anny.AuthenticationError` without a request (sign in again).
    * A caller that is cancelled or times out while a refresh is in flight does not cancel
      it: the rotated token is still installed (and stored) when it arrives.
    * ``on_refresh(new_token)`` is called after every refresh (while the lock is held), so
      the application can persist the rotated refresh token. For ``AsyncAnny`` it may be a
      coroutine function.
    * ``store`` (a :class:`TokenStore`) shares the token with other processes: it is re-read
      under the store's lock before a refresh token is spent, and saved after a refresh.

    A refused refresh raises :class:`~anny.AuthenticationError` (the user must sign in again)
    from the request that needed the token.
    """

    def __init__(
        self,
        oauth: OAuth2,
        token: Token,
        *,
        on_refresh: Callable[[Token], Any] | None = None,
        clock: Clock | None = None,
        refresh_margin: float = 60.0,
        store: TokenStore | None = None,
    ) -> None:
        if not isinstance(oauth, OAuth2):
            raise InvalidParameterError("oauth must be an anny.auth.OAuth2")
        if not isinstance(token, Token):
            raise InvalidParameterError("token must be an anny.auth.Token")
        if on_refresh is not None and not callable(on_refresh):
            raise InvalidParameterError("on_refresh must be callable")
        if isinstance(refresh_margin, bool) or not isinstance(refresh_margin, (int, float)):
            raise InvalidParameterError("refresh_margin must be a number of seconds")
        if refresh_margin < 0:
            raise InvalidParameterError("refresh_margin must be >= 0")
        if store is not None and not isinstance(store, TokenStore):
            raise InvalidParameterError("store must have lock(), load() and save()")
        self._oauth = oauth
        self._on_refresh = on_refresh
        self._store = store
        self._clock: Clock = clock if clock is not None else oauth.clock
        self._margin = timedelta(seconds=float(refresh_margin))
        self._lock = threading.Lock()
        self._guard = threading.Lock()  # only around creating a loop's asyncio.Lock
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        # Refreshes that outlive the caller that started them (strong references until done).
        self._tasks: set[asyncio.Task[tuple[int, str]]] = set()
        # Bumped on every refresh. Each thread/task remembers the generation it was handed
        # (a context variable), so a late 401 for a replaced token does not refresh again.
        self._generation = 0
        self._rejected: int | None = None  # the generation a 401 was answered to
        self._handed_out: contextvars.ContextVar[int | None] = contextvars.ContextVar(
            f"anny_refreshing_token_{next(_instance_ids)}", default=None
        )
        # The refresh token the auth server refused and its error: never sent again.
        self._refused: tuple[str, AuthenticationError] | None = None
        self._token = token
        self._due_at = self._due_time(token, fresh=False)
        self.refresh_count = 0

    @property
    def token(self) -> Token:
        """The current token (possibly about to be refreshed)."""
        return self._token

    def __repr__(self) -> str:
        return f"RefreshingToken(client_id={self._oauth.client_id!r}, token={self._token!r})"

    # ------------------------------------------------------------------ decisions

    def _due_time(self, token: Token, *, fresh: bool) -> datetime | None:
        """When to refresh ``token`` by expiry (``None``: only after a 401)."""
        if token.expires_at is None:
            return None
        if not fresh:
            # A stored token may really have expired meanwhile: refresh it first.
            return token.expires_at - self._margin
        remaining = token.expires_at - _now(self._clock)
        if remaining <= timedelta(0):
            # Just issued, yet expired by our clock: the clocks disagree. Refreshing by
            # expiry would refresh before every request; the API's 401 decides instead.
            return None
        return token.expires_at - min(self._margin, remaining / 2)

    def _needs_refresh(self) -> bool:
        # Without a refresh token there is nothing to do: the API's 401 reaches the caller.
        if self._token.refresh_token is None:
            return False
        if self._rejected == self._generation:
            return True
        return self._due_at is not None and _now(self._clock) >= self._due_at

    def _install(self, token: Token, *, fresh: bool = True) -> None:
        self._token = token
        self._due_at = self._due_time(token, fresh=fresh)
        self._generation += 1
        if fresh:
            self.refresh_count += 1

    def _hand_out(self) -> str:
        self._handed_out.set(self._generation)
        return self._token.access_token

    def _check_refused(self) -> None:
        # A refused refresh token stays refused: answer every waiter with the first error
        # instead of sending it again (50 threads would otherwise send it 50 times).
        if self._refused is not None and self._refused[0] == self._token.refresh_token:
            # A new instance per waiter (same type, message and details): one exception object
            # raised in 50 threads at once would share and grow a single traceback.
            first = self._refused[1]
            raise type(first)(
                str(first), response=first.response, errors=list(first.errors), body=first.body
            )

    def _remember_refusal(self, refresh: str | None, exc: AuthenticationError) -> None:
        if refresh is not None:
            self._refused = (refresh, exc)

    def _adopt_stored(self) -> bool:
        """Take over a token another process stored meanwhile; True if it needs no refresh."""
        assert self._store is not None
        try:
            stored = self._store.load()
        except (AnnyError, OSError) as exc:
            logger.warning("oauth: could not re-read the stored token: %s", type(exc).__name__)
            return False
        if (
            stored is None
            or stored.refresh_token is None
            or stored.refresh_token == self._token.refresh_token
        ):
            return False
        # Another process rotated it: its refresh token is the live one, ours is spent.
        self._install(attrs.evolve(stored, clock=self._token.clock), fresh=False)
        return not self._needs_refresh()

    def _save(self, token: Token) -> None:
        assert self._store is not None
        try:
            self._store.save(token)
        except (AnnyError, OSError) as exc:
            # The new token works in this process; only sharing it failed. Not fatal here.
            logger.warning("oauth: could not store the refreshed token: %s", type(exc).__name__)

    # ------------------------------------------------------------------ TokenProvider

    def _refresh_sync(self) -> None:
        """Refresh the token, or adopt the stored one; ``self._lock`` is held."""
        store_lock = self._store.lock() if self._store is not None else contextlib.nullcontext()
        with store_lock:
            if self._store is not None and self._adopt_stored():
                return
            self._check_refused()
            refresh = self._token.refresh_token
            try:
                token = self._oauth.refresh(self._token)
            except AuthenticationError as exc:
                self._remember_refusal(refresh, exc)
                raise
            self._install(token)
            if self._store is not None:
                self._save(token)
        if self._on_refresh is not None:
            result = self._on_refresh(self._token)
            if inspect.iscoroutine(result):
                result.close()
                raise InvalidParameterError("an async on_refresh needs AsyncAnny (aget_token)")

    def get_token(self) -> str:
        """The access token, refreshed first if due (blocking).

        The refresh runs to its end under the lock, so its rotated token is installed even if
        the thread that asked no longer waits for it.
        """
        with self._lock:
            if self._needs_refresh():
                self._refresh_sync()
            return self._hand_out()

    async def _arefresh(self) -> tuple[int, str]:
        """The async refresh, in its own task; both locks are held until it ends."""
        store_lock: AbstractContextManager[object] | None = None
        if self._store is not None:
            store_lock = self._store.lock()
            # A file lock blocks: wait for it in a thread, not on the event loop.
            await asyncio.to_thread(store_lock.__enter__)
        try:
            adopted = store_lock is not None and self._adopt_stored()
            if not adopted:
                self._check_refused()
                refresh = self._token.refresh_token
                try:
                    token = await self._oauth.arefresh(self._token)
                except AuthenticationError as exc:
                    self._remember_refusal(refresh, exc)
                    raise
                self._install(token)
                if self._store is not None:
                    self._save(token)
        finally:
            if store_lock is not None:
                store_lock.__exit__(None, None, None)
        if not adopted and self._on_refresh is not None:
            result = self._on_refresh(self._token)
            if inspect.isawaitable(result):
                await result
        return self._generation, self._token.access_token

    async def aget_token(self) -> str:
        """The access token, refreshed first if due (async)."""
        lock = self._async_lock()
        await lock.acquire()
        try:
            # Tasks of this loop are serialised by the asyncio lock; the thread lock keeps
            # out sync users in other threads without blocking this loop while it waits.
            while not self._lock.acquire(blocking=False):
                await asyncio.sleep(0.005)
        except BaseException:
            lock.release()
            raise
        task: asyncio.Task[tuple[int, str]] | None = None
        try:
            if not self._needs_refresh():
                return self._hand_out()
            if self._store is None:
                self._check_refused()  # no task for a known answer (a store may have news)
            # The refresh is a task of its own that keeps both locks until it ends: a caller
            # cancelled (or timed out) meanwhile does not cancel it, so the rotated single-use
            # token is still installed when it arrives, and nobody else spends the old one.
            task = asyncio.get_running_loop().create_task(self._arefresh())
            self._tasks.add(task)
            task.add_done_callback(functools.partial(self._refresh_done, lock))
        finally:
            if task is None:
                self._lock.release()
                lock.release()
        generation, access = await asyncio.shield(task)
        self._handed_out.set(generation)
        return access

    def _refresh_done(self, lock: asyncio.Lock, task: asyncio.Task[tuple[int, str]]) -> None:
        self._tasks.discard(task)
        self._lock.release()
        lock.release()
        if not task.cancelled():
            task.exception()  # retrieved: a caller that gave up must not cause a warning

    def invalidate(self) -> None:
        """The API answered 401: refresh before handing out the next token.

        Ignored when the rejected token (the one handed to this thread/task) was already
        replaced by a refresh. Takes no lock, so it never waits for a refresh in flight
        (which would block an event loop): a mark for a replaced generation is harmless.
        """
        generation = self._generation
        handed = self._handed_out.get()
        if handed is None or handed == generation:
            self._rejected = generation

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock
