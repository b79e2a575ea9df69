"""Bearer-token authentication and the :class:`TokenProvider` protocols.

A client is anonymous by default. ``token=`` accepts:

* a string (a fixed customer access token);
* a :class:`TokenProvider` — any object with ``get_token() -> str | None``;
* an :class:`AsyncTokenProvider` — any object with ``async aget_token() -> str | None``
  (usable by :class:`~anny.AsyncAnny` only);
* a plain callable returning the token (or, for ``AsyncAnny``, an awaitable of it).

The token is fetched for *every* request, so a provider can refresh it transparently (the
OAuth2 layer plugs in here). A provider may also define ``invalidate()``: after a 401 the
client calls it, asks for the token again and resends the request once if the token
changed. ``None`` or ``""`` means "send no Authorization header".
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Protocol, TypeAlias, runtime_checkable

import httpx

from anny.errors import InvalidParameterError

__all__ = [
    "PRINTABLE",
    "AsyncTokenProvider",
    "BearerAuth",
    "TokenProvider",
    "TokenSource",
    "check_secret_text",
    "clean_token",
]

#: Printable ASCII without spaces (use ``fullmatch``): what a token, code or state may be, as
#: it travels in an ``Authorization`` header, a URL or a form body.
PRINTABLE = re.compile(r"[\x21-\x7e]+")


def check_secret_text(value: object, what: str) -> str:
    """``value`` if it is a non-empty :data:`PRINTABLE` string, else
    :class:`~anny.InvalidParameterError` naming ``what`` (never the value: a credential)."""
    if not isinstance(value, str) or not PRINTABLE.fullmatch(value):
        raise InvalidParameterError(f"{what} must be a non-empty string of printable characters")
    return value


def clean_token(token: str | None) -> str | None:
    """Strip surrounding whitespace (a token read from a file ends in a newline); ``None``
    for a blank token. Refuses what cannot go into an ``Authorization`` header: h11 would
    only fail at send time, after retries, quoting the whole header in its error. The
    error never shows the token, only a position."""
    if token is None:
        return None
    if not isinstance(token, str):
        raise InvalidParameterError(f"a token must be a string, got {type(token).__name__}")
    token = token.strip()
    if not token:
        return None
    if not PRINTABLE.fullmatch(token):
        bad = next(i for i, ch in enumerate(token) if not PRINTABLE.fullmatch(ch))
        raise InvalidParameterError(
            f"token has a character that cannot be sent in a header at position {bad} "
            "(tokens are printable ASCII without spaces)"
        )
    return token


@runtime_checkable
class TokenProvider(Protocol):
    """Supplies the current bearer token (synchronously)."""

    def get_token(self) -> str | None:
        """The current access token, or ``None`` for an anonymous request."""
        ...


@runtime_checkable
class AsyncTokenProvider(Protocol):
    """Supplies the current bearer token from async code."""

    async def aget_token(self) -> str | None:
        """The current access token, or ``None`` for an anonymous request."""
        ...


TokenSource: TypeAlias = (
    "str | TokenProvider | AsyncTokenProvider | Callable[[], Awaitable[str | None] | str | None]"
)


class BearerAuth(httpx.Auth):
    """:class:`httpx.Auth` that adds ``Authorization: Bearer <token>`` from a token source.

    The token never appears in ``repr``.
    """

    def __init__(self, source: TokenSource) -> None:
        if not isinstance(source, (str, TokenProvider, AsyncTokenProvider)) and not callable(
            source
        ):
            raise InvalidParameterError(
                "token must be a string, a TokenProvider or a callable returning the token"
            )
        self._source = source

    @property
    def is_async_only(self) -> bool:
        """True if the source can only be used from async code."""
        src = self._source
        if isinstance(src, (str, TokenProvider)):
            return False
        if isinstance(src, AsyncTokenProvider):
            return True
        return inspect.iscoroutinefunction(src)

    def _fetch(self, *, prefer_async: bool) -> str | Awaitable[str | None] | None:
        """The token, or an awaitable of it; async code prefers ``aget_token`` when a source
        has both."""
        src = self._source
        if isinstance(src, str):
            return src
        if prefer_async and isinstance(src, AsyncTokenProvider):
            return src.aget_token()
        if isinstance(src, TokenProvider):
            return src.get_token()
        if isinstance(src, AsyncTokenProvider):
            return src.aget_token()
        return src()

    def _sync_token(self) -> str | None:
        value = self._fetch(prefer_async=False)
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()  # avoid "coroutine was never awaited"
            raise InvalidParameterError("an async token source needs AsyncAnny, not Anny")
        return value

    async def _async_token(self) -> str | None:
        value = self._fetch(prefer_async=True)
        return await value if inspect.isawaitable(value) else value

    def _invalidate(self) -> bool:
        invalidate = getattr(self._source, "invalidate", None)
        if callable(invalidate):
            invalidate()
            return True
        return False

    @staticmethod
    def _apply(request: httpx.Request, token: str | None) -> None:
        token = clean_token(token)  # a provider's token too: checked before it is sent
        if token:
            request.headers["Authorization"] = f"Bearer {token}"
        else:
            request.headers.pop("Authorization", None)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        token = self._sync_token()
        self._apply(request, token)
        response = yield request
        if response.status_code == 401 and token and self._invalidate():
            fresh = self._sync_token()
            if fresh and fresh != token:
                self._apply(request, fresh)
                yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._async_token()
        self._apply(request, token)
        response = yield request
        if response.status_code == 401 and token and self._invalidate():
            fresh = await self._async_token()
            if fresh and fresh != token:
                self._apply(request, fresh)
                yield request

    def __repr__(self) -> str:
        kind = "static" if isinstance(self._source, str) else type(self._source).__name__
        return f"BearerAuth(<{kind} token, redacted>)"
