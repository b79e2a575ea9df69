"""The README's "Rate limits" section: its code builds what the prose says it builds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import anny

README = Path(__file__).resolve().parents[2] / "README.md"


def rate_limit_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Rate limits\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_rate_limit_snippets_configure_budgets_cache_and_redis(
    redis_client: Any, redis_url: str
) -> None:
    blocks = rate_limit_blocks()
    assert len(blocks) == 3
    namespace: dict[str, Any] = {}

    def run(block: str) -> None:
        # The README names a Redis on localhost; the test's own server stands in for it.
        code = block.replace("redis://localhost:6379/0", redis_url)
        exec(compile(code, "README rate limits", "exec"), namespace)

    run(blocks[0])
    assert namespace["client"].rate_limit == anny.RateLimit(reads=400, writes=100, per=60)
    assert namespace["unpaced"].rate_limit is None
    run(blocks[1])
    cache = namespace["widget"]._cache
    assert isinstance(cache, anny.Cache)
    assert (cache.ttl["availability"], cache.ttl["catalog"]) == (15, 300)
    run(blocks[2])
    budget = namespace["budget"]
    assert isinstance(budget, anny.RedisBudget)
    assert namespace["client"].rate_limit == anny.RateLimit()
    assert budget.reserve("read", "readme", 0.0) == 0.0
    assert redis_client.keys("*acme-anonymous*")
