"""The ``anny`` command: ``anny sandbox …``, ``anny demo``, ``anny login``, ``anny logout``
(``python -m anny …`` too).

The subcommands hand their arguments to the module that owns them, so ``anny sandbox --port
8765`` is exactly ``python -m anny.sandbox --port 8765``.
"""

from __future__ import annotations

import sys

from anny._version import __version__

USAGE = """usage: anny [--version] COMMAND [ARGS]

commands:
  sandbox   run the local Customer API sandbox (anny sandbox --port 8765 [--seed FILE])
  demo      run a booking flow through anny against the embedded sandbox
  login     sign in in the browser and store the token (anny login --client-id ID [--no-browser])
  logout    delete the stored token
"""


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a subcommand; exit status 2 for a usage error."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "--version":
        print(f"anny {__version__}")
        return 0
    if command == "sandbox":
        from anny.sandbox.__main__ import main as sandbox_main

        return sandbox_main(rest)
    if command == "demo":
        from anny.demo import main as demo_main

        return demo_main(rest)
    if command == "login":
        from anny._cli_login import login_main

        return login_main(rest)
    if command == "logout":
        from anny._cli_login import logout_main

        return logout_main(rest)
    print(f"anny: unknown command {command!r}\n{USAGE}", end="", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
