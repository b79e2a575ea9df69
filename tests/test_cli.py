"""The `anny` console script (installed by pyproject) dispatches to its subcommands."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from anny.__main__ import main

from suite_helpers import run_in_process

ANNY = Path(sys.executable).parent / "anny"


def test_version_and_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("anny 0.")
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_console_script_runs_the_sandbox_until_sigterm() -> None:
    assert ANNY.exists(), "pip install -e . should have created the console script"
    proc = subprocess.Popen(
        [str(ANNY), "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("anny sandbox running at http://127.0.0.1:"), line
        url = line.rsplit(" ", 1)[1].strip()
        response = httpx.get(f"{url}/api/v1/resources/conference-room-berlin", timeout=5)
        assert response.status_code == 200
        assert response.json()["data"]["attributes"]["slug"] == "conference-room-berlin"
        proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


# --------------------------------------------------------------------------- hardening (issue 17)


def run(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    return subprocess.run(
        [str(ANNY), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str], prog: str) -> str:
    """The last line of stderr, which must be the program's own (never a traceback)."""
    assert "Traceback" not in result.stderr, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(prog), result.stderr
    return last


@pytest.mark.parametrize(
    ("seed", "code", "says"),
    [
        (None, 2, "cannot read the seed"),  # missing file
        ('{"organizations": [{"slug": "x", "name": "X"}]}', 2, "organizations[0] lacks 'id'"),
        ('{"bad": 1}', 2, "unknown seed section(s) bad"),
        ('{"organizations": ', 2, "not valid JSON"),
        ('{"organizations": {"id": 1}}', 2, "'organizations' must be a list"),
    ],
)
def test_sandbox_refuses_a_bad_seed(tmp_path: Path, seed: str | None, code: int, says: str) -> None:
    path = tmp_path / "seed.json"
    if seed is not None:
        path.write_text(seed)
    result = run_in_process("sandbox", "--port", "0", "--seed", str(path))
    assert result.returncode == code
    assert says in one_line(result, "anny sandbox:")
    assert result.stdout == ""  # it never said it was running


def test_sandbox_on_a_busy_port_says_so() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        # A process of its own: one crash path seen as the user sees it, no traceback at exit.
        result = run("sandbox", "--port", str(port))
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in one_line(result, "anny sandbox:")


@pytest.mark.parametrize(
    ("option", "says"),
    [
        (["--port", "99999"], "not a port number"),
        (["--port", "-1"], "not a port number"),
        (["--timeout", "nan"], "not a positive number of seconds"),
        (["--timeout", "inf"], "not a positive number of seconds"),
        (["--timeout", "-5"], "not a positive number of seconds"),
    ],
)
def test_login_validates_port_and_timeout(option: list[str], says: str) -> None:
    result = run_in_process(
        "login", "--client-id", "x", "--no-browser", "--base-url", "http://127.0.0.1:9", *option
    )
    assert result.returncode == 2
    assert says in one_line(result, "anny login:")


def test_login_prints_the_servers_error_description_terminal_safe(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNY_")}
    env.update(PYTHONUNBUFFERED="1", ANNY_TOKEN_FILE=str(tmp_path / "token.json"))
    proc = subprocess.Popen(
        [str(ANNY), "login", "--client-id", "x", "--no-browser", "--timeout", "30",
         "--base-url", "http://127.0.0.1:9"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # "Open this URL …"
        query = parse_qs(urlsplit(proc.stdout.readline().strip()).query)
        callback = query["redirect_uri"][0]
        hostile = "denied\x1b]0;pwned\x07\x1b[2J\rhidden"
        answer = httpx.get(callback, params={"error": "access_denied",
                                             "error_description": hostile,
                                             "state": query["state"][0]})  # fmt: skip
        assert answer.status_code == 400
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 1
    assert "denied\\x1b]0;pwned\\x07\\x1b[2J\\x0dhidden" in err
    assert not any(ch in out + err for ch in "\x1b\x07\r")


def test_global_options_before_the_command_reach_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before the fix: "unknown command '--base-url'".
    assert main(["--base-url", "http://127.0.0.1:9", "booking", "--help"]) == 0
    assert "usage: anny booking" in capsys.readouterr().out
    assert main(["--base-url", "http://127.0.0.1:9", "login", "--port", "70000"]) == 2
    assert "not a port number" in capsys.readouterr().err
    # A global option another command does not take is refused by name, its value not echoed.
    assert main(["--token", "s3cr3t", "login", "--client-id", "x"]) == 2
    assert capsys.readouterr().err == "anny: --token does not apply to 'login'\n"
    assert main(["--json", "sandbox"]) == 2
    assert "--json does not apply to 'sandbox'" in capsys.readouterr().err


def test_the_dispatcher_knows_every_api_command() -> None:
    from anny.__main__ import _API_COMMANDS
    from anny._cli import COMMANDS

    assert set(COMMANDS) == _API_COMMANDS


@pytest.mark.parametrize("command", ["bookings", "whoami"])
@pytest.mark.parametrize("mode", [[], ["--json"]])
def test_signed_in_commands_say_how_to_sign_in_and_send_nothing(
    command: str, mode: list[str], tmp_path: Path
) -> None:
    # No --token, no ANNY_TOKEN, no stored sign-in: one line naming `anny login`; port 9
    # (discard) would make any request a connection error instead.
    env = {"ANNY_TOKEN_FILE": str(tmp_path / "none.json")}
    result = run_in_process(command, "--base-url", "http://127.0.0.1:9", *mode, env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "anny: not signed in: run `anny login` (a sign-in is used only for the API it was made "
        "for), or pass --token / set ANNY_TOKEN; nothing was sent"
    ]


def test_the_usage_names_the_signed_in_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    usage = capsys.readouterr().out
    assert "bookings  my upcoming bookings" in usage
    assert "whoami    who is signed in" in usage
    assert main(["bookings", "--limit", "0"]) == 2
    assert "not a whole number from 1" in capsys.readouterr().err


def test_safe_text_escapes_controls_and_redacts_credentials() -> None:
    from anny._cli_common import safe_text

    assert (
        safe_text("a\x1b[31mb\x07\x9b\u202ec\td\ne") == "a\\x1b[31mb\\x07\\x9b\\u202ec\\x09d\\x0ae"
    )
    assert safe_text("Zürich 10:00 \u2013 11:00 ✓") == "Zürich 10:00 \u2013 11:00 ✓"  # text stays
    assert safe_text("see https://x.test/d?access_token=s3cr3t&x=1") == (
        "see https://x.test/d?access_token=[REDACTED]&x=1"
    )


def test_the_guard_maps_every_exception_to_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from anny._cli_common import guard
    from anny.errors import APIConnectionError, InvalidParameterError

    def fail(exc: BaseException) -> int:
        raise exc

    request = httpx.Request("GET", "http://x.test/?oat=s3cr3t")
    assert guard(lambda: fail(InvalidParameterError("bad\x1b[2J"))) == 2
    assert capsys.readouterr().err == "anny: bad\\x1b[2J\n"
    assert guard(lambda: fail(APIConnectionError(request=request))) == 1
    assert guard(lambda: fail(KeyboardInterrupt())) == 130
    assert capsys.readouterr().err == "anny: Connection error.\nanny: interrupted\n"
    assert guard(lambda: fail(FileNotFoundError(2, "No such file or directory", "/x"))) == 1
    assert capsys.readouterr().err == "anny: No such file or directory: /x\n"
    # The last resort names the type, never the text (which may carry anything).
    assert guard(lambda: fail(ZeroDivisionError("token=s3cr3t"))) == 1
    err = capsys.readouterr().err
    assert err.startswith("anny: unexpected ZeroDivisionError; this is a bug in anny")
    assert "s3cr3t" not in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["booking", "BB1", "--tokn", "s3cr3t-T0KEN"],
        ["booking", "BB1", "--tokn=s3cr3t-T0KEN"],
        ["order", "BO1", "--oatt", "s3cr3t-T0KEN"],
        ["booking", "BB1", "s3cr3t-T0KEN"],
        ["logout", "--tokenfile", "s3cr3t-T0KEN"],
    ],
)
def test_a_misspelt_option_never_echoes_the_value_it_was_given(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: argparse said "unrecognized arguments: --tokn s3cr3t-T0KEN".
    from anny.__main__ import main as anny_main

    assert anny_main(argv) == 2
    captured = capsys.readouterr()
    assert "s3cr3t-T0KEN" not in captured.out + captured.err
    assert "unrecognized arguments: " in captured.err
    options = [word.split("=")[0] for word in argv if word.startswith("-")]
    assert all(name in captured.err for name in options)  # the option's name is still shown
