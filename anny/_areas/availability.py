"""``client.availability``: free days, slots, opening hours, intervals, the next free slot.

Operations: getAvailabilityStartDates, getAvailabilityStart, getAvailabilityPeriods,
getStartIntervals, getEndIntervals, getUpcomingIntervals, listCalendarEvents (spec tag
``availability``).

Every helper takes the resource as slug, id or :class:`~anny.types.BookableResource` and the service
as slug, id or :class:`~anny.types.Service`; anny is always sent the numeric ids. A ``day`` is a
:class:`datetime.date` in the resource's time zone, and every returned time is tz-aware *in
the resource's time zone* (``Europe/Berlin`` …), so ``slot.start.hour`` is the local hour.

A search for *free* slots over several days (:func:`slots` with ``available_only``,
:func:`next_free`) reads the range endpoint ``getUpcomingIntervals`` page by page (a page
covers days, not one day), unless a ``duration`` is given, which only the per-day endpoint
takes. Other multi-day searches yield one :class:`~anny.flows.Batch` of per-day requests:
:class:`~anny.Anny` runs them one after the other, :class:`~anny.AsyncAnny` concurrently, at
most ``concurrency`` at once.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from anny._areas._binding import Area, Context, M, endpoint
from anny._areas._common import op_plan
from anny._areas.catalog import (
    ResourceRef,
    ServiceRef,
    check_window,
    resolve_resource,
    resolve_service,
    resource_entry,
    resource_key,
    service_key,
    service_quantities,
)
from anny._catalog_types import CalendarEvent, OpeningPeriod, Slot, parse_date, zone_of
from anny._flow import DEFAULT_BATCH_CONCURRENCY, Batch, Flow, perform
from anny._models import BookableResource
from anny._plan import RequestPlan
from anny._plan_flow import Sleep
from anny._query import encode_scalar
from anny._response import APIResponse, parse_json
from anny._retry import parse_retry_after
from anny.errors import AnnyError, APIResponseValidationError, InvalidParameterError, RateLimitError

__all__ = ["Availability"]

#: Most pages :func:`upcoming` follows by default.
UPCOMING_MAX_PAGES = 20


# --------------------------------------------------------------------------- inputs


def _check_date(value: object, what: str) -> dt.date:
    # A datetime is a date too; refusing it avoids silently dropping its time and zone.
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidParameterError(f"{what} must be a datetime.date, got {value!r}")
    return value


def _check_positive(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"{what} must be a positive integer, got {value!r}")
    return value


def _minutes(duration: int | dt.timedelta | None) -> int | None:
    if duration is None:
        return None
    if isinstance(duration, dt.timedelta):
        seconds = duration.total_seconds()
        if seconds <= 0 or seconds % 60:
            raise InvalidParameterError(f"duration {duration} must be whole positive minutes")
        return int(seconds // 60)
    return _check_positive(duration, "duration (minutes)")


def _check_refs(resource: ResourceRef, service: ServiceRef | None) -> None:
    resource_key(resource)
    if service is not None:
        service_key(service)


# --------------------------------------------------------------------------- look-ups


def _zone_name(ctx: Context, resource: ResourceRef) -> Flow[str | None]:
    """The resource's IANA time zone name; a fetched object that carries it needs no request."""
    if isinstance(resource, BookableResource) and zone_of(resource.timezone) is not None:
        return resource.timezone
    entry = yield from resource_entry(ctx, resource)
    return entry.resource.timezone if entry.zone is not None else None


def _target(
    ctx: Context, resource: ResourceRef, service: ServiceRef
) -> Flow[tuple[str, str, str | None]]:
    """The resource id, service id and time zone name (looked up once per client)."""
    resource_id = yield from resolve_resource(ctx, resource)
    service_id = yield from resolve_service(ctx, resource, service)
    zone = yield from _zone_name(ctx, resource)
    return resource_id, service_id, zone


def _items(body: object, what: str) -> list[Any]:
    """The list of an answer that is a bare array or an object wrapping it in ``data``."""
    if isinstance(body, Mapping) and isinstance(body.get("data"), list):
        body = body["data"]
    if not isinstance(body, list):
        raise APIResponseValidationError(
            f"{what}: expected a JSON array, got {type(body).__name__}"
        )
    return body


def _raise_first_error(outcomes: Sequence[APIResponse[Any] | AnnyError]) -> None:
    for outcome in outcomes:
        if isinstance(outcome, AnnyError):
            raise outcome


# --------------------------------------------------------------------------- days


def available_dates(
    ctx: Context, resource: ResourceRef, service: ServiceRef, start: dt.date, end: dt.date
) -> Flow[list[dt.date]]:
    """The days from ``start`` to ``end`` (inclusive, in the resource's time zone) on which
    ``service`` has at least one free slot (``getAvailabilityStartDates``)."""
    _check_refs(resource, service)
    _check_date(start, "start")
    _check_date(end, "end")
    if end < start:
        raise InvalidParameterError(f"end {end.isoformat()} is before start {start.isoformat()}")
    resource_id, service_id, zone = yield from _target(ctx, resource, service)
    return (yield from _bookable_days(resource_id, service_id, zone, start, end))


def _bookable_days(
    resource_id: str, service_id: str, zone: str | None, start: dt.date, end: dt.date
) -> Flow[list[dt.date]]:
    """The days ``start``..``end`` with availability: one ``getAvailabilityStartDates``."""
    query = {
        "service_id": service_quantities(service_id),
        "start_date": start,
        "end_date": end,
        "resource_id": resource_id,
        "timezone": zone or None,
    }
    plan = op_plan("getAvailabilityStartDates", query=query, parser=parse_json)
    days: list[dt.date] = []
    for item in _items((yield from perform(plan)), "getAvailabilityStartDates"):
        # Some deployments answer plain date strings: each one is a day with availability.
        if isinstance(item, str):
            day = parse_date(item)
        elif isinstance(item, Mapping) and item.get("available") is True:
            day = parse_date(item.get("date"))
        else:
            continue
        if day is not None:
            days.append(day)
    return days


def _day_plan(
    resource_id: str, service_id: str, zone: str | None, day: dt.date, duration: int | None
) -> RequestPlan[Any]:
    query = {
        "service_id": service_id,
        "date": day,
        "resource_id": resource_id,
        "timezone": zone or None,
        "duration": duration,
    }
    return op_plan("getAvailabilityStart", query=query, parser=parse_json)


def _parse_day(body: object, zone: dt.tzinfo | None, minutes: int | None) -> list[Slot]:
    # anny documents `end_date` as optional here: a slot without one lasts the asked duration.
    length = dt.timedelta(minutes=minutes) if minutes is not None else None
    return [Slot.from_json(item, zone, length) for item in _items(body, "getAvailabilityStart")]


def _local_days(start: dt.datetime, end: dt.datetime, zone: dt.tzinfo | None) -> list[dt.date]:
    """The local days a window ``[start, end)`` touches."""
    first = start.astimezone(zone).date() if zone else start.date()
    last_instant = end - dt.timedelta(microseconds=1)
    last = last_instant.astimezone(zone).date() if zone else last_instant.date()
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _run_days(
    resource_id: str,
    service_id: str,
    zone: str | None,
    days: Sequence[dt.date],
    duration: int | None,
    concurrency: int,
    *,
    free_only: bool = False,
) -> Flow[list[list[Slot]]]:
    """The slots of each day, one request per day, as one :class:`Batch`.

    With ``free_only`` (the caller keeps only free slots) and several days, the range
    endpoint is asked first which days have any availability, and start times are fetched
    only for those: one request instead of one per fully booked or closed day, which is
    most of them in a long scan (anny allows 150 reads a minute). Other days get no slots.
    """
    if free_only and len(days) > 1:
        bookable = set(
            (yield from _bookable_days(resource_id, service_id, zone, min(days), max(days)))
        )
        asked = [day for day in days if day in bookable]
        found = iter(
            (yield from _run_days(resource_id, service_id, zone, asked, duration, concurrency))
        )
        return [next(found) if day in bookable else [] for day in days]
    if not days:
        return []
    plans = [_day_plan(resource_id, service_id, zone, day, duration) for day in days]
    if len(plans) == 1:
        return [_parse_day((yield from perform(plans[0])), zone_of(zone), duration)]
    # mypy's attrs plugin cannot type Batch's ``converter=tuple`` field; the value is fine.
    batch = Batch(cast(Any, plans), concurrency=concurrency)
    outcomes: list[APIResponse[Any] | AnnyError] = yield batch
    _raise_first_error(outcomes)
    return [
        _parse_day(o.parse(), zone_of(zone), duration)
        for o in outcomes
        if not isinstance(o, AnnyError)
    ]


def _free_between(
    resource_id: str,
    service_id: str,
    zone: str | None,
    start: dt.datetime,
    end: dt.datetime,
    *,
    first_only: bool = False,
) -> Flow[list[Slot]]:
    """The free slots starting in ``[start, end)``, read from the range endpoint
    (``getUpcomingIntervals``), following ``page_end_date`` until the range is covered.

    One page covers a span of days (B1; reference §4.2), so a two-week scan costs a few
    requests instead of one per day. Intervals carry no ``resource_ids`` (anny's interval
    items have none), otherwise the slots equal those of ``getAvailabilityStart``. With
    ``first_only`` it stops at the first page that has a free slot (pages come in order).
    """
    base = {
        "service_id": service_quantities(service_id),
        "resource_id": resource_id,
        "timezone": zone or None,
    }
    tz = zone_of(zone)
    found: list[Slot] = []
    # anny reads start_date as `Y-m-d\TH:i:sP` (B1): whole seconds, rounded down so that a
    # slot starting in the same second is not skipped (the `start <=` filter below is exact).
    cursor: dt.datetime | str = start.replace(microsecond=0)
    reached = start
    while True:
        plan = op_plan(
            "getUpcomingIntervals", query={**base, "start_date": cursor}, parser=parse_json
        )
        items, next_cursor = _upcoming_page((yield from perform(plan)))
        for item in items:
            slot = Slot.from_json(item, tz)
            if start <= slot.start < end and slot.available:
                found.append(slot)
        if first_only and found:
            break
        following = _cursor_instant(next_cursor)
        # A cursor that does not move on would loop forever: a broken answer, not a result.
        if following is not None and following <= reached:
            raise APIResponseValidationError(
                f"getUpcomingIntervals: page_end_date {next_cursor!r} does not move forward"
            )
        if following is None or following >= end or next_cursor is None:
            break
        cursor, reached = next_cursor, following
    found.sort(key=lambda slot: slot.start)
    return found


def _cursor_instant(cursor: str | None) -> dt.datetime | None:
    if cursor is None:
        return None
    try:
        instant = dt.datetime.fromisoformat(cursor)
    except ValueError:
        instant = None
    if instant is None or instant.utcoffset() is None:
        raise APIResponseValidationError(
            f"getUpcomingIntervals: page_end_date {cursor!r} is not a date-time with an offset"
        )
    return instant


def slots(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    day: dt.date | None = None,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    duration: int | dt.timedelta | None = None,
    available_only: bool = False,
    concurrency: int = DEFAULT_BATCH_CONCURRENCY,
) -> Flow[list[Slot]]:
    """The slots of ``service`` on ``resource`` (``getAvailabilityStart``, one request per day).

    Either one ``day`` (a date in the resource's time zone) or a window ``start``..``end``
    (tz-aware datetimes, ``end`` after ``start``): then every day of the window is asked, at
    most ``concurrency`` at once on :class:`~anny.AsyncAnny`, and the slots starting inside
    the window are returned. ``duration`` (minutes or a timedelta) is the booking length to
    check; ``available_only`` keeps only the free slots, and over several days reads them from
    the range endpoint (``getUpcomingIntervals``, following ``page_end_date``: a few requests
    for weeks instead of one per day; its slots carry no ``resource_ids``), or, with a
    ``duration``, first asks which days have any (``getAvailabilityStartDates``), then only
    those days' start times. Times are in the resource's zone.
    """
    _check_refs(resource, service)
    window: tuple[dt.datetime, dt.datetime] | None = None
    if day is not None:
        if start is not None or end is not None:
            raise InvalidParameterError("pass either day=... or start=... and end=..., not both")
        _check_date(day, "day")
    elif start is None or end is None:
        raise InvalidParameterError("pass either day=... or start=... and end=...")
    else:
        check_window(start, end)
        window = (start, end)
    minutes = _minutes(duration)
    _check_positive(concurrency, "concurrency")
    resource_id, service_id, zone = yield from _target(ctx, resource, service)
    days = [day] if day is not None else _local_days(*window, zone_of(zone)) if window else []
    if available_only and window is not None and len(days) > 1 and minutes is None:
        # The range endpoint takes no duration: only the default length is scanned this way.
        return (yield from _free_between(resource_id, service_id, zone, *window))
    per_day = yield from _run_days(
        resource_id, service_id, zone, days, minutes, concurrency, free_only=available_only
    )
    found = [slot for day_slots in per_day for slot in day_slots]
    if window is not None:
        found = [slot for slot in found if window[0] <= slot.start < window[1]]
    if available_only:
        found = [slot for slot in found if slot.available]
    return found


def next_free(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    *,
    after: dt.datetime | None = None,
    within_days: int = 14,
    duration: int | dt.timedelta | None = None,
    window: int = 7,
    concurrency: int = DEFAULT_BATCH_CONCURRENCY,
) -> Flow[Slot | None]:
    """The first free slot starting at or after ``after`` (default: now, from the client's
    clock), searching day by day for ``within_days`` days (``getAvailabilityStart``); ``None``
    if there is none.

    Without a ``duration`` it reads the range endpoint (``getUpcomingIntervals``) from
    ``after`` page by page and stops at the first page with a free slot: usually one request.
    With one, days are asked ``window`` at a time: first which of them have any availability (one
    ``getAvailabilityStartDates``), then the start times of those days only (one
    :class:`~anny.flows.Batch`; concurrent on :class:`~anny.AsyncAnny`, at most ``concurrency`` at
    once); the search stops at the first window that has a free slot.
    """
    _check_refs(resource, service)
    check_window(after, None, names=("after", "end"))
    _check_positive(within_days, "within_days")
    _check_positive(window, "window")
    _check_positive(concurrency, "concurrency")
    minutes = _minutes(duration)
    since = after if after is not None else ctx.now()
    check_window(since, None, names=("now (the client's clock)", "end"))
    resource_id, service_id, zone = yield from _target(ctx, resource, service)
    tz = zone_of(zone)
    first = since.astimezone(tz).date() if tz else since.date()
    days = [first + dt.timedelta(days=n) for n in range(within_days)]
    if minutes is None:
        # The range endpoint pages from `since`: usually its first page holds the answer.
        last = days[-1] + dt.timedelta(days=1)
        end = dt.datetime.combine(last, dt.time(0), tz or since.tzinfo)
        free = yield from _free_between(resource_id, service_id, zone, since, end, first_only=True)
        return min(free, key=lambda slot: slot.start) if free else None
    for offset in range(0, len(days), window):
        chunk = days[offset : offset + window]
        per_day = yield from _run_days(
            resource_id, service_id, zone, chunk, minutes, concurrency, free_only=True
        )
        for day_slots in per_day:
            for slot in sorted(day_slots, key=lambda s: s.start):
                if slot.available and slot.start >= since:
                    return slot
    return None


# --------------------------------------------------------------------------- periods, intervals


def periods(
    ctx: Context,
    resource: ResourceRef,
    start: dt.datetime,
    end: dt.datetime,
    *,
    service: ServiceRef | None = None,
) -> Flow[list[OpeningPeriod]]:
    """The resource's opening hours between ``start`` and ``end`` (tz-aware)
    (``getAvailabilityPeriods``), in the resource's time zone."""
    _check_refs(resource, service)
    check_window(start, end)
    resource_id = yield from resolve_resource(ctx, resource)
    service_id = (yield from resolve_service(ctx, resource, service)) if service else None
    zone = yield from _zone_name(ctx, resource)
    query = {
        "r": [resource_id],
        "start_date": start,
        "end_date": end,
        "timezone": zone or None,
        "service_id": service_id,
    }
    plan = op_plan("getAvailabilityPeriods", query=query, parser=parse_json)
    body = yield from perform(plan)
    if not isinstance(body, Mapping):
        raise APIResponseValidationError("getAvailabilityPeriods: expected an object by resource")
    items = body.get(resource_id) or []
    if not isinstance(items, list):
        raise APIResponseValidationError("getAvailabilityPeriods: periods must be a list")
    return [OpeningPeriod.from_json(item, resource_id, zone_of(zone)) for item in items]


def intervals(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    *,
    day: dt.date | None = None,
    start: dt.datetime | None = None,
) -> Flow[list[Slot]]:
    """Bookable intervals: with ``day``, the possible *starts* that day (``getStartIntervals``);
    with ``start`` (tz-aware), the possible *ends* of a booking starting then
    (``getEndIntervals``). Each is a :class:`~anny.types.Slot` in the resource's time zone."""
    _check_refs(resource, service)
    if (day is None) == (start is None):
        raise InvalidParameterError("pass exactly one of day=... (starts) or start=... (ends)")
    if day is not None:
        _check_date(day, "day")
    else:
        check_window(start, None)
    resource_id, service_id, zone = yield from _target(ctx, resource, service)
    common = {
        "resource_id": resource_id,
        "service_id": service_quantities(service_id),
        "timezone": zone or None,
    }
    if day is not None:
        plan = op_plan("getStartIntervals", query={"date": day, **common}, parser=parse_json)
    else:
        plan = op_plan("getEndIntervals", query={"date_time": start, **common}, parser=parse_json)
    operation = plan.operation or ""
    body = yield from perform(plan)
    return [Slot.from_json(item, zone_of(zone)) for item in _items(body, operation)]


def _upcoming_page(body: object) -> tuple[list[Any], str | None]:
    """Items and ``page_end_date`` of one answer: a bare array (no cursor) or an object
    carrying ``page_end_date`` next to its list (whose name anny does not publish)."""
    if isinstance(body, list):
        return body, None
    if not isinstance(body, Mapping):
        raise APIResponseValidationError(
            f"getUpcomingIntervals: expected an array or an object, got {type(body).__name__}"
        )
    cursor = body.get("page_end_date")
    for name in ("data", "intervals", "items", "results"):
        if isinstance(body.get(name), list):
            items: list[Any] = body[name]
            break
    else:
        lists = [v for v in body.values() if isinstance(v, list)]
        items = lists[0] if len(lists) == 1 else []
    return items, cursor if isinstance(cursor, str) and cursor else None


def upcoming(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    *,
    after: dt.datetime | None = None,
    limit: int = 50,
    max_pages: int = UPCOMING_MAX_PAGES,
) -> Flow[list[Slot]]:
    """The next free intervals from ``after`` (default: anny's now) (``getUpcomingIntervals``).

    anny pages this answer by ``page_end_date``: the helper asks again with
    ``start_date=page_end_date`` until it has ``limit`` intervals, there is no further page,
    or ``max_pages`` pages were read.
    """
    _check_refs(resource, service)
    check_window(after, None, names=("after", "end"))
    _check_positive(limit, "limit")
    _check_positive(max_pages, "max_pages")
    resource_id, service_id, zone = yield from _target(ctx, resource, service)
    base = {
        "service_id": service_quantities(service_id),
        "resource_id": resource_id,
        "timezone": zone or None,
    }
    cursor = encode_scalar(after) if after is not None else None
    found: list[Slot] = []
    seen: set[str] = set()
    for _ in range(max_pages):
        plan = op_plan(
            "getUpcomingIntervals", query={**base, "start_date": cursor}, parser=parse_json
        )
        items, next_cursor = _upcoming_page((yield from perform(plan)))
        found.extend(Slot.from_json(item, zone_of(zone)) for item in items)
        if cursor is not None:
            seen.add(cursor)
        # A cursor that does not move on would loop forever: stop instead.
        # An empty page is no end: a page covers a span of time, and that span may be closed.
        if len(found) >= limit or next_cursor is None or next_cursor in seen:
            break
        cursor = next_cursor
    return found[:limit]


def calendar(
    ctx: Context,
    start: dt.datetime,
    end: dt.datetime,
    *,
    resources: Sequence[ResourceRef] | None = None,
    timezone: str | None = None,
) -> Flow[list[CalendarEvent]]:
    """The opening periods of resources with their occupancy between ``start`` and ``end``
    (tz-aware), as anny's planner calendar shows them (``listCalendarEvents``).

    ``resources`` (slugs, ids or objects) limits it to those; without them, every top-level
    resource is listed. Times are in ``timezone`` (an IANA name) when given, else as anny sent
    them.
    """
    check_window(start, end)
    for resource in resources or ():
        resource_key(resource)
    zone = zone_of(timezone) if timezone is not None else None
    if timezone is not None and zone is None:
        raise InvalidParameterError(f"timezone {timezone!r} is not an IANA time zone")
    ids = []
    for resource in resources or ():
        ids.append((yield from resolve_resource(ctx, resource)))
    query = {
        "start_date": start,
        "end_date": end,
        "resource_id": ids,
        "timezone": timezone or None,
    }
    plan = op_plan("listCalendarEvents", query=query, parser=parse_json)
    body = yield from perform(plan)
    data = body.get("data") if isinstance(body, Mapping) else None
    events = data.get("events") if isinstance(data, Mapping) else None
    if not isinstance(events, list):
        raise APIResponseValidationError("listCalendarEvents: no `data.events` list")
    return [CalendarEvent.from_json(event, zone) for event in events]


# --------------------------------------------------------------------------- waiting


def wait_for(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    start: dt.datetime,
    end: dt.datetime,
    *,
    until: dt.datetime | None = None,
    poll: float = 60.0,
    max_poll: float = 900.0,
    max_requests: int = 120,
    jitter: Callable[[], float] = random.random,
) -> Flow[Slot | None]:
    """Wait until the slot ``start``..``end`` is free and return it (the caller books it).

    Polls ``getAvailabilityStart`` politely: ``poll`` seconds at first, growing by half each
    time up to ``max_poll``, minus up to a quarter at random (many waiters do not poll in
    step). A 429 waits its ``Retry-After`` (seconds, or an HTTP date measured on the client's
    clock), never less than the poll delay and never more than ``max_poll``; a 429 without a
    readable ``Retry-After`` waits ``max_poll``. Stops with ``None`` before a sleep would pass
    ``until`` (the client's clock), or after ``max_requests`` requests. Whatever the server
    sends, only :class:`~anny.AnnyError` is raised.
    """
    _aware_dt(start, "start")
    _aware_dt(end, "end")
    if end <= start:
        raise InvalidParameterError("end must be after start")
    if until is not None:
        _aware_dt(until, "until")
    numbers_ok = all(
        isinstance(n, (int, float)) and not isinstance(n, bool) and math.isfinite(n)
        for n in (poll, max_poll)
    )
    if not numbers_ok or not 0 < poll <= max_poll or not 1 <= max_requests <= 10_000:
        raise InvalidParameterError(
            "need finite 0 < poll <= max_poll and 1 <= max_requests <= 10000"
        )
    resource_id, service_id, zone = yield from _target(ctx, resource, service)
    tz = zone_of(zone)
    local = start.astimezone(tz) if tz else start
    minutes = int((end - start).total_seconds() // 60)
    delay = poll
    for attempt in range(max_requests):
        wait = delay * (1 - 0.25 * jitter())
        try:
            [day] = yield from _run_days(resource_id, service_id, zone, [local.date()], minutes, 1)
        except RateLimitError as limited:
            asked = parse_retry_after(limited.response.headers.get("retry-after"), now=ctx.now())
            wait = max_poll if asked is None else max(wait, asked)
        else:
            for slot in day:
                if slot.start == start and slot.available:
                    return slot
        if attempt + 1 == max_requests:
            break
        wait = min(wait, max_poll)
        # Compared as a difference: `now + timedelta(wait)` could leave datetime's range.
        if until is not None and (until - ctx.now()).total_seconds() < wait:
            break
        yield Sleep(wait)
        delay = min(delay * 1.5, max_poll)
    return None


def _aware_dt(value: object, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise InvalidParameterError(f"{what} must be a timezone-aware datetime: {value!r}")
    return value


def today(ctx: Context, resource: ResourceRef) -> Flow[dt.date]:
    """Today's date where the resource is (its time zone), by the client's clock.

    The machine's date is the wrong one for a resource in another zone (a server in UTC at
    23:30 is already tomorrow in Berlin); this is the date to start an availability search
    from. Costs at most the resource's look-up (``getResource``, once per client).
    """
    zone = yield from _zone_name(ctx, resource)
    tz = zone_of(zone)
    now = ctx.now()
    return now.astimezone(tz).date() if tz else now.date()


class Availability(Area[M]):
    """Availability: ``client.availability.dates()``, ``.slots()``, ``.next_free()``,
    ``.periods()``, ``.intervals()``, ``.upcoming()``, ``.calendar()``."""

    dates = endpoint(available_dates)
    slots = endpoint(slots)
    next_free = endpoint(next_free)
    periods = endpoint(periods)
    intervals = endpoint(intervals)
    upcoming = endpoint(upcoming)
    calendar = endpoint(calendar)
    wait_for = endpoint(wait_for)
    today = endpoint(today)
