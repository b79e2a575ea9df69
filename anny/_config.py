"""Client configuration: environments, defaults and environment variables.

Environment variables (read when the matching argument is not given):

``ANNY_TOKEN``        customer access token
``ANNY_BASE_URL``     API base URL (wins over ``ANNY_ENVIRONMENT``)
``ANNY_ENVIRONMENT``  ``production`` | ``gov-cloud`` | ``staging``
``ANNY_LOG``          ``debug`` | ``info``: attach a stderr handler to the ``anny`` logger
"""

from __future__ import annotations

import enum
import os
import platform
from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

import attrs
import httpx

from anny._auth import BearerAuth, TokenSource
from anny._logging import redact_headers
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


def user_agent() -> str:
    """``anny-python/<version> httpx/<version> python/<version>``."""
    return f"anny-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise InvalidParameterError(f"timeout must be a positive number, got {value!r}")
    return httpx.Timeout(float(value))


def _check_base_url(url: str) -> str:
    parsed = httpx.URL(url)
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise InvalidParameterError(f"base_url must be an http(s) URL, got {url!r}")
    return url.rstrip("/")


@attrs.frozen(repr=False)
class ClientConfig:
    """Resolved, immutable configuration shared by a client and its ``with_options`` copies."""

    base_url: str
    environment: str | None
    auth: BearerAuth | None
    locale: str | None
    timeout: httpx.Timeout
    retry: RetryPolicy
    default_headers: tuple[tuple[str, str], ...] = ()

    def headers(self) -> dict[str, str]:
        """Headers sent with every request (before per-request headers)."""
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
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidParameterError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return ClientConfig(
        base_url=_check_base_url(url),
        environment=chosen_env,
        auth=BearerAuth(source) if source is not None else None,
        locale=locale,
        timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else _as_timeout(timeout),
        retry=RetryPolicy(max_retries=max_retries),
        default_headers=tuple((default_headers or {}).items()),
    )
