"""``python -m anny.sandbox --port 8080 [--seed FILE] [--host 127.0.0.1]``"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from anny._cli_common import port_number, say_error
from anny.sandbox.seed import SeedError
from anny.sandbox.server import Sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m anny.sandbox", description="Run the anny Customer API sandbox."
    )
    parser.add_argument("--port", type=port_number, default=0, help="port (0: pick a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--seed", default=None, help="JSON or YAML seed file")
    args = parser.parse_args(argv)

    stop = threading.Event()

    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)
    try:
        sandbox = Sandbox(seed=args.seed, host=args.host, port=args.port).start()
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
