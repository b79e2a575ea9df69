"""`make demo`: a full booking flow through `anny` against the embedded local sandbox.

Nothing leaves this machine: the sandbox (``anny_sandbox``) listens on 127.0.0.1 and `anny` talks
to it over real HTTP, exactly as it would talk to https://b.anny.co. Every request is printed
with its method, path and status (order access tokens redacted).

The flow:

1. catalog — the organization's resources, then one resource by slug with its services;
2. availability — bookable dates, then start times on the first one;
3. quote — price the first free slot;
4. cart — add it: a draft order (``oid`` + ``oat``) that holds the slot for 15 minutes;
5. checkout — read the checkout form, submit with the customer's details: a confirmed order;
6. confirmation — find the booking by its number, preview and perform the cancellation;
   the slot of step 2 is chosen late enough to be cancelled free of charge under the
   service's cancellation policy, and a refusal in the preview is shown, never forced;
7. availability again — the slot is free again;
8. a series — every weekday for two weeks, planned in a dry run (nothing is held);
9. a paid booking — checkout answers with a payment URL; paying on the sandbox's payment page
   confirms the order, which is then read back with the customer's token.

Everything goes through anny's helpers (``client.resources``, ``client.availability``,
``client.bookings`` …) and the :class:`~anny.types.Cart`: there is no URL path and no request
body in this file.

"Now" is the sandbox clock's, and "today" is that instant's date in the resource's time zone:
the demo never reads the machine's date. ``--now 2026-03-29T02:30:00+02:00`` freezes the
sandbox clock at that instant for a reproducible run.

Run ``python -m anny.demo --help`` for options.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import attrs
import httpx

import anny
from anny._logging import redact_url

if TYPE_CHECKING:
    from anny_sandbox import Clock, Sandbox

ORGANIZATION = "acme-gmbh"
FREE_RESOURCE = "conference-room-berlin"
FREE_SERVICE = "hourly-desk-booking"
PAID_RESOURCE = "meeting-room-alex"
PAID_SERVICE = "meeting-room-hourly"
TIMEZONE = "Europe/Berlin"


@attrs.frozen
class Names:
    """What the demo books: the sandbox's seeded slugs, or real ones (``--resource`` …)."""

    organization: str = ORGANIZATION
    resource: str = FREE_RESOURCE
    service: str = FREE_SERVICE
    paid_resource: str = PAID_RESOURCE
    paid_service: str = PAID_SERVICE


#: The series of step 8: every weekday, ten times (two weeks).
WEEKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10"
CUSTOMER = {
    "given_name": "Erika",
    "family_name": "Mustermann",
    "email": "erika.mustermann@example.com",
}
#: Slack between the slot search and the cancellation, so that a clock that keeps running
#: (the default sandbox clock follows the wall clock) cannot cross a policy deadline meanwhile.
CANCELLATION_MARGIN = dt.timedelta(minutes=15)


class Printer:
    """Prints steps and, through an httpx event hook, every request on the wire."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.requests = 0

    def step(self, title: str) -> None:
        self.out(f"\n== {title}")

    def say(self, text: str) -> None:
        self.out(f"   {text}")

    def on_response(self, response: httpx.Response) -> None:
        self.requests += 1
        request = response.request
        target = redact_url(request.url.raw_path.decode("ascii"))
        self.out(f"   -> {request.method} {target}  [{response.status_code}]")


def _included(resource: anny.Resource | None, name: str) -> list[anny.Resource]:
    """The included resources of a relationship (to-one or to-many), as a list."""
    if resource is None or name not in resource.relationships:
        return []
    linkage = resource.related(name)
    items = linkage if isinstance(linkage, list) else [linkage]
    return [item for item in items if isinstance(item, anny.Resource)]


def _free_cancellation_window(resource: anny.Resource | None, slug: str) -> dt.timedelta:
    """How long before its start a booking of service ``slug`` can be cancelled for free.

    Read from the service's included ``cancellation_policy``: the widest tier without a fee,
    else the last tier (cancellable with a fee), else none (cancellable until the start).
    """
    for service in _included(resource, "services"):
        if service.get("slug") != slug:
            continue
        for policy in _included(service, "cancellation_policy"):
            tiers = [t for t in policy.get("tiers") or [] if isinstance(t, dict)]
            free = [float(t["hours_before"]) for t in tiers if not t.get("fee_percentage")]
            hours = max(free) if free else min((float(t["hours_before"]) for t in tiers), default=0)
            return dt.timedelta(hours=hours)
    return dt.timedelta()


def _first_free_slot(
    client: anny.Anny, p: Printer, resource: str, service: str, not_before: dt.datetime
) -> anny.types.Slot:
    """The first free slot starting at or after ``not_before``, within a week of its day."""
    zone = client.resources.get(resource).timezone or TIMEZONE
    first_day = not_before.astimezone(ZoneInfo(zone)).date()  # the day boundary is the resource's
    days = client.availability.dates(resource, service, first_day, first_day + dt.timedelta(6))
    p.say(f"bookable days this week: {', '.join(d.isoformat() for d in days) or 'none'}")
    for day in days:
        slots = client.availability.slots(resource, service, day)
        free = [s for s in slots if s.available and s.start >= not_before]
        if free:
            p.say(f"{day}: {len(free)} of {len(slots)} start times free, "
                  f"first {free[0].start.isoformat()}")  # fmt: skip
            return free[0]
    raise SystemExit("demo: no free slot in the next 7 days")


def _still_free(client: anny.Anny, resource: str, service: str, slot: anny.types.Slot) -> bool:
    day = slot.start.date()
    return any(s.start == slot.start and s.available
               for s in client.availability.slots(resource, service, day))  # fmt: skip


def run(
    client: anny.Anny,
    p: Printer,
    *,
    now: dt.datetime,
    customer: anny.Anny | None,
    pay: Callable[[str, str], httpx.Response] | None = None,
    names: Names | None = None,
    book: bool = True,
) -> None:
    """The booking flow on ``client`` (anonymous), then a paid booking as ``customer``.

    ``now`` is the server's current time (timezone-aware): slots are searched from there.
    ``pay(payment_url, oat)`` plays the customer's browser on the payment page (sandbox only).
    Only helpers and the cart are used: no URL path, no request body is written here.
    ``names`` are the slugs to use (default: the sandbox's seed); ``book=False`` stops after the
    quote and the series plan, so nothing is booked (the safe way to try a real server).
    """
    n = names or Names()
    if now.tzinfo is None:
        raise anny.InvalidParameterError("run(now=...) must be timezone-aware")
    p.step(f"1. Catalog: the resources of {n.organization}")
    for res in client.organizations.resources(
        n.organization, include=["services"], sort="name", page_size=10
    ):
        services = ", ".join(str(s.get("name")) for s in _included(res.raw, "services"))
        p.say(f"{res.slug}: {res.name} ({services})")
    room = client.resources.get(
        n.resource, include=["services", "organization", "services.cancellation_policy"]
    )
    service = next(s for s in client.resources.services(room) if s.slug == n.service)
    local = ZoneInfo(room.timezone or TIMEZONE)
    p.say(f"{room.name} (id {room.id}, {room.timezone}), service {n.service} = {service.id}")

    p.step("2. Availability")
    # The booking is cancelled in step 6, so it must start after the free-cancellation window.
    window = _free_cancellation_window(room.raw, n.service)
    not_before = now + window + CANCELLATION_MARGIN
    hours = window.total_seconds() / 3600
    p.say(f"now {now.astimezone(local):%Y-%m-%d %H:%M %Z}; free cancellation until {hours:g} h "
          f"before the start, so from {not_before.astimezone(local):%Y-%m-%d %H:%M}")  # fmt: skip
    slot = _first_free_slot(client, p, n.resource, n.service, not_before)

    p.step("3. Quote")
    quote = client.checkout.quote(n.resource, n.service, slot.start, slot.end)
    p.say(f"total {quote.total} for {quote.charged_duration} minutes")

    if not book:
        p.step("4. A series: every weekday for two weeks at 09:00, planned (dry run)")
        plan = client.series.plan(n.resource, n.service, WEEKDAYS, dt.time(9), 60)
        p.say(f"{len(plan.planned)} free, {len(plan.skipped)} taken")
        p.say("nothing was booked: pass --book to book, look up and cancel for real")
        return

    p.step("4. Add to cart")
    with client.cart() as cart:
        draft = cart.add(n.resource, n.service, slot.start, slot.end)
        assert cart.expires_at is not None
        p.say(f"draft order {draft.number} (oid {draft.id}), status {draft.status}, "
              f"held until {cart.expires_at.astimezone(local):%H:%M:%S %Z}")  # fmt: skip

        p.step("5. Checkout")
        form = cart.form()
        p.say(f"the form asks for: {', '.join(form.required)}")
        result = cart.submit(
            customer=CUSTOMER,
            accept_terms=True,
            success_url="https://shop.example.com/checkout/success",
            cancel_url="https://shop.example.com/checkout",
            timezone=TIMEZONE,
        )
    p.say(f"order {result.order.number}: {result.order.status}, total {result.order.total}")

    p.step("6. Confirmation page and cancellation")
    # The number alone is no proof (it is guessable): the guest's code from the checkout result
    # (or the confirmation e-mail's link) goes along as `hash`, and the booking keeps it.
    booked = result.bookings[0]
    found = client.bookings.by_number(booked.number or "", hash=booked.code)
    start, end = found.start_date, found.end_date
    when = (
        f"{start.astimezone(local):%Y-%m-%d %H:%M}-{end.astimezone(local):%H:%M}"
        if start and end
        else "?"
    )
    p.say(f"booking {found.number}: {found.status.value}, {when} {local.key}")
    terms = client.bookings.cancellation_preview(found)  # the guest's code travels with `found`
    p.say(f"cancellable: {terms.cancelable}, fee {terms.fee}, refund {terms.refund}")
    if not terms.cancelable:
        # The preview is the server's word: a cancel it refuses is not sent at all.
        until = terms.deadline.isoformat() if terms.deadline else None
        p.say(f"booking {found.number}: not cancelled, the server refuses "
              f"(cancellable until {until})")  # fmt: skip
    else:
        canceled = client.bookings.cancel(found)
        p.say(f"booking {canceled.number}: {canceled.status.value}")

    p.step("7. Availability again")
    p.say(f"slot {slot.start.isoformat()} free again: "
          f"{_still_free(client, n.resource, n.service, slot)}")  # fmt: skip

    p.step("8. A series: every weekday for two weeks at 09:00, planned (dry run)")
    plan = client.series.plan(n.resource, n.service, WEEKDAYS, dt.time(9), 60)
    free_days = ", ".join(f"{o.start:%a %d}" for o in plan.planned) or "none"
    p.say(f"{len(plan.planned)} free, {len(plan.skipped)} taken: {free_days}")

    if customer is None:
        return
    p.step("9. A paid booking, paid on the (sandbox) payment page")
    # Not cancelled, so any free start will do; the service's lead time is the server's to apply.
    paid_slot = _first_free_slot(customer, p, n.paid_resource, n.paid_service, now)
    with customer.cart() as paid_cart:
        paid_cart.add(n.paid_resource, n.paid_service, paid_slot.start, paid_slot.end)
        pending = paid_cart.submit(
            customer=CUSTOMER,
            accept_terms=True,
            payment_method="sandbox-card",
            success_url="https://shop.example.com/checkout/success",
            cancel_url="https://shop.example.com/checkout",
            timezone=TIMEZONE,
        )
    p.say(f"order {pending.order.number}: {pending.order.status}, "
          f"pay at {redact_url(pending.payment_url or '')}")  # fmt: skip
    if pay is None or pending.payment_url is None or paid_cart.state is None:
        return
    # The customer's browser would open payment_url; here the demo presses "Pay" itself.
    paid = pay(pending.payment_url, paid_cart.state.oat)
    p.say(f"payment page answered {paid.status_code}, redirecting to {paid.headers['location']}")
    final = paid_cart.refresh()
    p.say(f"order {final.number}: {final.status}, total {final.total}")
    mine = [b.number for b in customer.bookings.list(page_size=10)]
    p.say(f"the customer's bookings: {', '.join(str(n) for n in mine)}")


def _aware_datetime(value: str) -> dt.datetime:
    """``--now``: an ISO 8601 instant with a UTC offset (a naive time is ambiguous)."""
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 datetime: {value!r}") from exc
    if when.tzinfo is None or when.utcoffset() is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} has no UTC offset; write e.g. 2026-03-29T02:30:00+02:00"
        )
    return when


def main(
    argv: list[str] | None = None,
    out: Callable[[str], None] = print,
    *,
    now: dt.datetime | None = None,
    clock: Clock | None = None,
    sandbox: Sandbox | None = None,
) -> int:
    """Start the sandbox, run the flow through `anny`, stop the sandbox.

    The sandbox clock is the demo's only source of time. ``now`` (like ``--now``) freezes it at
    that instant; ``clock`` injects a :class:`~anny_sandbox.Clock`; ``sandbox`` runs the flow
    against an already started sandbox as it is (state and clock are the caller's, and it is
    left running). At most one of the three may be given.
    """
    parser = argparse.ArgumentParser(description="A booking flow through anny on the sandbox.")
    parser.add_argument("--seed", help="a sandbox seed file (JSON or YAML) instead of the default")
    parser.add_argument(
        "--now",
        type=_aware_datetime,
        metavar="ISO_DATETIME",
        help="freeze the sandbox clock here (with offset, e.g. 2026-03-29T02:30:00+02:00)",
    )
    parser.add_argument(
        "--base-url",
        help="run against this server instead of a sandbox (e.g. https://b.anny.co; "
        "ANNY_BASE_URL): read-only unless --book",
    )
    parser.add_argument("--organization", default=ORGANIZATION, help="organization slug")
    parser.add_argument("--resource", default=FREE_RESOURCE, help="resource slug to book")
    parser.add_argument("--service", default=FREE_SERVICE, help="service slug to book")
    parser.add_argument("--book", action="store_true", help="with --base-url: book for real")
    args = parser.parse_args(argv)
    base_url = args.base_url or os.environ.get("ANNY_BASE_URL")
    if base_url and sandbox is None:
        # A real server: "now" is the client's clock (or --now); no payment page is pressed.
        p = Printer(out)
        names = Names(args.organization, args.resource, args.service)
        _run_remote(base_url, p, names, now=args.now or now, book=args.book)
        return 0
    if args.now is not None:
        if now is not None:
            raise anny.InvalidParameterError("give the time either as --now or as now=, not both")
        now = args.now
    if now is not None and (now.tzinfo is None or now.utcoffset() is None):
        raise anny.InvalidParameterError("now must be timezone-aware (naive times are ambiguous)")
    if sum(x is not None for x in (now, clock, sandbox)) > 1:
        raise anny.InvalidParameterError("give at most one of now/--now, clock and sandbox")
    if sandbox is not None and args.seed is not None:
        raise anny.InvalidParameterError("--seed needs a new sandbox; reset the given one instead")

    from anny_sandbox import Clock, Sandbox  # the `sandbox` extra: installed by `make demo`

    if now is not None:
        clock = Clock(start=now, frozen=True)
    p = Printer(out)
    if sandbox is not None:
        _run_on(sandbox, p)
    else:
        with Sandbox(seed=args.seed, clock=clock) as sb:
            _run_on(sb, p)
    return 0


def _run_remote(
    base_url: str, p: Printer, names: Names, *, now: dt.datetime | None, book: bool
) -> None:
    p.out(f"anny {anny.__version__} -> {base_url}")
    clock = (lambda: now) if now is not None else None
    # Anonymous, as a guest books; the paid booking needs the sandbox's payment page, so it is
    # not part of a run against a real server.
    with (
        httpx.Client(event_hooks={"response": [p.on_response]}) as http,
        anny.Anny(base_url=base_url, http_client=http, token=None, clock=clock) as guest,
    ):
        run(guest, p, now=guest._context.now(), customer=None, names=names, book=book)


def _run_on(sb: Sandbox, p: Printer) -> None:
    p.out(f"anny {anny.__version__} -> sandbox at {sb.url}")
    token = sb.issue_token(CUSTOMER["email"])["access_token"]
    with (
        httpx.Client(event_hooks={"response": [p.on_response]}) as http,
        anny.Anny(base_url=sb.url, http_client=http, locale="en-US", clock=sb.clock.now) as guest,
        anny.Anny(
            base_url=sb.url, http_client=http, locale="en-US", clock=sb.clock.now, token=token
        ) as customer,
    ):

        def pay(url: str, oat: str) -> httpx.Response:
            # The sandbox's payment page is a web form, not the API: a browser would post it.
            return http.post(url, data={"action": "pay", "oat": oat})

        run(guest, p, now=sb.clock.now(), customer=customer, pay=pay)
    ledger = sb.ledger()
    p.out(f"\n{p.requests} requests; sandbox ledger: {ledger.get('totals', ledger)}")


if __name__ == "__main__":
    sys.exit(main())
