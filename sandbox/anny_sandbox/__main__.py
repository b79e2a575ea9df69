"""``anny-sandbox --port 8080 [--seed FILE] [--host 127.0.0.1] [--reads N --writes N
--window SECONDS | --no-rate-limits]`` (also ``python -m anny_sandbox``, ``anny sandbox``)"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from types import FrameType

from anny_sandbox.seed import SeedError
from anny_sandbox.server import Sandbox

# The sandbox ships apart from the client (issue 21), so it keeps its own two small argument
# helpers instead of importing the client's CLI kit.

#: Characters a terminal acts on instead of showing (C0, DEL, C1, line/paragraph separators,
#: bidirectional overrides): a seed file's name or content quoted in an error must not move the
#: cursor or reorder what is shown.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def say_error(prog: str, message: object) -> None:
    """``prog: message`` on stderr as one terminal-safe line."""
    print(f"{prog}: {_UNSAFE.sub(_escape, str(message))}", file=sys.stderr, flush=True)


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 0 (any free one) to 65535."""
    if not (text.isascii() and text.isdigit()) or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``anny sandbox``."""
    parser = argparse.ArgumentParser(
        prog="anny-sandbox", description="Run the anny Customer API sandbox."
    )
    parser.add_argument("--port", type=port_number, default=0, help="port (0: pick a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--seed", default=None, help="JSON or YAML seed file")
    parser.add_argument(
        "--reads", type=int, default=150, help="reads (GET) per window and identity (150)"
    )
    parser.add_argument(
        "--writes", type=int, default=60, help="writes per window and identity (60)"
    )
    parser.add_argument(
        "--window", type=float, default=60.0, help="rate-limit window in seconds (60)"
    )
    parser.add_argument(
        "--no-rate-limits",
        action="store_true",
        help="do not enforce budgets or the duplicate guard (a load test)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.reads < 1 or args.writes < 1 or not args.window > 0:
        parser.error("--reads and --writes must be >= 1 and --window > 0")

    stop = threading.Event()

    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)
    try:
        sandbox = Sandbox(
            seed=args.seed,
            host=args.host,
            port=args.port,
            reads=args.reads,
            writes=args.writes,
            window=args.window,
            rate_limits=not args.no_rate_limits,
        ).start()
    except SeedError as exc:  # a missing, unreadable or malformed seed: bad input
        say_error("anny sandbox", exc)
        return 2
    except OSError as exc:  # the port is taken, or the host is not ours
        say_error("anny sandbox", f"cannot listen on {args.host}:{args.port}: {exc.strerror}")
        return 1
    print(f"anny sandbox running at {sandbox.url}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
        print("anny sandbox stopped", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
