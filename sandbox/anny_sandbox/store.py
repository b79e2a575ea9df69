"""The in-memory store: every entity of the sandbox, guarded by one re-entrant lock.

All request handlers and the Python control API go through :class:`Store`, so one lock is
enough to make competing carts race-free (the server runs handlers on one event loop, but the
Python API may be called from the test thread).
"""

from __future__ import annotations

import contextvars
import random
import string
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from anny_sandbox.clock import Clock
from anny_sandbox.models import (
    OCCUPYING_STATUSES,
    AuthCode,
    Booking,
    CancellationPolicy,
    Community,
    Customer,
    EmailVerification,
    Membership,
    Order,
    Organization,
    OutboxMessage,
    Pass,
    Plan,
    PlanSubscription,
    QueueTicket,
    Resource,
    Service,
    Token,
    Voucher,
    WaitlistEntry,
)

# The id of the HTTP request being handled, so the ledger can attribute created objects.
current_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "anny_sandbox_request_id", default=None
)


@dataclass
class LedgerEntry:
    """What one request created; the ledger proves retries did not duplicate orders."""

    request_id: str
    method: str
    path: str
    idempotency_key: str | None
    status: int | None = None
    outcome: str = "pending"
    orders_created: list[str] = field(default_factory=list)
    bookings_created: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "method": self.method,
            "path": self.path,
            "idempotency_key": self.idempotency_key,
            "status": self.status,
            "outcome": self.outcome,
            "orders_created": list(self.orders_created),
            "bookings_created": list(self.bookings_created),
        }


class Store:
    """All sandbox state. Use ``with store.lock:`` around read-modify-write sequences."""

    LEDGER_LIMIT = 10_000

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        self.clear()

    def clear(self) -> None:
        """Drop every entity (the seed loader fills the store again)."""
        with self.lock:
            # Deterministic numbers and tokens per reset; the sandbox is not a security boundary.
            self.rng = random.Random(20_260_415)  # noqa: S311
            self.organizations: dict[str, Organization] = {}
            self.communities: dict[str, Community] = {}
            self.policies: dict[str, CancellationPolicy] = {}
            self.services: dict[str, Service] = {}
            self.resources: dict[str, Resource] = {}
            self.customers: dict[str, Customer] = {}
            self.memberships: dict[str, Membership] = {}
            self.vouchers: dict[str, Voucher] = {}
            self.bookings: dict[str, Booking] = {}
            self.orders: dict[str, Order] = {}
            self.plans: dict[str, Plan] = {}
            self.subscriptions: dict[str, PlanSubscription] = {}
            self.passes: dict[str, Pass] = {}
            self.waitlist: dict[str, WaitlistEntry] = {}
            self.queue_tickets: dict[str, QueueTicket] = {}
            self.auth_codes: dict[str, AuthCode] = {}
            self.tokens: dict[str, Token] = {}
            self.refresh_tokens: dict[str, str] = {}  # refresh token -> access token
            self.verifications: dict[str, EmailVerification] = {}
            self.outbox: list[OutboxMessage] = []
            self.ledger: dict[str, LedgerEntry] = {}
            self._counters: dict[str, int] = {
                "order": 58_075_515,
                "booking": 44_007_384,
                "customer": 5_100,
                "user": 7_100,
                "membership": 3_500,
                "subscription": 9_700,
                "waitlist": 9_800,
                "queue": 9_900,
                "pass": 9_600,
            }

    # ------------------------------------------------------------------ ids and tokens
    def next_id(self, kind: str) -> str:
        with self.lock:
            self._counters[kind] = self._counters.get(kind, 1_000) + 1
            return str(self._counters[kind])

    def random_token(self, length: int = 40) -> str:
        alphabet = string.ascii_letters + string.digits
        return "".join(self.rng.choice(alphabet) for _ in range(length))

    def random_digits(self, length: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(length))

    def new_uuid(self) -> str:
        digits = f"{self.rng.getrandbits(128):032x}"
        # Version-4 layout so it looks like every other customer-account id.
        return (
            f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-"
            f"{'89ab'[int(digits[16], 16) % 4]}{digits[17:20]}-{digits[20:32]}"
        )

    def booking_number(self) -> str:
        numbers = {b.number for b in self.bookings.values()}
        while True:
            candidate = "BB" + self.random_digits(8)
            if candidate not in numbers and not candidate.startswith("BB0"):
                return candidate

    def order_number(self) -> str:
        numbers = {o.number for o in self.orders.values()}
        while True:
            candidate = "BO" + self.random_digits(9)
            if candidate not in numbers and not candidate.startswith("BO0"):
                return candidate

    # ------------------------------------------------------------------ lookups
    def resource_by_slug(self, slug: str) -> Resource | None:
        for resource in self.resources.values():
            if resource.slug == slug:
                return resource
        return self.resources.get(slug)  # {slug} paths take numeric ids too (B10)

    def resource_by_id(self, ref: str) -> Resource | None:
        """Where anny takes a resource id, callers send numeric ids only (B12): no slugs."""
        return self.resources.get(ref) if ref.isdigit() else None

    def organization_by_slug(self, slug: str) -> Organization | None:
        for org in self.organizations.values():
            if org.slug == slug:
                return org
        return self.organizations.get(slug)

    def community_by_slug(self, slug: str) -> Community | None:
        for community in self.communities.values():
            if community.slug == slug:
                return community
        return self.communities.get(slug)

    def plan_by_slug(self, slug: str) -> Plan | None:
        for plan in self.plans.values():
            if plan.slug == slug:
                return plan
        return self.plans.get(slug)

    def customer_by_hint(self, hint: str) -> Customer | None:
        """Find a customer by id, customer-account UUID or e-mail (case-insensitive)."""
        lowered = hint.strip().lower()
        for customer in self.customers.values():
            if customer.is_guest:
                continue
            if lowered in (customer.id, customer.account_id.lower(), customer.email.lower()):
                return customer
        return None

    def children_of(self, resource: Resource) -> list[Resource]:
        return sorted(
            (r for r in self.resources.values() if r.parent_id == resource.id),
            key=lambda r: r.name,
        )

    def bookable_units(self, resource: Resource) -> list[Resource]:
        """Leaf resources that actually hold bookings (a parent books through its children)."""
        children = self.children_of(resource)
        return children if children else [resource]

    def services_of(self, resource: Resource) -> list[Service]:
        """Services offered by a resource; children inherit their parent's services."""
        ids = list(resource.service_ids)
        if not ids and resource.parent_id and resource.parent_id in self.resources:
            ids = list(self.resources[resource.parent_id].service_ids)
        return [self.services[sid] for sid in ids if sid in self.services]

    def schedule_of(self, resource: Resource) -> Resource:
        """The resource whose schedule applies (children without one use the parent's)."""
        if not resource.schedule and resource.parent_id in self.resources:
            return self.resources[resource.parent_id or ""]
        return resource

    def is_member(self, customer: Customer | None, community_ids: list[str]) -> bool:
        if customer is None:
            return False
        if not community_ids:
            return True
        now = self.clock.now()
        return any(
            m.customer_id == customer.id
            and m.community_id in community_ids
            and m.grants_access(now)
            for m in self.memberships.values()
        )

    def occupied(self, resource_id: str, start: datetime, end: datetime) -> int:
        """How many units of ``resource_id`` are held by bookings overlapping [start, end)."""
        return sum(
            b.quantity
            for b in self.bookings.values()
            if b.resource_id == resource_id
            and b.status in OCCUPYING_STATUSES
            and b.start < end
            and start < b.end
        )

    def booking_by_number(self, number: str) -> Booking | None:
        for booking in self.bookings.values():
            if booking.number == number.strip().upper():
                return booking
        return None

    def order_by_number(self, number: str) -> Order | None:
        for order in self.orders.values():
            if order.number == number.strip().upper():
                return order
        return None

    # ------------------------------------------------------------------ housekeeping
    def expire_drafts(self) -> None:
        """Lapse draft orders whose 15-minute hold is over; their capacity returns."""
        now = self.clock.now()
        with self.lock:
            for order in self.orders.values():
                if (
                    order.status in ("draft", "pending_payment")
                    and order.expires_at
                    and order.expires_at <= now
                ):
                    order.status = "expired"
                    order.updated_at = now
                    for booking_id in order.booking_ids:
                        booking = self.bookings.get(booking_id)
                        if booking and booking.status == "reserved":
                            booking.status = "expired"
                            booking.updated_at = now

    def send_mail(self, to: str, subject: str, body: str, **data: Any) -> None:
        with self.lock:
            self.outbox.append(OutboxMessage(to, subject, body, self.clock.now(), dict(data)))

    # ------------------------------------------------------------------ ledger
    def ledger_begin(
        self, key: str, request_id: str, method: str, path: str, idempotency_key: str | None
    ) -> None:
        """Open the ledger entry of one request (``key`` is unique even when a client reuses
        its ``x-request-id`` on a retry, so retries show up as separate entries)."""
        with self.lock:
            if len(self.ledger) >= self.LEDGER_LIMIT:
                self.ledger.pop(next(iter(self.ledger)))
            self.ledger[key] = LedgerEntry(request_id, method, path, idempotency_key)

    def ledger_finish(self, key: str, status: int | None, outcome: str) -> None:
        with self.lock:
            entry = self.ledger.get(key)
            if entry is not None:
                entry.status = status
                entry.outcome = outcome

    def record_created(self, kind: str, object_id: str) -> None:
        """Attribute a newly created order or booking to the current request."""
        key = current_request_id.get()
        if key is None:
            return
        with self.lock:
            entry = self.ledger.get(key)
            if entry is None:
                return
            if kind == "order":
                entry.orders_created.append(object_id)
            else:
                entry.bookings_created.append(object_id)

    def ledger_report(self) -> dict[str, Any]:
        """A JSON-ready summary: every request plus totals per idempotency key."""
        with self.lock:
            entries = [e.as_dict() for e in self.ledger.values()]
        groups: dict[str, dict[str, dict[str, int]]] = {
            "by_request_id": {},
            "by_idempotency_key": {},
        }
        for e in entries:
            for group, field_name in (
                ("by_request_id", "request_id"),
                ("by_idempotency_key", "idempotency_key"),
            ):
                value = e[field_name]
                if value is None:
                    continue
                agg = groups[group].setdefault(
                    value, {"requests": 0, "orders_created": 0, "bookings_created": 0}
                )
                agg["requests"] += 1
                agg["orders_created"] += len(e["orders_created"])
                agg["bookings_created"] += len(e["bookings_created"])
        return {
            "requests": entries,
            **groups,
            "totals": {
                "requests": len(entries),
                "orders_created": sum(len(e["orders_created"]) for e in entries),
                "bookings_created": sum(len(e["bookings_created"]) for e in entries),
                # 429s answered by anny's limits (injected rate_limit faults not included).
                "rate_limited": sum(1 for e in entries if e["outcome"] == "rate_limited"),
            },
        }

    @contextmanager
    def locked(self) -> Iterator[Store]:
        with self.lock:
            yield self
