"""OAuth2 authorization code + PKCE (S256), and refresh with rotation.

The sandbox auto-approves: ``GET /oauth/authorize`` signs in the seeded customer named by
``login_hint`` (or ``customer``; e-mail, id or customer-account UUID) and redirects straight
back with ``code`` and ``state``. Token responses carry anny's camelCase ``expiresIn`` (minutes,
as in the documented example 1440) and ``expiresAt`` next to the standard ``expires_in``
(seconds) and ``token_type``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.responses import JSONResponse, RedirectResponse, Response

from anny_sandbox.models import AuthCode, Customer, Token
from anny_sandbox.store import Store
from anny_sandbox.web import Ctx, iso_utc

TOKEN_LIFETIME = timedelta(hours=24)
CODE_LIFETIME = timedelta(minutes=10)
SIGNING_KEY = b"anny-sandbox-signing-key"  # the sandbox is not a security boundary


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(claims: dict[str, Any]) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(SIGNING_KEY, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def issue_token(
    store: Store,
    customer: Customer,
    *,
    client_id: str = "sandbox",
    scope: str = "",
    lifetime: timedelta = TOKEN_LIFETIME,
    issuer: str = "anny-sandbox",
) -> Token:
    """Mint an access/refresh token pair for ``customer`` that expires on the sandbox clock."""
    with store.lock:
        now = store.clock.now()
        claims = {
            "iss": issuer,
            "sub": customer.user_id,
            "aud": client_id,
            "iat": int(now.timestamp()),
            "exp": int((now + lifetime).timestamp()),
            "jti": store.random_token(16),
            "scope": scope,
            "customer_id": customer.id,
            "customer_account_id": customer.account_id,
            "tenant": customer.organization_id,
        }
        token = Token(
            access_token=_jwt(claims),
            refresh_token=store.random_token(64),
            customer_id=customer.id,
            client_id=client_id,
            scope=scope,
            issued_at=now,
            expires_at=now + lifetime,
        )
        store.tokens[token.access_token] = token
        store.refresh_tokens[token.refresh_token] = token.access_token
        return token


def token_response(token: Token) -> dict[str, Any]:
    seconds = int((token.expires_at - token.issued_at).total_seconds())
    return {
        "token_type": "Bearer",
        "access_token": token.access_token,
        "refresh_token": token.refresh_token,
        "expires_in": seconds,
        "expiresIn": seconds // 60,
        "expiresAt": iso_utc(token.expires_at),
        "scope": token.scope,
    }


def oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    """OAuth2 (RFC 6749 §5.2) error body, plus ``message`` as Laravel Passport adds it."""
    return JSONResponse(
        {"error": error, "error_description": description, "message": description},
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


def _redirect(uri: str, params: dict[str, str]) -> RedirectResponse:
    parts = urlsplit(uri)
    query = parse_qsl(parts.query, keep_blank_values=True) + list(params.items())
    return RedirectResponse(urlunsplit(parts._replace(query=urlencode(query))), status_code=302)


def authorize(ctx: Ctx) -> Response:
    redirect_uri = ctx.q("redirect_uri")
    client_id = ctx.q("client_id")
    if not client_id:
        return oauth_error("invalid_request", "client_id is required")
    if not redirect_uri or not urlsplit(redirect_uri).scheme:
        return oauth_error("invalid_request", "redirect_uri must be an absolute URI")
    state = ctx.q("state")
    extra = {"state": state} if state is not None else {}
    if ctx.q("response_type") != "code":
        return _redirect(redirect_uri, {"error": "unsupported_response_type", **extra})
    challenge = ctx.q("code_challenge")
    method = ctx.q("code_challenge_method") or ("plain" if challenge else None)
    if method not in (None, "S256", "plain"):
        return _redirect(
            redirect_uri,
            {"error": "invalid_request", "error_description": "use S256", **extra},
        )
    hint = ctx.q("login_hint") or ctx.q("customer")
    customers = [c for c in ctx.store.customers.values() if not c.is_guest]
    customer = ctx.store.customer_by_hint(hint) if hint else (customers[0] if customers else None)
    if customer is None:
        return _redirect(
            redirect_uri,
            {"error": "access_denied", "error_description": f"unknown customer {hint!r}", **extra},
        )
    code = AuthCode(
        code=ctx.store.random_token(48),
        customer_id=customer.id,
        client_id=client_id,
        redirect_uri=redirect_uri,
        code_challenge=challenge,
        code_challenge_method=method,
        scope=ctx.q("scope") or "",
        expires_at=ctx.clock.now() + CODE_LIFETIME,
    )
    ctx.store.auth_codes[code.code] = code
    return _redirect(redirect_uri, {"code": code.code, **extra})


def _form(ctx: Ctx) -> dict[str, str]:
    media = ctx.request.headers.get("content-type", "").split(";")[0].strip().lower()
    text = ctx.body.decode("utf-8", "replace")
    if media.endswith("json"):
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return {}
        return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    return dict(parse_qsl(text, keep_blank_values=True))


def _verifier_ok(code: AuthCode, verifier: str | None) -> bool:
    if code.code_challenge is None:
        return True
    if not verifier:
        return False
    if code.code_challenge_method == "S256":
        digest = _b64(hashlib.sha256(verifier.encode()).digest())
        return hmac.compare_digest(digest, code.code_challenge)
    return hmac.compare_digest(verifier, code.code_challenge)


def token(ctx: Ctx) -> Response:
    form = _form(ctx)
    grant = form.get("grant_type")
    now = ctx.clock.now()
    if grant == "authorization_code":
        code = ctx.store.auth_codes.get(form.get("code", ""))
        if code is None or code.used or code.expires_at <= now:
            return oauth_error("invalid_grant", "The authorization code is invalid or expired.")
        if form.get("redirect_uri") and form["redirect_uri"] != code.redirect_uri:
            return oauth_error("invalid_grant", "redirect_uri does not match the authorization.")
        if form.get("client_id") and form["client_id"] != code.client_id:
            return oauth_error("invalid_client", "client_id does not match the authorization.", 401)
        if not _verifier_ok(code, form.get("code_verifier")):
            return oauth_error("invalid_grant", "The PKCE code_verifier does not match.")
        code.used = True  # single use, even when a later check fails
        customer = ctx.store.customers[code.customer_id]
        issued = issue_token(
            ctx.store, customer, client_id=code.client_id, scope=code.scope, issuer=ctx.base_url
        )
        return JSONResponse(token_response(issued), headers={"Cache-Control": "no-store"})
    if grant == "refresh_token":
        access = ctx.store.refresh_tokens.pop(form.get("refresh_token", ""), None)
        old = ctx.store.tokens.get(access or "")
        if old is None:
            return oauth_error("invalid_grant", "The refresh token is invalid or was used.")
        old.revoked = True  # rotation: the old pair is dead once refreshed
        customer = ctx.store.customers[old.customer_id]
        issued = issue_token(
            ctx.store, customer, client_id=old.client_id, scope=old.scope, issuer=ctx.base_url
        )
        return JSONResponse(token_response(issued), headers={"Cache-Control": "no-store"})
    if not grant:
        return oauth_error("invalid_request", "grant_type is required")
    return oauth_error("unsupported_grant_type", f"grant_type {grant!r} is not supported")


ROUTES = [
    ("GET", "/oauth/authorize", authorize),
    ("POST", "/oauth/token", token),
]
