"""Recurring bookings: ``client.series.book(...)`` and ``client.series.plan(...)``.

A series is a recurrence rule (python-dateutil's :class:`~dateutil.rrule.rrule`, or an RFC 5545
``RRULE`` string such as ``"FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6"``) plus a start time and a duration,
in the resource's time zone. :func:`book_series` checks every occurrence (one availability
request per day, as one :class:`~anny.flows.Batch`: concurrent on ``AsyncAnny``), books the free
ones in one cart, and reports what was booked, skipped (taken, closed, in the past …) and failed,
with reasons. It never leaves a hold behind: if anything goes wrong the cart is emptied at once.

Rules:

* **One slot per date.** A series books ``start_time`` on each date the rule gives; a rule finer
  than a day (``FREQ=HOURLY``/``MINUTELY``/``SECONDLY``, or several ``BYHOUR``/``BYMINUTE``/
  ``BYSECOND`` values) would book the same slot several times, so it is refused with
  :class:`~anny.InvalidParameterError` before anything is sent. Book several times of day as
  one series per time.
* **COUNT counts from DTSTART, past occurrences included.** The rule starts at its own
  ``DTSTART``, or today (the resource's date, by the client's clock) when it has none.
  Occurrences already begun by the client's clock are listed as ``skipped`` with the reason
  ``"in the past"``: ``COUNT=4`` at 11:00 for a 09:00 series gives four rows, today's skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from anny._areas import checkout
from anny._areas._binding import Area, Context, M, endpoint
from anny._areas.availability import _run_days, _target
from anny._areas.catalog import ResourceRef, ServiceRef
from anny._catalog_types import Slot, zone_of
from anny._flow import DEFAULT_BATCH_CONCURRENCY, Flow
from anny._models import Order
from anny.errors import AnnyError, APIStatusError, InvalidParameterError, SlotTakenError

if TYPE_CHECKING:
    from dateutil.rrule import rrule

__all__ = ["Occurrence", "Series", "SeriesResult"]

#: Most occurrences one series may have (a rule without an end would never stop).
MAX_OCCURRENCES = 200

#: Why a past occurrence is skipped (:attr:`Occurrence.reason`).
IN_THE_PAST = "in the past"

Status = Literal["booked", "planned", "skipped", "failed"]


@attrs.frozen
class Occurrence:
    """One date of a series and what happened to it.

    Attributes:
        start, end: the slot, tz-aware in the resource's time zone.
        status: ``booked``, ``planned`` (dry run: free, would be booked), ``skipped`` (not
            free, or already begun: ``reason`` says why, e.g. ``"booked_out"`` or
            ``"in the past"``) or ``failed`` (anny refused it when adding, e.g. the slot was
            taken after it was checked: ``reason`` is anny's message).
        number: the booking number, when booked.
    """

    start: dt.datetime
    end: dt.datetime
    status: Status
    reason: str | None = None
    number: str | None = None


@attrs.frozen
class SeriesResult:
    """What :func:`book_series` did (or, with ``dry_run``, would do)."""

    occurrences: tuple[Occurrence, ...]
    order: Order | None = None
    dry_run: bool = False

    def _with(self, status: Status) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.status == status)

    @property
    def booked(self) -> tuple[Occurrence, ...]:
        """The occurrences booked."""
        return self._with("booked")

    @property
    def planned(self) -> tuple[Occurrence, ...]:
        """The free occurrences a dry run would book."""
        return self._with("planned")

    @property
    def skipped(self) -> tuple[Occurrence, ...]:
        """The occurrences that were not free."""
        return self._with("skipped")

    @property
    def failed(self) -> tuple[Occurrence, ...]:
        """The occurrences anny refused."""
        return self._with("failed")


def _duration(value: int | dt.timedelta) -> dt.timedelta:
    if isinstance(value, dt.timedelta):
        minutes = value
    elif isinstance(value, int) and not isinstance(value, bool):
        minutes = dt.timedelta(minutes=value)
    else:
        raise InvalidParameterError(f"duration must be minutes or a timedelta: {value!r}")
    if minutes <= dt.timedelta(0) or minutes > dt.timedelta(days=31):
        raise InvalidParameterError(f"duration must be positive (and at most 31 days): {value!r}")
    return minutes


def _until(value: dt.date | dt.datetime | None, tz: dt.tzinfo | None) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise InvalidParameterError(f"until: naive datetime {value.isoformat()!r}")
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(23, 59, 59), tz)
    raise InvalidParameterError(f"until must be a date or an aware datetime: {value!r}")


def _one_a_day(rule: rrule) -> None:
    """Refuse a rule that gives several instants a day: the series would book one slot twice."""
    from dateutil.rrule import DAILY

    # dateutil keeps these private; FREQ is 0 (YEARLY) … 3 (DAILY) … 6 (SECONDLY).
    freq = getattr(rule, "_freq", DAILY)
    several = [
        f"BY{part.upper()}"
        for part in ("hour", "minute", "second")
        if len(getattr(rule, f"_by{part}", None) or ()) > 1
    ]
    if freq > DAILY or several:
        finer = ", ".join(several) if several else "FREQ finer than DAILY"
        raise InvalidParameterError(
            f"a series books one slot a day at start_time, but the rule gives several a day "
            f"({finer}): use FREQ=DAILY or coarser, and one series per time of day"
        )


def occurrences(
    rule: rrule | str,
    start_time: dt.time,
    duration: int | dt.timedelta,
    *,
    tz: dt.tzinfo | None,
    now: dt.datetime,
    until: dt.date | dt.datetime | None = None,
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Every slot of the series (pure): the local dates of ``rule`` at ``start_time``.

    Past slots are included (``COUNT`` counts from ``DTSTART``, past occurrences included;
    :func:`book_series` lists them as skipped). The rule starts today (the date in ``tz`` at
    ``now``) unless it has its own ``DTSTART``. A rule that gives a date twice is refused (see
    the module's rules).
    """
    from dateutil.rrule import rrule, rrulestr  # only series need it: not loaded by `import anny`

    if not isinstance(start_time, dt.time) or start_time.tzinfo is not None:
        raise InvalidParameterError("start_time must be a naive datetime.time (local time)")
    length = _duration(duration)
    tz = tz or dt.UTC  # anny did not say the resource's zone: read the times as UTC
    today = now.astimezone(tz).date()
    first = dt.datetime.combine(today, dt.time(0, 0))
    if isinstance(rule, str):
        text = rule.strip()
        if not text.upper().startswith(("RRULE:", "FREQ=", "DTSTART")):
            raise InvalidParameterError(f"not an RRULE: {rule!r}")
        try:
            parsed = rrulestr(text, dtstart=first, ignoretz=True)
        except (ValueError, TypeError) as exc:
            raise InvalidParameterError(f"not a valid RRULE {rule!r}: {exc}") from None
        if not isinstance(parsed, rrule):
            raise InvalidParameterError("give one RRULE, not a rule set")
        rule = parsed
    if not isinstance(rule, rrule):
        raise InvalidParameterError("rule must be a dateutil rrule or an RRULE string")
    _one_a_day(rule)
    end = _until(until, tz)
    # dateutil keeps COUNT/UNTIL private; a rule with neither never ends.
    bounded = getattr(rule, "_count", None) is not None or getattr(rule, "_until", None)
    if not bounded and end is None:
        raise InvalidParameterError("the rule never ends: give COUNT or UNTIL, or until=")
    slots: list[tuple[dt.datetime, dt.datetime]] = []
    seen: set[dt.date] = set()
    for day in rule:
        start = dt.datetime.combine(day.date(), start_time, tz)
        if end is not None and start > end:
            break
        if day.date() in seen:  # BYSETPOS and friends: the same belt-and-braces as above
            raise InvalidParameterError(
                f"the rule gives {day.date().isoformat()} twice; a series books one slot a day"
            )
        seen.add(day.date())
        if len(slots) >= MAX_OCCURRENCES:
            raise InvalidParameterError(f"more than {MAX_OCCURRENCES} occurrences: narrow the rule")
        slots.append((start, start + length))
    return slots


def _free(slot_lists: list[list[Slot]], start: dt.datetime) -> tuple[bool, str]:
    for slot in (s for day in slot_lists for s in day):
        if slot.start == start:
            if slot.available:
                return True, ""
            return False, (slot.unavailability_raw or "not available")
    return False, "no slot starts at that time"


def book_series(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    rule: rrule | str,
    start_time: dt.time,
    duration: int | dt.timedelta,
    *,
    customer: Mapping[str, Any] | None = None,
    until: dt.date | dt.datetime | None = None,
    dry_run: bool = False,
    accept_terms: bool = True,
    concurrency: int = DEFAULT_BATCH_CONCURRENCY,
) -> Flow[SeriesResult]:
    """Book every free occurrence of a recurring slot in one cart; report the rest.

    Checks each occurrence still ahead with ``getAvailabilityStart`` (one request per day,
    concurrent on ``AsyncAnny``), adds the free ones to one cart (``addToCart``), submits it
    once (``submitCheckout``). A taken or closed date is *skipped* with its reason, and so is
    one already begun (``"in the past"``; ``COUNT`` counts from ``DTSTART``, past occurrences
    included: see the module's rules). A date anny refuses when adding (4xx, or its "slot
    taken" page: someone took it after the check) is *failed* with anny's message; neither
    stops the series. Any other error empties the cart before it is raised: no hold is left
    behind. ``dry_run`` checks and reports (status ``planned``) without booking. ``customer``
    defaults to the signed-in customer's data from the checkout form. A rule that gives
    several slots a day is refused before anything is sent.
    """
    # Bad input is refused before the first request (the zone, which may cost a look-up,
    # only moves the dates, not whether the rule is acceptable).
    length = _duration(duration)
    occurrences(rule, start_time, length, tz=None, now=ctx.now(), until=until)
    resource_id, service_id, zone = yield from _target(ctx, resource, service)
    tz = zone_of(zone)
    now = ctx.now()
    every = occurrences(rule, start_time, length, tz=tz, now=now, until=until)
    results = [Occurrence(s, e, "skipped", IN_THE_PAST) for s, e in every if s < now]
    wanted = [(s, e) for s, e in every if s >= now]
    days = sorted({start.date() for start, _ in wanted})
    minutes = int(length.total_seconds() // 60)
    per_day = (
        (yield from _run_days(resource_id, service_id, zone, days, minutes, concurrency))
        if days
        else []  # every occurrence is past: nothing to ask
    )
    by_day = dict(zip(days, per_day, strict=True))

    to_book: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in wanted:
        free, reason = _free([by_day[start.date()]], start)
        if free:
            to_book.append((start, end))
        else:
            results.append(Occurrence(start, end, "skipped", reason))
    if dry_run or not to_book:
        results += [Occurrence(s, e, "planned") for s, e in to_book]
        return SeriesResult(tuple(sorted(results, key=lambda o: o.start)), None, dry_run)

    state: checkout.CartState | None = None
    cart: Order | None = None
    added: list[tuple[dt.datetime, dt.datetime]] = []
    try:
        for start, end in to_book:
            item = checkout.CartItem(resource_id, service_id, start, end)
            try:
                cart, state = yield from checkout.add(ctx, item, state=state, before=cart)
            except APIStatusError as refused:
                # Lost to a race (taken since the check: 409, or anny's HTML "slot taken" page)
                # or refused for this date only: the other dates go on.
                if not (isinstance(refused, SlotTakenError) or 400 <= refused.status_code < 500):
                    raise
                why = refused.error.summary() if refused.error else str(refused)
                results.append(Occurrence(start, end, "failed", why))
                continue
            added.append((start, end))
        if state is None:
            return SeriesResult(tuple(sorted(results, key=lambda o: o.start)))
        if customer is None:
            form = yield from checkout.form(ctx, state)
            customer = dict(form.prefill)
        done = yield from checkout.submit(ctx, state, customer=customer, accept_terms=accept_terms)
    except AnnyError:
        if state is not None:
            # Best effort: the hold lapses by itself, and the first error matters more.
            with contextlib.suppress(AnnyError):
                yield from checkout.empty(ctx, state)
        raise
    numbers = {b.start_date: b.number for b in done.bookings if b.start_date}
    results += [Occurrence(s, e, "booked", number=numbers.get(s)) for s, e in added]
    return SeriesResult(tuple(sorted(results, key=lambda o: o.start)), done.order)


def plan_series(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    rule: rrule | str,
    start_time: dt.time,
    duration: int | dt.timedelta,
    *,
    until: dt.date | dt.datetime | None = None,
    concurrency: int = DEFAULT_BATCH_CONCURRENCY,
) -> Flow[SeriesResult]:
    """What ``client.series.book(...)`` would book (``dry_run=True``): nothing is held or booked."""
    return (
        yield from book_series(
            ctx,
            resource,
            service,
            rule,
            start_time,
            duration,
            until=until,
            dry_run=True,
            concurrency=concurrency,
        )
    )


class Series(Area[M]):
    """Recurring bookings: ``client.series.book(...)``, ``client.series.plan(...)``."""

    book = endpoint(book_series)
    plan = endpoint(plan_series)
