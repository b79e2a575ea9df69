"""The opt-in cache of public reads: ``Anny(cache=anny.Cache(...))`` or ``cache=True``.

anny sends no cache headers (no ``Cache-Control``, ``ETag`` or ``Expires``), so an HTTP cache
that follows RFC 9111 would store nothing; the freshness policy is ours, a time to live per
*kind* of read. The kind comes from the operation a plan performs (``_KINDS`` below: the
one table from operationId to kind), so a path outside that table is never cached.

What is never cached:

* anything sent with a credential: a client with a token (or an injected client with its
  own auth), a credential header (``Authorization``, ``X-App-Key`` ...), a credential query
  value (``oat``, ``hash``, ``code`` ...). Those answers are personal;
* every operation not listed: bookings, orders, the cart, the account, communities ...;
* anything but a successful ``GET``.

Why not hishel (the HTTP cache for httpx): measured against hishel 2.0, (1) it reads
``time.time()`` itself in its freshness rules and its storages, so a test of expiry needs
real sleeping or patching the time module (anny injects every clock); (2) its storages are
SQLite and Redis, where a cache of a few hundred small answers fits a dict; (3) it works at
the transport, *below* anny's pacing, so a cache hit would still be counted against the
rate-limit budget and wait its turn. This cache answers before a request is planned,
paced or sent.

Nothing here is imported by ``import anny``: only a client with ``cache=`` loads it.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

import httpx

from anny._logging import SENSITIVE_HEADERS, is_sensitive_key
from anny._plan import RequestPlan
from anny._response import APIResponse
from anny.errors import InvalidParameterError

__all__ = ["CACHE_KINDS", "DEFAULT_TTL", "Cache", "cache_kind", "check_cache"]

#: The kind of each cacheable operation (operationId → kind). Only public reads: the catalog
#: (organizations, resources, services' configuration, plans), opening hours (availability
#: periods: the guide calls them that) and availability. Operations that depend on who asks
#: (a customer account's resources, communities) are left out on purpose.
CACHE_KINDS: Mapping[str, str] = {
    "getOrganization": "catalog",
    "listOrganizationResources": "catalog",
    "listResourceLocations": "catalog",
    "getResource": "catalog",
    "listResourceChildren": "catalog",
    "getServiceConfiguration": "catalog",
    "listPlans": "catalog",
    "getPlan": "catalog",
    "getAvailabilityPeriods": "opening_hours",
    "getAvailabilityStart": "availability",
    "getAvailabilityStartDates": "availability",
    "getAvailabilitySlots": "availability",
    "getUpcomingIntervals": "availability",
    "getStartIntervals": "availability",
    "getEndIntervals": "availability",
    "listCalendarEvents": "availability",
}

#: Seconds each kind stays fresh with ``cache=True``: the catalog and opening hours change
#: rarely; availability changes with every booking anyone makes, so it is kept short.
DEFAULT_TTL: Mapping[str, float] = {"catalog": 300.0, "opening_hours": 300.0, "availability": 30.0}

#: Entries kept at most (least recently used dropped first): bounds memory for a widget
#: backend asked about many resources and days.
DEFAULT_MAX_ENTRIES = 1024

_Key = tuple[str, str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]


def cache_kind(plan: RequestPlan[Any]) -> str | None:
    """The kind of read ``plan`` is (``"catalog"`` ...), or ``None`` if it is never cached."""
    if plan.method != "GET" or plan.operation is None:
        return None
    return CACHE_KINDS.get(plan.operation)


def _has_credential(pairs: Mapping[str, str] | tuple[tuple[str, str], ...]) -> bool:
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    return any(key.lower() in SENSITIVE_HEADERS for key, _ in items)


class Cache:
    """A time-to-live cache of public reads for one client (and its ``with_options`` copies).

    Args:
        ttl: seconds per kind (``"catalog"``, ``"opening_hours"``, ``"availability"``); kinds
            left out keep their default (:data:`DEFAULT_TTL`), ``0`` turns a kind off.
        max_entries: answers kept at most; the least recently used go first.

    The time comes from the client's clock (``Anny(clock=...)``), so expiry is testable
    without sleeping. A successful write through the same client drops every cached
    availability answer: a slot it just booked is not shown as free from the cache.

    Example::

        client = anny.Anny(cache=anny.Cache(ttl={"catalog": 600, "availability": 15}))
    """

    __slots__ = ("_entries", "hits", "max_entries", "misses", "ttl")

    def __init__(
        self,
        ttl: Mapping[str, float] | None = None,
        *,
        max_entries: int = DEFAULT_MAX_ENTRIES,
    ) -> None:
        merged = dict(DEFAULT_TTL)
        for kind, seconds in (ttl or {}).items():
            if kind not in DEFAULT_TTL:
                known = ", ".join(sorted(DEFAULT_TTL))
                raise InvalidParameterError(f"unknown cache kind {kind!r} (known: {known})")
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
                raise InvalidParameterError(
                    f"cache ttl for {kind!r} must be seconds >= 0, got {seconds!r}"
                )
            merged[kind] = float(seconds)
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise InvalidParameterError(f"max_entries must be an int >= 1, got {max_entries!r}")
        self.ttl: Mapping[str, float] = merged
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[_Key, tuple[str, dt.datetime, httpx.Response]] = OrderedDict()

    def key(
        self,
        plan: RequestPlan[Any],
        *,
        base_url: str,
        headers: Mapping[str, str],
        auth: object,
    ) -> _Key | None:
        """Where ``plan``'s answer is kept, or ``None`` when it must not be cached."""
        kind = cache_kind(plan)
        if kind is None or not self.ttl.get(kind):
            return None
        if auth is not None or _has_credential(headers) or _has_credential(plan.headers):
            return None
        if any(is_sensitive_key(name) for name, _ in plan.params):
            return None
        # Everything that shapes the answer: the locale (Accept-Language) translates labels.
        sent = tuple(sorted({**headers, **dict(plan.headers)}.items()))
        url = plan.path if "://" in plan.path else base_url + plan.path
        return (kind, url, plan.params, sent)

    def get(self, key: _Key, plan: RequestPlan[Any], now: dt.datetime) -> APIResponse[Any] | None:
        """A fresh answer for ``key`` (parsed anew by ``plan``'s parser), else ``None``."""
        entry = self._entries.get(key)
        if entry is not None:
            _, expires, response = entry
            if now < expires:
                self._entries.move_to_end(key)
                self.hits += 1
                # A new APIResponse per hit: callers never share (and mutate) parsed values.
                return APIResponse(response, retries_taken=0, parser=plan.parser)
            del self._entries[key]
        self.misses += 1
        return None

    def put(self, key: _Key, response: APIResponse[Any], now: dt.datetime) -> None:
        """Keep a successful answer until its kind's time to live has passed."""
        if response.status_code != 200:
            return
        kind = key[0]
        self._entries[key] = (
            kind,
            now + dt.timedelta(seconds=self.ttl[kind]),
            response.http_response,
        )
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self, kind: str | None = None) -> None:
        """Drop every entry (or those of one kind)."""
        if kind is None:
            self._entries.clear()
            return
        for key in [k for k, (entry_kind, _, _) in self._entries.items() if entry_kind == kind]:
            del self._entries[key]

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        ttl = ", ".join(f"{k}={v:g}s" for k, v in self.ttl.items())
        return f"Cache({ttl}, entries={len(self)}, hits={self.hits}, misses={self.misses})"


def check_cache(cache: object) -> Cache | None:
    """``cache=`` as a :class:`Cache`: ``True`` for the defaults, ``None``/``False`` for none."""
    if cache is None or cache is False:
        return None
    if cache is True:
        return Cache()
    if isinstance(cache, Cache):
        return cache
    raise InvalidParameterError(f"cache must be an anny.Cache, True or None, got {cache!r}")
