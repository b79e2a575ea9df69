"""Run the sandbox on 127.0.0.1 with uvicorn in a background thread."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from types import TracebackType
from typing import Any

import uvicorn

from anny_sandbox.app import build_app
from anny_sandbox.auth import TOKEN_LIFETIME, token_response
from anny_sandbox.clock import Clock
from anny_sandbox.faults import ASGIApp, FaultSet
from anny_sandbox.limits import Limits
from anny_sandbox.runtime import Runtime
from anny_sandbox.seed import SeedSource
from anny_sandbox.store import Store


class Sandbox:
    """A stateful local stand-in for the anny Customer API.

    Real HTTP::

        with Sandbox() as sb:
            httpx.get(f"{sb.url}/api/v1/resources/conference-room-berlin")

    In-process (async only, because ``httpx.ASGITransport`` is async)::

        sb = Sandbox()
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sb.app),
                                     base_url="http://sandbox") as client:
            ...

    ``seed`` is a path to a JSON/YAML seed, a dict, or ``None`` for the packaged default;
    ``clock`` lets tests inject a :class:`Clock` (e.g. ``Clock(start=..., frozen=True)``).

    anny's rate limits are enforced (see :mod:`anny_sandbox.limits`): ``reads`` and
    ``writes`` per ``window`` seconds per identity (default 150/60 per 60 s), at most 4
    identical requests per second; ``rate_limits=False`` turns budgets and duplicate guard
    off (a load test, or an organization with raised budgets). ``monotonic`` is the clock
    the windows are measured on (default ``time.monotonic``; not the booking ``clock``).
    ``reset()`` also starts every identity's budget afresh.
    """

    def __init__(
        self,
        seed: SeedSource = None,
        *,
        clock: Clock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        reads: int = 150,
        writes: int = 60,
        window: float = 60.0,
        rate_limits: bool = True,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        limits = Limits(
            reads=reads,
            writes=writes,
            window=window,
            enabled=rate_limits,
            monotonic=monotonic or time.monotonic,
        )
        self.runtime = Runtime(seed, clock, limits)
        self.app: ASGIApp = build_app(self.runtime)
        self.host = host
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- state access
    @property
    def clock(self) -> Clock:
        return self.runtime.clock

    @property
    def store(self) -> Store:
        return self.runtime.store

    @property
    def limits(self) -> Limits:
        """anny's rate limits as enforced here (``report()``, ``configure(...)``)."""
        return self.runtime.limits

    @property
    def faults(self) -> FaultSet:
        """Arm faults from Python: ``sb.faults.add("rate_limit", "/api/v1/*", times=2)``."""
        return self.runtime.faults

    @property
    def url(self) -> str:
        """Base URL of the running server, e.g. ``http://127.0.0.1:54321``."""
        if self._server is None:
            raise RuntimeError("the sandbox is not running; use `with Sandbox() as sb:`")
        return f"http://{self.host}:{self.port}"

    def advance(
        self, *, days: float = 0, hours: float = 0, minutes: float = 0, seconds: float = 0
    ) -> None:
        """Move the sandbox clock (drafts expire, tokens age)."""
        self.clock.advance(days=days, hours=hours, minutes=minutes, seconds=seconds)
        self.store.expire_drafts()

    def issue_token(
        self, customer: str | None = None, *, lifetime: timedelta = TOKEN_LIFETIME
    ) -> dict[str, Any]:
        """A token response (``access_token``, ``refresh_token``, ``expiresAt`` …) for a seeded
        customer given by e-mail, id or customer-account UUID (default: the first one)."""
        return token_response(self.runtime.issue_token(customer, lifetime=lifetime))

    def ledger(self) -> dict[str, Any]:
        """Orders and bookings created per request; see ``GET /__sandbox/ledger``."""
        return self.store.ledger_report()

    def reset(self, seed: SeedSource = None) -> None:
        """Back to the seed (optionally a new one); clears faults, ledger and clock offset."""
        self.runtime.reset(seed)

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> Sandbox:
        """Serve on ``host:port`` (port 0 picks a free one) in a daemon thread."""
        if self._server is not None:
            return self
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted connections only when
        # the listening socket's proto says TCP (proto 0 is skipped). Without it Nagle meets
        # the client's delayed ACK and every keep-alive request after the first stalls ~40 ms.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            http="h11",  # the drop faults rely on h11's transport handling
            loop="asyncio",
            proxy_headers=False,
            timeout_keep_alive=5,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=lambda: asyncio.run(server.serve(sockets=[sock])),
            name=f"anny-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server failed to start")
            self._thread.join(0.01)
        return self

    def stop(self) -> None:
        """Shut the server down and wait for its thread."""
        if self._server is None:
            return
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
