"""``Retry-After`` is read by one parser that never raises, and ``wait_for`` survives any value.

The parser is property-tested: whatever text a server sends, the result is ``None`` or a finite
delay in ``[0, MAX_RETRY_AFTER]``, and an HTTP date is measured from the injected clock.
``wait_for`` then stays within ``max_poll`` per sleep and stops before ``until``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import math
from typing import Any

import httpx
import pytest
from annycore_helpers import Harness
from hypothesis import given, settings
from hypothesis import strategies as st

import anny
from anny._retry import MAX_RETRY_AFTER, parse_retry_after

NOW = dt.datetime(2026, 11, 23, 7, 0, tzinfo=dt.UTC)
ROOM = anny.types.BookableResource(
    id="8001", slug="conference-room-berlin", timezone="Europe/Berlin"
)
START = dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def http_date(seconds: float) -> str:
    return email.utils.format_datetime(NOW + dt.timedelta(seconds=seconds), usegmt=True)


# --------------------------------------------------------------------------- the parser


@given(st.text(max_size=40))
def test_any_text_gives_none_or_a_bounded_delay(text: str) -> None:
    got = parse_retry_after(text, now=NOW)
    assert got is None or (math.isfinite(got) and 0.0 <= got <= MAX_RETRY_AFTER)


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_delta_seconds_are_clamped(n: int) -> None:
    assert parse_retry_after(str(n), now=NOW) == float(min(max(n, 0), MAX_RETRY_AFTER))


@given(st.integers(min_value=-(10**7), max_value=10**7))
def test_an_http_date_is_measured_from_the_injected_clock(offset: int) -> None:
    assert parse_retry_after(http_date(offset), now=NOW) == min(max(offset, 0), MAX_RETRY_AFTER)


@pytest.mark.parametrize(
    "value", ["²", "٣", "1e9", "nan", "inf", "-inf", "1.5", "0x10", "1_000", "+", "--1", "\x00"]
)
def test_only_ascii_digits_are_delta_seconds(value: str) -> None:
    assert parse_retry_after(value, now=NOW) is None


def test_extreme_http_dates_do_not_raise() -> None:
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now=NOW) == MAX_RETRY_AFTER
    assert parse_retry_after("Mon, 01 Jan 0001 00:00:00 GMT", now=NOW) == 0.0
    assert parse_retry_after("Mon, 01 Jan 99999 00:00:00 GMT", now=NOW) is None


# --------------------------------------------------------------------------- wait_for


def limited_then_free(retry_after: str | None, times: int = 1) -> Any:
    """429 (with ``retry_after``) ``times`` times, then the 10:00 slot is free."""
    seen = {"n": 0}

    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/v1/availability/start"
        seen["n"] += 1
        if seen["n"] <= times:
            # Bytes: a server may send any octets (httpx decodes them as UTF-8 here).
            headers = {} if retry_after is None else {"retry-after": retry_after.encode()}
            return httpx.Response(429, json={"errors": [{"status": "429"}]}, headers=headers)
        slot = {
            "start_date": "2026-11-24T10:00:00+01:00",
            "end_date": "2026-11-24T11:00:00+01:00",
            "available": True,
            "number_available": 1,
            "remaining_number_available": 1,
        }
        return httpx.Response(200, json=[slot])

    return handle


async def wait(make: Any, retry_after: str | None, times: int = 1, **kwargs: Any) -> Any:
    h = make(limited_then_free(retry_after, times), clock=lambda: NOW, max_retries=0)
    slot = await h.call(
        h.client.availability.wait_for, ROOM, "7001", START, START + dt.timedelta(hours=1),
        jitter=lambda: 0.0, **kwargs,
    )  # fmt: skip
    return h, slot


@pytest.mark.parametrize(
    ("retry_after", "slept"),
    [
        ("999999999999", 900.0),  # OverflowError before: now + 31,000 years
        ("²", 900.0),  # ValueError before: "²".isdigit() but float("²") fails
        ("-5", 30.0),  # "now": the poll delay still applies
        (http_date(10), 30.0),  # 10 s away; the poll delay is longer
        (http_date(100), 100.0),  # slept 900 s before: dates were not read
        (http_date(-3600), 30.0),  # in the past: "now"
        (None, 900.0),  # no Retry-After: the politest wait
    ],
)
async def test_wait_for_survives_any_retry_after(make: Any, retry_after: Any, slept: float) -> None:
    h, slot = await wait(make, retry_after, poll=30, until=NOW + dt.timedelta(days=2))
    assert slot is not None
    assert slot.start == START
    assert h.sleeps == [slept]
    assert [r.url.path for r in h.requests] == ["/api/v1/availability/start"] * 2


async def test_a_huge_retry_after_stops_at_until(make: Any) -> None:
    h, slot = await wait(make, "999999999999", until=NOW + dt.timedelta(minutes=10))
    assert slot is None
    assert h.sleeps == []  # 900 s (max_poll) would pass `until`: it gives up at once
    assert len(h.requests) == 1


async def test_a_future_http_date_is_bounded_by_max_poll(make: Any) -> None:
    h, slot = await wait(make, http_date(5000), times=2, poll=10, max_poll=60)
    assert slot is not None
    assert h.sleeps == [60.0, 60.0]
    assert len(h.requests) == 3


@pytest.mark.parametrize(
    "bad", [{"poll": math.inf, "max_poll": math.inf}, {"poll": math.nan}, {"max_poll": math.nan}]
)
async def test_non_finite_poll_settings_are_refused(make: Any, bad: dict[str, float]) -> None:
    h = make(limited_then_free(None), clock=lambda: NOW)
    with pytest.raises(anny.InvalidParameterError):
        await h.call(
            h.client.availability.wait_for, ROOM, "7001", START, START + dt.timedelta(hours=1),
            **bad,
        )  # fmt: skip
    assert h.requests == []


async def test_the_client_clock_measures_a_retry_after_date(kind: str) -> None:
    """``Anny(clock=…)`` is the clock an HTTP date is measured from, for every retry."""
    sleeps: list[float] = []
    answers = [
        httpx.Response(503, headers={"retry-after": http_date(20)}),
        httpx.Response(200, json={"data": None}),
    ]
    transport = httpx.MockTransport(lambda request: answers.pop(0))
    if kind == "sync":
        with anny.Anny(
            base_url="https://api.test",
            http_client=httpx.Client(transport=transport),
            clock=lambda: NOW,
            _sleep=sleeps.append,
        ) as client:
            client.get("/x")
    else:

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        async with anny.AsyncAnny(
            base_url="https://api.test",
            http_client=httpx.AsyncClient(transport=transport),
            clock=lambda: NOW,
            _sleep=sleep,
        ) as aclient:
            await aclient.get("/x")
    assert sleeps == [20.0]  # by the wall clock (years later) it would have been 0


@settings(max_examples=60, deadline=None)
@given(
    header=st.one_of(
        st.integers(min_value=-(10**15), max_value=10**15).map(lambda n: str(n).encode()),
        st.integers(min_value=-(10**7), max_value=10**7).map(lambda n: http_date(n).encode()),
        st.text(max_size=12).map(lambda t: t.encode()),
        st.binary(max_size=30),
    ).filter(lambda b: not any(c in b for c in b"\r\n\x00")),
    until_s=st.one_of(st.none(), st.integers(min_value=-10, max_value=10**6)),
)
def test_wait_for_never_raises_but_anny_errors_and_stays_bounded(
    header: bytes, until_s: int | None
) -> None:
    """Any Retry-After octets, any ``until``: only AnnyError, every sleep within max_poll,
    and never a sleep that would pass ``until``; both clients."""
    until = None if until_s is None else NOW + dt.timedelta(seconds=until_s)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json={"errors": []}, headers=[(b"retry-after", header)])

    for kind in ("sync", "async"):
        # The client's clock moves with the (recorded, not real) sleeps.
        h = Harness(kind, handle, max_retries=0)
        h.client._context.now = lambda h=h: NOW + dt.timedelta(seconds=sum(h.sleeps))
        call = h.client.availability.wait_for(
            ROOM, "7001", START, START + dt.timedelta(hours=1),
            until=until, poll=5, max_poll=60, max_requests=3, jitter=lambda: 0.0,
        )  # fmt: skip
        try:
            result = asyncio.run(call) if kind == "async" else call
        except anny.AnnyError:
            result = None
        assert result is None
        assert all(0 < s <= 60 for s in h.sleeps)
        if until is not None:
            assert sum(h.sleeps) <= max(0, until_s or 0)
