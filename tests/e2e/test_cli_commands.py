"""The real `anny` console script in a subprocess on the sandbox: output, --json, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from anny.sandbox import Sandbox

ANNY = Path(sys.executable).parent / "anny"
TOMORROW_10 = "2026-11-24T10:00:00+01:00"
TOMORROW_11 = "2026-11-24T11:00:00+01:00"
NOW = "2026-11-23T08:00:00+01:00"


def anny_cli(
    sandbox: Sandbox, *args: str, token: str | None = None, machine_tz: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `anny` with `--tz Europe/Berlin`, or, given `machine_tz`, without `--tz` on a
    machine whose local zone is `machine_tz`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    if token:
        env["ANNY_TOKEN"] = token
    zone = ["--tz", "Europe/Berlin"]
    if machine_tz is not None:
        env["TZ"] = machine_tz
        zone = []
    return subprocess.run(
        # --now: the sandbox's frozen time, so nothing here depends on the wall clock.
        [str(ANNY), *args, "--base-url", sandbox.url, *zone, "--now", NOW],
        capture_output=True,
        text=True,
        env=env,
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

    refused = anny_cli(sandbox, "cancel", number)  # no terminal and no --yes: nothing sent
    assert refused.returncode == 1
    assert "pass --yes" in refused.stderr
    still = json.loads(anny_cli(sandbox, "booking", number, "--json").stdout)
    assert still["status"] == "accepted"

    canceled = anny_cli(sandbox, "cancel", number, "--yes")
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


def slots_with_token_file(sandbox: Sandbox, token_file: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    env["ANNY_TOKEN_FILE"] = str(token_file)
    return subprocess.run(
        [str(ANNY), "slots", "conference-room-berlin", "--service", "hourly-desk-booking",
         "--date", "2026-11-24", "--base-url", sandbox.url, "--now", NOW],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60,
        check=False,
    )  # fmt: skip


def test_a_stored_login_for_another_api_or_a_corrupt_file_runs_anonymously(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    from anny import Token
    from anny._cli_login import StoredLogin, save_login

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
