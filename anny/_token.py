"""The token value: an access token, its refresh token and its lifetime.

:class:`Token` reads a token endpoint's answer (:meth:`Token.from_response`, where the
lifetime is measured on the client's own clock), stores and loads itself (:meth:`Token.to_dict`,
:meth:`Token.from_json`) and says whether it expires soon by an injectable clock. It never
shows either token in a ``repr``. Who gets tokens is :mod:`anny._oauth`; who keeps one fresh is
:mod:`anny._refreshing`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
from dateutil.parser import isoparse

from anny._auth import PRINTABLE, check_secret_text
from anny._clock import Clock, aware_now, utc_now
from anny._logging import REDACTED
from anny.errors import APIResponseValidationError, InvalidParameterError

__all__ = ["EXPIRES_IN_CAMEL_UNIT", "Token"]

#: The unit of anny's camelCase ``expiresIn``: the documented example is ``1440`` for a day
#: (reference §3.5), so minutes. The standard ``expires_in`` (seconds) wins.
EXPIRES_IN_CAMEL_UNIT = timedelta(minutes=1)


def _parse_instant(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = isoparse(value)
    except (ValueError, OverflowError):
        return None
    # A zoneless instant from the auth server is read as UTC (anny serves UTC everywhere else).
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and 0 <= value < 10**9:
        return float(value)
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10:
        return float(value.strip())
    return None


@attrs.frozen(repr=False)
class Token:
    """An access token, its refresh token and its expiry.

    ``repr`` and ``str`` never show either token. ``clock`` decides :attr:`expired` and
    :meth:`expires_within`; it is not part of equality or of :meth:`to_dict`.

    Attributes:
        access_token: the bearer token (a JWT on anny).
        refresh_token: the single-use refresh token, if one was issued.
        expires_at: when the access token expires (aware, UTC), if known.
        token_type: ``"Bearer"``.
        scope: the granted scopes, if the server said.
    """

    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None
    token_type: str = "Bearer"
    scope: str | None = None
    clock: Clock = attrs.field(default=utc_now, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        check_secret_text(self.access_token, "access_token")
        if self.refresh_token is not None:
            check_secret_text(self.refresh_token, "refresh_token")
        if self.expires_at is not None and (
            not isinstance(self.expires_at, datetime) or self.expires_at.tzinfo is None
        ):
            raise InvalidParameterError("expires_at must be a timezone-aware datetime")

    # ------------------------------------------------------------------ expiry

    def expires_within(self, seconds: float) -> bool:
        """True if the token expires within ``seconds`` from now (or has expired).

        A token without a known expiry never "expires within": the API's 401 decides.
        """
        if self.expires_at is None:
            return False
        return self.expires_at - aware_now(self.clock) <= timedelta(seconds=seconds)

    @property
    def expired(self) -> bool:
        """True once :attr:`expires_at` has passed (by :attr:`clock`)."""
        return self.expires_within(0)

    # ------------------------------------------------------------------ (de)serialization

    @classmethod
    def from_response(cls, data: Mapping[str, Any], *, clock: Clock = utc_now) -> Token:
        """Read a token endpoint answer.

        The expiry is ``clock()`` plus the standard ``expires_in`` (seconds), else plus anny's
        camelCase ``expiresIn`` (minutes, see :data:`EXPIRES_IN_CAMEL_UNIT`): a lifetime on the
        client's clock, immune to clock skew. Only without either is the absolute ``expiresAt``
        used, and not when it has already passed by ``clock()`` (skew: the expiry is unknown).
        Raises :class:`~anny.APIResponseValidationError` without ``access_token``.
        """
        if not isinstance(data, Mapping):
            raise APIResponseValidationError("the token response is not a JSON object")
        access = data.get("access_token")
        if not isinstance(access, str) or not access or not PRINTABLE.fullmatch(access):
            raise APIResponseValidationError("the token response has no usable access_token")
        refresh = data.get("refresh_token")
        if not isinstance(refresh, str) or not refresh or not PRINTABLE.fullmatch(refresh):
            refresh = None
        token_type = data.get("token_type")
        if isinstance(token_type, str) and token_type.lower() != "bearer":
            raise APIResponseValidationError(
                f"unsupported token_type {token_type[:40]!r}; anny issues Bearer tokens"
            )
        now = aware_now(clock)
        # A lifetime is measured on the client's own clock: the standard ``expires_in``
        # (seconds), else anny's ``expiresIn`` (minutes). The absolute ``expiresAt`` is read on
        # the auth server's clock, so it is only the fallback: with this machine 2 h ahead, a
        # 1 h token would look expired on arrival and every request would refresh first.
        seconds = _number(data.get("expires_in"))
        minutes = _number(data.get("expiresIn"))
        expires_at: datetime | None
        if seconds is not None:
            expires_at = now + timedelta(seconds=seconds)
        elif minutes is not None:
            expires_at = now + minutes * EXPIRES_IN_CAMEL_UNIT
        else:
            expires_at = _parse_instant(data.get("expiresAt", data.get("expires_at")))
            if expires_at is not None and expires_at <= now:
                # A token cannot be expired when it is issued: the clocks disagree. Its expiry
                # is unknown then, and the API's 401 decides when to refresh.
                expires_at = None
        scope = data.get("scope")
        return cls(
            access_token=access,
            refresh_token=refresh,
            expires_at=expires_at.astimezone(UTC) if expires_at else None,
            scope=scope if isinstance(scope, str) else None,
            clock=clock,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict for storage (it contains the secrets: store it like a password)."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "token_type": self.token_type,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "scope": self.scope,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, clock: Clock = utc_now) -> Token:
        """The inverse of :meth:`to_dict`; raises :class:`~anny.InvalidParameterError` if the
        data is not a stored token."""
        if not isinstance(data, Mapping):
            raise InvalidParameterError("a stored token must be a JSON object")
        expires_raw = data.get("expires_at")
        expires_at = _parse_instant(expires_raw)
        if expires_raw is not None and expires_at is None:
            raise InvalidParameterError("a stored token's expires_at must be an ISO instant")
        token_type = data.get("token_type") or "Bearer"
        scope = data.get("scope")
        if not isinstance(token_type, str) or (scope is not None and not isinstance(scope, str)):
            raise InvalidParameterError("a stored token's token_type and scope must be strings")
        return cls(
            access_token=data.get("access_token"),  # type: ignore[arg-type]  # checked there
            refresh_token=data.get("refresh_token"),
            expires_at=expires_at,
            token_type=token_type,
            scope=scope,
            clock=clock,
        )

    def to_json(self) -> str:
        """:meth:`to_dict` as a JSON string."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls, text: str | bytes, *, clock: Clock = utc_now) -> Token:
        """The inverse of :meth:`to_json`."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InvalidParameterError("a stored token must be JSON") from exc
        return cls.from_dict(data, clock=clock)

    def __repr__(self) -> str:
        expires = self.expires_at.isoformat() if self.expires_at else None
        refresh = REDACTED if self.refresh_token else None
        return (
            f"Token(access_token={REDACTED}, refresh_token={refresh}, "
            f"expires_at={expires}, scope={self.scope!r})"
        )

    __str__ = __repr__
