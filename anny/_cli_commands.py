"""The ``anny`` API commands themselves (``anny booking``, ``book``, ``slots`` …), one handler each.

A handler gets the parsed arguments, an :class:`~anny.Anny` and the
:class:`~anny._cli_output.Output`, and returns the exit code. Every command is a thin layer over
the helpers (``client.bookings``, ``client.cart()`` …): no path, no body is built here. The table
that names them and parses their arguments is :mod:`anny._cli`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import sys
from pathlib import Path
from typing import Any

import anny
from anny._areas.checkout import _included_bookings as checkout_bookings
from anny._catalog_types import zone_of
from anny._cli_common import safe_text, write_private
from anny._cli_output import Output, _jsonable
from anny._logging import redact_url
from anny.errors import InvalidParameterError, NotFoundError

__all__ = [
    "BOOKING_CODE_ENV",
    "CUSTOMER_FLAGS",
    "ORDER_TOKEN_ENV",
    "cmd_book",
    "cmd_booking",
    "cmd_bookings",
    "cmd_cancel",
    "cmd_opening_hours",
    "cmd_order",
    "cmd_series",
    "cmd_slots",
    "cmd_wait",
    "cmd_whoami",
]


def _confirm(args: argparse.Namespace, question: str, out: Output) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print(safe_text(f"{question} — not confirmed (no terminal); pass --yes"), file=out.err)
        return False
    answer = input(f"{safe_text(question)} [y/N] ").strip().lower()
    return answer in {"y", "yes", "j", "ja"}


#: The customer's form fields and the flags that set them.
CUSTOMER_FLAGS = {
    "given_name": "--given-name",
    "family_name": "--family-name",
    "email": "--email",
    "phone": "--phone",
    "company": "--company",
}
_REQUIRED_CUSTOMER = ("given_name", "family_name", "email")


def _customer(args: argparse.Namespace, prefill: dict[str, Any]) -> dict[str, Any]:
    customer = dict(prefill)
    for name in CUSTOMER_FLAGS:
        value = getattr(args, name, None)
        if value:
            customer[name] = value
    return customer


def _require_customer(customer: dict[str, Any], *, signed_in: bool) -> None:
    """Refuse, naming the flags (not the API's field names), what the booking form needs."""
    missing = [CUSTOMER_FLAGS[k] for k in _REQUIRED_CUSTOMER if not customer.get(k)]
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
    out.show(canceled, f"booking {canceled.number}: {canceled.status.value}")
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
        write_private(save_to, oat)
        out.error(
            f"order {number}: access token saved to {save_to} (mode 0600); show the order "
            f"with: anny order {number} --access-token-file {save_to}"
        )
    elif guest:
        out.error(
            f"order {number} is a guest's: showing it later needs its access token, which was "
            "not saved (pass --save-access-token PATH when booking; it is never printed)"
        )


def _first_day(args: argparse.Namespace, client: anny.Anny) -> dt.date:
    """``--date`` (checked by :func:`anny._cli._in_calendar` when parsed), else today."""
    if args.date is not None:
        return args.date  # type: ignore[no-any-return]
    return client._context.now().astimezone(args.tz if "tz" in args else None).date()


def cmd_slots(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """The slots of a service on a resource, day by day."""
    first = _first_day(args, client)
    found: list[anny.types.Slot] = []
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
                out.when(slot.end, slot.start.tzinfo),
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


def _print_series(result: anny.types.SeriesResult, out: Output) -> int:
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
    out.show(slot, f"free: {out.when(slot.start, slot.start.tzinfo)} ({slot.remaining} left)")
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


def _signed_in(client: anny.Anny, out: Output) -> bool:
    """Whether the command runs signed in; if not, say how to sign in (nothing is sent)."""
    if not _is_guest(client):
        return True
    out.error(
        "not signed in: run `anny login` (a sign-in is used only for the API it was made for), "
        "or pass --token / set ANNY_TOKEN; nothing was sent"
    )
    return False


def cmd_bookings(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """The signed-in customer's upcoming bookings (``--all``: past ones too), soonest first."""
    if not _signed_in(client, out):
        return 1
    pager = client.bookings.list(upcoming_only=None if args.all else True, include=["service"])
    found = list(itertools.islice(pager, args.limit + 1))  # one more: are there more?
    more, found = len(found) > args.limit, found[: args.limit]
    if more:
        out.error(f"showing the first {args.limit} bookings; --limit N shows more")
    if out.as_json:
        out.data(
            [
                {**_jsonable(b), "resource": _jsonable(b.resource), "service": _jsonable(b.service)}
                for b in found
            ]
        )
        return 0
    if not found:
        out.say("no upcoming bookings" if not args.all else "no bookings")
        return 0
    out.table(
        ["booking", "status", "start", "end", "resource", "service"],
        [
            [
                b.number or b.id,
                b.status.value,
                out.when(b.start_date),
                out.when(b.end_date),
                (b.resource.name or b.resource.slug or b.resource.id) if b.resource else "-",
                (b.service.name or b.service.slug or b.service.id) if b.service else "-",
            ]
            for b in found
        ],
    )
    return 0


def cmd_whoami(args: argparse.Namespace, client: anny.Anny, out: Output) -> int:
    """Who the token belongs to, on which API, and where the token came from."""
    if not _signed_in(client, out):
        return 1
    user = client.account.user()
    api = redact_url(client._config.base_url)
    if out.as_json:
        out.data({"user": user, "api": api, "token_from": args.token_from})
        return 0
    out.table(
        ["user", "name", "email", "api", "token from"],
        [[user.id, user.name or "-", user.email or "-", api, args.token_from]],
    )
    return 0
