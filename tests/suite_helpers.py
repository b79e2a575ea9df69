"""What every test folder shares (a uniquely named module: conftest.py files share one name).

`tests/` and `scripts/` are on ``sys.path`` through ``pythonpath`` in pyproject.toml's pytest
settings, so test files import this module, the folder helpers and the scripts by name.
"""

from __future__ import annotations

from datetime import UTC, datetime

# Monday 2026-11-23, 08:00 in Berlin: the frozen start of the shared sandbox's clock. Time moves
# only when a test advances or sets it, and every reset brings it back here.
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

# Tests must not depend on the developer's environment (ANNY_BASE_URL would even point a test
# at a real server): the root conftest removes these before every test.
ANNY_ENV = ("ANNY_TOKEN", "ANNY_BASE_URL", "ANNY_ENVIRONMENT", "ANNY_LOG")
