"""The sandbox answers keep-alive requests without the Nagle/delayed-ACK stall.

Without TCP_NODELAY on the accepted connections every request after the first one on a
connection waited ~40 ms for the client's delayed ACK; with it they take about a millisecond.
"""

from __future__ import annotations

import socket
import statistics
import time

import httpx

from anny_sandbox import Sandbox

RESOURCES = (
    "conference-room-berlin",
    "open-space-desks",
    "meeting-room-alex",
    "desk-01",
    "desk-02",
)


def test_requests_on_one_keep_alive_connection_are_not_stalled(sandbox: Sandbox) -> None:
    durations: list[float] = []
    local_ports: set[int] = set()
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        for n in range(20):
            # A monotonic, relative timer measures a duration; no wall-clock date is involved.
            started = time.perf_counter()
            # Five resources in turn: anny refuses more than 4 identical requests a second.
            response = client.get(f"/api/v1/resources/{RESOURCES[n % len(RESOURCES)]}")
            durations.append(time.perf_counter() - started)
            assert response.status_code == 200
            stream = response.extensions["network_stream"]
            local_ports.add(stream.get_extra_info("client_addr")[1])

    # All 20 went over the same connection, so 19 of them were keep-alive requests.
    assert len(local_ports) == 1
    median_ms = statistics.median(durations) * 1000
    assert median_ms < 15, f"median {median_ms:.1f} ms per keep-alive request (Nagle stall?)"


def test_accepted_connections_have_tcp_nodelay(sandbox: Sandbox) -> None:
    """The cause, checked directly: the listening socket is a TCP socket by protocol number,
    which is what makes asyncio set TCP_NODELAY on every connection it accepts."""
    assert sandbox._server is not None
    [listener] = [s for server in sandbox._server.servers for s in server.sockets]
    assert listener.proto == socket.IPPROTO_TCP
