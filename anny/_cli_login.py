"""``anny login`` / ``anny logout``, and the stored token other commands use.

``anny login`` runs the authorization-code flow with PKCE for a native app (RFC 8252): it
listens on ``http://127.0.0.1:<ephemeral port>/callback``, opens (or with ``--no-browser``
only prints) the sign-in URL, exchanges the code that arrives at the listener and stores the
token, with the settings needed to refresh it, in a file only the user can read (mode 0600):

* ``--token-file PATH``, else ``$ANNY_TOKEN_FILE``, else
* ``$XDG_CONFIG_HOME/anny/token.json``, else ``~/.config/anny/token.json``.

``anny logout`` deletes that file.

A stored sign-in is bound to the API base URL it was made for (``base_url`` in the file): it
is only ever handed out for that URL. Other commands (and scripts) get it with
:func:`anny.auth.stored_token` (or :func:`anny.auth.stored_sign_in`, which also says why
there is none) when no ``--token`` / ``ANNY_TOKEN`` is given::

    from anny.auth import stored_token

    client = anny.Anny(token=stored_token())  # anonymous unless signed in for this API

The provider refreshes the token when due. Processes sharing the file take turns: the token is
re-read under a lock on ``<file>.lock`` (``fcntl.flock``; on Windows, which has no ``flock``,
there is no lock and two processes refreshing at the same moment can still race) before a
refresh token is spent, and a token another process already rotated is used as it is.
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
import webbrowser
from collections.abc import Iterator, Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx

from anny._cli_common import ArgumentParser, finite_seconds, port_number, say_error
from anny._config import ENVIRONMENTS, _check_base_url
from anny._logging import logger, redact_url, setup_logging_from_env
from anny._oauth import AUTH_ENVIRONMENTS, Clock, OAuth2, RefreshingToken, Token, utc_now
from anny.errors import AnnyError, InvalidParameterError

try:  # POSIX; Windows has no flock (see the module docstring)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "StoredLogin",
    "TokenFile",
    "delete_login",
    "load_login",
    "login_main",
    "logout_main",
    "same_api",
    "save_login",
    "stored_sign_in",
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
        """The :class:`~anny.auth.OAuth2` client this login was made with."""
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

    A file that cannot be read (a directory, no permission, not UTF-8) or is not a token file
    raises :class:`~anny.InvalidParameterError` with a one-line reason.
    """
    source = Path(path) if path is not None else token_path()
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise InvalidParameterError(f"{source} is a directory, not a token file") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InvalidParameterError(f"cannot read {source}: {reason}") from None
    except UnicodeDecodeError:
        raise InvalidParameterError(f"{source} is not a token file (not UTF-8 text)") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise InvalidParameterError(f"{source} is not a token file (not JSON)") from None
    try:
        return StoredLogin.from_dict(data, clock=clock)
    except InvalidParameterError as exc:
        raise InvalidParameterError(f"{source}: {exc}") from None


def delete_login(path: Path | str | None = None) -> bool:
    """Delete the token file; ``True`` if there was one.

    :class:`~anny.InvalidParameterError` if ``path`` is a directory; other ``OSError`` s
    (no permission) propagate.
    """
    target = Path(path) if path is not None else token_path()
    if target.is_dir():
        raise InvalidParameterError(f"{target} is a directory, not a token file")
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    return True


def same_api(a: str, b: str) -> bool:
    """True if two API base URLs name the same API (scheme, host, port and path)."""

    def key(url: str) -> tuple[str, str, int | None, str] | None:
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError):
            return None
        return parsed.scheme, parsed.host.lower(), parsed.port, parsed.path.rstrip("/")

    ka = key(a)
    return ka is not None and ka == key(b)


class TokenFile:
    """The token file as a :class:`~anny._oauth.TokenStore`, shared by processes.

    :meth:`lock` takes ``fcntl.flock`` on ``<file>.lock`` (created 0600; no lock on Windows).
    :meth:`load` only returns a token made for the same API, auth server and client as
    ``login`` (a sign-in for another host is never adopted).
    """

    def __init__(self, path: Path, login: StoredLogin, *, clock: Clock = utc_now) -> None:
        self.path = path
        self._login = login
        self._clock = clock

    @property
    def lock_path(self) -> Path:
        """``<file>.lock`` next to the token file."""
        return self.path.with_name(self.path.name + ".lock")

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive across processes for as long as the ``with`` block runs."""
        if fcntl is None:  # pragma: no cover - Windows: documented as unlocked
            yield
            return
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            # The folder went away (anny logout) or is read-only: refresh without the lock,
            # as on Windows, rather than fail the command that needs the token.
            logger.warning("anny: cannot lock %s: %s", self.lock_path, exc.strerror or exc)
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def load(self) -> Token | None:
        """The stored token, if the file still holds a sign-in like ours."""
        login = load_login(self.path, clock=self._clock)
        if login is None or not self._same_sign_in(login):
            return None
        return login.token

    def save(self, token: Token) -> None:
        """Write ``token`` back (atomically, 0600), unless the user signed out meanwhile."""
        if not self.path.exists():
            return  # `anny logout` ran: a refresh in another process must not undo it
        save_login(attrs.evolve(self._login, token=token), self.path)

    def _same_sign_in(self, other: StoredLogin) -> bool:
        mine = self._login
        return (
            other.client_id == mine.client_id
            and other.auth_base_url == mine.auth_base_url
            and other.base_url is not None
            and mine.base_url is not None
            and same_api(other.base_url, mine.base_url)
        )


def _provider(login: StoredLogin, path: Path, clock: Clock) -> RefreshingToken:
    return RefreshingToken(
        login.oauth(clock=clock),
        login.token,
        store=TokenFile(path, login, clock=clock),
        clock=clock,
    )


def stored_sign_in(
    base_url: str, path: Path | str | None = None, *, clock: Clock = utc_now
) -> tuple[RefreshingToken | None, str | None]:
    """The stored sign-in for the API at ``base_url``, else ``None`` and why (one line).

    The token is only handed out for the API it was made for. A sign-in for another API, one
    from an older anny that did not record its API, or a file that cannot be read gives
    ``(None, notice)``: the caller runs anonymously and shows the notice. No file: ``(None,
    None)``.
    """
    target = Path(path) if path is not None else token_path()
    again = "run `anny login` to sign in again"
    try:
        login = load_login(target, clock=clock)
    except InvalidParameterError as exc:
        return None, f"ignoring the stored sign-in ({exc}); running anonymously: {again}"
    if login is None:
        return None, None
    if login.base_url is None:
        return None, (
            f"the stored sign-in in {target} does not say which API it is for (made by an "
            f"older anny); running anonymously: {again}"
        )
    if not same_api(login.base_url, base_url):
        bound, wanted = redact_url(login.base_url), redact_url(base_url)
        return None, (
            f"the stored sign-in is for {bound}, not {wanted}; running anonymously "
            f"(use --base-url {bound}, or `anny login --base-url {wanted}`)"
        )
    return _provider(login, target, clock), None


def stored_token(
    path: Path | str | None = None, *, base_url: str | None = None, clock: Clock = utc_now
) -> RefreshingToken | None:
    """A :class:`~anny.auth.RefreshingToken` for the stored sign-in, or ``None``.

    Use it when neither ``--token`` nor ``ANNY_TOKEN`` is given. With ``base_url`` it is
    ``None`` unless the sign-in was made for that API (see :func:`stored_sign_in`); send the
    token nowhere else. Every refresh re-reads the file under its lock first and writes the
    rotated token back (refresh tokens are single use).
    """
    target = Path(path) if path is not None else token_path()
    if base_url is not None:
        return stored_sign_in(base_url, target, clock=clock)[0]
    login = load_login(target, clock=clock)
    if login is None:
        return None
    return _provider(login, target, clock)


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
        expected = (self.server.expected_state or "").encode()
        if not expected or not hmac.compare_digest(query.get("state", "").encode(), expected):
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
