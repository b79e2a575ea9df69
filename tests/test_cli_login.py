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
from anny._token_file import StoredLogin, load_login, save_login, stored_token, token_path
from anny_sandbox import Clock, Sandbox

from suite_helpers import run_in_process

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


def finish(proc: subprocess.Popen[str], within: float = 30) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=within)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out, err


def test_login_stores_a_0600_token_and_logout_removes_it(sandbox: Sandbox, tmp_path: Path) -> None:
    assert ANNY.exists(), "pip install -e . should have created the console script"
    token_file = tmp_path / "config" / "anny" / "token.json"
    before = datetime.now(UTC)
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
    assert f"Signed in for {sandbox.url}. Token saved to {token_file}" in out
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    stored = json.loads(token_file.read_text())
    assert stored["client_id"] == "cli-app"
    assert stored["auth_base_url"] == sandbox.url
    assert stored["base_url"] == sandbox.url
    # The lifetime (expires_in, 24 h) counts on the login process's own clock, not the
    # sandbox's frozen one (clock skew must not shorten or lengthen it).
    expires = datetime.fromisoformat(stored["token"]["expires_at"])
    assert before + timedelta(hours=24) <= expires <= datetime.now(UTC) + timedelta(hours=24)
    access, refresh = stored["token"]["access_token"], stored["token"]["refresh_token"]
    assert "oauth: POST" in err  # ANNY_LOG=debug really logged the exchange ...
    for secret in (code, access, refresh):
        assert secret not in out
        assert secret not in err  # ... but no secret
    me = httpx.get(f"{sandbox.url}/api/v1/customer", headers={"Authorization": f"Bearer {access}"})
    assert me.json()["data"]["attributes"]["email"] == MAX

    logout = run_in_process("logout", "--token-file", str(token_file))
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
        anny.auth.Token.from_response(issued, clock=clock),
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
        # A login is always bound to an API, even when only the auth server is named.
        (["--auth-url", "https://auth.example"], ("https://auth.example", "https://b.anny.co")),
        (["--base-url", "https://B.anny.eu:443"], ("https://auth.anny.eu", "https://b.anny.eu")),
    ],
)
def test_login_finds_the_auth_server(options: list[str], expected: tuple[str, str]) -> None:
    from anny._cli_login import _auth_and_api_urls, _login_parser

    args = _login_parser().parse_args(["--client-id", "x", *options])
    assert _auth_and_api_urls(args) == expected


# --------------------------------------------------------------------------- issue 17


NOW = "2026-11-23T08:00:00+01:00"
FOREIGN_TOKEN = "stored-access-token-0123456789abcdef"  # the sandbox answers 401 to it


def store_login(path: Path, base_url: str | None, *, refresh: str | None = None) -> Path:
    login = StoredLogin(
        anny.auth.Token(FOREIGN_TOKEN, refresh),
        client_id="cli-app",
        auth_base_url="https://auth.anny.eu",
        redirect_uri="http://127.0.0.1:1/callback",
        base_url=base_url,
    )
    return save_login(login, path)


def run_slots(sandbox: Sandbox, *options: str) -> tuple[int, str, str]:
    import io

    from anny._cli import main as cli_main

    out, err = io.StringIO(), io.StringIO()
    argv = ["slots", "conference-room-berlin", "--service", "hourly-desk-booking",
            "--date", "2026-11-24", "--now", NOW, "--json", *options]  # fmt: skip
    status = cli_main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("how", ["--base-url", "ANNY_BASE_URL"])
def test_a_stored_login_is_sent_only_to_the_api_it_was_made_for(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    token_file = tmp_path / "token.json"
    monkeypatch.setenv("ANNY_TOKEN_FILE", str(token_file))
    target = ["--base-url", sandbox.url] if how == "--base-url" else []
    if how == "ANNY_BASE_URL":
        monkeypatch.setenv("ANNY_BASE_URL", sandbox.url)
    # Made for this sandbox: the stored token is sent (and this one is refused: exit 1).
    store_login(token_file, sandbox.url + "/")
    status, _out, err = run_slots(sandbox, *target)
    assert status == 1
    assert "401" in err or "invalid_token" in err
    # Made for another API: never sent; the command runs anonymously and says so, once.
    store_login(token_file, "http://127.0.0.1:1")
    status, out, err = run_slots(sandbox, *target)
    assert status == 0, err
    assert json.loads(out)  # the anonymous answer
    [notice] = err.splitlines()
    assert "stored sign-in is for http://127.0.0.1:1" in notice
    assert f"not {sandbox.url}" in notice
    assert "anonymously" in notice
    assert FOREIGN_TOKEN not in err


@pytest.mark.parametrize("old", ["null", "missing"])
def test_an_old_token_file_without_its_api_is_not_sent(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str
) -> None:
    token_file = store_login(tmp_path / "token.json", None)
    if old == "missing":
        data = json.loads(token_file.read_text())
        del data["base_url"]
        token_file.write_text(json.dumps(data))
    monkeypatch.setenv("ANNY_TOKEN_FILE", str(token_file))
    status, _out, err = run_slots(sandbox, "--base-url", sandbox.url)
    assert status == 0, err
    [notice] = err.splitlines()
    assert "does not say which API" in notice
    assert "`anny login`" in notice


def test_the_default_api_never_gets_a_gov_cloud_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from anny._cli import _stored_sign_in

    monkeypatch.setenv(
        "ANNY_TOKEN_FILE", str(store_login(tmp_path / "t.json", "https://b.anny.eu"))
    )
    err = io.StringIO()
    assert _stored_sign_in({}, err) is None  # the default, b.anny.co: no network needed
    assert "is for https://b.anny.eu, not https://b.anny.co" in err.getvalue()
    assert len(err.getvalue().splitlines()) == 1
    err = io.StringIO()
    provider = _stored_sign_in({"environment": "gov-cloud"}, err)
    assert isinstance(provider, anny.auth.RefreshingToken)
    assert provider.token.access_token == FOREIGN_TOKEN
    assert err.getvalue() == ""
    monkeypatch.setenv("ANNY_ENVIRONMENT", "gov-cloud")
    assert isinstance(_stored_sign_in({}, io.StringIO()), anny.auth.RefreshingToken)
    assert _stored_sign_in({"base_url": "https://b.anny.eu.evil.example"}, io.StringIO()) is None


def test_the_public_stored_token_goes_only_to_the_api_it_was_made_for(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`anny.auth.stored_token()` resolves the API as the client does (base_url=, environment=,
    ANNY_BASE_URL, ANNY_ENVIRONMENT, production) and hands the stored token only to that one."""
    from anny.auth import stored_sign_in, stored_token

    path = store_login(tmp_path / "t.json", "https://b.anny.eu")
    assert stored_token(path=path) is None  # the default API, b.anny.co: no network needed
    token = stored_token(environment="gov-cloud", path=path)
    assert isinstance(token, anny.auth.RefreshingToken)
    assert token.token.access_token == FOREIGN_TOKEN
    assert stored_token("https://b.anny.eu/", path=path) is not None
    assert stored_token("https://b.anny.eu.evil.example", path=path) is None
    provider, notice = stored_sign_in("https://b.anny.co", path=path)
    assert provider is None
    assert notice is not None
    assert "is for https://b.anny.eu, not https://b.anny.co" in notice
    assert FOREIGN_TOKEN not in notice
    assert stored_sign_in(path=tmp_path / "none.json") == (None, None)
    with pytest.raises(anny.InvalidParameterError, match="unknown environment"):
        stored_token(environment="mars", path=path)
    # From the environment, like the client: ANNY_TOKEN_FILE, ANNY_ENVIRONMENT, ANNY_BASE_URL.
    monkeypatch.setenv("ANNY_TOKEN_FILE", str(path))
    monkeypatch.setenv("ANNY_ENVIRONMENT", "gov-cloud")
    assert stored_token() is not None
    monkeypatch.setenv("ANNY_BASE_URL", sandbox.url)
    assert stored_token() is None  # the client would talk to the sandbox: not sent there
    # A sign-in made for the sandbox signs a client in there.
    issued = sandbox.issue_token(MAX)
    login = StoredLogin(
        anny.auth.Token.from_response(issued),
        client_id="cli-app",
        auth_base_url=sandbox.url,
        redirect_uri="http://127.0.0.1:1/callback",
        base_url=sandbox.url,
    )
    save_login(login, path)
    with anny.Anny(token=stored_token()) as me:
        assert me.account.user().email == MAX


def corrupt(path: Path, kind: str) -> None:
    if kind == "directory":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(b"\xff\xfe\x00garbage")
    elif kind == "unreadable":
        store_login(path, "http://127.0.0.1:1")
        path.chmod(0)
    else:
        path.write_text({"not-json": "{oops", "not-a-login": "{}", "bad-token": '{"version": 1, '
                         '"client_id": "a", "auth_base_url": "b", "redirect_uri": "c", '
                         '"token": {"access_token": 5}}'}[kind])  # fmt: skip


CORRUPT = ["directory", "binary", "unreadable", "not-json", "not-a-login", "bad-token"]


@pytest.mark.parametrize("kind", CORRUPT)
def test_a_corrupt_token_file_means_anonymous_with_a_notice(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    if kind == "unreadable" and os.geteuid() == 0:
        pytest.skip("root reads any file")
    token_file = tmp_path / "token.json"
    corrupt(token_file, kind)
    with pytest.raises(anny.InvalidParameterError) as info:
        load_login(token_file)
    assert len(str(info.value).splitlines()) == 1
    monkeypatch.setenv("ANNY_TOKEN_FILE", str(token_file))
    status, out, err = run_slots(sandbox, "--base-url", sandbox.url)
    assert status == 0, err
    assert json.loads(out)
    [notice] = err.splitlines()
    assert "ignoring the stored sign-in" in notice
    assert "run `anny login` to sign in again" in notice


def test_logout_and_login_refuse_a_directory_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert main(["logout", "--token-file", str(folder)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"anny logout: {folder} is a directory, not a token file\n"
    assert folder.is_dir()
    assert main(["login", "--client-id", "x", "--token-file", str(folder), "--no-browser"]) == 2
    assert "is a directory" in capsys.readouterr().err
    subprocess_logout = subprocess.run(
        [str(ANNY), "logout", "--token-file", str(folder)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert subprocess_logout.returncode == 2
    assert "Traceback" not in subprocess_logout.stderr
    assert len(subprocess_logout.stderr.splitlines()) == 1


def listener_port(url: str) -> int:
    redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
    port = urlsplit(redirect_uri).port
    assert port is not None
    return port


def test_idle_connections_do_not_block_the_browser_redirect(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    import socket

    token_file = tmp_path / "token.json"
    proc = run_login(sandbox, token_file)
    held: list[socket.socket] = []
    try:
        url = printed_url(proc, sandbox)
        port = listener_port(url)
        # Silent connections, and one that starts a request and never finishes it.
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        held[-1].sendall(b"GET /callback?state=slow HTTP/1.1\r\nHost: x\r\n")
        location = httpx.get(url).headers["location"]
        page = httpx.get(location, timeout=10)
        assert page.status_code == 200
        assert "Signed in" in page.text
        status, _out, err = finish(proc, within=15)
    finally:
        for sock in held:
            sock.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert status == 0, err
    assert token_file.exists()


def test_the_overall_timeout_wins_over_idle_connections(sandbox: Sandbox, tmp_path: Path) -> None:
    import socket
    import time

    proc = run_login(sandbox, tmp_path / "token.json", "--timeout", "1")
    held: list[socket.socket] = []
    try:
        port = listener_port(printed_url(proc, sandbox))
        started = time.monotonic()
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        status, _out, err = finish(proc, within=15)
        elapsed = time.monotonic() - started
    finally:
        for sock in held:
            sock.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert status == 1
    assert err.strip().endswith("anny login: no sign-in within 1 s")
    assert elapsed < 8  # 1 s, plus slack for a busy machine; never the 10 s per connection


def test_the_listener_drops_a_silent_connection_after_its_timeout() -> None:
    import socket
    import threading
    import time

    from anny._cli_login import _CallbackServer, _wait_for_callback

    with _CallbackServer(0, connection_timeout=0.2) as server:
        server.expected_state = "the-state"
        result: list[str | None] = []
        waiter = threading.Thread(target=lambda: result.append(_wait_for_callback(server, 20)))
        waiter.start()
        with socket.create_connection(("127.0.0.1", server.server_port)) as silent:
            silent.settimeout(5)
            started = time.monotonic()
            assert silent.recv(1) == b""  # closed by the listener
            assert time.monotonic() - started < 3
        page = httpx.get(f"{server.redirect_uri}?code=the-code&state=the-state", timeout=5)
        assert page.status_code == 200
        waiter.join(5)
        assert not waiter.is_alive()
    assert result == [f"{server.redirect_uri}?code=the-code&state=the-state"]


@pytest.mark.parametrize(
    "bad", [["--port", "99999"], ["--port", "-1"], ["--timeout", "nan"], ["--timeout", "0"]]
)
def test_login_refuses_bad_port_and_timeout(
    bad: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # main() runs under the CLI's guard: argparse's exit becomes the return value.
    assert main(["login", "--client-id", "x", "--no-browser", *bad]) == 2
    assert "Traceback" not in capsys.readouterr().err


def shared_login(sandbox: Sandbox, path: Path, expires_at: datetime) -> Path:
    issued = sandbox.issue_token(MAX)
    token = anny.auth.Token(issued["access_token"], issued["refresh_token"], expires_at=expires_at)
    login = StoredLogin(token, "cli-app", sandbox.url, "http://127.0.0.1:1/callback", sandbox.url)
    return save_login(login, path)


def test_two_sharers_of_the_stored_login_both_keep_working_at_expiry(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    now = [START]
    clock: Any = lambda: now[0]  # noqa: E731
    path = shared_login(sandbox, tmp_path / "token.json", START + timedelta(hours=24))
    # Two processes: each has its own provider on the same file (nothing shared in memory).
    first = stored_token(path, base_url=sandbox.url, clock=clock)
    second = stored_token(path, base_url=sandbox.url, clock=clock)
    assert first is not None
    assert second is not None
    sandbox.advance(hours=24)
    now[0] += timedelta(hours=24)
    for provider in (first, second):
        with anny.Anny(base_url=sandbox.url, token=provider) as client:
            assert client.get("/api/v1/customer").data.email == MAX
    assert first.refresh_count == 1
    assert second.refresh_count == 0  # it used the token the first one stored
    stored = load_login(path)
    assert stored is not None
    assert first.token == second.token == stored.token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.with_name("token.json.lock").stat().st_mode) == 0o600


async def test_two_async_sharers_of_the_stored_login_both_keep_working(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    import asyncio

    now = [START]
    clock: Any = lambda: now[0]  # noqa: E731
    path = shared_login(sandbox, tmp_path / "token.json", START + timedelta(hours=24))
    first = stored_token(path, base_url=sandbox.url, clock=clock)
    second = stored_token(path, base_url=sandbox.url, clock=clock)
    assert first is not None
    assert second is not None
    sandbox.advance(hours=24)
    now[0] += timedelta(hours=24)

    async def me(provider: anny.auth.RefreshingToken) -> str:
        async with anny.AsyncAnny(base_url=sandbox.url, token=provider) as client:
            return str((await client.get("/api/v1/customer")).data.email)

    assert await asyncio.gather(me(first), me(second)) == [MAX, MAX]
    assert first.refresh_count + second.refresh_count == 1
    assert first.token == second.token


SHARER = """
import sys
import anny
from anny._token_file import stored_token
provider = stored_token(sys.argv[1], base_url=sys.argv[2])
with anny.Anny(base_url=sys.argv[2], token=provider) as client:
    print(client.get("/api/v1/customer").data.email, provider.refresh_count)
"""


def test_two_real_processes_refreshing_at_once_both_keep_working(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    # Expired on any clock: both processes want to spend the same single-use refresh token.
    path = shared_login(sandbox, tmp_path / "token.json", datetime(2000, 1, 1, tzinfo=UTC))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SHARER, str(path), sandbox.url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    results = [finish(proc) for proc in procs]
    assert [status for status, _, _ in results] == [0, 0], [err for _, _, err in results]
    lines = sorted(out.split() for _, out, _ in results)
    assert lines == [[MAX, "0"], [MAX, "1"]]  # one refreshed, the other used its token


def test_a_refresh_after_logout_works_but_does_not_sign_in_again(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    now = [START]
    clock: Any = lambda: now[0]  # noqa: E731
    folder = tmp_path / "anny"
    path = shared_login(sandbox, folder / "token.json", START + timedelta(hours=24))
    provider = stored_token(path, base_url=sandbox.url, clock=clock)
    assert provider is not None
    assert main(["logout", "--token-file", str(path)]) == 0
    for name in os.listdir(folder):
        (folder / name).unlink()
    folder.rmdir()  # not even a folder for the lock file
    sandbox.advance(hours=24)
    now[0] += timedelta(hours=24)
    with anny.Anny(base_url=sandbox.url, token=provider) as client:
        assert client.get("/api/v1/customer").data.email == MAX
    assert provider.refresh_count == 1
    assert not path.exists()  # the sign-out stands
