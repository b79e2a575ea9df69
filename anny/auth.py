"""Signing in: bearer tokens, OAuth 2.0 with PKCE, and the login ``anny login`` stored.

A script that runs after ``anny login`` uses the stored sign-in::

    import anny
    from anny.auth import stored_token

    with anny.Anny(token=stored_token()) as me:     # None (anonymous) if there is none
        print(me.account.user().name)

The stored token is only ever handed out for the API it was made for: :func:`stored_token`
resolves the API the way the client does (``base_url=``, ``environment=``, ``ANNY_BASE_URL``,
``ANNY_ENVIRONMENT``, production) and returns ``None`` for any other one, so pass it the same
``base_url``/``environment`` you pass the client.

* :class:`OAuth2`, :class:`AuthorizationRequest`, :func:`pkce_challenge`: the
  authorization-code flow with PKCE (a web app or a native one); :class:`Token` is its answer.
* :class:`RefreshingToken`: a token source that refreshes itself when due (``token=`` of either
  client).
* :class:`TokenProvider` / :class:`AsyncTokenProvider`: your own token source;
  :class:`BearerAuth` the ``httpx.Auth`` the clients build from it.

The sign-in machinery (asyncio, dateutil) is imported on first use of a name from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from anny._exports import lazy_exports

if TYPE_CHECKING:
    from anny._auth import AsyncTokenProvider, BearerAuth, TokenProvider
    from anny._oauth import AuthorizationRequest, OAuth2, pkce_challenge
    from anny._refreshing import RefreshingToken
    from anny._token import Token
    from anny._token_file import token_path

_LAZY = {
    "AsyncTokenProvider": "anny._auth",
    "AuthorizationRequest": "anny._oauth",
    "BearerAuth": "anny._auth",
    "OAuth2": "anny._oauth",
    "RefreshingToken": "anny._refreshing",
    "Token": "anny._token",
    "TokenProvider": "anny._auth",
    "pkce_challenge": "anny._oauth",
    "token_path": "anny._token_file",
}

__all__ = [
    "AsyncTokenProvider",
    "AuthorizationRequest",
    "BearerAuth",
    "OAuth2",
    "RefreshingToken",
    "Token",
    "TokenProvider",
    "pkce_challenge",
    "stored_sign_in",
    "stored_token",
    "token_path",
]


def stored_sign_in(
    base_url: str | None = None,
    *,
    environment: str | None = None,
    path: str | Path | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> tuple[RefreshingToken | None, str | None]:
    """The stored sign-in for the API a client with these settings talks to, and why not.

    Returns ``(token, None)`` when ``anny login`` stored a sign-in for that API; ``(None,
    notice)`` when the stored one is for another API, is from an older anny that did not
    record its API, or cannot be read (``notice`` is one line for people, without secrets);
    ``(None, None)`` when there is none. ``path`` is the token file (default:
    ``$ANNY_TOKEN_FILE``, else ``~/.config/anny/token.json``; see :func:`token_path`).
    """
    from anny._clock import utc_now
    from anny._config import resolve_config
    from anny._token_file import stored_sign_in as for_api

    target = resolve_config(token=None, base_url=base_url, environment=environment).base_url
    return for_api(target, path, clock=clock or utc_now)


def stored_token(
    base_url: str | None = None,
    *,
    environment: str | None = None,
    path: str | Path | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> RefreshingToken | None:
    """The token ``anny login`` stored, for ``token=`` of a client; ``None`` if there is none
    for this API.

    ``base_url``/``environment`` are the client's (default: ``ANNY_BASE_URL``,
    ``ANNY_ENVIRONMENT``, production): the token is only handed out for the API it was made
    for. It refreshes itself when due and writes the rotated token back to the file (under a
    lock shared with other processes). Raises :class:`~anny.InvalidParameterError` for a bad
    ``base_url``/``environment``; see :func:`stored_sign_in` for why there is none.
    """
    return stored_sign_in(base_url, environment=environment, path=path, clock=clock)[0]


__getattr__, __dir__ = lazy_exports(__name__, globals(), _LAZY, __all__)
