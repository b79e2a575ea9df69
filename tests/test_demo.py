"""`make demo` end to end: the booking flow through anny against the embedded sandbox.

Time is always injected: every run freezes the sandbox clock at a chosen instant, so no test
here behaves differently at 06:00 and at 23:00, or on a DST night. The sweep runs the whole flow
at every half hour of an ordinary day, of both DST-change days in Europe/Berlin and across New
Year's Eve midnight, against one real sandbox (HTTP on 127.0.0.1) that is reset between runs;
`make test` runs a fixed sample of it (both DST nights and the turn of the year whole, every
hour of the clock), `make sweep` all of it.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

import anny
from anny import demo
from anny_sandbox import Clock, Sandbox

BERLIN = ZoneInfo("Europe/Berlin")


# Opening hours of the two rooms in the default seed (anny_sandbox/data/default_seed.json), by
# weekday (Monday 0): the free flow books conference-room-berlin, the paid one meeting-room-alex.
ROOM_HOURS = dict.fromkeys(range(7), (7, 22))
ALEX_HOURS = {**dict.fromkeys(range(5), (8, 20)), 5: (10, 18), 6: (10, 18)}
FREE_CANCELLATION = timedelta(hours=24)  # policy 4001: free until 24 h before the start
PAID_LEAD_TIME = timedelta(minutes=60)  # service meeting-room-hourly


def first_hourly_start(not_before: datetime, hours: dict[int, tuple[int, int]]) -> datetime:
    """The earliest one-hour slot on the hour, inside the opening hours, at or after
    ``not_before``: an oracle independent of the sandbox's availability engine."""
    first_day = not_before.astimezone(BERLIN).date()
    for offset in range(8):
        day = first_day + timedelta(days=offset)
        opens, closes = hours[day.weekday()]
        for hour in range(opens, closes):
            start = datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN)
            if start.astimezone(UTC) >= not_before.astimezone(UTC):
                return start
    raise AssertionError(f"no opening after {not_before}")


def assert_demo_outcomes(text: str, now: datetime) -> None:
    """What every successful demo run shows, whatever the time it runs at."""
    assert re.search(r"order BO\d+: accepted, total 0(\.0)? EUR", text)
    booked = re.search(
        r"booking BB\d+: accepted, (\d{4}-\d\d-\d\d \d\d:\d\d)-\d\d:\d\d Europe/Berlin", text
    )
    assert booked
    assert re.search(r"booking BB\d+: canceled", text)
    assert "not cancelled" not in text
    assert "free again: True" in text
    assert re.search(r"order BO\d+: pending_payment, pay at http://127\.0\.0\.1:\d+/", text)
    assert "payment page answered 303" in text
    assert re.search(r"order BO\d+: accepted, total 25(\.0)? EUR", text)
    # Every request went over the wire and was printed; two orders, no duplicates.
    assert "'orders_created': 2" in text
    assert "'bookings_created': 2" in text
    # Order access tokens and the booking code are redacted wherever a URL is printed.
    assert "oat=[REDACTED]" in text
    assert "code=[REDACTED]" in text
    assert not re.search(r"oat=(?!\[REDACTED\])", text)
    assert not re.search(r"code=(?!\[REDACTED\])", text)

    # The demo's "now" is the injected one, shown in the resource's time zone.
    assert f"now {now.astimezone(BERLIN):%Y-%m-%d %H:%M %Z};" in text
    # The cancelled booking is the first slot outside the free-cancellation window (plus the
    # demo's margin); the paid one is the first slot the lead time allows.
    free_slot = first_hourly_start(now + FREE_CANCELLATION + demo.CANCELLATION_MARGIN, ROOM_HOURS)
    paid_slot = first_hourly_start(now + PAID_LEAD_TIME, ALEX_HOURS)
    assert booked.group(1) == f"{free_slot:%Y-%m-%d %H:%M}"
    assert re.findall(r"start times free, first (\S+)", text) == [
        free_slot.isoformat(),
        paid_slot.isoformat(),
    ]
    assert free_slot - now >= FREE_CANCELLATION
    assert "cancellable: True, fee 0.0 EUR" in text


# --------------------------------------------------------------------------- single runs


def test_demo_books_pays_and_cancels_without_leaking_tokens() -> None:
    # 06:47 in Berlin: the hour the issue was reported at (today's first slot is 07:00, inside
    # the no-cancellation window).
    now = datetime(2026, 11, 25, 6, 47, tzinfo=BERLIN)
    lines: list[str] = []
    assert demo.main([], out=lines.append, clock=Clock(start=now, frozen=True)) == 0
    text = "\n".join(lines)
    assert_demo_outcomes(text, now)
    # 06:47 + 24 h + the 15 min margin is past 07:00 tomorrow: the 08:00 slot is the first.
    assert re.search(r"booking BB\d+: accepted, 2026-11-26 08:00-09:00 Europe/Berlin", text)


def test_demo_now_option_freezes_the_clock_at_an_instant_with_offset() -> None:
    lines: list[str] = []
    # 02:30+02:00 does not exist on the wall clock that night, but as an instant it is
    # 00:30 UTC = 01:30 CET, and that is what the demo runs at.
    assert demo.main(["--now", "2026-03-29T02:30:00+02:00"], out=lines.append) == 0
    text = "\n".join(lines)
    assert "now 2026-03-29 01:30 CET;" in text
    assert_demo_outcomes(text, datetime(2026, 3, 29, 0, 30, tzinfo=UTC))


def test_demo_now_keyword_is_the_same_as_the_option() -> None:
    now = datetime(2026, 7, 4, 21, 59, tzinfo=BERLIN)
    lines: list[str] = []
    assert demo.main([], out=lines.append, now=now) == 0
    assert_demo_outcomes("\n".join(lines), now)


@pytest.mark.parametrize("value", ["2026-03-29T02:30:00", "2026-03-29", "tomorrow"])
def test_demo_refuses_a_naive_or_malformed_now(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lines: list[str] = []
    with pytest.raises(SystemExit) as info:
        demo.main(["--now", value], out=lines.append)
    assert info.value.code == 2
    assert "--now" in capsys.readouterr().err
    assert lines == []  # no sandbox was started, nothing was sent


def test_demo_keyword_arguments_are_checked_before_anything_runs() -> None:
    lines: list[str] = []
    with pytest.raises(anny.InvalidParameterError, match="timezone-aware"):
        demo.main([], out=lines.append, now=datetime(2026, 3, 29, 2, 30))
    aware = datetime(2026, 3, 29, 2, 30, tzinfo=UTC)
    with pytest.raises(anny.InvalidParameterError, match="at most one"):
        demo.main([], out=lines.append, now=aware, clock=Clock(start=aware, frozen=True))
    with pytest.raises(anny.InvalidParameterError, match="not both"):
        demo.main(["--now", "2026-03-29T02:30:00+02:00"], out=lines.append, now=aware)
    assert lines == []


def test_demo_shows_a_refused_cancellation_instead_of_sending_it(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the demo misjudged the policy, the preview's refusal is shown and no cancel is sent."""
    monkeypatch.setattr(demo, "_free_cancellation_window", lambda *_: timedelta())
    monkeypatch.setattr(demo, "CANCELLATION_MARGIN", timedelta())
    sandbox.reset()
    sandbox.clock.set(datetime(2026, 11, 25, 6, 47, tzinfo=BERLIN))  # 13 min before 07:00
    lines: list[str] = []
    assert demo.main([], out=lines.append, sandbox=sandbox) == 0
    text = "\n".join(lines)
    assert "2026-11-25 07:00-08:00 Europe/Berlin" in text
    assert "cancellable: False" in text
    assert re.search(r"booking BB\d+: not cancelled, the server refuses \(cancellable until ", text)
    assert "/cancel?" not in text  # the refused cancel was never sent
    assert "free again: False" in text
    assert not re.search(r"booking BB\d+: canceled", text)


# --------------------------------------------------------------------------- the sweep


def half_hours(first: datetime, last: datetime) -> list[datetime]:
    """Every half hour from ``first`` to ``last`` inclusive, stepped in UTC: across a DST change
    that covers the repeated hour twice and never lands in the skipped one."""
    step, current, instants = timedelta(minutes=30), first.astimezone(UTC), []
    while current <= last.astimezone(UTC):
        instants.append(current)
        current += step
    return instants


def local_day(day: date) -> list[datetime]:
    """The half hours of one local day in Berlin (46 on a spring-forward day, 50 in autumn)."""
    start = datetime(day.year, day.month, day.day, tzinfo=BERLIN)
    following = day + timedelta(days=1)
    end = datetime(following.year, following.month, following.day, tzinfo=BERLIN)
    return half_hours(start, end - timedelta(minutes=30))


ORDINARY_DAY = local_day(date(2026, 6, 17))
SPRING_FORWARD = local_day(date(2026, 3, 29))
FALL_BACK = local_day(date(2026, 10, 25))
NEW_YEAR = half_hours(
    datetime(2026, 12, 31, 21, 0, tzinfo=BERLIN), datetime(2027, 1, 1, 3, 0, tzinfo=BERLIN)
)
SWEEP = ORDINARY_DAY + SPRING_FORWARD + FALL_BACK + NEW_YEAR


def _local(t: datetime) -> datetime:
    return t.astimezone(BERLIN)


def _critical(t: datetime) -> bool:
    """The DST nights (local 01:00-03:59, around the skipped and the repeated hour) and the
    turn of the year (23:00-01:00)."""
    local = _local(t)
    if local.date() in (date(2026, 3, 29), date(2026, 10, 25)):
        return 1 <= local.hour <= 3
    return local.date() == date(2027, 1, 1) or (local.month == 12 and local.hour == 23)


# `make test` runs the demo at a deterministic sample of the sweep: every instant of the two DST
# nights and of the turn of the year, plus every fourth half hour of each day, starting where the
# days together cover every hour of the clock (even hours on the ordinary day, odd ones in the
# autumn after the repeated hour, half past the odd hours in spring).
# `make sweep` (ANNY_DEMO_SWEEP=all) runs all 157.
SAMPLE = sorted(
    {
        *ORDINARY_DAY[0::4],
        *SPRING_FORWARD[1::4],
        *FALL_BACK[0::4],
        *NEW_YEAR[3::4],
        *filter(_critical, SWEEP),
    }
)
RUN = SWEEP if os.environ.get("ANNY_DEMO_SWEEP") == "all" else SAMPLE


def test_the_sweep_covers_what_it_claims() -> None:
    def wall(instants: list[datetime]) -> list[str]:
        return [f"{t.astimezone(BERLIN):%H:%M%z}" for t in instants]

    assert len(ORDINARY_DAY) == 48
    assert len(SPRING_FORWARD) == 46  # 02:00-03:00 does not exist
    assert "01:30+0100" in wall(SPRING_FORWARD)
    assert "03:00+0200" in wall(SPRING_FORWARD)
    assert not [w for w in wall(SPRING_FORWARD) if w.startswith("02:")]
    assert len(FALL_BACK) == 50  # 02:00-03:00 twice
    assert {"02:00+0200", "02:30+0200", "02:00+0100", "02:30+0100"} <= set(wall(FALL_BACK))
    assert len(NEW_YEAR) == 13
    assert wall(NEW_YEAR)[:2] == ["21:00+0100", "21:30+0100"]
    assert {f"{t.astimezone(BERLIN):%Y}" for t in NEW_YEAR} == {"2026", "2027"}
    assert len(set(SWEEP)) == len(SWEEP) == 157


def test_the_sample_covers_both_dst_nights_new_year_and_every_hour() -> None:
    def wall(instants: list[datetime]) -> set[str]:
        return {f"{_local(t):%Y-%m-%d %H:%M%z}" for t in instants}

    assert set(SAMPLE) <= set(SWEEP)
    assert len(SAMPLE) == 56  # of 157
    # Both sides of the skipped hour, both passes of the repeated one, both sides of midnight.
    assert {"2026-03-29 01:30+0100", "2026-03-29 03:00+0200"} <= wall(SAMPLE)
    repeated = {f"2026-10-25 02:{m}{z}" for m in ("00", "30") for z in ("+0200", "+0100")}
    assert repeated <= wall(SAMPLE)
    assert {"2026-12-31 23:30+0100", "2027-01-01 00:00+0100"} <= wall(SAMPLE)
    # Every local hour of the day on the hour, and half past in at least every other hour.
    on_the_hour = {_local(t).hour for t in SAMPLE if _local(t).minute == 0}
    half_past = {_local(t).hour for t in SAMPLE if _local(t).minute == 30}
    assert on_the_hour == set(range(24))
    assert len(half_past) >= 12
    # Every day of the sweep contributes instants spread over its hours.
    for day in (ORDINARY_DAY, SPRING_FORWARD, FALL_BACK):
        hours = {_local(t).hour for t in SAMPLE if t in day}
        assert len(hours) >= 10
        assert min(hours) <= 2
        assert max(hours) >= 21


@pytest.mark.parametrize("now", RUN, ids=lambda t: f"{t.astimezone(BERLIN):%Y-%m-%dT%H:%M%z}")
def test_demo_sweep(sandbox: Sandbox, now: datetime) -> None:
    sandbox.reset()  # seed state, empty ledger, no faults
    assert sandbox.clock.set(now) == now
    lines: list[str] = []
    assert demo.main([], out=lines.append, sandbox=sandbox) == 0
    assert_demo_outcomes("\n".join(lines), now)
    assert sandbox.clock.now() == now  # frozen: the run itself did not move the clock


# --------------------------------------------------------------------------- the pieces


def _room(tiers: list[dict[str, float]] | None) -> anny.Resource:
    """A resource document with one service and, unless ``tiers`` is None, its policy."""
    service: dict[str, object] = {
        "type": "services",
        "id": "7001",
        "attributes": {"slug": "hourly-desk-booking"},
        "relationships": {"cancellation_policy": {"data": None}},
    }
    included: list[dict[str, object]] = [service]
    if tiers is not None:
        service["relationships"] = {
            "cancellation_policy": {"data": {"type": "cancellation-policies", "id": "4001"}}
        }
        included.append(
            {"type": "cancellation-policies", "id": "4001", "attributes": {"tiers": tiers}}
        )
    doc = {
        "data": {
            "type": "resources",
            "id": "8001",
            "attributes": {"slug": "conference-room-berlin"},
            "relationships": {"services": {"data": [{"type": "services", "id": "7001"}]}},
        },
        "included": included,
    }
    return anny.Document.from_json(doc).data


@pytest.mark.parametrize(
    ("tiers", "hours"),
    [
        (
            [{"hours_before": 24, "fee_percentage": 0}, {"hours_before": 2, "fee_percentage": 50}],
            24,
        ),
        (
            [{"hours_before": 48, "fee_percentage": 20}, {"hours_before": 6, "fee_percentage": 50}],
            6,
        ),
        ([], 0),
        (None, 0),  # no policy: cancellable until the start
    ],
)
def test_the_free_cancellation_window_comes_from_the_policy(
    tiers: list[dict[str, float]] | None, hours: float
) -> None:
    window = demo._free_cancellation_window(_room(tiers), "hourly-desk-booking")
    assert window == timedelta(hours=hours)


def test_run_refuses_a_naive_now_before_sending_anything() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    with (
        httpx.Client(transport=transport) as http,
        anny.Anny(base_url="http://sandbox.invalid", http_client=http) as client,
        pytest.raises(anny.InvalidParameterError, match="timezone-aware"),
    ):
        demo.run(client, demo.Printer(print), now=datetime(2026, 3, 29, 2, 30), customer=None)
    assert sent == []


def test_the_demo_is_written_on_the_helpers_only() -> None:
    """No URL path of the API and no hand-built request body in the demo's source."""
    source = Path(demo.__file__).read_text(encoding="utf-8")
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    assert "/api/" not in code
    assert "json=" not in code
    assert "resource_id" not in code
    assert "service_id" not in code
    assert '.get("/' not in code
    assert '.post("/' not in code
    assert "series" in code  # the two-week series, planned


def test_against_a_server_the_demo_is_read_only_unless_told_to_book(sandbox: Sandbox) -> None:
    """`--base-url` runs the same script against any server (here a sandbox posing as one)."""
    sandbox.reset()
    now = datetime(2026, 11, 25, 6, 47, tzinfo=BERLIN)
    sandbox.clock.set(now)
    lines: list[str] = []
    argv = ["--base-url", sandbox.url, "--now", now.isoformat()]
    assert demo.main(argv, out=lines.append) == 0
    text = "\n".join(lines)
    assert "start times free, first 2026-11-26T08:00:00+01:00" in text
    assert "nothing was booked: pass --book" in text
    assert sandbox.ledger()["totals"]["orders_created"] == 0
    assert not [e for e in sandbox.ledger()["requests"] if e["method"] != "GET" and
                not e["path"].endswith("/calculate")]  # fmt: skip

    lines.clear()
    assert demo.main([*argv, "--book"], out=lines.append) == 0
    text = "\n".join(lines)
    assert re.search(r"booking BB\d+: canceled", text)
    assert "free again: True" in text
    assert "payment page" not in text  # the paid booking needs the sandbox's payment page
    assert sandbox.ledger()["totals"]["orders_created"] == 1
