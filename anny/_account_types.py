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
import enum
from typing import Self

import attrs

from anny._jsonapi import Relationship, Resource
from anny._models import (
    Money,
    _bool,
    _decimal,
    _str,
    _View,
    lenient_member,
    parse_datetime,
    parse_money,
    read,
)

__all__ = [
    "Community",
    "CommunityMembership",
    "CustomerAccount",
    "MembershipStatus",
    "Pass",
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


class _Status(enum.StrEnum):
    """A status enum whose :meth:`parse` maps anything it does not know to ``UNKNOWN``."""

    @classmethod
    def parse(cls, value: object) -> Self:
        """The member for ``value``; ``UNKNOWN`` for anything else (never raises)."""
        return lenient_member(cls, value)


class MembershipStatus(_Status):
    """Status of a community membership."""

    ACTIVE = "active"
    REQUESTED = "requested"
    UNKNOWN = "unknown"


class SubscriptionStatus(_Status):
    """Status of a plan subscription (``requested`` until the provider confirms it)."""

    REQUESTED = "requested"
    ACTIVE = "active"
    CANCELED = "canceled"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class PassStatus(_Status):
    """Status of a pass (a number of uses valid for a period)."""

    ACTIVE = "active"
    USED_UP = "used_up"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class WaitlistStatus(_Status):
    """Status of a waitlist entry (``notified`` once the slot freed up)."""

    WAITING = "waiting"
    NOTIFIED = "notified"
    BOOKED = "booked"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class QueueTicketStatus(_Status):
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


def _either(value: object, fallback: object) -> bool | None:
    # `is_member` is an attribute on some deployments and resource meta on others.
    first = _bool(value)
    return first if first is not None else _bool(fallback)


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
    """A ``customer-accounts`` resource (the UUID the web shop calls the customer account)."""

    TYPE = "customer-accounts"
    SCHEMAS = {"attributes": "CustomerAccountAttributes", **_GENERIC}

    id: str
    name: str | None = read(_str)
    is_default: bool | None = read(_bool)
    created_at: dt.datetime | None = read(parse_datetime, repr=False)
    organization_id: str | None = read(
        _linkage_id, name="organization", relationship=True, repr=False
    )
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class Community(_View):
    """A ``communities`` resource; ``is_member`` tells whether the signed-in customer belongs."""

    TYPE = "communities"
    SCHEMAS = {"attributes": "CommunityAttributes", **_GENERIC}

    id: str
    slug: str | None = read(_str)
    name: str | None = read(_str)
    is_member: bool | None = read(_either, also=("meta", "is_member"))
    requires_access_code: bool | None = read(_bool)
    member_count: int | None = read(_int, repr=False)
    description: str | None = read(_str, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


@attrs.frozen
class CommunityMembership(_View):
    """A ``community-memberships`` resource: the answer to joining a community."""

    TYPE = "community-memberships"
    SCHEMAS = {"attributes": "CommunityMembershipAttributes", **_GENERIC}

    id: str
    status: MembershipStatus = read(MembershipStatus.parse, default=MembershipStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    joined_at: dt.datetime | None = read(parse_datetime)
    community_id: str | None = read(_linkage_id, name="community", relationship=True)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


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
    """A ``passes`` resource: a number of uses (``remaining_uses`` of ``total_uses``)."""

    TYPE = "passes"
    SCHEMAS = {"attributes": "PassAttributes", **_GENERIC}

    id: str
    number: str | None = read(_str)
    name: str | None = read(_str)
    status: PassStatus = read(PassStatus.parse, default=PassStatus.UNKNOWN)
    status_raw: str | None = read(_str, name="status", repr=False)
    remaining_uses: int | None = read(_int)
    total_uses: int | None = read(_int)
    valid_from: dt.datetime | None = read(parse_datetime, repr=False)
    valid_until: dt.datetime | None = read(parse_datetime, repr=False)
    raw: Resource | None = attrs.field(repr=False, eq=False, default=None)


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
