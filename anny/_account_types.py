"""Typed views of the account-side resources: users, customer accounts, communities and their
memberships, plans and plan subscriptions, passes, waitlist entries and queue tickets.

Built like the views of :mod:`anny._models` (``View.from_resource(res)``): every field but ``id``
is optional, unknown attributes stay reachable through ``view.resource``, datetimes are
timezone-aware, money is :class:`~anny.Money`, and each status is an enum with an ``UNKNOWN``
member next to the raw string (``status_raw``). Almost all of these resources are *inferred*
(anny does not publish them), so the parsers accept anything and never raise on an attribute.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, Self

import attrs

from anny._jsonapi import Resource
from anny._models import (
    Money,
    _bool,
    _decimal,
    _str,
    _View,
    lenient_member,
    parse_datetime,
    parse_money,
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


def _related_id(res: Resource, name: str) -> str | None:
    """The id of a to-one relationship's linkage, without needing ``include``."""
    rel = res.relationships.get(name)
    if rel is None or rel.is_to_many or not rel.refs:
        return None
    return rel.refs[0].id


@attrs.frozen
class User(_View):
    """A ``users`` resource: who the token belongs to. ``email`` is not in ``repr``."""

    TYPE = "users"

    id: str
    name: str | None = None
    email: str | None = attrs.field(default=None, repr=False)
    locale: str | None = None
    created_at: dt.datetime | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "name": _str(a.get("name")),
            "email": _str(a.get("email")),
            "locale": _str(a.get("locale")),
            "created_at": parse_datetime(a.get("created_at")),
        }


@attrs.frozen
class CustomerAccount(_View):
    """A ``customer-accounts`` resource (the UUID the web shop calls the customer account)."""

    TYPE = "customer-accounts"

    id: str
    name: str | None = None
    is_default: bool | None = None
    created_at: dt.datetime | None = attrs.field(default=None, repr=False)
    organization_id: str | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "name": _str(a.get("name")),
            "is_default": _bool(a.get("is_default")),
            "created_at": parse_datetime(a.get("created_at")),
            "organization_id": _related_id(res, "organization"),
        }


@attrs.frozen
class Community(_View):
    """A ``communities`` resource; ``is_member`` tells whether the signed-in customer belongs."""

    TYPE = "communities"

    id: str
    slug: str | None = None
    name: str | None = None
    is_member: bool | None = None
    requires_access_code: bool | None = None
    member_count: int | None = attrs.field(default=None, repr=False)
    description: str | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        is_member = _bool(a.get("is_member"))
        return {
            "slug": _str(a.get("slug")),
            "name": _str(a.get("name")),
            "is_member": is_member if is_member is not None else _bool(res.meta.get("is_member")),
            "requires_access_code": _bool(a.get("requires_access_code")),
            "member_count": _int(a.get("member_count")),
            "description": _str(a.get("description")),
        }


@attrs.frozen
class CommunityMembership(_View):
    """A ``community-memberships`` resource: the answer to joining a community."""

    TYPE = "community-memberships"

    id: str
    status: MembershipStatus = MembershipStatus.UNKNOWN
    status_raw: str | None = attrs.field(default=None, repr=False)
    joined_at: dt.datetime | None = None
    community_id: str | None = None
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "status": MembershipStatus.parse(a.get("status")),
            "status_raw": _str(a.get("status")),
            "joined_at": parse_datetime(a.get("joined_at")),
            "community_id": _related_id(res, "community"),
        }


@attrs.frozen
class Plan(_View):
    """A ``plans`` resource (a membership plan); ``price`` per ``billing_period``."""

    TYPE = "plans"

    id: str
    slug: str | None = None
    name: str | None = None
    price: Money | None = None
    billing_period: str | None = None
    requires_confirmation: bool | None = attrs.field(default=None, repr=False)
    auto_renew: bool | None = attrs.field(default=None, repr=False)
    description: str | None = attrs.field(default=None, repr=False)
    community_id: str | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "slug": _str(a.get("slug")),
            "name": _str(a.get("name")),
            "price": parse_money(a.get("price"), a.get("currency")),
            "billing_period": _str(a.get("billing_period")),
            "requires_confirmation": _bool(a.get("requires_confirmation")),
            "auto_renew": _bool(a.get("auto_renew")),
            "description": _str(a.get("description")),
            "community_id": _related_id(res, "community"),
        }


@attrs.frozen
class PlanSubscription(_View):
    """A ``plan-subscriptions`` resource: the customer's subscription to a plan."""

    TYPE = "plan-subscriptions"

    id: str
    plan_id: str | None = None
    status: SubscriptionStatus = SubscriptionStatus.UNKNOWN
    status_raw: str | None = attrs.field(default=None, repr=False)
    number: str | None = attrs.field(default=None, repr=False)
    start_date: dt.datetime | None = None
    end_date: dt.datetime | None = None
    renews_at: dt.datetime | None = attrs.field(default=None, repr=False)
    canceled_at: dt.datetime | None = attrs.field(default=None, repr=False)
    created_at: dt.datetime | None = attrs.field(default=None, repr=False)
    payment_method: str | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "plan_id": _related_id(res, "plan"),
            "status": SubscriptionStatus.parse(a.get("status")),
            "status_raw": _str(a.get("status")),
            "number": _str(a.get("number")),
            "start_date": parse_datetime(a.get("start_date")),
            "end_date": parse_datetime(a.get("end_date")),
            "renews_at": parse_datetime(a.get("renews_at")),
            "canceled_at": parse_datetime(a.get("canceled_at")),
            "created_at": parse_datetime(a.get("created_at")),
            "payment_method": _str(a.get("payment_method")),
        }


@attrs.frozen
class Pass(_View):
    """A ``passes`` resource: a number of uses (``remaining_uses`` of ``total_uses``)."""

    TYPE = "passes"

    id: str
    number: str | None = None
    name: str | None = None
    status: PassStatus = PassStatus.UNKNOWN
    status_raw: str | None = attrs.field(default=None, repr=False)
    remaining_uses: int | None = None
    total_uses: int | None = None
    valid_from: dt.datetime | None = attrs.field(default=None, repr=False)
    valid_until: dt.datetime | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "number": _str(a.get("number")),
            "name": _str(a.get("name")),
            "status": PassStatus.parse(a.get("status")),
            "status_raw": _str(a.get("status")),
            "remaining_uses": _int(a.get("remaining_uses")),
            "total_uses": _int(a.get("total_uses")),
            "valid_from": parse_datetime(a.get("valid_from")),
            "valid_until": parse_datetime(a.get("valid_until")),
        }


@attrs.frozen
class WaitlistEntry(_View):
    """A ``waitlist-entries`` resource: waiting for a booked-out slot of a resource."""

    TYPE = "waitlist-entries"

    id: str
    status: WaitlistStatus = WaitlistStatus.UNKNOWN
    status_raw: str | None = attrs.field(default=None, repr=False)
    start_date: dt.datetime | None = None
    end_date: dt.datetime | None = None
    resource_id: str | None = None
    service_id: str | None = attrs.field(default=None, repr=False)
    created_at: dt.datetime | None = attrs.field(default=None, repr=False)
    notified_at: dt.datetime | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "status": WaitlistStatus.parse(a.get("status")),
            "status_raw": _str(a.get("status")),
            "start_date": parse_datetime(a.get("start_date")),
            "end_date": parse_datetime(a.get("end_date")),
            "resource_id": _related_id(res, "resource"),
            "service_id": _related_id(res, "service"),
            "created_at": parse_datetime(a.get("created_at")),
            "notified_at": parse_datetime(a.get("notified_at")),
        }


@attrs.frozen
class QueueTicket(_View):
    """A ``queue-tickets`` resource: a numbered place (``position``) in a walk-in queue."""

    TYPE = "queue-tickets"

    id: str
    number: str | None = None
    status: QueueTicketStatus = QueueTicketStatus.UNKNOWN
    status_raw: str | None = attrs.field(default=None, repr=False)
    position: int | None = None
    estimated_wait_minutes: int | None = attrs.field(default=None, repr=False)
    resource_id: str | None = attrs.field(default=None, repr=False)
    service_id: str | None = attrs.field(default=None, repr=False)
    created_at: dt.datetime | None = attrs.field(default=None, repr=False)
    called_at: dt.datetime | None = attrs.field(default=None, repr=False)
    canceled_at: dt.datetime | None = attrs.field(default=None, repr=False)
    resource: Resource | None = attrs.field(repr=False, eq=False, default=None)

    @classmethod
    def _fields(cls, res: Resource) -> dict[str, Any]:
        a = res.attributes
        return {
            "number": _str(a.get("number")),
            "status": QueueTicketStatus.parse(a.get("status")),
            "status_raw": _str(a.get("status")),
            "position": _int(a.get("position")),
            "estimated_wait_minutes": _int(a.get("estimated_wait_minutes")),
            "resource_id": _related_id(res, "resource"),
            "service_id": _related_id(res, "service"),
            "created_at": parse_datetime(a.get("created_at")),
            "called_at": parse_datetime(a.get("called_at")),
            "canceled_at": parse_datetime(a.get("canceled_at")),
        }
