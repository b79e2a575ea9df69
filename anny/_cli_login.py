"""``anny login`` / ``anny logout``, and the stored token other commands use.

``anny login`` runs the authorization-code flow with PKCE for a native app (RFC 8252): it
listens on ``http://127.0.0.1:<ephemeral port>/callback``, opens (or with ``--no-browser``
only prints) the sign-in URL, exchanges the code that arrives at the listener and stores the
token, with the settings needed to refresh it, in a file only the user can read (mode 0600):

* ``--token-file PATH``, else ``$ANNY_TOKEN_FILE``, else
* ``$XDG_CONFIG_HOME/anny/token.json``, else ``~/.config/anny/token.json``.

``anny logout`` deletes that file.

Other commands (and scripts) get the stored sign-in with :func:`stored_token` when no
``--token`` / ``ANNY_TOKEN`` is given::

    from anny._cli_login import load_login, stored_token

    provider = stored_token()              # a RefreshingToken, or None if not signed in
    login = load_login()                   # also tells the API base URL it was made for
    client = anny.Anny(base_url=login.base_url, token=provider) if login else anny.Anny()

The provider refreshes the token when due and writes the rotated token back to the file.
"""

from __future__ import annotations

import argparse
import contextlib
import hmac
import json
import os
import sys
import tempfile
import threading
import time
import webbrowser
from collections.abc import Mapping, Sequence
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs

from anny._cli_common import finite_seconds, port_number, say_error
from anny._config import ENVIRONMENTS
from anny._logging import setup_logging_from_env
from anny._oauth import AUTH_ENVIRONMENTS, Clock, OAuth2, RefreshingToken, Token, utc_now
from anny.errors import AnnyError, InvalidParameterError

__all__ = [
    "StoredLogin",
    "delete_login",
    "load_login",
    "login_main",
    "logout_main",
    "save_login",
    "stored_token",
    "token_path",
]

#: Overrides where the token file lives (tests, several accounts).
TOKEN_FILE_ENV = "ANNY_TOKEN_FILE"
#: Default ``--client-id``.
CLIENT_ID_ENV = "ANNY_CLIENT_ID"
CALLBACK_PATH = "/callback"

_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>anny</title></head>"
    "<body><h1>{title}</h1><p>{text}</p></body></html>"
)


def token_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the token is stored: ``$ANNY_TOKEN_FILE``, else the user's config directory."""
    env = os.environ if environ is None else environ
    explicit = env.get(TOKEN_FILE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    config_home = env.get("XDG_CONFIG_HOME")
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    base = Path(config_home).expanduser() if config_home else home / ".config"
    return base / "anny" / "token.json"


@attrs.frozen(repr=False)
class StoredLogin:
    """What ``anny login`` stores: the token and everything needed to refresh it."""

    token: Token
    client_id: str
    auth_base_url: str
    redirect_uri: str
    base_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (contains the token: store it like a password)."""
        return {
            "version": 1,
            "client_id": self.client_id,
            "auth_base_url": self.auth_base_url,
            "redirect_uri": self.redirect_uri,
            "base_url": self.base_url,
            "token": self.token.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Any, *, clock: Clock = utc_now) -> StoredLogin:
        """Read :meth:`to_dict` output; :class:`~anny.InvalidParameterError` if malformed."""
        if not isinstance(data, dict) or data.get("version") != 1:
            raise InvalidParameterError("not an anny token file (version 1)")
        fields = ("client_id", "auth_base_url", "redirect_uri")
        if not all(isinstance(data.get(name), str) for name in fields):
            raise InvalidParameterError("the token file lacks client_id/auth_base_url/redirect_uri")
        base_url = data.get("base_url")
        return cls(
            token=Token.from_dict(data.get("token"), clock=clock),  # type: ignore[arg-type]
            client_id=data["client_id"],
            auth_base_url=data["auth_base_url"],
            redirect_uri=data["redirect_uri"],
            base_url=base_url if isinstance(base_url, str) else None,
        )

    def oauth(self, *, clock: Clock = utc_now) -> OAuth2:
        """The :class:`~anny.OAuth2` client this login was made with."""
        return OAuth2(
            self.client_id, self.redirect_uri, auth_base_url=self.auth_base_url, clock=clock
        )

    def __repr__(self) -> str:
        return (
            f"StoredLogin(client_id={self.client_id!r}, auth_base_url={self.auth_base_url!r}, "
            f"base_url={self.base_url!r}, token={self.token!r})"
        )


def save_login(login: StoredLogin, path: Path | str | None = None) -> Path:
    """Write ``login`` atomically to ``path`` (default :func:`token_path`) with mode 0600."""
    target = Path(path) if path is not None else token_path()
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkstemp creates the file 0600 from the start: the token is never readable by others,
    # not even for a moment; os.replace makes the switch atomic.
    fd, tmp = tempfile.mkstemp(prefix=".token-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(login.to_dict(), handle, indent=2)
            handle.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def load_login(path: Path | str | None = None, *, clock: Clock = utc_now) -> StoredLogin | None:
    """The stored sign-in, or ``None`` if there is none.

    A file that exists but is not a token file raises :class:`~anny.InvalidParameterError`.
    """
    source = Path(path) if path is not None else token_path()
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidParameterError(f"{source} is not JSON") from exc
    return StoredLogin.from_dict(data, clock=clock)


def delete_login(path: Path | str | None = None) -> bool:
    """Delete the token file; ``True`` if there was one."""
    target = Path(path) if path is not None else token_path()
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    return True


def stored_token(
    path: Path | str | None = None, *, clock: Clock = utc_now
) -> RefreshingToken | None:
    """A :class:`~anny.RefreshingToken` for the stored sign-in, or ``None``.

    Use it when neither ``--token`` nor ``ANNY_TOKEN`` is given. Every refresh writes the
    rotated token back to the file (refresh tokens are single use).
    """
    target = Path(path) if path is not None else token_path()
    login = load_login(target, clock=clock)
    if login is None:
        return None

    def persist(token: Token) -> None:
        save_login(attrs.evolve(login, token=token), target)

    return RefreshingToken(login.oauth(clock=clock), login.token, on_refresh=persist, clock=clock)


# --------------------------------------------------------------------------- the listener


class _CallbackServer(HTTPServer):
    """A one-shot loopback server that records the query of ``GET /callback``."""

    def __init__(self, port: int) -> None:
        super().__init__(("127.0.0.1", port), _CallbackHandler)
        self.callback_url: str | None = None
        self.expected_state: str | None = None

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.server_port}{CALLBACK_PATH}"


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _CallbackServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH or self.server.callback_url is not None:
            self._answer(404, "Not found", "This is anny's sign-in listener.")
            return
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        expected = (self.server.expected_state or "").encode()
        if not expected or not hmac.compare_digest(query.get("state", "").encode(), expected):
            # Not our redirect (a stale tab or a forged request): keep waiting for ours.
            self._answer(400, "Sign-in failed", "This sign-in link does not match; try again.")
            return
        self.server.callback_url = self.server.redirect_uri + "?" + parts.query
        if "code" in query:
            self._answer(200, "Signed in", "You can close this tab and return to the terminal.")
        else:
            self._answer(400, "Sign-in failed", "See the terminal for details.")

    def _answer(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=title, text=text).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # The request line carries the authorization code: never write it anywhere.
        return


# --------------------------------------------------------------------------- commands


def _auth_and_api_urls(args: argparse.Namespace) -> tuple[str, str | None]:
    env = os.environ
    base_url: str | None = args.base_url or None
    if args.environment:
        return args.auth_url or AUTH_ENVIRONMENTS[args.environment], ENVIRONMENTS[args.environment]
    if base_url is None and env.get("ANNY_BASE_URL"):
        base_url = env["ANNY_BASE_URL"]
    if args.auth_url:
        return args.auth_url, base_url
    if base_url is not None:
        for name, api in ENVIRONMENTS.items():
            if base_url.rstrip("/") == api:
                return AUTH_ENVIRONMENTS[name], api
        # Any other API host (a sandbox, a local stack) serves /oauth itself.
        return base_url.rstrip("/"), base_url.rstrip("/")
    name = env.get("ANNY_ENVIRONMENT") or "production"
    if name not in AUTH_ENVIRONMENTS:
        raise InvalidParameterError(f"unknown ANNY_ENVIRONMENT {name!r}")
    return AUTH_ENVIRONMENTS[name], ENVIRONMENTS[name]


def _login_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anny login",
        description="Sign in to anny in the browser and store the token (mode 0600).",
    )
    parser.add_argument(
        "--client-id", default=None, help=f"OAuth2 client id (default ${CLIENT_ID_ENV})"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--environment", choices=sorted(AUTH_ENVIRONMENTS))
    where.add_argument("--base-url", help="API base URL (its /oauth is used unless --auth-url)")
    parser.add_argument("--auth-url", help="OAuth server base URL (default: from the API host)")
    parser.add_argument(
        "--scope", action="append", default=[], help="scope to request (repeatable)"
    )
    parser.add_argument("--login-hint", help="account to pre-select (e-mail)")
    parser.add_argument(
        "--no-browser", action="store_true", help="only print the URL, do not open a browser"
    )
    parser.add_argument(
        "--token-file",
        help=f"where to store the token (default ${TOKEN_FILE_ENV}, else the config dir)",
    )
    parser.add_argument(
        "--port", type=port_number, default=0, help="loopback port (default: any free)"
    )
    parser.add_argument(
        "--timeout", type=finite_seconds, default=300.0, help="seconds to wait for the browser"
    )
    return parser


def _wait_for_callback(server: _CallbackServer, timeout: float) -> str | None:
    deadline = time.monotonic() + timeout
    while server.callback_url is None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        server.timeout = min(remaining, 1.0)
        server.handle_request()
    return server.callback_url


def login_main(argv: Sequence[str]) -> int:
    """``anny login``: 0 when signed in, 1 when sign-in failed, 2 for a usage error."""
    args = _login_parser().parse_args(list(argv))
    setup_logging_from_env()  # ANNY_LOG=debug shows the token requests (never their secrets)
    client_id = args.client_id or os.environ.get(CLIENT_ID_ENV)
    if not client_id:
        print(f"anny login: --client-id (or ${CLIENT_ID_ENV}) is required", file=sys.stderr)
        return 2
    path = Path(args.token_file).expanduser() if args.token_file else token_path()
    scopes = [part for item in args.scope for part in item.split()]
    try:
        auth_url, base_url = _auth_and_api_urls(args)
        server = _CallbackServer(args.port)
    except (AnnyError, OSError) as exc:
        say_error("anny login", exc)  # server text: terminal-safe
        return 2
    with server:
        try:
            oauth = OAuth2(
                client_id, server.redirect_uri, auth_base_url=auth_url, scopes=scopes or None
            )
            request = oauth.authorization_url(login_hint=args.login_hint)
        except AnnyError as exc:
            say_error("anny login", exc)  # server text: terminal-safe
            return 2
        server.expected_state = request.state
        print("Open this URL in a browser to sign in to anny:", flush=True)
        print(request.url, flush=True)
        if not args.no_browser:
            # A thread: some browsers block webbrowser.open until they exit.
            threading.Thread(target=webbrowser.open, args=(request.url,), daemon=True).start()
        callback = _wait_for_callback(server, args.timeout)
    if callback is None:
        print(f"anny login: no sign-in within {args.timeout:g} s", file=sys.stderr)
        return 1
    try:
        token = oauth.exchange_redirect(callback, request)
        login = StoredLogin(token, client_id, auth_url, server.redirect_uri, base_url)
        saved = save_login(login, path)
    except (AnnyError, OSError) as exc:
        say_error("anny login", exc)  # server text: terminal-safe
        return 1
    print(f"Signed in. Token saved to {saved}", flush=True)
    return 0


def logout_main(argv: Sequence[str]) -> int:
    """``anny logout``: delete the stored token (0 even if there was none)."""
    parser = argparse.ArgumentParser(prog="anny logout", description="Delete the stored token.")
    parser.add_argument("--token-file", help=f"the token file (default ${TOKEN_FILE_ENV})")
    args = parser.parse_args(list(argv))
    path = Path(args.token_file).expanduser() if args.token_file else token_path()
    if delete_login(path):
        print(f"Signed out (deleted {path})")
    else:
        print(f"Not signed in ({path} does not exist)")
    return 0
