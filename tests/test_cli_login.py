"""`anny login` / `anny logout` as real subprocesses against the sandbox: the test reads the
printed URL and plays the browser (authorize, then the redirect to the loopback listener)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import anny
from anny.__main__ import main
from anny._cli_login import StoredLogin, load_login, save_login, stored_token, token_path
from anny.sandbox import Clock, Sandbox

ANNY = Path(sys.executable).parent / "anny"
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
MAX = "max.power@example.com"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(clock=Clock(start=START, frozen=True)) as sb:
        yield sb


@pytest.fixture(autouse=True)
def _clean(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox.reset()
    for name in ("ANNY_TOKEN", "ANNY_BASE_URL", "ANNY_ENVIRONMENT", "ANNY_LOG", "ANNY_TOKEN_FILE"):
        monkeypatch.delenv(name, raising=False)


def run_login(sandbox: Sandbox, token_file: Path, *extra: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    env.update(PYTHONUNBUFFERED="1", ANNY_LOG="debug", ANNY_TOKEN_FILE=str(token_file))
    return subprocess.Popen(
        [str(ANNY), "login", "--client-id", "cli-app", "--base-url", sandbox.url,
         "--no-browser", "--login-hint", MAX, "--timeout", "60", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )  # fmt: skip


def printed_url(proc: subprocess.Popen[str], sandbox: Sandbox) -> str:
    assert proc.stdout is not None
    for _ in range(5):
        line = proc.stdout.readline()
        if line.startswith(f"{sandbox.url}/oauth/authorize?"):
            return line.strip()
    raise AssertionError("anny login printed no authorization URL")


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out, err


def test_login_stores_a_0600_token_and_logout_removes_it(sandbox: Sandbox, tmp_path: Path) -> None:
    assert ANNY.exists(), "pip install -e . should have created the console script"
    token_file = tmp_path / "config" / "anny" / "token.json"
    proc = run_login(sandbox, token_file)
    try:
        url = printed_url(proc, sandbox)
        query = parse_qs(urlsplit(url).query)
        assert query["code_challenge_method"] == ["S256"]
        redirect_uri = query["redirect_uri"][0]
        assert redirect_uri.startswith("http://127.0.0.1:")  # RFC 8252 loopback, any port
        assert urlsplit(redirect_uri).port not in (None, 0)
        # Play the browser: anny's authorize page redirects to the loopback listener.
        authorize = httpx.get(url)
        assert authorize.status_code == 302
        location = authorize.headers["location"]
        assert location.startswith(redirect_uri + "?")
        code = parse_qs(urlsplit(location).query)["code"][0]
        page = httpx.get(location)
        assert page.status_code == 200
        assert "Signed in" in page.text
        status, out, err = finish(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert status == 0, err
    assert f"Token saved to {token_file}" in out
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    stored = json.loads(token_file.read_text())
    assert stored["client_id"] == "cli-app"
    assert stored["auth_base_url"] == sandbox.url
    assert stored["base_url"] == sandbox.url
    assert stored["token"]["expires_at"] == "2026-11-24T07:00:00+00:00"
    access, refresh = stored["token"]["access_token"], stored["token"]["refresh_token"]
    assert "oauth: POST" in err  # ANNY_LOG=debug really logged the exchange ...
    for secret in (code, access, refresh):
        assert secret not in out
        assert secret not in err  # ... but no secret
    me = httpx.get(f"{sandbox.url}/api/v1/customer", headers={"Authorization": f"Bearer {access}"})
    assert me.json()["data"]["attributes"]["email"] == MAX

    logout = subprocess.run(
        [str(ANNY), "logout", "--token-file", str(token_file)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert logout.returncode == 0
    assert not token_file.exists()
    assert "Signed out" in logout.stdout


def test_the_listener_ignores_a_forged_redirect(sandbox: Sandbox, tmp_path: Path) -> None:
    token_file = tmp_path / "token.json"
    proc = run_login(sandbox, token_file)
    try:
        url = printed_url(proc, sandbox)
        location = httpx.get(url).headers["location"]
        forged = location.split("&state=")[0] + "&state=forged"
        assert httpx.get(forged).status_code == 400  # not our state: keep waiting
        assert httpx.get(location.replace("/callback", "/favicon.ico")).status_code == 404
        assert not token_file.exists()
        assert httpx.get(location).status_code == 200
        status, _out, err = finish(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert status == 0, err
    assert token_file.exists()


def test_stored_token_refreshes_and_writes_back(sandbox: Sandbox, tmp_path: Path) -> None:
    issued = sandbox.issue_token(MAX)
    now = [START]
    clock: Any = lambda: now[0]  # noqa: E731
    login = StoredLogin(
        anny.Token.from_response(issued, clock=clock),
        client_id="cli-app",
        auth_base_url=sandbox.url,
        redirect_uri="http://127.0.0.1:1/callback",
        base_url=sandbox.url,
    )
    path = save_login(login, tmp_path / "anny" / "token.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_login(path) == login
    assert issued["access_token"] not in repr(login)
    provider = stored_token(path, clock=clock)
    assert provider is not None
    sandbox.advance(hours=24)
    now[0] += timedelta(hours=24)
    with anny.Anny(base_url=sandbox.url, token=provider) as client:
        assert client.get("/api/v1/customer").data.email == MAX
    rotated = load_login(path)
    assert rotated is not None
    assert rotated.token.refresh_token != issued["refresh_token"]  # the new one was saved
    assert rotated.token == provider.token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stored_token(tmp_path / "missing.json") is None


def test_token_path_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert token_path({"XDG_CONFIG_HOME": "/x/cfg"}) == Path("/x/cfg/anny/token.json")
    assert token_path({"HOME": "/h"}) == Path("/h/.config/anny/token.json")
    assert token_path({"ANNY_TOKEN_FILE": "/t/tok.json", "XDG_CONFIG_HOME": "/x"}) == Path(
        "/t/tok.json"
    )
    assert main(["login", "--token-file", str(tmp_path / "t.json")]) == 2  # no client id
    assert "--client-id" in capsys.readouterr().err
    assert main(["logout", "--token-file", str(tmp_path / "none.json")]) == 0
    assert "Not signed in" in capsys.readouterr().out
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(anny.InvalidParameterError):
        load_login(tmp_path / "bad.json")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], ("https://auth.anny.co", "https://b.anny.co")),
        (["--environment", "gov-cloud"], ("https://auth.anny.eu", "https://b.anny.eu")),
        (["--base-url", "https://b.anny.eu/"], ("https://auth.anny.eu", "https://b.anny.eu")),
        (["--base-url", "http://127.0.0.1:8765"], ("http://127.0.0.1:8765",) * 2),
        (
            ["--base-url", "https://b.anny.co", "--auth-url", "https://auth.example"],
            ("https://auth.example", "https://b.anny.co"),
        ),
    ],
)
def test_login_finds_the_auth_server(options: list[str], expected: tuple[str, str]) -> None:
    from anny._cli_login import _auth_and_api_urls, _login_parser

    args = _login_parser().parse_args(["--client-id", "x", *options])
    assert _auth_and_api_urls(args) == expected
