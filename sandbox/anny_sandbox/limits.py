"""anny's documented limits, enforced (reference Addendum C1-C5); on by default.

* **Budgets per identity** (C1): a customer is identified by its bearer token, an anonymous
  caller by its client address. Reads (``GET``/``HEAD``) and writes (every other method) are
  counted separately in a **fixed window** per identity that opens with the identity's first
  request and lasts ``window`` seconds (default 150 reads and 60 writes per 60 s).
* **Duplicate guard** (C2): more than ``identical_per_second`` identical requests (method,
  path, query, body) within one second are refused.
* Over a limit (C3): ``429`` with ``Retry-After`` = whole seconds until the identity's window
  resets (for the duplicate guard: until the oldest of those identical requests is a second
  old), ``Content-Type: application/json`` and anny's documented body. No ``X-RateLimit-*``
  headers (C4). A refused request uses no budget.
* **Page-size caps** (C5, independent of the budgets: anny rejects, it does not clamp):
  ``page[size]`` above 50 on services, resources (also an organization's or a customer
  account's resource lists, but not a resource's children), plans and plan subscriptions, and
  above 500 on bookings, answers ``400`` naming the limit (:data:`PAGE_SIZE_CAPS`).

Time is a **monotonic** clock (``time.monotonic`` unless injected), never the sandbox's
booking :class:`~anny_sandbox.Clock`: tests freeze and move that one, which must neither
stop nor jump the rate windows.
"""

from __future__ import annotations

import collections
import hashlib
import json
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DOCUMENTED_BODY",
    "PAGE_SIZE_CAPS",
    "Decision",
    "Limits",
    "page_size_cap",
]

#: anny's 429 body, byte for byte what its guide documents (no ``code`` member).
DOCUMENTED_BODY = json.dumps(
    {"errors": [{"status": "429", "title": "Too Many Requests", "detail": "Too many requests."}]}
).encode()

# anny's page-size caps (reference Addendum C5): a larger `page[size]` is answered with 400,
# not clamped. This is the server's own configuration, so the sandbox keeps it itself rather
# than reading the client's copy (the sandbox ships apart from the client); a test checks that
# it agrees with the spec's `maximum` on every list the spec declares. It also covers the
# admin-side lists C5 names (`/services`, `/resources`, `/plans`), which the customer spec
# does not declare. A resource's children are not capped at 50: desk bots use 250 there
# (reference §7.7).
_FIFTY = re.compile(
    r"^/api/v1/(?:"
    r"services|resources|plans|plan-subscriptions"
    r"|organizations/[^/]+/(?:all-resources|resources|services|plans)"
    r"|customer-accounts/[^/]+/all-resources"
    r")/?$"
)
_BOOKINGS = re.compile(r"^/api/v1/bookings/?$")

#: (path pattern, the largest ``page[size]`` the sandbox accepts there).
PAGE_SIZE_CAPS: tuple[tuple[re.Pattern[str], int], ...] = ((_FIFTY, 50), (_BOOKINGS, 500))


def page_size_cap(path: str) -> int | None:
    """The largest ``page[size]`` accepted on ``path`` (a request path, no query), if capped."""
    for pattern, cap in PAGE_SIZE_CAPS:
        if pattern.match(path):
            return cap
    return None


@dataclass
class _Window:
    start: float
    reads: int = 0
    writes: int = 0


@dataclass
class _Usage:
    reads: int = 0
    writes: int = 0
    rejected: int = 0


@dataclass
class Decision:
    """The answer for one request: allowed, or refused with ``retry_after`` whole seconds."""

    allowed: bool
    retry_after: int = 0
    reason: str = ""


@dataclass
class Limits:
    """The limits of one sandbox (``enabled=False`` turns the budgets and the guard off)."""

    reads: int = 150
    writes: int = 60
    window: float = 60.0
    identical_per_second: int = 4
    enabled: bool = True
    monotonic: Callable[[], float] = field(default=time.monotonic, repr=False)
    _windows: dict[str, _Window] = field(default_factory=dict, repr=False)
    _identical: dict[str, collections.deque[float]] = field(default_factory=dict, repr=False)
    _usage: dict[str, _Usage] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        for name in ("reads", "writes", "identical_per_second"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be an integer >= 1, got {value!r}")
        if not isinstance(self.window, (int, float)) or not self.window > 0:
            raise ValueError(f"window must be a number of seconds > 0, got {self.window!r}")

    def check(self, identity: str, method: str, target: str, body: bytes) -> Decision:
        """Count one request of ``identity`` (``target`` = path and query), or refuse it."""
        if not self.enabled:
            return Decision(True)
        kind = "reads" if method.upper() in ("GET", "HEAD") else "writes"
        key = hashlib.sha256(f"{identity}\0{method.upper()}\0{target}\0".encode() + body).digest()
        now = self.monotonic()
        with self._lock:
            usage = self._usage.setdefault(identity, _Usage())
            window = self._windows.get(identity)
            if window is None or now >= window.start + self.window:
                window = self._windows[identity] = _Window(start=now)
            budget = self.reads if kind == "reads" else self.writes
            if getattr(window, kind) >= budget:
                usage.rejected += 1
                return Decision(False, _whole(window.start + self.window - now), kind)
            same = self._identical.setdefault(key.hex(), collections.deque())
            while same and same[0] <= now - 1.0:
                same.popleft()
            if len(same) >= self.identical_per_second:
                usage.rejected += 1
                return Decision(False, _whole(same[0] + 1.0 - now), "identical")
            same.append(now)
            setattr(window, kind, getattr(window, kind) + 1)
            setattr(usage, kind, getattr(usage, kind) + 1)
            if len(self._identical) > 4096:
                self._prune(now)
            return Decision(True)

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self._identical.items() if not v or v[-1] <= now - 1.0]:
            del self._identical[key]

    def reset(self) -> None:
        """Forget every window, duplicate and usage count (``Sandbox.reset()``)."""
        with self._lock:
            self._windows.clear()
            self._identical.clear()
            self._usage.clear()

    def report(self) -> dict[str, Any]:
        """The settings and, per identity, requests counted and 429s answered (JSON-ready).

        Identities are shown as a short digest: a bearer token is never echoed.
        """
        now = self.monotonic()
        with self._lock:
            identities = {}
            for identity, usage in self._usage.items():
                window = self._windows.get(identity)
                current = window if window and now < window.start + self.window else None
                identities[_label(identity)] = {
                    "reads": usage.reads,
                    "writes": usage.writes,
                    "rejected": usage.rejected,
                    "window_reads": current.reads if current else 0,
                    "window_writes": current.writes if current else 0,
                    "window_resets_in": (
                        round(current.start + self.window - now, 3) if current else None
                    ),
                }
            return {
                "enabled": self.enabled,
                "reads": self.reads,
                "writes": self.writes,
                "window": self.window,
                "identical_per_second": self.identical_per_second,
                "identities": identities,
                "rejected": sum(u.rejected for u in self._usage.values()),
            }

    def configure(
        self,
        *,
        reads: int | None = None,
        writes: int | None = None,
        window: float | None = None,
        enabled: bool | None = None,
    ) -> None:
        """Change the budgets at run time (also clears the current windows)."""
        changed = Limits(
            reads=self.reads if reads is None else reads,
            writes=self.writes if writes is None else writes,
            window=self.window if window is None else window,
            identical_per_second=self.identical_per_second,
        )  # validates
        with self._lock:
            self.reads, self.writes, self.window = changed.reads, changed.writes, changed.window
            if enabled is not None:
                self.enabled = bool(enabled)
            self._windows.clear()
            self._identical.clear()


def _whole(seconds: float) -> int:
    """Whole seconds, rounded up, at least 1 (``Retry-After: 0`` would invite a retry storm)."""
    return max(1, math.ceil(seconds - 1e-9))


def identity_of(headers: dict[str, str], client: tuple[str, int] | None) -> str:
    """``token:<token>`` for a bearer token, else ``address:<client address>``."""
    authorization = headers.get("authorization", "")
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return f"token:{credentials.strip()}"
    return f"address:{client[0] if client else 'unknown'}"


def _label(identity: str) -> str:
    kind, _, value = identity.partition(":")
    if kind == "token":
        return "token:" + hashlib.sha256(value.encode()).hexdigest()[:12]
    return identity
