"""A throwaway ``redis-server`` on 127.0.0.1 for the Redis tests and ``make bench``.

The server is Debian's ``redis-server`` (``make redis`` installs it). It listens on a free
port on 127.0.0.1 only, keeps its files in a temporary directory, saves nothing to disk and
is stopped when the ``with`` block ends.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["RedisMissing", "redis_server", "running_redis", "start_together"]


class RedisMissing(RuntimeError):
    """``redis-server`` is not installed (run ``make redis``)."""


def redis_server() -> str:
    """The path of ``redis-server`` (``REDIS_SERVER`` overrides), or :class:`RedisMissing`."""
    found = os.environ.get("REDIS_SERVER") or shutil.which("redis-server")
    if not found or not os.access(found, os.X_OK):
        raise RedisMissing("redis-server is not installed: `make redis` installs Debian's package")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def running_redis(directory: Path, *, timeout: float = 10.0) -> Iterator[str]:
    """Start ``redis-server`` in ``directory``; yield its URL; stop it afterwards."""
    executable = redis_server()
    for _attempt in range(3):  # another process may take the free port before the server binds
        port = _free_port()
        log = directory / f"redis-{port}.log"
        process = subprocess.Popen(
            [
                executable,
                "--port", str(port),
                "--bind", "127.0.0.1",
                "--dir", str(directory),
                "--save", "",
                "--appendonly", "no",
                "--logfile", str(log),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while process.poll() is None and time.monotonic() < deadline:
            if _answers_ping(port):
                break
            time.sleep(0.02)
        if process.poll() is None and _answers_ping(port):
            break
        process.kill()
        process.wait()
    else:
        text = log.read_text() if log.exists() else ""
        raise RuntimeError(f"redis-server did not start:\n{text[-2000:]}")
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_together(
    workers: list[subprocess.Popen[str]], *, timeout: float, lead: float = 0.3
) -> tuple[float, list[str]]:
    """Let worker processes begin at one instant, however slowly each started.

    Each worker prints ``ready`` once set up, then reads a start time (``time.time()``) from
    stdin and waits for it. Returns that start time and every worker's remaining stdout.
    """
    for worker in workers:
        assert worker.stdout is not None
        line = worker.stdout.readline().strip()
        if line != "ready":
            raise RuntimeError(f"a worker did not get ready: {line!r}")
    start_at = time.time() + lead
    for worker in workers:  # all of them first: communicate() waits for the process to end
        assert worker.stdin is not None
        worker.stdin.write(f"{start_at!r}\n")
        worker.stdin.flush()
    return start_at, [worker.communicate(timeout=timeout)[0] for worker in workers]
