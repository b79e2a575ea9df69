"""Logging for `anny`: the ``"anny"`` logger and redaction of secrets.

Secrets never reach a log record, a ``repr`` or an exception message: the
``Authorization`` header and the query values of :data:`SENSITIVE_QUERY_KEYS` are replaced
by ``[REDACTED]`` by the helpers below, which every other module uses.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

logger = logging.getLogger("anny")

REDACTED = "[REDACTED]"

#: Query parameters that carry credentials: the order access token (``oat``/``oats``), the
#: kiosk ``hash`` of a booking lookup, and OAuth2 values.
SENSITIVE_QUERY_KEYS = frozenset(
    {"oat", "oats", "access_token", "hash", "code_verifier", "refresh_token", "code", "token"}
)

#: Headers whose values are never shown.
SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-app-key"}
)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_HANDLER_NAME = "anny-env-handler"
_KEY_PARTS = re.compile(r"[^\[\]]+")


def is_sensitive_key(key: str) -> bool:
    """Whether a query key carries a credential (``oat``, ``oats[]``, ``filter[oat]`` ...)."""
    # `oats[]` and `filter[oat]` style keys are sensitive too: look at every bracket part.
    return any(part in SENSITIVE_QUERY_KEYS for part in _KEY_PARTS.findall(key.lower()))


_is_sensitive_key = is_sensitive_key


def redact_params(params: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Query pairs with sensitive values replaced."""
    return [(k, REDACTED if _is_sensitive_key(k) else v) for k, v in params]


def redact_url(url: str) -> str:
    """The URL with sensitive query values (and any userinfo password) replaced."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return REDACTED
    netloc = parts.netloc
    if "@" in netloc:
        netloc = REDACTED + "@" + netloc.rsplit("@", 1)[1]
    if not parts.query:
        return urlunsplit(parts._replace(netloc=netloc))
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode(redact_params(pairs), safe="[]/:,")
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers with the values of credential headers replaced."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in items}


def setup_logging_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Honour ``ANNY_LOG=debug|info|warning``: attach a stderr handler to the ``anny`` logger.

    Idempotent: the handler is added once. Without ``ANNY_LOG`` nothing is configured
    (library etiquette: the application owns logging configuration).
    """
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get("ANNY_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(h.get_name() == _HANDLER_NAME for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
