"""The ``anny`` command's API subcommands: their table, their arguments, and running one.

The commands themselves are :mod:`anny._cli_commands` (thin layers over the helpers: no path,
no body is built there); what they print is :mod:`anny._cli_output` (an aligned table in local
time, or with ``--json`` machine-readable JSON without secrets). Signed-in commands: ``bookings``,
``whoami``.

Exit codes: 0 ok, 1 the API said no (message on stderr), 2 usage or bad input, 130 Ctrl-C.

Global options (before or after the command): ``--base-url``/``ANNY_BASE_URL``,
``--environment``, ``--token``/``ANNY_TOKEN``, ``--locale``, ``--json``, ``--tz``, ``--now``
(a fixed "now" for reproducible runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import anny
from anny._cli_commands import (
    BOOKING_CODE_ENV,
    CUSTOMER_FLAGS,
    ORDER_TOKEN_ENV,
    cmd_book,
    cmd_booking,
    cmd_bookings,
    cmd_cancel,
    cmd_opening_hours,
    cmd_order,
    cmd_series,
    cmd_slots,
    cmd_wait,
    cmd_whoami,
)
from anny._cli_common import ArgumentParser, finite_seconds, say_error
from anny._cli_output import Output
from anny.errors import AnnyError, InvalidParameterError

__all__ = ["COMMANDS", "main"]

_D = TypeVar("_D", dt.date, dt.datetime)
Handler = Callable[[argparse.Namespace, anny.Anny, Output], int]


# --------------------------------------------------------------------------- argument types


def _aware(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO datetime: {text!r}") from exc
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no UTC offset (e.g. +01:00)")
    return _in_calendar(value, text)


def _in_calendar(value: _D, text: str) -> _D:
    """Refuse the first and last year: a day before or after them (a search's neighbour day,
    a local midnight in another zone) does not exist, and Python raises OverflowError."""
    if not 1 < value.year < 9999:
        raise argparse.ArgumentTypeError(f"{text!r} is out of range (years 2 to 9998)")
    return value


def _zone(text: str) -> ZoneInfo:
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"unknown time zone {text!r}") from exc


def _date(text: str) -> dt.date:
    try:
        value = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc
    return _in_calendar(value, text)


def _time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from exc


def _positive(text: str, maximum: int = 1_000_000) -> int:
    # The bound keeps minutes and counts within what dates and timedeltas can hold.
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= maximum:
        raise argparse.ArgumentTypeError(f"not a whole number from 1 to {maximum}: {text!r}")
    return int(text)


def _days(text: str) -> int:
    """``--days``: one request per day, so at most a year."""
    return _positive(text, maximum=366)


# --------------------------------------------------------------------------- the table


COMMANDS: dict[str, tuple[Handler, str]] = {
    "booking": (cmd_booking, "show a booking by its number (BB…)"),
    "cancel": (cmd_cancel, "preview and cancel a booking by its number"),
    "book": (cmd_book, "quote and book a slot"),
    "slots": (cmd_slots, "the slots of a service on a resource"),
    "opening-hours": (cmd_opening_hours, "a resource's opening hours"),
    "series": (cmd_series, "book (or plan) a recurring slot"),
    "wait": (cmd_wait, "wait until a slot is free"),
    "order": (cmd_order, "show an order by its number (BO…)"),
    "bookings": (cmd_bookings, "my upcoming bookings (signed in)"),
    "whoami": (cmd_whoami, "who is signed in, on which API"),
}


def _slot_arguments(p: argparse.ArgumentParser, *, times: bool) -> None:
    p.add_argument("resource", help="resource slug")
    p.add_argument("--service", required=True, help="service slug")
    if times:
        p.add_argument("--start", required=True, type=_aware, help="ISO datetime with offset")
        p.add_argument("--end", required=True, type=_aware, help="ISO datetime with offset")


def _customer_arguments(p: argparse.ArgumentParser, *fields: str) -> None:
    # The flags the commands name when a booking form field is missing (one table).
    for field in fields:
        p.add_argument(CUSTOMER_FLAGS[field], dest=field)


def _parser() -> argparse.ArgumentParser:
    common = ArgumentParser(add_help=False)
    common.add_argument("--base-url", default=argparse.SUPPRESS, help="API base URL")
    common.add_argument(
        "--environment",
        choices=sorted(anny.ENVIRONMENTS),
        default=argparse.SUPPRESS,
        help="production, gov-cloud or staging",
    )
    common.add_argument("--token", default=argparse.SUPPRESS, help="customer token (ANNY_TOKEN)")
    common.add_argument("--locale", default=argparse.SUPPRESS, help="e.g. de-DE")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    common.add_argument("--tz", type=_zone, default=argparse.SUPPRESS, help="show times in TZ")
    common.add_argument(
        "--now",
        type=_aware,
        default=argparse.SUPPRESS,
        help="pretend it is this time (ISO datetime): reproducible runs and tests",
    )

    parser = ArgumentParser(prog="anny", parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("booking", parents=[common], help=COMMANDS["booking"][1])
    p.add_argument("number", help="booking number, BB…")

    p = sub.add_parser("cancel", parents=[common], help=COMMANDS["cancel"][1])
    p.add_argument("number", help="booking number, BB…")
    p.add_argument(
        "--code-file",
        dest="code_file",
        metavar="PATH",
        help=f"read a guest's booking code from PATH (- for stdin; or ${BOOKING_CODE_ENV}); "
        "the number alone does not allow a cancellation",
    )
    p.add_argument("--yes", action="store_true", help="do not ask")

    p = sub.add_parser("book", parents=[common], help=COMMANDS["book"][1])
    _slot_arguments(p, times=True)
    _customer_arguments(p, "given_name", "family_name", "email", "phone")
    p.add_argument("--note", help="a note for the organizer")
    p.add_argument("--payment-method", dest="payment_method")
    p.add_argument("--success-url", dest="success_url")
    p.add_argument(
        "--save-access-token",
        dest="save_access_token",
        metavar="PATH",
        help="write the order access token (a guest needs it for `anny order`) to PATH, mode 0600",
    )
    p.add_argument("--yes", action="store_true", help="do not ask")

    p = sub.add_parser("order", parents=[common], help=COMMANDS["order"][1])
    p.add_argument("number", help="order number, BO…")
    p.add_argument(
        "--access-token-file",
        dest="access_token_file",
        metavar="PATH",
        help=f"read a guest's order access token from PATH (- for stdin; or ${ORDER_TOKEN_ENV})",
    )
    p.add_argument(
        "--oat", help="the order access token (lands in shell history: prefer the above)"
    )

    p = sub.add_parser("slots", parents=[common], help=COMMANDS["slots"][1])
    _slot_arguments(p, times=False)
    p.add_argument("--date", type=_date, help="first day (default: today)")
    p.add_argument("--days", type=_days, default=1, help="how many days (at most 366)")
    p.add_argument("--duration", type=_positive, help="minutes")
    p.add_argument("--free", action="store_true", help="only free slots")

    p = sub.add_parser("opening-hours", parents=[common], help=COMMANDS["opening-hours"][1])
    p.add_argument("resource", help="resource slug")
    p.add_argument("--date", type=_date, help="first day (default: today)")
    p.add_argument("--days", type=_days, default=7, help="how many days (at most 366)")

    p = sub.add_parser("series", parents=[common], help=COMMANDS["series"][1])
    _slot_arguments(p, times=False)
    p.add_argument("--rule", required=True, help="RRULE, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=4")
    p.add_argument("--time", required=True, type=_time, help="local start time, HH:MM")
    p.add_argument("--duration", required=True, type=_positive, help="minutes")
    p.add_argument("--until", type=_date, help="last day")
    p.add_argument("--dry-run", dest="dry_run", action="store_true", help="only show the plan")
    _customer_arguments(p, "given_name", "family_name", "email")
    p.add_argument("--yes", action="store_true", help="do not ask")

    p = sub.add_parser("bookings", parents=[common], help=COMMANDS["bookings"][1])
    p.add_argument("--all", action="store_true", help="past bookings too")
    p.add_argument(
        "--limit", type=_positive, default=50, help="show at most this many (default 50)"
    )

    sub.add_parser("whoami", parents=[common], help=COMMANDS["whoami"][1])

    p = sub.add_parser("wait", parents=[common], help=COMMANDS["wait"][1])
    _slot_arguments(p, times=True)
    p.add_argument("--until", type=_aware, help="give up at (ISO datetime)")
    p.add_argument("--poll", type=finite_seconds, default=60.0, help="seconds between checks")
    p.add_argument("--max-requests", dest="max_requests", type=_positive, default=120)
    return parser


def _stored_sign_in(options: dict[str, Any], err: TextIO) -> Any:
    """The token `anny login` stored (a 0600 file), only for the API it was made for.

    Any other target (another --base-url, ANNY_BASE_URL, environment), an old or unreadable
    token file: anonymous, with a one-line notice on stderr. The token is never sent elsewhere.
    """
    from anny.auth import stored_sign_in

    try:
        provider, notice = stored_sign_in(
            options.get("base_url"), environment=options.get("environment")
        )
    except AnnyError:
        return None  # a bad --base-url/--environment: the client reports it, nothing is sent
    if notice:
        say_error("anny", notice, err)  # it may quote the token file: terminal-safe
    return provider


def main(argv: Sequence[str], *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one API command; returns the exit code."""
    stdout, stderr = out or sys.stdout, err or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code or 0)
    options: dict[str, Any] = {}
    if getattr(args, "base_url", None):
        options["base_url"] = args.base_url
    elif getattr(args, "environment", None):
        options["environment"] = args.environment
    token: Any = getattr(args, "token", None)
    args.token_from = "--token"
    if not token:
        token, args.token_from = os.environ.get("ANNY_TOKEN") or None, "ANNY_TOKEN"
    if token is None:
        token = _stored_sign_in(options, stderr)
        args.token_from = "anny login" if token is not None else None
    output = Output(
        as_json=getattr(args, "json", False),
        tz=getattr(args, "tz", None),
        out=stdout,
        err=stderr,
    )
    handler = COMMANDS[args.command][0]
    try:
        now = getattr(args, "now", None)
        if now is not None:
            options["clock"] = lambda: now
        # A call held back by anny's rate limit shows as a progress line, not as a hang.
        options["on_wait"] = lambda wait: output.progress(
            f"waiting {wait.seconds:.0f}s for anny's rate limit ({wait.kind}s) …"
        )
        with anny.Anny(token=token, locale=getattr(args, "locale", None), **options) as client:
            return handler(args, client, output)
    except AnnyError as exc:
        output.error(str(exc))
        return 2 if isinstance(exc, InvalidParameterError) else 1
