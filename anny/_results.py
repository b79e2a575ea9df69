"""Typed results of the plain-JSON endpoints (cancellation terms, quotes, slots …).

Like the JSON:API views in :mod:`anny._models`, these are small frozen attrs classes built by
tolerant parsers: datetimes are timezone-aware, money is :class:`~anny.Money`, a value the
client cannot read becomes ``None`` and the raw dict stays reachable as ``.raw``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from anny._models import Money, parse_datetime, parse_money
from anny.errors import APIResponseValidationError

__all__ = ["CancellationTerms"]


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise APIResponseValidationError(
            f"{what}: expected a JSON object, got {type(value).__name__}"
        )
    return value


@attrs.frozen
class CancellationTerms:
    """What cancelling a booking would cost now (``GET …/cancellation-preview``).

    The preview's field names are inferred (anny does not publish them); unknown fields stay in
    ``raw``.

    Attributes:
        cancelable: whether a cancel now is allowed.
        fee: what the cancellation costs now.
        refund: what would be refunded.
        deadline: until when cancelling is possible at all (``cancelable_until``).
        tier_deadline: until when the current fee tier applies.
        fee_percentage: the current tier's fee in percent, if the fee is a percentage.
    """

    cancelable: bool
    fee: Money | None = None
    refund: Money | None = None
    deadline: dt.datetime | None = None
    tier_deadline: dt.datetime | None = None
    fee_percentage: float | None = None
    booking_id: str | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object) -> CancellationTerms:
        """Parse the preview's JSON object."""
        data = _mapping(value, "cancellation preview")
        currency = data.get("currency")
        percentage = data.get("fee_percentage")
        booking_id = data.get("booking_id")
        return cls(
            cancelable=data.get("cancelable") is True,
            fee=parse_money(data.get("fee_amount"), currency),
            refund=parse_money(data.get("refund_amount"), currency),
            deadline=parse_datetime(data.get("cancelable_until")),
            tier_deadline=parse_datetime(data.get("tier_deadline")),
            fee_percentage=float(percentage)
            if isinstance(percentage, (int, float)) and not isinstance(percentage, bool)
            else None,
            booking_id=str(booking_id) if isinstance(booking_id, (str, int)) else None,
            raw=dict(data),
        )
