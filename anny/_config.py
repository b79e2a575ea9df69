"""Client configuration: environments, defaults and environment variables.

Environment variables (read when the matching argument is not given):

``ANNY_TOKEN``        customer access token
``ANNY_BASE_URL``     API base URL (wins over ``ANNY_ENVIRONMENT``)
``ANNY_ENVIRONMENT``  ``production`` | ``gov-cloud`` | ``staging``
``ANNY_LOG``          ``debug`` | ``info``: attach a stderr handler to the ``anny`` logger
"""

from __future__ import annotations

import enum
import functools
import math
import os
import platform
import re
from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

import attrs
import httpx

from anny._auth import BearerAuth, TokenSource, clean_token
from anny._logging import SENSITIVE_HEADERS, redact_headers, redact_url
from anny._retry import RetryPolicy
from anny._version import __version__
from anny.errors import InvalidParameterError

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "NOT_GIVEN",
    "ClientConfig",
    "Environment",
    "NotGiven",
    "check_headers",
    "resolve_config",
    "user_agent",
]

Environment: TypeAlias = Literal["production", "gov-cloud", "staging"]

#: API hosts per environment (see the reference, §1.2).
ENVIRONMENTS: Final[Mapping[str, str]] = {
    "production": "https://b.anny.co",
    "gov-cloud": "https://b.anny.eu",
    "staging": "https://b.staging.anny.co",
}

#: 30 s to read, 5 s to connect.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2

JSONAPI_MEDIA_TYPE: Final = "application/vnd.api+json"


class NotGiven(enum.Enum):
    """Sentinel type: "argument not passed" (distinct from an explicit ``None``)."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN


@functools.cache  # platform.python_version() parses sys.version: once is enough
def user_agent() -> str:
    """``anny-python/<version> httpx/<version> python/<version>``."""
    return f"anny-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise InvalidParameterError(f"timeout must be a positive number, got {value!r}")
    return httpx.Timeout(float(value))


def _check_base_url(url: object) -> str:
    if not isinstance(url, str) or not url:
        raise InvalidParameterError(
            f"base_url must be a non-empty string, got {type(url).__name__}"
        )
    shown = redact_url(url)
    if _CONTROL.search(url):
        raise InvalidParameterError(f"base_url contains a control character: {shown!r}")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise InvalidParameterError(f"base_url is not a valid URL: {shown!r}") from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise InvalidParameterError(f"base_url must be an http(s) URL, got {shown!r}")
    return url.rstrip("/")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# RFC 9110 token: header names (and the bearer token's alphabet is a subset of printable ASCII).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Visible ASCII, space and tab: what httpx can encode and h11 accepts. CR/LF would split
# the header (h11 refuses them only at send time, after retries, echoing the value).
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def check_header(name: object, value: object) -> tuple[str, str]:
    """Validate one request header; the value is never shown in the error."""
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
        raise InvalidParameterError(f"invalid header name {name!r}")
    if not isinstance(value, str):
        raise InvalidParameterError(
            f"header {name!r}: value must be a string, got {type(value).__name__}"
        )
    if not _HEADER_VALUE.fullmatch(value):
        bad = next(i for i, ch in enumerate(value) if not _HEADER_VALUE.fullmatch(ch))
        where = f"position {bad}" if name.lower() in SENSITIVE_HEADERS else repr(value[bad])
        raise InvalidParameterError(
            f"header {name!r}: value has a character that cannot be sent ({where}); "
            "only printable ASCII is allowed"
        )
    return name, value


def check_headers(headers: object) -> tuple[tuple[str, str], ...]:
    """Validate request headers (a mapping or pairs) before anything is sent."""
    if headers is None:
        return ()
    if isinstance(headers, Mapping):
        items = list(headers.items())
    elif isinstance(headers, (str, bytes)) or not isinstance(headers, (list, tuple)):
        raise InvalidParameterError(
            f"headers must be a mapping of strings, got {type(headers).__name__}"
        )
    else:
        items = list(headers)
        if not all(isinstance(item, tuple) and len(item) == 2 for item in items):
            raise InvalidParameterError("headers must be a mapping or (name, value) pairs")
    return tuple(check_header(name, value) for name, value in items)


def _check_token(source: TokenSource) -> TokenSource:
    """A static token is cleaned now (see :func:`~anny._auth.clean_token`); a provider's
    tokens are cleaned each time they are fetched."""
    if not isinstance(source, str):
        return source
    token = clean_token(source)
    if token is None:
        raise InvalidParameterError("token is blank (only whitespace); pass None for anonymous")
    return token


def _check_locale(_: object, __: object, value: str | None) -> None:
    if value is not None:
        check_header("Accept-Language", value)


def _check_default_headers(_: object, __: object, value: tuple[tuple[str, str], ...]) -> None:
    check_headers(value)


@attrs.frozen(repr=False)
class ClientConfig:
    """Resolved, immutable configuration shared by a client and its ``with_options`` copies."""

    base_url: str
    environment: str | None
    auth: BearerAuth | None
    # Validated here, so that `with_options` copies (attrs.evolve) are checked too.
    locale: str | None = attrs.field(validator=_check_locale)
    timeout: httpx.Timeout
    retry: RetryPolicy
    default_headers: tuple[tuple[str, str], ...] = attrs.field(
        default=(), validator=_check_default_headers
    )

    def headers(self) -> dict[str, str]:
        """Headers sent with every request (before per-request headers); a fresh dict."""
        return dict(self._headers)

    @functools.cached_property
    def _headers(self) -> dict[str, str]:
        # The configuration is frozen, so its headers are computed once, not per request.
        headers = {"Accept": JSONAPI_MEDIA_TYPE, "User-Agent": user_agent()}
        if self.locale:
            headers["Accept-Language"] = self.locale
        headers.update(self.default_headers)
        return headers

    def __repr__(self) -> str:
        return (
            f"ClientConfig(base_url={self.base_url!r}, environment={self.environment!r}, "
            f"authenticated={self.auth is not None}, locale={self.locale!r}, "
            f"max_retries={self.retry.max_retries}, "
            f"default_headers={redact_headers(self.default_headers)!r})"
        )


def resolve_config(
    *,
    environment: str | NotGiven | None = NOT_GIVEN,
    base_url: str | NotGiven | None = NOT_GIVEN,
    token: TokenSource | NotGiven | None = NOT_GIVEN,
    locale: str | None = None,
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    max_retries: int = DEFAULT_MAX_RETRIES,
    default_headers: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Combine arguments, environment variables and defaults into a :class:`ClientConfig`.

    Precedence: ``base_url=`` > ``environment=`` > ``ANNY_BASE_URL`` > ``ANNY_ENVIRONMENT`` >
    production. ``token=None`` means anonymous even if ``ANNY_TOKEN`` is set; leaving
    ``token`` out reads ``ANNY_TOKEN``.
    """
    env = os.environ if environ is None else environ
    for arg, given in (("environment", environment), ("base_url", base_url)):
        if given is not None and not isinstance(given, (str, NotGiven)):
            raise InvalidParameterError(f"{arg} must be a string, got {type(given).__name__}")
    if isinstance(base_url, str) and isinstance(environment, str):
        raise InvalidParameterError("pass either environment= or base_url=, not both")
    chosen_env: str | None = None
    if isinstance(base_url, str):
        url = base_url
    elif isinstance(environment, str):
        chosen_env = environment
    elif env.get("ANNY_BASE_URL"):
        url = env["ANNY_BASE_URL"]
    else:
        chosen_env = env.get("ANNY_ENVIRONMENT") or "production"
    if chosen_env is not None:
        if chosen_env not in ENVIRONMENTS:
            raise InvalidParameterError(
                f"unknown environment {chosen_env!r}; expected one of {sorted(ENVIRONMENTS)}"
            )
        url = ENVIRONMENTS[chosen_env]

    source: TokenSource | None
    source = (env.get("ANNY_TOKEN") or None) if isinstance(token, NotGiven) else (token or None)
    if source is not None:
        source = _check_token(source)
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidParameterError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return ClientConfig(
        base_url=_check_base_url(url),
        environment=chosen_env,
        auth=BearerAuth(source) if source is not None else None,
        locale=locale,
        timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else _as_timeout(timeout),
        retry=RetryPolicy(max_retries=max_retries),
        default_headers=check_headers(default_headers),
    )
