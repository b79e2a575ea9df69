"""OAuth2 authorization code + PKCE against the sandbox's own auth endpoints."""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import parse_qs, urlsplit

import httpx

from anny_sandbox import Sandbox

REDIRECT = "http://127.0.0.1:9/callback"


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


def authorize(sandbox: Sandbox, challenge: str, **extra: str) -> dict[str, list[str]]:
    response = httpx.get(
        f"{sandbox.url}/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": "my-app",
            "redirect_uri": REDIRECT,
            "state": "xyz",
            "scope": "",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            **extra,
        },
    )
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith(REDIRECT)
    return parse_qs(urlsplit(location).query)


def exchange(sandbox: Sandbox, code: str, verifier: str, *, form: bool = False) -> httpx.Response:
    body = {
        "grant_type": "authorization_code",
        "client_id": "my-app",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    url = f"{sandbox.url}/oauth/token"
    return httpx.post(url, data=body) if form else httpx.post(url, json=body)


def test_pkce_flow_refresh_and_expiry(sandbox: Sandbox) -> None:
    verifier, challenge = pkce()
    query = authorize(sandbox, challenge, login_hint="max.power@example.com")
    assert query["state"] == ["xyz"]
    token = exchange(sandbox, query["code"][0], verifier)
    assert token.status_code == 200
    tokens = token.json()
    assert set(tokens) >= {
        "access_token",
        "refresh_token",
        "expiresIn",
        "expiresAt",
        "token_type",
        "expires_in",
    }
    assert tokens["expiresIn"] == 1440
    assert tokens["expires_in"] == 86400
    assert tokens["expiresAt"] == "2026-11-24T07:00:00+00:00"
    assert tokens["access_token"].count(".") == 2  # a JWT, like anny's

    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    me = httpx.get(f"{sandbox.url}/api/v1/customer", headers=headers)
    assert me.json()["data"]["attributes"]["email"] == "max.power@example.com"

    reused = exchange(sandbox, query["code"][0], verifier)  # codes are single-use
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"

    refreshed = httpx.post(
        f"{sandbox.url}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
    )
    assert refreshed.status_code == 200
    new = refreshed.json()
    assert new["refresh_token"] != tokens["refresh_token"]
    again = httpx.post(
        f"{sandbox.url}/oauth/token",
        json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
    )
    assert again.status_code == 400  # rotation: the old refresh token is spent

    new_headers = {"Authorization": f"Bearer {new['access_token']}"}
    assert httpx.get(f"{sandbox.url}/api/v1/user", headers=new_headers).status_code == 200
    sandbox.advance(hours=24)
    expired = httpx.get(f"{sandbox.url}/api/v1/user", headers=new_headers)
    assert expired.status_code == 401
    assert expired.json()["errors"][0]["status"] == "401"


def test_pkce_with_a_wrong_verifier_fails(sandbox: Sandbox) -> None:
    _verifier, challenge = pkce()
    query = authorize(sandbox, challenge)
    wrong = exchange(sandbox, query["code"][0], "not-the-verifier-" + "x" * 40, form=True)
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "invalid_grant"
    assert "code_verifier" in wrong.json()["error_description"]


def test_authorize_errors_and_default_customer(sandbox: Sandbox) -> None:
    verifier, challenge = pkce()
    denied = authorize(sandbox, challenge, login_hint="nobody@example.com")
    assert denied["error"] == ["access_denied"]
    assert denied["state"] == ["xyz"]
    default = authorize(sandbox, challenge)  # no hint: the first seeded customer
    token = exchange(sandbox, default["code"][0], verifier).json()["access_token"]
    me = httpx.get(
        f"{sandbox.url}/api/v1/user", headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert me["data"]["attributes"]["email"] == "erika.mustermann@example.com"
    no_redirect = httpx.get(f"{sandbox.url}/oauth/authorize", params={"client_id": "x"})
    assert no_redirect.status_code == 400
    unsupported = httpx.post(f"{sandbox.url}/oauth/token", json={"grant_type": "password"})
    assert unsupported.json()["error"] == "unsupported_grant_type"


def test_issue_token_helper_and_control_endpoint(sandbox: Sandbox) -> None:
    issued = httpx.post(f"{sandbox.url}/__sandbox/tokens", json={"customer": "5002"})
    assert issued.status_code == 201
    token = issued.json()["access_token"]
    user = httpx.get(f"{sandbox.url}/api/v1/user", headers={"Authorization": f"Bearer {token}"})
    assert user.json()["data"]["attributes"]["email"] == "max.power@example.com"
    assert httpx.post(f"{sandbox.url}/__sandbox/tokens", json={"customer": "x"}).status_code == 404
    bad = httpx.get(f"{sandbox.url}/api/v1/user", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
