"""The cancellation policy: which tier applies, its fee, the refund and the deadlines.

A policy is a list of tiers "cancelling at least ``hours_before`` the start costs
``fee_percentage``"; without a policy a booking is free to cancel until it starts. The last
deadline is the booking's ``meta.cancelable_until`` and the preview's ``cancelable_until``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from anny_sandbox.domain.pricing import paid_amount
from anny_sandbox.models import OCCUPYING_STATUSES, Booking, PolicyTier
from anny_sandbox.store import Store


def _tiers(store: Store, booking: Booking) -> list[PolicyTier]:
    service = store.services.get(booking.service_id)
    policy = store.policies.get(service.cancellation_policy_id or "") if service else None
    return list(policy.tiers) if policy and policy.tiers else []


def cancelable_until(store: Store, booking: Booking) -> datetime:
    """The last moment the booking can be cancelled at all."""
    tiers = _tiers(store, booking)
    return booking.start - timedelta(hours=min((t.hours_before for t in tiers), default=0))


def cancellation_terms(store: Store, booking: Booking, now: datetime) -> dict[str, Any]:
    """Which tier applies at ``now``: cancelable or not, fee, refund, the tier's deadline.

    Datetimes are returned as datetimes; the caller formats them.
    """
    terms: dict[str, Any] = {
        "cancelable": False,
        "cancelable_until": None,
        "fee_type": "none",
        "fee_percentage": 0.0,
        "fee_amount": 0.0,
        "refund_amount": 0.0,
        "tier_deadline": None,
    }
    if booking.status not in OCCUPYING_STATUSES:
        return terms
    tiers = _tiers(store, booking)
    terms["cancelable_until"] = cancelable_until(store, booking)
    paid = paid_amount(store, booking)
    for tier in tiers:  # sorted from the earliest deadline (most hours before) on
        deadline = booking.start - timedelta(hours=tier.hours_before)
        if now <= deadline:
            fee = round(booking.subtotal * tier.fee_percentage / 100, 2)
            terms.update(
                cancelable=True,
                fee_type="percentage" if tier.fee_percentage else "none",
                fee_percentage=tier.fee_percentage,
                fee_amount=fee,
                refund_amount=round(paid - fee, 2) if paid else 0.0,
                tier_deadline=deadline,
            )
            return terms
    if not tiers and now < booking.start:
        terms.update(cancelable=True, refund_amount=paid)
    return terms
