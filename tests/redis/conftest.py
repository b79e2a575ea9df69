"""A real ``redis-server`` per test session (tests of ``anny-client[redis]``).

Without ``redis-server`` or the ``anny-client[redis]`` extra the tests here are skipped with the
reason shown, except in CI (``CI=true``), where a missing Redis fails the run: the shared
budget is never left untested silently.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from redis_server import RedisMissing, running_redis


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the Redis tests may not be skipped)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a fresh ``redis-server`` on a free port of 127.0.0.1 (stopped afterwards)."""
    try:
        import limits  # noqa: F401
        import redis  # noqa: F401
    except ImportError as exc:
        _missing(f"the anny-client[redis] extra is not installed ({exc.name})")
    try:
        with running_redis(tmp_path_factory.mktemp("redis")) as url:
            yield url
    except RedisMissing as exc:
        _missing(str(exc))


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[object]:
    """A redis-py client on the session's server, emptied before each test."""
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()
