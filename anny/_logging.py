"""Logging for `anny`: the ``"anny"`` logger and redaction of secrets.

Secrets never reach a log record, a ``repr`` or an exception message: the
``Authorization`` header and the query values of :data:`SENSITIVE_QUERY_KEYS` are replaced
by ``[REDACTED]`` by the helpers below, which every other module uses.

The libraries anny drives log too: httpx writes every request URL at INFO (``?oat=…``
included) and httpcore writes header tuples at DEBUG. :class:`RedactingFilter`, installed
on their loggers when `anny` is imported, rewrites those records with the same rules before
any handler sees them.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

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

    Called by every client constructor, it also extends the log redaction to child loggers
    of httpx/httpcore created since `anny` was imported.
    """
    install_log_redaction()
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


# ------------------------------------------------------------------ other libraries' logs

# A `key=value` pair of a query string inside any text (a URL in a log line, a repr of bytes).
_QUERY_PAIR = re.compile(r"(?P<lead>[?&;])(?P<key>[^=&#\s'\"<>]+)=(?P<value>[^&#\s'\"<>]*)")
# `Authorization: Bearer abc`, `(b'authorization', b'Bearer abc')`, `"Basic abc"` ...
_AUTH_SCHEME = re.compile(r"(?i)\b(?P<scheme>bearer|basic|digest|token)(?P<sep>\s+)[^\s'\",)\]]+")
# httpcore logs headers as (name, value) tuples of bytes.
_HEADER_TUPLE = re.compile(
    r"(?i)(?P<name>b?['\"](?:" + "|".join(sorted(SENSITIVE_HEADERS)) + r")['\"],\s*b?['\"])"
    r"(?P<value>[^'\"]*)"
)
# `"refresh_token": "…"` / `'code_verifier': '…'` in a logged mapping.
_QUOTED_MEMBER = re.compile(
    r"(?P<name>['\"](?:" + "|".join(sorted(SENSITIVE_QUERY_KEYS)) + r")['\"]\s*:\s*b?['\"])"
    r"(?P<value>[^'\"]*)"
)


def _redact_pair(match: re.Match[str]) -> str:
    if not is_sensitive_key(unquote_plus(match["key"])):
        return match[0]
    return f"{match['lead']}{match['key']}={REDACTED}"


def redact_query_values(text: str) -> str:
    """``text`` with the values of sensitive ``key=value`` query pairs replaced, wherever a
    URL appears in it; other words are left alone (data output must keep ordinary text)."""
    return _QUERY_PAIR.sub(_redact_pair, text)


def redact_text(text: str) -> str:
    """``text`` with credentials replaced wherever they appear in known shapes: sensitive
    query values (also percent-encoded keys such as ``oats%5B%5D``), ``Bearer``/``Basic``
    credentials, credential header tuples and quoted credential members."""
    text = redact_query_values(text)
    text = _AUTH_SCHEME.sub(lambda m: f"{m['scheme']}{m['sep']}{REDACTED}", text)
    text = _HEADER_TUPLE.sub(lambda m: f"{m['name']}{REDACTED}", text)
    return _QUOTED_MEMBER.sub(lambda m: f"{m['name']}{REDACTED}", text)


class RedactingFilter(logging.Filter):
    """A logging filter that rewrites a record's message with :func:`redact_text`.

    A filter on a logger sees only the records created on that very logger (not those of
    its children), which is why it is installed on each logger by name.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the logging module's to report
            return True
        redacted = redact_text(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


#: The loggers of the libraries anny sends requests through (and anny's own).
REDACTED_LOGGERS = (
    "anny",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "h11",
    "h2",
    "hpack",
    "hpack.hpack",
    "hpack.table",
)
_PREFIXES = tuple(sorted({name.split(".")[0] for name in REDACTED_LOGGERS}))
_FILTER = RedactingFilter("anny-redaction")


def install_log_redaction() -> None:
    """Install :class:`RedactingFilter` on :data:`REDACTED_LOGGERS` and on every existing
    child logger of those libraries. Idempotent; called when `anny` is imported."""
    names = set(REDACTED_LOGGERS)
    names.update(
        name for name in list(logging.Logger.manager.loggerDict) if name.split(".")[0] in _PREFIXES
    )
    for name in sorted(names):
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)


install_log_redaction()
