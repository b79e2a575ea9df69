"""What the ``anny`` API commands print: aligned tables in local time for people, JSON without
secrets for scripts (``--json``), messages and progress on stderr. Every human line goes through
:func:`anny._cli_common.safe_text` (control characters escaped, credentials redacted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

import attrs

import anny
from anny._cli_common import json_text, safe_text, say_error
from anny._logging import is_sensitive_key, redact_query_values

__all__ = ["Output"]


class Output:
    """Tables for people, JSON for scripts; messages and progress go to stderr."""

    def __init__(self, *, as_json: bool, tz: dt.tzinfo | None, out: TextIO, err: TextIO) -> None:
        self.as_json = as_json
        self.tz = tz
        self.out = out
        self.err = err

    def when(self, value: dt.datetime | None, tz: dt.tzinfo | None = None) -> str:
        """A datetime in the chosen zone (``--tz``), else in ``tz``, else in its own zone.

        The helpers return times in the resource's zone (slots, bookings, quotes), so every
        command shows the same clock for the same room, whatever the machine's zone is.
        """
        if value is None:
            return "-"
        local = value.astimezone(self.tz or tz or value.tzinfo)
        return local.strftime("%Y-%m-%d %H:%M %Z")

    @staticmethod
    def money(value: anny.Money | None) -> str:
        """``12.50 EUR``; ``-`` when unknown."""
        if value is None:
            return "-"
        amount = f"{value.amount:.2f}"
        return f"{amount} {value.currency}" if value.currency else amount

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        """Print aligned columns (every cell terminal-safe: server text cannot steer it)."""
        cells = [[safe_text(c) for c in headers], *[[safe_text(c) for c in row] for row in rows]]
        widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
        for row in cells:
            line = "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
            print(line.rstrip(), file=self.out)

    def data(self, value: object) -> None:
        """Print ``value`` as JSON (``--json``)."""
        print(json_text(_jsonable(value)), file=self.out)

    def show(self, value: object, text: str) -> None:
        """A command's one-line result: ``value`` as JSON with ``--json``, else ``text``."""
        if self.as_json:
            self.data(value)
        else:
            self.say(text)

    def say(self, text: str) -> None:
        """A line for people (suppressed with ``--json``, which prints only data)."""
        if not self.as_json:
            print(safe_text(text), file=self.out)

    def error(self, text: str) -> None:
        """``anny: text`` on stderr (also with ``--json``: stdout stays data only)."""
        say_error("anny", text, self.err)

    def progress(self, text: str) -> None:
        """A progress line on stderr (long searches)."""
        if self.err.isatty():
            print(f"\r{safe_text(text)}", end="", file=self.err, flush=True)


# Never printed, even with --json: secrets a result object may carry (with every name
# `is_sensitive_key` knows: `oat`, `code`, `hash`, `token` …). The payment and confirmation
# URLs are credentials in themselves (whoever opens them acts on the order).
_SECRET_FIELDS = frozenset({"payment_url", "confirmation_url", "refresh_token"})


def _secret(name: object) -> bool:
    return str(name) in _SECRET_FIELDS or is_sensitive_key(str(name))


def _jsonable(value: object) -> Any:
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))  # type: ignore[arg-type]
        return {
            f.name: _jsonable(getattr(value, f.name))
            for f in fields
            if not _secret(f.name) and f.name not in {"resource", "raw"}
        }
    if isinstance(value, str):
        # Exact text, except credentials inside URLs (an order's `download_url` carries
        # `access_token=`): JSON output is for scripts, which log and share it.
        return redact_query_values(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items() if not _secret(k)}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value  # enums
    return value
