"""``anny login`` / ``anny logout``.

``anny login`` runs the authorization-code flow with PKCE for a native app (RFC 8252): it
listens on ``http://127.0.0.1:<ephemeral port>/callback``, opens (or with ``--no-browser``
only prints) the sign-in URL, exchanges the code that arrives at the listener and stores the
token, with the settings needed to refresh it, in the token file (:mod:`anny._token_file`:
where it lives, what it holds, how processes share it). ``anny logout`` deletes that file.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import webbrowser
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from anny._cli_common import ArgumentParser, finite_seconds, port_number, say_error
from anny._config import ENVIRONMENTS, _check_base_url
from anny._logging import redact_url, setup_logging_from_env
from anny._oauth import AUTH_ENVIRONMENTS, OAuth2, same_state
from anny._token_file import (
    TOKEN_FILE_ENV,
    StoredLogin,
    delete_login,
    same_api,
    save_login,
    token_path,
)
from anny.errors import AnnyError, InvalidParameterError

__all__ = ["login_main", "logout_main"]

#: Default ``--client-id``.
CLIENT_ID_ENV = "ANNY_CLIENT_ID"
CALLBACK_PATH = "/callback"

_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>anny</title></head>"
    "<body><h1>{title}</h1><p>{text}</p></body></html>"
)


# --------------------------------------------------------------------------- the listener


class _CallbackServer(ThreadingHTTPServer):
    """A loopback server that records the query of the first ``GET /callback`` with our state.

    Every connection is served in its own (daemon) thread with a read/write timeout of
    ``connection_timeout`` seconds: an idle or slow client (a port scanner, a stuck tab, a
    local process holding a connection open on purpose) neither blocks the real browser
    redirect nor outlives the login. :attr:`done` is set once our redirect was answered.
    """

    daemon_threads = True
    block_on_close = False  # closing never waits for a silent client
    #: Seconds a connection may stay silent before it is closed.
    connection_timeout = 10.0

    def __init__(self, port: int, *, connection_timeout: float | None = None) -> None:
        super().__init__(("127.0.0.1", port), _CallbackHandler)
        if connection_timeout is not None:
            self.connection_timeout = connection_timeout
        self.callback_url: str | None = None
        self.expected_state: str | None = None
        self.done = threading.Event()
        self._claim = threading.Lock()  # two redirects at once: the first one wins

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.server_port}{CALLBACK_PATH}"

    def claim(self, query: str) -> bool:
        """Record ``query`` as the redirect, unless one was already recorded."""
        with self._claim:
            if self.callback_url is not None:
                return False
            self.callback_url = self.redirect_uri + "?" + query
            return True


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _CallbackServer

    def setup(self) -> None:
        super().setup()
        # Every read and write of this connection times out (a silent client is dropped).
        self.connection.settimeout(self.server.connection_timeout)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH or self.server.callback_url is not None:
            self._answer(404, "Not found", "This is anny's sign-in listener.")
            return
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        expected = self.server.expected_state
        if not expected or not same_state(query.get("state"), expected):
            # Not our redirect (a stale tab or a forged request): keep waiting for ours.
            self._answer(400, "Sign-in failed", "This sign-in link does not match; try again.")
            return
        if not self.server.claim(parts.query):
            self._answer(404, "Not found", "This is anny's sign-in listener.")
            return
        try:
            if "code" in query:
                self._answer(200, "Signed in", "You can close this tab and return to the terminal.")
            else:
                self._answer(400, "Sign-in failed", "See the terminal for details.")
        finally:
            # After the page was written (or the browser went away): the login goes on.
            self.server.done.set()

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


def _auth_and_api_urls(args: argparse.Namespace) -> tuple[str, str]:
    """The auth server and the API base URL of a login: a login is always bound to one API
    (its token is only ever sent there)."""
    env = os.environ
    if args.environment:
        return args.auth_url or AUTH_ENVIRONMENTS[args.environment], ENVIRONMENTS[args.environment]
    base_url = args.base_url or env.get("ANNY_BASE_URL") or None
    if base_url is None:
        name = env.get("ANNY_ENVIRONMENT") or "production"
        if name not in AUTH_ENVIRONMENTS:
            raise InvalidParameterError(f"unknown ANNY_ENVIRONMENT {name!r}")
        return args.auth_url or AUTH_ENVIRONMENTS[name], ENVIRONMENTS[name]
    api = _check_base_url(base_url)
    for name, known in ENVIRONMENTS.items():
        if same_api(api, known):
            return args.auth_url or AUTH_ENVIRONMENTS[name], known
    # Any other API host (a sandbox, a local stack) serves /oauth itself.
    return args.auth_url or api, api


def _login_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
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
    """Serve until our redirect arrived or ``timeout`` seconds passed (whichever is first)."""
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        # Connections are served in their own threads: nothing a client does delays this.
        server.done.wait(timeout)
    finally:
        server.shutdown()
        thread.join()
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
    if path.is_dir():
        print(f"anny login: {path} is a directory, not a token file", file=sys.stderr)
        return 2
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
    # Say which API the sign-in is bound to: the commands send its token nowhere else.
    print(f"Signed in for {redact_url(base_url)}. Token saved to {saved}", flush=True)
    return 0


def logout_main(argv: Sequence[str]) -> int:
    """``anny logout``: delete the stored token (0 even if there was none; 2 if the path is a
    directory, 1 if it cannot be deleted)."""
    parser = ArgumentParser(prog="anny logout", description="Delete the stored token.")
    parser.add_argument("--token-file", help=f"the token file (default ${TOKEN_FILE_ENV})")
    args = parser.parse_args(list(argv))
    path = Path(args.token_file).expanduser() if args.token_file else token_path()
    try:
        deleted = delete_login(path)
    except InvalidParameterError as exc:
        say_error("anny logout", exc)
        return 2
    except OSError as exc:
        print(f"anny logout: cannot delete {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if deleted:
        print(f"Signed out (deleted {path})")
    else:
        print(f"Not signed in ({path} does not exist)")
    return 0
