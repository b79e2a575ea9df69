"""The ``anny`` command: ``anny sandbox …``, ``anny demo``, ``anny login``, ``anny logout``
(``python -m anny …`` too).

The subcommands hand their arguments to the module that owns them, so ``anny sandbox --port
8765`` is exactly ``anny-sandbox --port 8765`` (the ``anny-sandbox`` distribution, installed with
``pip install 'anny-client[sandbox]'``).
"""

from __future__ import annotations

import sys

from anny._version import __version__

USAGE = """usage: anny [--version] COMMAND [ARGS]

commands:
  booking   show a booking by its number (anny booking BB81592797)
  cancel    preview and cancel a booking (anny cancel BB81592797 [--yes])
  book      quote and book a slot (anny book ROOM --service S --start … --end …)
  order     show an order and its bookings (anny order BO559015923
            [--access-token-file PATH])
  slots     the slots of a service (anny slots ROOM --service S --date 2026-12-01 [--days 3])
  opening-hours  a resource's opening hours (anny opening-hours ROOM [--date D] [--days 7])
  series    book a recurring slot (anny series ROOM --service S --rule RRULE --time 09:00
            --duration 60 [--dry-run])
  wait      wait until a slot is free (anny wait ROOM --service S --start … --end …)
  bookings  my upcoming bookings, signed in (anny bookings [--all] [--limit N])
  whoami    who is signed in, on which API
  sandbox   run the local Customer API sandbox (anny sandbox --port 8765 [--seed FILE])
  demo      run a booking flow through anny against the embedded sandbox
  login     sign in in the browser and store the token (anny login --client-id ID [--no-browser])
  logout    delete the stored token

global options (before or after the command): --base-url URL, --environment ENV, --token T
(or ANNY_TOKEN), --locale L, --json, --tz ZONE, --now ISO. Exit codes: 0 ok, 1 anny refused
(message on stderr), 2 usage or bad input, 130 interrupted.
"""


#: The API commands (anny._cli.COMMANDS; named here so `anny sandbox` need not import it).
_API_COMMANDS = frozenset(
    {
        "booking",
        "cancel",
        "book",
        "slots",
        "opening-hours",
        "series",
        "wait",
        "order",
        "bookings",
        "whoami",
    }
)
#: Global options that take a value: `anny --base-url URL booking …` must find `booking`.
_VALUED_GLOBALS = frozenset({"--base-url", "--environment", "--token", "--locale", "--tz", "--now"})


def _split(args: list[str]) -> tuple[list[str], str | None, list[str]]:
    """(options before the command, the command, what follows it)."""
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("-") or arg == "-":
            return args[:i], arg, args[i + 1 :]
        if arg == "--":
            return args[: i + 1], (args[i + 1] if i + 1 < len(args) else None), args[i + 2 :]
        i += 2 if arg in _VALUED_GLOBALS else 1
    return args, None, []


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a subcommand; exit status 2 for a usage error, 130 for Ctrl-C.

    Runs under :func:`anny._cli_common.guard`: whatever goes wrong ends in one line on
    stderr and an exit code, never a traceback.
    """
    from anny._cli_common import guard

    args = list(sys.argv[1:] if argv is None else argv)
    return guard(lambda: _dispatch(args))


def _dispatch(args: list[str]) -> int:
    leading, command, rest = _split(args)
    if command is None:
        if "--version" in leading:
            print(f"anny {__version__}")
            return 0
        print(USAGE, end="", file=sys.stdout if args else sys.stderr)
        return 0 if {"-h", "--help"} & set(leading) else 2
    if command not in _API_COMMANDS:
        # Only `login` shares global options (--base-url, --environment); refuse the others
        # here, by name: argparse would echo their values, and `--token` is a secret.
        shared = {"--base-url", "--environment"} if command == "login" else set()
        names = [a.split("=", 1)[0] for a in leading if a.startswith("-")]
        foreign = [n for n in names if n not in shared and n != "--"]
        if foreign:
            print(f"anny: {', '.join(foreign)} does not apply to {command!r}", file=sys.stderr)
            return 2
    if command == "sandbox":
        try:
            from anny_sandbox.__main__ import main as sandbox_main
        except ModuleNotFoundError as exc:
            missing = (exc.name or "").partition(".")[0]
            if missing not in ("anny_sandbox", "starlette", "uvicorn"):
                raise
            print(
                f"anny sandbox: the sandbox is not installed ({missing}): "
                "pip install 'anny-client[sandbox]'",
                file=sys.stderr,
            )
            return 2
        return sandbox_main(leading + rest)
    if command == "demo":
        from anny.demo import main as demo_main

        return demo_main(leading + rest)
    if command in _API_COMMANDS:
        from anny._cli import main as api_main

        return api_main(args)  # its parser takes the global options on either side
    if command == "login":
        from anny._cli_login import login_main

        return login_main(leading + rest)
    if command == "logout":
        from anny._cli_login import logout_main

        return logout_main(leading + rest)
    from anny._cli_common import safe_text

    print(f"anny: unknown command {safe_text(command)!r}\n{USAGE}", end="", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
