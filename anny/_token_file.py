"""The stored sign-in: the token file ``anny login`` writes and every other command reads.

The file holds the token with the settings needed to refresh it (:class:`StoredLogin`), in a
file only the user can read (mode 0600):

* ``--token-file PATH``, else ``$ANNY_TOKEN_FILE``, else
* ``$XDG_CONFIG_HOME/anny/token.json``, else ``~/.config/anny/token.json``.

A stored sign-in is bound to the API base URL it was made for (``base_url`` in the file): it
is only ever handed out for that URL. Commands (and scripts) get it with :func:`stored_token`
(or :func:`stored_sign_in`, which also says why there is none) when no ``--token`` /
``ANNY_TOKEN`` is given::

    from anny._token_file import load_login, stored_token

    login = load_login()                   # the sign-in and the API base URL it was made for
    provider = stored_token(base_url=login.base_url) if login else None
    client = anny.Anny(base_url=login.base_url, token=provider) if login else anny.Anny()

The provider refreshes the token when due. Processes sharing the file take turns
(:class:`TokenFile`, a :class:`~anny._refreshing.TokenStore`): the token is re-read under a
lock on ``<file>.lock`` (``fcntl.flock``; on Windows, which has no ``flock``, there is no lock
and two processes refreshing at the same moment can still race) before a refresh token is
spent, and a token another process already rotated is used as it is.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import httpx

from anny._cli_common import write_private
from anny._clock import Clock, utc_now
from anny._logging import logger, redact_url
from anny._oauth import OAuth2
from anny._refreshing import RefreshingToken
from anny._token import Token
from anny.errors import InvalidParameterError

try:  # POSIX; Windows has no flock (see the module docstring)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "TOKEN_FILE_ENV",
    "StoredLogin",
    "TokenFile",
    "delete_login",
    "load_login",
    "same_api",
    "save_login",
    "stored_sign_in",
    "stored_token",
    "token_path",
]

#: Overrides where the token file lives (tests, several accounts).
TOKEN_FILE_ENV = "ANNY_TOKEN_FILE"


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
    write_private(target, json.dumps(login.to_dict(), indent=2))
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
    """The token file as a :class:`~anny._refreshing.TokenStore`, shared by processes.

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
