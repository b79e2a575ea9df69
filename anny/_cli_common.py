"""What every part of the ``anny`` command shares: terminal-safe text, argument types, and the
one guard that turns any exception into a one-line message and an exit code.

Exit codes: 0 ok, 1 anny (or the environment) refused, 2 usage or bad input (nothing sent),
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TextIO

from anny._logging import redact_query_values
from anny.errors import AnnyError, InvalidParameterError

__all__ = [
    "ArgumentParser",
    "finite_seconds",
    "guard",
    "json_text",
    "port_number",
    "safe_text",
    "say_error",
    "write_private",
]

#: Characters a terminal acts on instead of showing: C0 (tab and newline included: the CLI
#: prints its own line breaks, never the server's), DEL, C1 (``\x9b`` is a one-byte CSI), the
#: Unicode line/paragraph separators and the bidirectional overrides that reorder what is shown.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: object) -> str:
    """``value`` as text that is safe to print on a terminal, for people.

    Every human output of the CLI goes through here: credentials in URLs (``oat=``,
    ``access_token=`` …) are redacted and control characters are shown as visible escapes
    (``\\x1b``), so server-provided text (names, statuses, error messages) cannot move the
    cursor, retitle the window, hide text or plant an OSC 8 link. ``--json`` output keeps the
    exact values instead: JSON escapes them.
    """
    return _UNSAFE.sub(_escape, redact_query_values(str(value)))


# What JSON may carry raw (RFC 8259 escapes only U+0000-U+001F) but a terminal acts on.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(value: object) -> str:
    """``value`` as indented JSON that is also safe on a terminal: the exact values survive
    parsing, but DEL, C1 and bidi controls are written as ``\\u`` escapes, not raw."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _option_name(word: str) -> str:
    """An unrecognized argument as it may be shown: an option's name, never a value."""
    if not word.startswith("-"):
        return "…"
    name, eq, _ = word.partition("=")
    return name + ("=…" if eq else "")


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser, but a usage error never repeats what was typed after an option name.

    argparse answers ``anny booking BB1 --tokn SECRET`` with "unrecognized arguments: --tokn
    SECRET": a misspelt ``--token`` or ``--oat`` would print the credential it was given. Only
    the option names of unrecognized arguments are shown; anything else becomes ``…``. The
    message is terminal-safe (it may quote what the user pasted).
    """

    def error(self, message: str) -> NoReturn:
        """Print the usage and a scrubbed one-line message; exit 2."""
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            names = [
                word.split("=", 1)[0] + ("=…" if "=" in word else "")
                if word.startswith("-")
                else "…"
                for word in message[len(prefix) :].split()
            ]
            message = prefix + " ".join(names)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {safe_text(message)}\n")


def say_error(prog: str, message: object, err: TextIO | None = None) -> None:
    """``prog: message`` on stderr, terminal-safe, as one line."""
    print(f"{prog}: {safe_text(message)}", file=err or sys.stderr, flush=True)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` and a newline to ``path``, readable by the user only (a token file, an
    order access token): mkstemp creates the file 0600 from the first byte, so the secret is
    never readable by others, not even for a moment; ``os.replace`` makes the switch atomic."""
    fd, tmp = tempfile.mkstemp(prefix=".anny-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.chmod(tmp, 0o600)  # whatever the platform's mkstemp did
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------- argument types


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 0 (any free one) to 65535."""
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {text!r}")
    return int(text)


def finite_seconds(text: str) -> float:
    """An argparse type: seconds, 0 < s <= one day (no ``nan``, ``inf``, ``-1``: a deadline
    computed from them never arrives, or arrives at once)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 < value <= 86400:
        raise argparse.ArgumentTypeError(
            f"not a positive number of seconds (0 < s <= 86400): {text!r}"
        )
    return value


# --------------------------------------------------------------------------- the guard


def _silence_stdout() -> None:
    # The reader went away (`anny … | head -1`): point stdout at /dev/null so the interpreter's
    # final flush does not report a BrokenPipeError on the way out either.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def guard(run: Callable[[], int], prog: str = "anny") -> int:
    """Run ``run`` and map every exception to a one-line message and an exit code.

    No traceback ever reaches the user: anny's own errors print their (redacted) message;
    the last resort names the exception type only, since its text may carry anything.
    """
    try:
        code = run()
        sys.stdout.flush()  # a closed pipe shows here, inside the guard, not at exit
        return code
    except SystemExit as exc:  # argparse: usage errors (2) and --help (0); main() returns
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        say_error(prog, exc.code)
        return 1
    except KeyboardInterrupt:
        say_error(prog, "interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except InvalidParameterError as exc:
        say_error(prog, exc)
        return 2
    except AnnyError as exc:
        say_error(prog, exc)
        return 1
    except OSError as exc:  # a file, a port, a socket: the message names what and why
        say_error(prog, f"{exc.strerror or type(exc).__name__}" + _filename(exc))
        return 1
    except Exception as exc:
        say_error(
            prog,
            f"unexpected {type(exc).__name__}; this is a bug in anny, please report it "
            "with the command you ran (ANNY_LOG=debug shows the requests)",
        )
        return 1


def _filename(exc: OSError) -> str:
    return f": {exc.filename}" if exc.filename is not None else ""
