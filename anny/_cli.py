"""The ``anny`` command's API subcommands: booking, cancel, book, order, slots, … .

Every command is a thin layer over the helpers (``client.bookings``, ``client.cart()`` …):
no path, no body is built here. Human output is an aligned table in local time; ``--json``
prints machine-readable JSON without secrets. Every human line goes through
:func:`anny._cli_common.safe_text` (control characters escaped, credentials redacted).
Exit codes: 0 ok, 1 the API said no (message on stderr), 2 usage or bad input, 130 Ctrl-C.

Global options (before or after the command): ``--base-url``/``ANNY_BASE_URL``,
``--environment``, ``--token``/``ANNY_TOKEN``, ``--locale``, ``--json``, ``--tz``, ``--now``
(a fixed "now" for reproducible runs).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

import anny
from anny._areas.checkout import _included_bookings as checkout_bookings
from anny._catalog_types import zone_of
from anny._cli_common import ArgumentParser, finite_seconds, json_text, safe_text, say_error
from anny._logging import is_sensitive_key, redact_query_values
from anny.errors import AnnyError, InvalidParameterError, NotFoundError

__all__ = ["COMMANDS", "main"]

_D = TypeVar("_D", dt.date, dt.datetime)
Handler = Callable[[argparse.Namespace, anny.Anny, "Output"], int]


# --------------------------------------------------------------------------- output


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


# --------------------------------------------------------------------------- parsing


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


def _confirm(args: argparse.Namespace, question: str, out: Output) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print(safe_text(f"{question} — not confirmed (no terminal); pass --yes"), file=out.err)
        return False
    answer = input(f"{safe_text(question)} [y/N] ").strip().lower()
    return answer in {"y", "yes", "j", "ja"}


#: The customer's form fields and the flags that set them.
_CUSTOMER_FLAGS = {
    "given_name": "--given-name",
    "family_name": "--family-name",
    "email": "--email",
    "phone": "--phone",
    "company": "--company",
}
_REQUIRED_CUSTOMER = ("given_name", "family_name", "email")


def _customer(args: argparse.Namespace, prefill: dict[str, Any]) -> dict[str, Any]:
    customer = dict(prefill)
    for name in _CUSTOMER_FLAGS:
        value = getattr(args, name, None)
        if value:
            customer[name] = value
    return customer


def _require_customer(customer: dict[str, Any], *, signed_in: bool) -> None:
    """Refuse, naming the flags (not the API's field names), what the booking form needs."""
    missing = [_CUSTOMER_FLAGS[k] for k in _REQUIRED_CUSTOMER if not customer.get(k)]
    if missing:
        why = "your account does not fill them in" if signed_in else "booking as a guest"
        raise InvalidParameterError(f"the booking needs {', '.join(missing)} ({why})")


def _is_guest(client: anny.Anny) -> bool:
    """No token: bookings are a guest's, and their orders need the order access token."""
    return client._config.auth is None


#: A guest's order access token, for `anny order`, without putting it on the command line.
ORDER_TOKEN_ENV = "ANNY_ORDER_TOKEN"
#: A guest's booking code, for `anny cancel`, without putting it on the command line.
BOOKING_CODE_ENV = "ANNY_BOOKING_CODE"


def _write_secret(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` with mode 0600 from the first byte (atomic replace)."""
    fd, tmp = tempfile.mkstemp(prefix=".anny-", dir=path.parent)  # created 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _read_secret(path: str, what: str = "access token") -> str:
    """The first line of ``path`` (``-``: standard input), for tokens kept out of argv."""
    try:
        if path == "-":
            text = sys.stdin.readline()
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.readline()
    except OSError as exc:
        raise InvalidParameterError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InvalidParameterError(f"{path} is not a text file") from None
    token = text.strip()
    if not token:
        raise InvalidParameterError(f"{path} holds no {what}")
    return token


# --------------------------------------------------------------------------- commands


def cmd_booking(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """Show a booking by its number."""
    booking = client.bookings.by_number(args.number)
    if out.as_json:
        out.data(booking)
        return 0
    out.table(
        ["number", "status", "start", "end"],
        [[booking.number, booking.status.value, out.when(booking.start_date),
          out.when(booking.end_date)]],
    )  # fmt: skip
    return 0


def cmd_cancel(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """Preview and cancel a booking by its number.

    A number alone never grants a cancellation (reference Addendum C14): a guest gives the
    booking's code (from the confirmation e-mail) in a file or ``$ANNY_BOOKING_CODE``, never on
    the command line; a signed-in customer needs none for their own bookings.
    """
    code = _read_secret(args.code_file, "booking code") if args.code_file else None
    code = code or os.environ.get(BOOKING_CODE_ENV) or None
    booking = client.bookings.by_number(args.number, hash=code)
    terms = client.bookings.cancellation_preview(booking)
    if not terms.cancelable:
        out.error(f"booking {booking.number} can no longer be cancelled")
        return 1
    out.say(
        f"cancelling {booking.number} costs {out.money(terms.fee)}, "
        f"refund {out.money(terms.refund)}"
    )
    if not _confirm(args, f"Cancel booking {booking.number}?", out):
        return 1
    canceled = client.bookings.cancel(booking)
    if out.as_json:
        out.data(canceled)
    else:
        out.say(f"booking {canceled.number}: {canceled.status.value}")
    return 0


def cmd_book(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """Quote, confirm and book one slot (a cart and its checkout)."""
    if args.end <= args.start:
        raise InvalidParameterError("--end must be after --start")
    guest = _is_guest(client)
    if guest:  # checked before anything is sent: a guest has no account to fill the form
        _require_customer(_customer(args, {}), signed_in=False)
    save_to = Path(args.save_access_token).expanduser() if args.save_access_token else None
    if save_to is not None and not save_to.parent.is_dir():
        raise InvalidParameterError(f"--save-access-token: {save_to.parent} is not a directory")
    price = client.checkout.quote(args.resource, args.service, args.start, args.end)
    # The quote's times are in the resource's zone; --start/--end in whatever offset was typed.
    start, end = price.start or args.start, price.end or args.end
    out.say(f"{args.resource} / {args.service}: {out.when(start)} - {out.when(end)}")
    out.say(f"price: {out.money(price.total)}")
    if not _confirm(args, "Book it?", out):
        return 1
    with client.cart() as cart:
        cart.add(args.resource, args.service, args.start, args.end, customer_note=args.note)
        form = cart.form()
        customer = _customer(args, dict(form.prefill))
        _require_customer(customer, signed_in=not guest)
        result = cart.submit(
            customer=customer,
            accept_terms=True,
            success_url=args.success_url,
            payment_method=args.payment_method,
        )
        oat = result.order.access_token or (cart.state.oat if cart.state else None)
    _keep_access_token(result.order.number, oat, save_to, guest, out)
    if out.as_json:
        out.data({"order": result.order, "bookings": result.bookings,
                  "needs_payment": result.needs_payment})  # fmt: skip
        return 0
    out.table(
        ["order", "status", "total", "bookings"],
        [
            [
                result.order.number,
                result.order.status,
                out.money(result.order.total),
                " ".join(result.numbers),
            ]
        ],
    )
    if result.needs_payment:
        out.say("payment needed: open the payment page sent with the order")
    return 0


def _keep_access_token(
    number: str | None, oat: str | None, save_to: Path | None, guest: bool, out: Output
) -> None:
    """Tell where a new order's access token went; never print the token itself."""
    if oat and save_to is not None:
        _write_secret(save_to, oat)
        out.error(
            f"order {number}: access token saved to {save_to} (mode 0600); show the order "
            f"with: anny order {number} --access-token-file {save_to}"
        )
    elif guest:
        out.error(
            f"order {number} is a guest's: showing it later needs its access token, which was "
            "not saved (pass --save-access-token PATH when booking; it is never printed)"
        )


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


def _first_day(args: argparse.Namespace, client: anny.Anny) -> dt.date:
    """``--date`` (checked by :func:`_in_calendar`), else today."""
    if args.date is not None:
        return args.date  # type: ignore[no-any-return]
    return client._context.now().astimezone(args.tz if "tz" in args else None).date()


def cmd_slots(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """The slots of a service on a resource, day by day."""
    first = _first_day(args, client)
    found: list[anny.Slot] = []
    for offset in range(args.days):
        day = first + dt.timedelta(days=offset)
        if args.days > 1:
            out.progress(f"searching {day:%a %d %b} ({offset + 1}/{args.days}) …")
        found += client.availability.slots(
            args.resource, args.service, day, duration=args.duration, available_only=args.free
        )
    if args.days > 1:
        out.progress(" " * 40 + "\r")
    if out.as_json:
        out.data(found)
        return 0
    out.table(
        ["start", "end", "free", "left", "why not"],
        [
            [
                out.when(slot.start, slot.start.tzinfo),
                out.when(slot.end, slot.start.tzinfo) if slot.end else "-",
                "yes" if slot.available else "no",
                "-" if slot.remaining is None else slot.remaining,
                slot.unavailability_raw or "",
            ]
            for slot in found
        ],
    )
    return 0


def cmd_opening_hours(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """The opening hours of a resource."""
    first = _first_day(args, client)
    resource = client.resources.get(args.resource)
    zone = zone_of(resource.timezone)
    if zone is None:
        if resource.timezone:  # as the library does: an unknown zone is not fatal
            out.error(f"unknown time zone {resource.timezone!r}; times keep the server's offsets")
        zone = dt.UTC
    start = dt.datetime.combine(first, dt.time(0), zone)
    periods = client.availability.periods(resource, start, start + dt.timedelta(days=args.days))
    if out.as_json:
        out.data(periods)
        return 0
    out.table(
        ["day", "opens", "closes"],
        [[f"{p.start:%a %Y-%m-%d}", f"{p.start:%H:%M}", f"{p.end:%H:%M %Z}"] for p in periods],
    )
    return 0


def cmd_series(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """Book (or, with --dry-run, plan) a recurring slot."""
    if not args.dry_run and _is_guest(client):  # refused before anything is sent
        _require_customer(_customer(args, {}), signed_in=False)
    plan = client.series.plan(
        args.resource, args.service, args.rule, args.time, args.duration, until=args.until
    )
    if args.dry_run or not plan.planned:
        return _print_series(plan, out)
    _print_series(plan, out)
    if not _confirm(args, f"Book {len(plan.planned)} dates?", out):
        return 1
    customer = _customer(args, {}) or None
    result = client.series.book(
        args.resource,
        args.service,
        args.rule,
        args.time,
        args.duration,
        until=args.until,
        customer=customer,
    )
    return _print_series(result, out)


def _print_series(result: anny.SeriesResult, out: Output) -> int:
    if out.as_json:
        out.data(result)
        return 0
    out.table(
        ["start", "status", "booking", "why"],
        [
            [out.when(o.start, o.start.tzinfo), o.status, o.number or "", o.reason or ""]
            for o in result.occurrences
        ],
    )
    return 0


def cmd_wait(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """Wait until a slot is free; print it (exit 1 if it never was)."""
    if args.end <= args.start:
        raise InvalidParameterError("--end must be after --start")
    out.progress(f"waiting for {out.when(args.start)} …")
    slot = client.availability.wait_for(
        args.resource,
        args.service,
        args.start,
        args.end,
        until=args.until,
        poll=args.poll,
        max_requests=args.max_requests,
    )
    if slot is None:
        out.error("the slot did not become free")
        return 1
    if out.as_json:
        out.data(slot)
    else:
        out.say(f"free: {out.when(slot.start, slot.start.tzinfo)} ({slot.remaining} left)")
    return 0


def cmd_order(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """Show an order by its number, with its bookings."""
    oat = args.oat
    if args.access_token_file:
        oat = _read_secret(args.access_token_file)
    oat = oat or os.environ.get(ORDER_TOKEN_ENV) or None
    try:
        # With each booking's resource: its times are then shown in the resource's zone.
        order = client.orders.get(args.number, oat=oat, include=["bookings", "bookings.resource"])
    except NotFoundError as exc:
        if oat or not _is_guest(client):
            raise
        out.error(str(exc))
        out.error(
            f"a guest's order needs its access token: --access-token-file PATH (- for stdin) "
            f"or ${ORDER_TOKEN_ENV}; signed-in customers: anny login or --token"
        )
        return 1
    bookings = checkout_bookings(order)
    if out.as_json:
        out.data({"order": order, "bookings": bookings})
        return 0
    out.table(
        ["order", "status", "total", "created"],
        [[order.number, order.status, out.money(order.total), out.when(order.created_at)]],
    )
    if bookings:
        out.say("")
        out.table(
            ["booking", "status", "start", "end"],
            [
                [b.number, b.status.value, out.when(b.start_date), out.when(b.end_date)]
                for b in bookings
            ],
        )
    return 0


COMMANDS: dict[str, tuple[Handler, str]] = {
    "booking": (cmd_booking, "show a booking by its number (BB…)"),
    "cancel": (cmd_cancel, "preview and cancel a booking by its number"),
    "book": (cmd_book, "quote and book a slot"),
    "slots": (cmd_slots, "the slots of a service on a resource"),
    "opening-hours": (cmd_opening_hours, "a resource's opening hours"),
    "series": (cmd_series, "book (or plan) a recurring slot"),
    "wait": (cmd_wait, "wait until a slot is free"),
    "order": (cmd_order, "show an order by its number (BO…)"),
}


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
    p.add_argument("resource", help="resource slug")
    p.add_argument("--service", required=True, help="service slug")
    p.add_argument("--start", required=True, type=_aware, help="ISO datetime with offset")
    p.add_argument("--end", required=True, type=_aware, help="ISO datetime with offset")
    p.add_argument("--given-name", dest="given_name")
    p.add_argument("--family-name", dest="family_name")
    p.add_argument("--email")
    p.add_argument("--phone")
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
    p.add_argument("resource", help="resource slug")
    p.add_argument("--service", required=True, help="service slug")
    p.add_argument("--date", type=_date, help="first day (default: today)")
    p.add_argument("--days", type=_days, default=1, help="how many days (at most 366)")
    p.add_argument("--duration", type=_positive, help="minutes")
    p.add_argument("--free", action="store_true", help="only free slots")

    p = sub.add_parser("opening-hours", parents=[common], help=COMMANDS["opening-hours"][1])
    p.add_argument("resource", help="resource slug")
    p.add_argument("--date", type=_date, help="first day (default: today)")
    p.add_argument("--days", type=_days, default=7, help="how many days (at most 366)")

    p = sub.add_parser("series", parents=[common], help=COMMANDS["series"][1])
    p.add_argument("resource", help="resource slug")
    p.add_argument("--service", required=True, help="service slug")
    p.add_argument("--rule", required=True, help="RRULE, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=4")
    p.add_argument("--time", required=True, type=_time, help="local start time, HH:MM")
    p.add_argument("--duration", required=True, type=_positive, help="minutes")
    p.add_argument("--until", type=_date, help="last day")
    p.add_argument("--dry-run", dest="dry_run", action="store_true", help="only show the plan")
    p.add_argument("--given-name", dest="given_name")
    p.add_argument("--family-name", dest="family_name")
    p.add_argument("--email")
    p.add_argument("--yes", action="store_true", help="do not ask")

    p = sub.add_parser("wait", parents=[common], help=COMMANDS["wait"][1])
    p.add_argument("resource", help="resource slug")
    p.add_argument("--service", required=True, help="service slug")
    p.add_argument("--start", required=True, type=_aware, help="ISO datetime with offset")
    p.add_argument("--end", required=True, type=_aware, help="ISO datetime with offset")
    p.add_argument("--until", type=_aware, help="give up at (ISO datetime)")
    p.add_argument("--poll", type=finite_seconds, default=60.0, help="seconds between checks")
    p.add_argument("--max-requests", dest="max_requests", type=_positive, default=120)
    return parser


def _stored_sign_in(options: dict[str, Any], err: TextIO) -> Any:
    """The token `anny login` stored (a 0600 file), only for the API it was made for.

    Any other target (another --base-url, ANNY_BASE_URL, environment), an old or unreadable
    token file: anonymous, with a one-line notice on stderr. The token is never sent elsewhere.
    """
    from anny._cli_login import stored_sign_in
    from anny._config import resolve_config

    try:
        target = resolve_config(token=None, **options).base_url
    except AnnyError:
        return None  # a bad --base-url/--environment: the client reports it, nothing is sent
    provider, notice = stored_sign_in(target)
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
    token: Any = getattr(args, "token", None) or os.environ.get("ANNY_TOKEN") or None
    if token is None:
        token = _stored_sign_in(options, stderr)
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
