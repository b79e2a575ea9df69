"""Typed views of the account-side resources: users, customer accounts, communities and their
memberships, plans and plan subscriptions, passes, waitlist entries and queue tickets.

Built like the views of :mod:`anny._models` (``View.from_resource(res)``): every field but ``id``
is optional, unknown attributes stay reachable through ``view.raw``, datetimes are
timezone-aware, money is :class:`~anny.Money`, and each status is an enum with an ``UNKNOWN``
member next to the raw string (``status_raw``). Almost all of these resources are *inferred*
(anny does not publish them), so the parsers accept anything and never raise on an attribute.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from anny._jsonapi import Relationship, Resource
from anny._models import (
    LenientEnum,
    Money,
    _bool,
    _decimal,
    _str,
    _View,
    parse_datetime,
    parse_money,
    read,
)

__all__ = [
    "Community",
    "CommunityMembership",
    "CustomerAccount",
    "MembershipRole",
    "MembershipStatus",
    "Pass",
    "PassQuotaType",
    "PassStatus",
    "Plan",
    "PlanSubscription",
    "QueueTicket",
    "QueueTicketStatus",
    "SubscriptionStatus",
    "User",
    "WaitlistEntry",
    "WaitlistStatus",
]


class MembershipStatus(LenientEnum):
    """Status of a community account (reference Addendum C7): ``accepted`` is an active member,
    ``pending`` a request awaiting a manager's approval."""

    ACCEPTED = "accepted"
    PENDING = "pending"
    UNKNOWN = "unknown"


class MembershipRole(LenientEnum):
    """Role of a customer in a community (reference Addendum C7)."""

    MEMBER = "member"
    MANAGER = "manager"
    VISITOR = "visitor"
    UNKNOWN = "unknown"


class SubscriptionStatus(LenientEnum):
    """Status of a plan subscription (``requested`` until the provider confirms it)."""

    REQUESTED = "requested"
    ACTIVE = "active"
    CANCELED = "canceled"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class PassStatus(LenientEnum):
    """Status of a booking pass (``used_up`` once its quota is spent)."""

    ACTIVE = "active"
    USED_UP = "used_up"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class PassQuotaType(LenientEnum):
    """What a booking pass's quota counts (reference Addendum C8): bookings, minutes or money."""

    QUANTITY = "quantity"
    DURATION = "duration"
    BUDGET = "budget"
    UNKNOWN = "unknown"


class WaitlistStatus(LenientEnum):
    """Status of a waitlist entry (``notified`` once the slot freed up)."""

    WAITING = "waiting"
    NOTIFIED = "notified"
    BOOKED = "booked"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class QueueTicketStatus(LenientEnum):
    """Status of a queue ticket."""

    WAITING = "waiting"
    CALLED = "called"
    SERVED = "served"
    CANCELED = "canceled"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


def _int(value: object) -> int | None:
    number = _decimal(value)
    return int(number) if number is not None and number == int(number) else None


def _linkage_id(rel: object) -> str | None:
    """The id of a to-one relationship's linkage, without needing ``include``."""
    if not isinstance(rel, Relationship) or rel.is_to_many or not rel.refs:
        return None
    return rel.refs[0].id


def _linkage_ids(rel: object) -> tuple[str, ...] | None:
    """The ids of a relationship's linkage (to-many or to-one), without needing ``include``."""
    if not isinstance(rel, Relationship):
        return None
    return tuple(ref.id for ref in rel.refs if ref.id is not None)


# The spec declares relationships and the meta of these types as open maps (`Relationships`,
# `Meta`): those names are conventions the spec does not list.
_GENERIC = {"meta": "Meta", "relationships": "Relationships"}


@attrs.frozen
class User(_View):
    """A ``users`` resource: who the token belongs to. ``email`` is not in ``repr``."""

    TYPE = "users"
    SCHEMAS = {"attributes": "UserAttributes", **_GENERIC}

    id: str
    name: str | None = read(_str)
    email: str | None = read(_str, repr=False)
    locale: str | None = read(_str)
    created_at: dt.datetime | None = read(parse_datetime, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class CustomerAccount(_View):
    """A ``customer-accounts`` resource: a person's one global login identity (reference
    Addendum C9), linked to their per-organization customer records (``customer_ids``, numeric
    or UUIDs, C10). ``email`` is not in ``repr``."""

    TYPE = "customer-accounts"
    SCHEMAS = {"attributes": "CustomerAccountAttributes", **_GENERIC}

    id: str
    email: str | None = read(_str, repr=False)
    given_name: str | None = read(_str, repr=False)
    family_name: str | None = read(_str, repr=False)
    locale: str | None = read(_str)
    created_at: dt.datetime | None = read(parse_datetime, repr=False)
    customer_ids: tuple[str, ...] | None = read(_linkage_ids, name="customers", relationship=True)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class Community(_View):
    """A ``communities`` resource with its documented attributes (reference Addendum C7).

    Whether the signed-in customer belongs is their community account
    (``client.communities.membership(community)``), not an attribute of the community.
    """

    TYPE = "communities"
    SCHEMAS = {"attributes": "CommunityAttributes", **_GENERIC}

    id: str
    slug: str | None = read(_str)
    name: str | None = read(_str)
    is_private: bool | None = read(_bool)
    allow_customer_requests: bool | None = read(_bool)
    auto_join_enabled: bool | None = read(_bool)
    include_all_services: bool | None = read(_bool, repr=False)
    welcome_text: str | None = read(_str, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class CommunityMembership(_View):
    """A ``community-accounts`` resource: a customer's membership of a community (anny calls
    it a Community Account, reference Addendum C7). ``status`` is ``ACCEPTED`` (an active
    member) or ``PENDING`` (awaiting approval); ``role`` ``MEMBER``, ``MANAGER`` or
    ``VISITOR``; anything else is ``UNKNOWN`` next to the raw string. ``start_date`` /
    ``end_date`` bound a time-limited membership."""

    TYPE = "community-accounts"
    SCHEMAS = {"attributes": "CommunityAccountAttributes", **_GENERIC}

    id: str
    status: MembershipStatus = read(MembershipStatus.parse, default=MembershipStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    role: MembershipRole = read(MembershipRole.parse, default=MembershipRole.UNKNOWN)
    role_raw: str | None = read(_str, name="role", repr=False)
    start_date: dt.datetime | None = read(parse_datetime)
    end_date: dt.datetime | None = read(parse_datetime)
    community_id: str | None = read(_linkage_id, name="community", relationship=True)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @property
    def is_pending(self) -> bool:
        """Whether the membership still awaits a manager's approval (no access yet)."""
        return self.status is MembershipStatus.PENDING


@attrs.frozen
class Plan(_View):
    """A ``plans`` resource (a membership plan); ``price`` per ``billing_period``."""

    TYPE = "plans"
    SCHEMAS = {"attributes": "PlanAttributes", **_GENERIC}

    id: str
    slug: str | None = read(_str)
    name: str | None = read(_str)
    price: Money | None = read(parse_money, also="currency")
    billing_period: str | None = read(_str)
    requires_confirmation: bool | None = read(_bool, repr=False)
    auto_renew: bool | None = read(_bool, repr=False)
    description: str | None = read(_str, repr=False)
    community_id: str | None = read(_linkage_id, name="community", relationship=True, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class PlanSubscription(_View):
    """A ``plan-subscriptions`` resource: the customer's subscription to a plan."""

    TYPE = "plan-subscriptions"
    SCHEMAS = {"attributes": "PlanSubscriptionAttributes", **_GENERIC}

    id: str
    plan_id: str | None = read(_linkage_id, name="plan", relationship=True)
    status: SubscriptionStatus = read(SubscriptionStatus.parse, default=SubscriptionStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    number: str | None = read(_str, repr=False)
    start_date: dt.datetime | None = read(parse_datetime)
    end_date: dt.datetime | None = read(parse_datetime)
    renews_at: dt.datetime | None = read(parse_datetime, repr=False)
    canceled_at: dt.datetime | None = read(parse_datetime, repr=False)
    created_at: dt.datetime | None = read(parse_datetime, repr=False)
    payment_method: str | None = read(_str, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class Pass(_View):
    """A ``passes`` resource: a **booking pass**, a quota voucher (reference Addendum C8).

    Its quota counts bookings, minutes or money (``quota_type``): ``remaining`` and ``total``
    are in that unit, so only a ``QUANTITY`` pass has ``remaining_uses``, only a ``DURATION``
    pass ``remaining_duration`` and only a ``BUDGET`` pass ``remaining_budget``; the others give
    ``None``. ``recurrence`` is ``None`` for a one-off quota, else the period it renews after.
    Every attribute name here is inferred (the guide documents the concepts only).
    """

    TYPE = "passes"
    SCHEMAS = {"attributes": "PassAttributes", **_GENERIC}

    id: str
    number: str | None = read(_str)
    name: str | None = read(_str)
    status: PassStatus = read(PassStatus.parse, default=PassStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    quota_type: PassQuotaType = read(PassQuotaType.parse, default=PassQuotaType.UNKNOWN)
    quota_type_raw: str | None = read(_str, name="quota_type", repr=False)
    remaining: Decimal | None = read(_decimal)
    total: Decimal | None = read(_decimal)
    currency: str | None = read(_str, repr=False)
    recurrence: str | None = read(_str, repr=False)
    source: str | None = read(_str, repr=False)
    valid_from: dt.datetime | None = read(parse_datetime, repr=False)
    valid_until: dt.datetime | None = read(parse_datetime, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)

    def _in(self, kind: PassQuotaType, value: Decimal | None) -> Decimal | None:
        return value if self.quota_type is kind else None

    def _count(self, value: Decimal | None) -> int | None:
        counted = self._in(PassQuotaType.QUANTITY, value)
        return int(counted) if counted is not None and counted == int(counted) else None

    @property
    def remaining_uses(self) -> int | None:
        """Bookings left, for a ``QUANTITY`` pass; ``None`` for any other kind."""
        return self._count(self.remaining)

    @property
    def total_uses(self) -> int | None:
        """Bookings per period, for a ``QUANTITY`` pass; ``None`` for any other kind."""
        return self._count(self.total)

    @property
    def remaining_duration(self) -> dt.timedelta | None:
        """Time left, for a ``DURATION`` pass (counted in minutes); ``None`` otherwise."""
        minutes = self._in(PassQuotaType.DURATION, self.remaining)
        return None if minutes is None else dt.timedelta(minutes=float(minutes))

    @property
    def remaining_budget(self) -> Money | None:
        """Money left, for a ``BUDGET`` pass; ``None`` otherwise."""
        amount = self._in(PassQuotaType.BUDGET, self.remaining)
        return None if amount is None else Money(amount, self.currency)


@attrs.frozen
class WaitlistEntry(_View):
    """A ``waitlist-entries`` resource: waiting for a booked-out slot of a resource."""

    TYPE = "waitlist-entries"
    SCHEMAS = {"attributes": "WaitlistEntryAttributes", **_GENERIC}

    id: str
    status: WaitlistStatus = read(WaitlistStatus.parse, default=WaitlistStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    start_date: dt.datetime | None = read(parse_datetime)
    end_date: dt.datetime | None = read(parse_datetime)
    resource_id: str | None = read(_linkage_id, name="resource", relationship=True)
    service_id: str | None = read(_linkage_id, name="service", relationship=True, repr=False)
    created_at: dt.datetime | None = read(parse_datetime, repr=False)
    notified_at: dt.datetime | None = read(parse_datetime, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class QueueTicket(_View):
    """A ``queue-tickets`` resource: a numbered place (``position``) in a walk-in queue."""

    TYPE = "queue-tickets"
    SCHEMAS = {"attributes": "QueueTicketAttributes", **_GENERIC}

    id: str
    number: str | None = read(_str)
    status: QueueTicketStatus = read(QueueTicketStatus.parse, default=QueueTicketStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    position: int | None = read(_int)
    estimated_wait_minutes: int | None = read(_int, repr=False)
    resource_id: str | None = read(_linkage_id, name="resource", relationship=True, repr=False)
    service_id: str | None = read(_linkage_id, name="service", relationship=True, repr=False)
    created_at: dt.datetime | None = read(parse_datetime, repr=False)
    called_at: dt.datetime | None = read(parse_datetime, repr=False)
    canceled_at: dt.datetime | None = read(parse_datetime, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)
