"""`anny` on the sandbox: output, --json, exit codes.

Most cases run `anny.__main__.main` in-process (the console script's own entry point, with
stdout, stderr, stdin and the environment swapped for the call): a subprocess per command made
this file the slowest of the suite. What needs a real process keeps one: the installed console
script, Ctrl-C, a closed stdout pipe, an older tzdata, and no traceback on a crash path.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from e2e_helpers import VirtualMonotonic

from anny_sandbox import Sandbox

from suite_helpers import run_in_process

ANNY = Path(sys.executable).parent / "anny"
TOMORROW_10 = "2026-11-24T10:00:00+01:00"
TOMORROW_11 = "2026-11-24T11:00:00+01:00"
NOW = "2026-11-23T08:00:00+01:00"


#: The session sandbox's rate-window clock, set for each test (see `_commands_spaced`).
_SANDBOX_CLOCK: list[VirtualMonotonic] = []


@pytest.fixture(autouse=True)
def _commands_spaced(sandbox: Sandbox) -> Iterator[None]:
    """Commands typed one after the other are a second apart at least; in-process they are
    milliseconds apart, which the sandbox's duplicate guard (C2) would answer with a 429."""
    clock = sandbox.limits.monotonic
    if isinstance(clock, VirtualMonotonic):
        _SANDBOX_CLOCK.append(clock)
    yield
    _SANDBOX_CLOCK.clear()


def run_anny(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`anny` with exactly ``args`` (global options wherever the test puts them), run
    in-process through the console script's entry point; the result reads like a subprocess's."""
    for clock in _SANDBOX_CLOCK:
        clock.skip(1.0)
    return run_in_process(*args, env=env, stdin=stdin)


def anny_cli(
    sandbox: Sandbox, *args: str, token: str | None = None, machine_tz: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `anny` with `--tz Europe/Berlin`, or, given `machine_tz`, without `--tz` on a
    machine whose local zone is `machine_tz`."""
    env: dict[str, str] = {}
    if token:
        env["ANNY_TOKEN"] = token
    zone = ["--tz", "Europe/Berlin"]
    if machine_tz is not None:
        env["TZ"] = machine_tz
        zone = []
    # --now: the sandbox's frozen time, so nothing here depends on the wall clock.
    return run_anny(*args, "--base-url", sandbox.url, *zone, "--now", NOW, env=env)


def run_script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed console script in its own process, for what only a process shows."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    return subprocess.run(
        [str(ANNY), *args],
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def erika_token(sandbox: Sandbox) -> str:
    return str(sandbox.issue_token("erika.mustermann@example.com")["access_token"])


def book(sandbox: Sandbox, *extra: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return anny_cli(
        sandbox,
        "book",
        "conference-room-berlin",
        "--service",
        "hourly-desk-booking",
        "--start",
        TOMORROW_10,
        "--end",
        TOMORROW_11,
        "--given-name",
        "Erika",
        "--family-name",
        "Mustermann",
        "--email",
        "erika@example.com",
        *extra,
        **kwargs,
    )


def test_book_show_and_cancel_with_json_and_tables(sandbox: Sandbox) -> None:
    token = erika_token(sandbox)
    booked = book(sandbox, "--yes", "--json", "--token", token)
    assert booked.returncode == 0, booked.stderr
    data = json.loads(booked.stdout)
    assert data["order"]["status"] == "accepted"
    [booking] = data["bookings"]
    number = booking["number"]
    assert number.startswith("BB")
    assert "code" not in booking  # secrets never printed, even as JSON
    assert "access_token" not in data["order"]

    order = anny_cli(sandbox, "order", data["order"]["number"], "--token", token)
    assert order.returncode == 0, order.stderr
    assert data["order"]["number"] in order.stdout
    assert number in order.stdout  # the order's bookings, below it

    shown = anny_cli(sandbox, "booking", number)
    assert shown.returncode == 0, shown.stderr
    header, row = shown.stdout.splitlines()
    assert header.split() == ["number", "status", "start", "end"]
    assert row.split()[:2] == [number, "accepted"]
    assert "2026-11-24 10:00 CET" in row  # local time of --tz
    assert header.index("status") == row.index("accepted")  # aligned columns

    # No terminal and no --yes: nothing sent (signed in: the booking is Erika's own).
    refused = anny_cli(sandbox, "cancel", number, token=token)
    assert refused.returncode == 1
    assert "pass --yes" in refused.stderr
    still = json.loads(anny_cli(sandbox, "booking", number, "--json").stdout)
    assert still["status"] == "accepted"

    # A booking number alone never grants a cancellation (C14): anonymously it is refused.
    stranger = anny_cli(sandbox, "cancel", number, "--yes")
    assert stranger.returncode == 1
    assert "never grants access" in stranger.stderr
    assert json.loads(anny_cli(sandbox, "booking", number, "--json").stdout)["status"] == (
        "accepted"
    )

    canceled = anny_cli(sandbox, "cancel", number, "--yes", "--token", token)
    assert canceled.returncode == 0, canceled.stderr
    assert f"booking {number}: canceled" in canceled.stdout


def test_every_command_shows_the_rooms_clock_whatever_the_machines_zone(
    sandbox: Sandbox,
) -> None:
    # No --tz, on a machine in New York: slots, the quote of `book`, the booking and the order
    # all show the Berlin room's 10:00 CET (not 04:00 EST, nor anny's stored 09:00 UTC).
    new_york = {"machine_tz": "America/New_York"}
    token = erika_token(sandbox)
    asked = book(sandbox, **new_york)  # no --yes: shows the quote, books nothing
    assert "2026-11-24 10:00 CET - 2026-11-24 11:00 CET" in asked.stdout, asked.stdout
    booked = book(sandbox, "--yes", "--json", "--token", token, **new_york)
    assert booked.returncode == 0, booked.stderr
    data = json.loads(booked.stdout)
    [booking] = data["bookings"]
    assert booking["start_date"] == "2026-11-24T10:00:00+01:00"

    shown = anny_cli(sandbox, "booking", booking["number"], **new_york)
    assert shown.returncode == 0, shown.stderr
    assert "2026-11-24 10:00 CET  2026-11-24 11:00 CET" in shown.stdout, shown.stdout
    as_json = json.loads(anny_cli(sandbox, "booking", booking["number"], "--json").stdout)
    assert as_json["start_date"] == "2026-11-24T10:00:00+01:00"

    order = anny_cli(sandbox, "order", data["order"]["number"], "--token", token, **new_york)
    assert order.returncode == 0, order.stderr
    assert "2026-11-24 10:00 CET  2026-11-24 11:00 CET" in order.stdout, order.stdout

    slots = anny_cli(
        sandbox, "slots", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--date", "2026-11-24", **new_york,
    )  # fmt: skip
    assert any(line.startswith("2026-11-24 11:00 CET") for line in slots.stdout.splitlines())


def test_exit_codes_for_api_errors_and_usage(sandbox: Sandbox) -> None:
    missing = anny_cli(sandbox, "booking", "BB999999")
    assert missing.returncode == 1
    assert missing.stdout == ""
    assert "404" in missing.stderr

    bad_number = anny_cli(sandbox, "booking", "BO123")
    assert bad_number.returncode == 2
    assert "BO123" in bad_number.stderr

    usage = anny_cli(sandbox, "book", "conference-room-berlin")
    assert usage.returncode == 2
    assert "--service" in usage.stderr

    naive = anny_cli(
        sandbox, "book", "x", "--service", "y", "--start", "2026-11-24T10:00", "--end", TOMORROW_11
    )
    assert naive.returncode == 2
    assert "no UTC offset" in naive.stderr
    # Only the first command reached the API: the others were refused before sending.
    assert [e["path"] for e in sandbox.ledger()["requests"]] == ["/api/v1/bookings/by-number"]


def test_book_without_confirmation_books_nothing(sandbox: Sandbox) -> None:
    result = book(sandbox)
    assert result.returncode == 1
    assert "price: 0.00 EUR" in result.stdout
    assert sandbox.ledger()["totals"]["orders_created"] == 0


def test_slots_opening_hours_series_and_wait(sandbox: Sandbox) -> None:
    slots = anny_cli(
        sandbox, "slots", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--date", "2026-11-24", "--days", "2",
    )  # fmt: skip
    assert slots.returncode == 0, slots.stderr
    lines = slots.stdout.splitlines()
    assert lines[0].split() == ["start", "end", "free", "left", "why", "not"]
    assert any(line.startswith("2026-11-24 10:00 CET") and " yes " in line for line in lines)
    assert any(line.startswith("2026-11-25") for line in lines)  # the second day too

    as_json = anny_cli(
        sandbox, "slots", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--date", "2026-11-24", "--free", "--json",
    )  # fmt: skip
    data = json.loads(as_json.stdout)
    assert data
    assert all(s["available"] for s in data)
    assert data[0]["start"].endswith("+01:00")

    hours = anny_cli(sandbox, "opening-hours", "conference-room-berlin", "--date", "2026-11-23")
    assert hours.returncode == 0, hours.stderr
    assert hours.stdout.splitlines()[0].split() == ["day", "opens", "closes"]
    assert "Mon 2026-11-23" in hours.stdout

    plan = anny_cli(
        sandbox, "series", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--rule", "FREQ=DAILY;COUNT=3", "--time", "11:00", "--duration", "60", "--dry-run",
    )  # fmt: skip
    assert plan.returncode == 0, plan.stderr
    assert plan.stdout.count("planned") == 3
    assert "2026-11-23 11:00 CET" in plan.stdout  # from --now on
    assert sandbox.ledger()["totals"]["orders_created"] == 0

    waited = anny_cli(
        sandbox, "wait", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--start", TOMORROW_10, "--end", TOMORROW_11, "--max-requests", "1",
    )  # fmt: skip
    assert waited.returncode == 0, waited.stderr
    assert "free: 2026-11-24 10:00 CET" in waited.stdout


# --------------------------------------------------------------------------- hardening (issue 17)

TOMORROW_12 = "2026-11-24T12:00:00+01:00"
TOMORROW_13 = "2026-11-24T13:00:00+01:00"
GUEST = ("--given-name", "Gast", "--family-name", "Gastmann", "--email", "gast@example.com")
# ESC ] 0 ; … BEL retitles the window, ESC [ 2 J clears it, CR overwrites the line, CSI in C1.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\rok\x9b31m"


def globals_for(sandbox: Sandbox) -> list[str]:
    return ["--base-url", sandbox.url, "--tz", "Europe/Berlin", "--now", NOW]


def secrets_of(sandbox: Sandbox, *extra: str) -> set[str]:
    """Every credential the sandbox knows: order access tokens, booking codes, tokens."""
    store = sandbox.store
    found = {o.access_token for o in store.orders.values()}
    found |= {b.code for b in store.bookings.values()}
    found |= set(store.tokens) | set(store.refresh_tokens)
    found |= set(extra)
    return {s for s in found if s}


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    """No traceback: one line of anny's (after argparse's usage lines, for a usage error)."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert not lines or lines[-1].startswith("anny"), result.stderr
    assert len([line for line in lines if not line.startswith(" ")]) <= 2, result.stderr


def test_no_output_mode_of_any_command_prints_a_secret(sandbox: Sandbox, tmp_path: Path) -> None:
    token = erika_token(sandbox)
    g = globals_for(sandbox)
    booked = book(sandbox, "--yes", "--json", "--token", token)
    data = json.loads(booked.stdout)
    order_number, booking_number = data["order"]["number"], data["bookings"][0]["number"]
    # The confirmation URL stays useful, its token does not leak.
    assert "access_token=[REDACTED]" in data["order"]["download_url"]
    assert "code" not in data["bookings"][0]
    saved = tmp_path / "oat"
    slot = ["--service", "hourly-desk-booking", "--start", TOMORROW_12, "--end", TOMORROW_13]
    guest = run_anny("book", "conference-room-berlin", *slot, *GUEST, "--yes",
                     "--save-access-token", str(saved), *g)  # fmt: skip
    guest_order = order_number_in(guest.stdout)
    free = ["--service", "hourly-desk-booking", "--start", TOMORROW_11, "--end", TOMORROW_12]
    commands = [
        ["order", order_number, "--token", token],
        ["order", guest_order, "--access-token-file", str(saved)],
        ["booking", booking_number],
        ["slots", "conference-room-berlin", "--service", "hourly-desk-booking"],
        ["opening-hours", "conference-room-berlin", "--days", "1"],
        ["wait", "conference-room-berlin", *free, "--max-requests", "1"],
        ["bookings", "--token", token],
        ["bookings", "--all", "--token", token],
        ["whoami", "--token", token],
    ]
    runs = [booked, guest]
    runs += [run_anny(*command, *mode, *g) for command in commands for mode in ([], ["--json"])]
    rule = ["--rule", "FREQ=DAILY;COUNT=2", "--time", "15:00", "--duration", "60"]
    runs.append(run_anny("series", "conference-room-berlin", "--service", "hourly-desk-booking",
                         *rule, "--yes", "--json", "--token", token, *g))  # fmt: skip
    runs.append(run_anny("cancel", booking_number, "--yes", "--json", "--token", token, *g))
    assert [r.returncode for r in runs] == [0] * len(runs), [r.stderr for r in runs]
    assert sandbox.ledger()["totals"]["orders_created"] == 3  # two books and the series
    secrets = secrets_of(sandbox, token, saved.read_text().strip())
    assert len(secrets) > 6
    for result in runs:
        for secret in secrets:
            assert secret not in result.stdout, (result.args, secret)
            assert secret not in result.stderr, (result.args, secret)


def order_number_in(table: str) -> str:
    """The order number of `anny book`'s table (its row starts with BO…)."""
    [number] = [line.split()[0] for line in table.splitlines() if line.startswith("BO")]
    return number


def test_server_text_cannot_steer_the_terminal(sandbox: Sandbox) -> None:
    token = erika_token(sandbox)
    booked = json.loads(book(sandbox, "--yes", "--json", "--token", token).stdout)
    number = booked["order"]["number"]
    [order] = [o for o in sandbox.store.orders.values() if o.number == number]
    order.status = HOSTILE  # a table cell
    g = globals_for(sandbox)
    shown = run_anny("order", number, "--token", token, *g)
    assert shown.returncode == 0, shown.stderr
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x0dok\\x9b31m" in shown.stdout  # visible, inert
    as_json = run_anny("order", number, "--token", token, "--json", *g)
    assert json.loads(as_json.stdout)["order"]["status"] == HOSTILE  # JSON keeps the value
    assert not any(ch in as_json.stdout for ch in "\x1b\x07\r\x9b")  # as escapes, not raw
    sandbox.faults.add("error_body", "/api/v1/bookings/by-number", status=404, message=HOSTILE)
    refused = run_anny("booking", "BB12345678", *g)  # an error message on stderr
    assert refused.returncode == 1
    assert "\\x1b]0;pwned" in refused.stderr
    for text in (shown.stdout, shown.stderr, refused.stdout, refused.stderr):
        assert not any(ch in text for ch in "\x1b\x07\r\x9b"), repr(text)


def test_global_options_before_and_after_the_command(sandbox: Sandbox) -> None:
    number = json.loads(book(sandbox, "--yes", "--json", "--token", erika_token(sandbox)).stdout)[
        "bookings"
    ][0]["number"]
    before = run_anny("--base-url", sandbox.url, "--json", "booking", number)
    after = run_anny("booking", number, "--json", "--base-url", sandbox.url)
    mixed = run_anny("--tz", "Europe/Berlin", "booking", "--base-url", sandbox.url, number)
    assert before.returncode == after.returncode == mixed.returncode == 0, before.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout)
    assert json.loads(before.stdout)["number"] == number
    assert "2026-11-24 10:00 CET" in mixed.stdout


def test_hostile_input_ends_in_one_line_and_an_exit_code(sandbox: Sandbox) -> None:
    g = globals_for(sandbox)
    far = run_anny("slots", "conference-room-berlin", "--service", "s", "--date", "9999-12-31", *g)
    hours = run_anny("opening-hours", "conference-room-berlin", "--date", "9999-12-31", *g)
    # One in a process of its own: what a user sees on the terminal, no traceback at exit.
    huge = run_script("slots", "x" * 100_000, "--service", "hourly-desk-booking", *g)
    nan_poll = run_anny("wait", "r", "--service", "s", "--start", TOMORROW_10,
                        "--end", TOMORROW_11, "--poll", "nan", *g)  # fmt: skip
    early = run_anny("opening-hours", "conference-room-berlin", "--date", "0001-01-01", *g)
    year_one = run_anny("wait", "conference-room-berlin", "--service", "s", "--start",
                        "0001-01-01T00:00:00+01:00", "--end", TOMORROW_11, *g)  # fmt: skip
    long = run_anny("series", "r", "--service", "s", "--rule", "FREQ=DAILY;COUNT=2",
                    "--time", "10:00", "--duration", "99999999999999", "--dry-run", *g)  # fmt: skip
    many = run_anny("slots", "r", "--service", "s", "--days", "367", *g)
    for result in (far, hours, huge, nan_poll, early, year_one, long, many):
        assert result.returncode == 2, result.stderr
        assert_clean(result)
    assert "'9999-12-31' is out of range" in far.stderr
    assert "not a whole number from 1 to 366: '367'" in many.stderr
    assert "URL too long" in huge.stderr
    assert len(huge.stderr) < 300  # the slug is not echoed
    assert sandbox.ledger()["requests"] == []  # refused before sending


def test_an_unknown_time_zone_from_the_server_is_not_fatal(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    # A client whose time-zone database lacks the server's zone (older tzdata): no system
    # zoneinfo and an empty `tzdata` package shadowing the real one.
    (tmp_path / "tzdata").mkdir()
    (tmp_path / "tzdata" / "__init__.py").write_text("")
    old_tzdata = {"PYTHONPATH": str(tmp_path), "PYTHONTZPATH": "", "TZ": "UTC"}
    # A process of its own: the zone database is read at start, and tzdata may be cached.
    hours = run_script("opening-hours", "conference-room-berlin", "--date", "2026-11-23",
                       "--base-url", sandbox.url, "--now", NOW, env=old_tzdata)  # fmt: skip
    assert hours.returncode == 0, hours.stderr
    assert_clean(hours)
    assert "unknown time zone 'Europe/Berlin'" in hours.stderr
    assert "Mon 2026-11-23  07:00  22:00 UTC+01:00" in hours.stdout


def test_a_closed_stdout_pipe_is_not_a_traceback(sandbox: Sandbox) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `| head -1` that already went away
    try:
        proc = subprocess.run(
            [str(ANNY), "slots", "conference-room-berlin", "--service", "hourly-desk-booking",
             "--date", "2026-11-24", *globals_for(sandbox)],
            stdout=write_end, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
            env={k: v for k, v in os.environ.items() if not k.startswith("ANNY_")},
            timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert proc.stderr == ""
    assert proc.returncode == 1


def test_ctrl_c_during_wait_exits_130_with_one_line(sandbox: Sandbox) -> None:
    token = erika_token(sandbox)
    assert book(sandbox, "--yes", "--token", token).returncode == 0  # the slot is taken
    proc = subprocess.Popen(
        [str(ANNY), "wait", "conference-room-berlin", "--service", "hourly-desk-booking",
         "--start", TOMORROW_10, "--end", TOMORROW_11, "--poll", "600", *globals_for(sandbox)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("ANNY_")},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        seen = len(sandbox.ledger()["requests"])
        # Wait until it has polled once and is sleeping (a few checks a second, no more).
        while len(sandbox.ledger()["requests"]) == seen and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert err.strip() == "anny: interrupted"
    assert out == ""


def test_guest_customer_fields_are_named_by_their_flags(sandbox: Sandbox) -> None:
    result = run_anny(
        "book", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--start", TOMORROW_10, "--end", TOMORROW_11, "--email", "a@example.com", "--yes",
        *globals_for(sandbox),
    )  # fmt: skip
    series = run_anny(
        "series", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--rule", "FREQ=DAILY;COUNT=2", "--time", "15:00", "--duration", "60",
        "--given-name", "Erika", "--yes", *globals_for(sandbox),
    )  # fmt: skip
    for refused in (result, series):
        assert refused.returncode == 2
        assert "given_name" not in refused.stderr
    assert "--given-name, --family-name" in result.stderr
    assert "--family-name, --email" in series.stderr
    assert sandbox.ledger()["requests"] == []  # nothing sent for a guest without names


def test_a_guest_is_told_how_to_keep_and_pass_the_order_access_token(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    g = globals_for(sandbox)
    args = ("book", "conference-room-berlin", "--service", "hourly-desk-booking", *GUEST, "--yes")
    unsaved = run_anny(*args, "--start", TOMORROW_10, "--end", TOMORROW_11, *g)
    assert unsaved.returncode == 0, unsaved.stderr
    assert "--save-access-token" in unsaved.stderr
    number = order_number_in(unsaved.stdout)
    lost = run_anny("order", number, *g)
    assert lost.returncode == 1
    assert "404" in lost.stderr
    assert "--access-token-file" in lost.stderr
    assert "ANNY_ORDER_TOKEN" in lost.stderr

    path = tmp_path / "order-token"
    saved = run_anny(*args, "--start", TOMORROW_12, "--end", TOMORROW_13,
                     "--save-access-token", str(path), *g)  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    number = order_number_in(saved.stdout)
    [order] = [o for o in sandbox.store.orders.values() if o.number == number]
    assert path.read_text().strip() == order.access_token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f"anny order {number} --access-token-file {path}" in saved.stderr
    assert order.access_token not in saved.stdout + saved.stderr
    by_file = run_anny("order", number, "--access-token-file", str(path), *g)
    by_stdin = run_anny("order", number, "--access-token-file", "-", *g, stdin=order.access_token)
    by_env = run_anny("order", number, *g, env={"ANNY_ORDER_TOKEN": order.access_token})
    for result in (by_file, by_stdin, by_env):
        assert result.returncode == 0, result.stderr
        assert number in result.stdout


def slots_with_token_file(sandbox: Sandbox, token_file: Path) -> subprocess.CompletedProcess[str]:
    return run_anny(
        "slots", "conference-room-berlin", "--service", "hourly-desk-booking",
        "--date", "2026-11-24", "--base-url", sandbox.url, "--now", NOW,
        env={"ANNY_TOKEN_FILE": str(token_file)},
    )  # fmt: skip


def test_a_stored_login_for_another_api_or_a_corrupt_file_runs_anonymously(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    from anny._token_file import StoredLogin, save_login
    from anny.auth import Token

    token_file = tmp_path / "token.json"
    # A Gov-Cloud login (its token unknown to the sandbox: a 401 would show it was sent).
    login = StoredLogin(
        Token("gov-cloud-access-token-0123456789", "gov-cloud-refresh-token-0123456789"),
        client_id="cli-app",
        auth_base_url="https://auth.anny.eu",
        redirect_uri="http://127.0.0.1:1/callback",
        base_url="https://b.anny.eu",
    )
    save_login(login, token_file)
    for content in (None, "{not json", b"\xff\xfe"):
        if isinstance(content, str):
            token_file.write_text(content)
        elif isinstance(content, bytes):
            token_file.write_bytes(content)
        sandbox.reset()
        result = slots_with_token_file(sandbox, token_file)
        assert result.returncode == 0, result.stderr
        assert "10:00" in result.stdout
        [notice] = result.stderr.splitlines()  # one line, never a traceback
        assert notice.startswith("anny: ")
        assert "anonymously" in notice
        assert "gov-cloud-" not in result.stderr + result.stdout
        statuses = {e["status"] for e in sandbox.ledger()["requests"]}
        assert statuses == {200}  # the stored token was never sent


def test_a_guest_cancels_with_the_code_from_the_confirmation_mail(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """The guest's code (C14) comes from the confirmation e-mail, in a file, on stdin or in
    $ANNY_BOOKING_CODE, never on the command line; it is never printed."""
    g = globals_for(sandbox)
    args = ("book", "conference-room-berlin", "--service", "hourly-desk-booking", *GUEST, "--yes")
    numbers = []
    for start, end in ((TOMORROW_10, TOMORROW_11), (TOMORROW_12, TOMORROW_13)):
        booked = run_anny(*args, "--start", start, "--end", end, "--json", *g)
        assert booked.returncode == 0, booked.stderr
        numbers.append(json.loads(booked.stdout)["bookings"][0]["number"])
    mails = httpx.get(f"{sandbox.url}/__sandbox/outbox").json()["messages"]
    codes = {n: c for m in mails for n, c in m["data"].get("booking_codes", {}).items()}
    first, second = numbers

    path = tmp_path / "code"
    path.write_text(codes[first] + "\n", encoding="utf-8")
    by_file = run_anny("cancel", first, "--code-file", str(path), "--yes", *g)
    by_env = run_anny("cancel", second, "--yes", *g, env={"ANNY_BOOKING_CODE": codes[second]})
    for number, result in ((first, by_file), (second, by_env)):
        assert result.returncode == 0, result.stderr
        assert f"booking {number}: canceled" in result.stdout
        assert codes[number] not in result.stdout + result.stderr
    cancels = [e for e in sandbox.ledger()["requests"] if e["path"].endswith("/cancel")]
    assert [e["status"] for e in cancels] == [200, 200]


# --------------------------------------------------------------------------- signed in (21.9)


def test_bookings_lists_my_upcoming_bookings_in_a_table_and_as_json(sandbox: Sandbox) -> None:
    token = erika_token(sandbox)
    assert book(sandbox, "--yes", "--token", token).returncode == 0
    first = anny_cli(sandbox, "bookings", "--token", token)
    assert first.returncode == 0, first.stderr
    header, *rows = first.stdout.splitlines()
    assert header.split() == ["booking", "status", "start", "end", "resource", "service"]
    [row] = [r for r in rows if "2026-11-24 10:00 CET" in r]
    assert row.split()[1] == "accepted"
    assert "Conference room Berlin" in row  # the booked resource's name (booking.resource)
    assert "Hourly desk booking" in row
    as_json = anny_cli(sandbox, "bookings", "--json", "--token", token)
    assert as_json.returncode == 0, as_json.stderr
    listed = json.loads(as_json.stdout)
    [mine] = [b for b in listed if b["start_date"] == "2026-11-24T10:00:00+01:00"]
    assert mine["number"] == row.split()[0]
    assert mine["resource"]["slug"] == "conference-room-berlin"
    assert mine["service"]["slug"] == "hourly-desk-booking"
    assert "code" not in mine
    assert "raw" not in mine
    # --limit: the first N, and a note on stderr that there are more.
    noon = book(sandbox, "--yes", "--token", token, "--start", TOMORROW_12, "--end", TOMORROW_13)
    assert noon.returncode == 0, noon.stderr
    limited = anny_cli(sandbox, "bookings", "--limit", "1", "--token", token)
    assert limited.returncode == 0, limited.stderr
    assert len(limited.stdout.splitlines()) == 2  # header and one booking
    assert "showing the first 1 bookings; --limit N shows more" in limited.stderr
    # Once they are past (anny's clock, two days on): not upcoming; --all still lists them.
    sandbox.advance(days=2)
    token = erika_token(sandbox)  # the first one has expired by then
    later = anny_cli(sandbox, "bookings", "--token", token)
    assert (later.returncode, later.stdout) == (0, "no upcoming bookings\n")
    everything = anny_cli(sandbox, "bookings", "--all", "--json", "--token", token)
    assert everything.returncode == 0, everything.stderr
    assert len(json.loads(everything.stdout)) == 2


def test_bookings_of_a_customer_without_any(sandbox: Sandbox) -> None:
    token = str(sandbox.issue_token("max.power@example.com")["access_token"])
    result = anny_cli(sandbox, "bookings", "--token", token)
    assert (result.returncode, result.stdout) == (0, "no upcoming bookings\n")
    result = anny_cli(sandbox, "bookings", "--json", "--token", token)
    assert (result.returncode, json.loads(result.stdout)) == (0, [])


def test_whoami_names_the_user_the_api_and_where_the_token_came_from(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    token = erika_token(sandbox)
    shown = anny_cli(sandbox, "whoami", "--token", token)
    assert shown.returncode == 0, shown.stderr
    header, row = shown.stdout.splitlines()
    assert header.split() == ["user", "name", "email", "api", "token", "from"]
    assert "erika.mustermann@example.com" in row
    assert sandbox.url in row
    assert row.rstrip().endswith("--token")
    data = json.loads(anny_cli(sandbox, "whoami", "--json", token=token).stdout)
    assert data["user"]["email"] == "erika.mustermann@example.com"
    assert (data["api"], data["token_from"]) == (sandbox.url, "ANNY_TOKEN")
    assert token not in shown.stdout + shown.stderr + json.dumps(data)


def test_the_signed_in_commands_use_the_stored_login_only_for_its_api(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    from anny._token_file import StoredLogin, save_login
    from anny.auth import Token

    issued = sandbox.issue_token("erika.mustermann@example.com")
    token_file = tmp_path / "token.json"

    def stored_for(api: str) -> None:
        login = StoredLogin(
            Token.from_response(issued),
            client_id="cli-app",
            auth_base_url=sandbox.url,
            redirect_uri="http://127.0.0.1:1/callback",
            base_url=api,
        )
        save_login(login, token_file)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_anny(*args, "--base-url", sandbox.url, "--now", NOW,
                        env={"ANNY_TOKEN_FILE": str(token_file)})  # fmt: skip

    stored_for(sandbox.url)
    me = run("whoami", "--json")
    assert me.returncode == 0, me.stderr
    assert json.loads(me.stdout)["token_from"] == "anny login"
    assert run("bookings").returncode == 0
    # A sign-in made for another API is never sent here: not signed in, and why.
    stored_for("https://b.anny.eu")
    sandbox.reset()
    for command in ("whoami", "bookings"):
        result = run(command)
        assert result.returncode == 1
        notice, refusal = result.stderr.splitlines()
        assert "stored sign-in is for https://b.anny.eu" in notice
        assert refusal.startswith("anny: not signed in: run `anny login`")
    assert sandbox.ledger()["requests"] == []  # nothing was sent
    secrets = {issued["access_token"], issued["refresh_token"]}
    assert not any(s in me.stdout + me.stderr for s in secrets)
