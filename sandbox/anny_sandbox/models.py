"""Plain dataclasses for everything the sandbox stores.

Relations are kept as ids (not object references) so that a reset or a re-seed is a simple
rebuild of dictionaries and nothing can point at a stale object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

# Booking statuses that hold capacity (the reference lists these as occupying).
OCCUPYING_STATUSES = frozenset({"reserved", "requested", "accepted"})


@dataclass
class Organization:
    id: str
    slug: str
    name: str
    timezone: str = "Europe/Berlin"
    currency: str = "EUR"
    description: str | None = None
    address_line: str | None = None
    created_at: datetime | None = None


@dataclass
class Community:
    id: str
    slug: str
    name: str
    organization_id: str
    description: str | None = None
    access_code: str | None = None  # inferred: a code that admits at once (see join)
    # The documented community attributes (reference Addendum C7).
    is_private: bool = False
    allow_customer_requests: bool = False
    auto_join_enabled: bool = False
    include_all_services: bool = False
    welcome_text: str | None = None


@dataclass
class PolicyTier:
    """Cancelling at least ``hours_before`` the start costs ``fee_percentage`` of the total."""

    hours_before: float
    fee_percentage: float


@dataclass
class CancellationPolicy:
    id: str
    name: str
    organization_id: str
    tiers: list[PolicyTier] = field(default_factory=list)


@dataclass
class Service:
    id: str
    slug: str
    name: str
    organization_id: str
    description: str | None = None
    price: float = 0.0
    price_unit: str = "hour"  # "hour" or "booking"
    currency: str = "EUR"
    tax_rate: float = 19.0
    min_duration: int = 60
    max_duration: int = 60
    default_duration: int = 60
    booking_interval: int = 60
    lead_time: int = 0
    advance_booking_period: int = 28  # days
    payment_flow: str = "free"  # "free", "pay-offline" or "pay-online"
    auto_accept_bookings: bool = True
    supports_instant_booking: bool = False
    cancellation_policy_id: str | None = None
    booking_requires_community: bool = False
    hidden: bool = False
    # Bookings one customer may hold of this service per local day (None: no quota).
    quota_per_day: int | None = None

    @property
    def is_free(self) -> bool:
        return self.price == 0


@dataclass
class Resource:
    id: str
    slug: str
    name: str
    organization_id: str
    description: str | None = None
    timezone: str = "Europe/Berlin"
    quantity: int = 1
    parent_id: str | None = None
    service_ids: list[str] = field(default_factory=list)
    # weekday (0 = Monday) -> list of (open, close) local times; empty day means closed.
    schedule: dict[int, list[tuple[time, time]]] = field(default_factory=dict)
    community_ids: list[str] = field(default_factory=list)
    booking_requires_community: bool = False
    viewing_requires_community: bool = False
    waitlist_enabled: bool = False
    category: str | None = None
    address_line: str | None = None
    hidden: bool = False
    # A taken slot is answered with the shop's HTML page and status 200 (seen once on anny).
    slot_taken_page: bool = False


@dataclass
class Customer:
    id: str
    account_id: str  # customer-account UUID
    user_id: str
    organization_id: str
    email: str
    given_name: str
    family_name: str
    locale: str = "de"
    phone: str | None = None
    company: str | None = None
    title: str | None = None
    mobile: str | None = None
    sex: str | int | float | None = None  # a string or a number (reference Addendum C9)
    birth_date: str | None = None  # Y-m-d
    is_guest: bool = False
    created_at: datetime | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class Membership:
    """A community account (reference Addendum C7): ``accepted``, ``pending`` or ``left``."""

    id: str
    customer_id: str
    community_id: str
    status: str
    created_at: datetime
    role: str = "member"  # member, manager or visitor
    start_date: datetime | None = None
    end_date: datetime | None = None

    def grants_access(self, now: datetime) -> bool:
        """An accepted membership inside its dates; a pending one grants nothing."""
        return (
            self.status == "accepted"
            and (self.start_date is None or self.start_date <= now)
            and (self.end_date is None or now < self.end_date)
        )


@dataclass
class Voucher:
    id: str
    code: str
    organization_id: str
    discount_type: str  # "percentage" or "amount"
    value: float
    active: bool = True


@dataclass
class Booking:
    id: str
    number: str
    code: str
    order_id: str
    resource_id: str
    service_id: str
    customer_id: str | None
    start: datetime
    end: datetime
    status: str
    quantity: int
    subtotal: float
    currency: str
    tax_rate: float
    created_at: datetime
    updated_at: datetime
    description: str | None = None
    customer_note: str | None = None
    canceled_at: datetime | None = None
    refund_amount: float = 0.0


@dataclass
class Order:
    id: str
    number: str
    access_token: str
    organization_id: str
    status: str  # draft, pending_payment, accepted, requested, canceled, expired
    created_at: datetime
    updated_at: datetime
    expires_at: datetime | None
    customer_id: str | None = None
    booking_ids: list[str] = field(default_factory=list)
    voucher_id: str | None = None
    payment_method: str | None = None
    success_url: str | None = None
    cancel_url: str | None = None
    paid_at: datetime | None = None
    guest_email_verified: bool = False
    timezone: str | None = None


@dataclass
class Plan:
    id: str
    slug: str
    name: str
    organization_id: str
    description: str | None = None
    price: float = 0.0
    currency: str = "EUR"
    billing_interval: str = "month"
    community_id: str | None = None
    requires_confirmation: bool = False


@dataclass
class PlanSubscription:
    id: str
    plan_id: str
    customer_id: str
    status: str  # active, requested, canceled
    created_at: datetime
    start_date: datetime
    end_date: datetime | None = None
    canceled_at: datetime | None = None
    payment_method: str | None = None


@dataclass
class Pass:
    id: str
    customer_id: str
    organization_id: str
    name: str
    # A booking pass (reference Addendum C8): a quota of bookings ("quantity"), minutes
    # ("duration") or money ("budget"), one-off or renewed every `recurrence`.
    quota_type: str
    total: float | None
    remaining: float | None
    valid_from: datetime
    valid_until: datetime | None
    service_ids: list[str] = field(default_factory=list)
    status: str = "active"
    currency: str | None = None
    recurrence: str | None = None
    source: str | None = None


@dataclass
class WaitlistEntry:
    id: str
    customer_id: str
    resource_id: str
    service_id: str
    start: datetime
    end: datetime
    status: str  # waiting, notified, left
    created_at: datetime
    notified_at: datetime | None = None


@dataclass
class QueueTicket:
    id: str
    number: int
    customer_id: str
    resource_id: str
    service_id: str | None
    status: str  # waiting, called, canceled
    created_at: datetime
    canceled_at: datetime | None = None


@dataclass
class AuthCode:
    code: str
    customer_id: str
    client_id: str
    redirect_uri: str
    code_challenge: str | None
    code_challenge_method: str | None
    scope: str
    expires_at: datetime
    used: bool = False


@dataclass
class Token:
    access_token: str
    refresh_token: str
    customer_id: str
    client_id: str
    scope: str
    issued_at: datetime
    expires_at: datetime
    revoked: bool = False


@dataclass
class EmailVerification:
    order_id: str
    email: str
    code: str
    expires_at: datetime
    verified: bool = False


@dataclass
class OutboxMessage:
    """An e-mail the sandbox 'sent'; tests read them through the control API."""

    to: str
    subject: str
    body: str
    sent_at: datetime
    data: dict[str, Any] = field(default_factory=dict)
