"""The fixture itself: a real server, answering on 127.0.0.1."""

from __future__ import annotations

from typing import Any


def test_the_fixture_runs_a_real_redis_server_on_localhost(
    redis_url: str, redis_client: Any
) -> None:
    assert redis_url.startswith("redis://127.0.0.1:")
    assert redis_client.ping() is True
    assert redis_client.info("server")["redis_version"]
    redis_client.set("anny-test", "1")
    assert redis_client.get("anny-test") == b"1"
