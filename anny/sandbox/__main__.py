"""``python -m anny.sandbox --port 8080 [--seed FILE] [--host 127.0.0.1] [--reads N --writes N
--window SECONDS | --no-rate-limits]``"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from anny._cli_common import port_number, say_error
from anny.sandbox.seed import SeedError
from anny.sandbox.server import Sandbox


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``anny sandbox``."""
    parser = argparse.ArgumentParser(
        prog="python -m anny.sandbox", description="Run the anny Customer API sandbox."
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
