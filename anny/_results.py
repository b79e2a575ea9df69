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

from anny._models import (
    _JSON_KEYS,
    Money,
    from_spec,
    json_keys,
    parse_local_datetime,
    parse_money,
    spec_key,
)
from anny.errors import APIResponseValidationError

__all__ = ["CancellationTerms", "CheckoutForm", "FormField", "Quote", "QuoteItem"]


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
        deadline: until when cancelling is possible at all (``cancelable_until``); like
            ``tier_deadline``, in the booking's time zone when it is known (a
            :class:`~anny.types.Booking` fetched by ``client.bookings``), else as anny answers
            (UTC).
        tier_deadline: until when the current fee tier applies.
        fee_percentage: the current tier's fee in percent, if the fee is a percentage.
    """

    cancelable: bool = attrs.field(metadata=spec_key("CancellationPreview"))
    fee: Money | None = from_spec(
        "CancellationPreview", "fee_amount", also="currency", default=None
    )
    refund: Money | None = from_spec(
        "CancellationPreview", "refund_amount", also="currency", default=None
    )
    deadline: dt.datetime | None = from_spec(
        "CancellationPreview", "cancelable_until", default=None
    )
    tier_deadline: dt.datetime | None = from_spec("CancellationPreview", default=None)
    fee_percentage: float | None = from_spec("CancellationPreview", default=None)
    booking_id: str | None = from_spec("CancellationPreview", default=None)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object, zone: dt.tzinfo | None = None) -> CancellationTerms:
        """Parse the preview's JSON object; times are converted to ``zone`` when given."""
        data = _mapping(value, "cancellation preview")
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        currency = data.get(k["fee+"])
        percentage = data.get(k["fee_percentage"])
        booking_id = data.get(k["booking_id"])
        return cls(
            cancelable=data.get(k["cancelable"]) is True,
            fee=parse_money(data.get(k["fee"]), currency),
            refund=parse_money(data.get(k["refund"]), currency),
            deadline=parse_local_datetime(data.get(k["deadline"]), zone),
            tier_deadline=parse_local_datetime(data.get(k["tier_deadline"]), zone),
            fee_percentage=float(percentage)
            if isinstance(percentage, (int, float)) and not isinstance(percentage, bool)
            else None,
            booking_id=str(booking_id) if isinstance(booking_id, (str, int)) else None,
            raw=dict(data),
        )


def _tuple_of_mappings(value: object) -> tuple[Mapping[str, Any], ...]:
    if not isinstance(value, list):
        return ()
    return tuple(item for item in value if isinstance(item, Mapping))


@attrs.frozen
class QuoteItem:
    """One line of a :class:`Quote`."""

    title: str | None = attrs.field(metadata=spec_key("QuoteItem"))
    quantity: float | None = attrs.field(metadata=spec_key("QuoteItem"))
    total: Money | None = attrs.field(metadata=spec_key("QuoteItem"))


@attrs.frozen
class Quote:
    """The price of prospective bookings (``calculateCartBookings``); nothing is saved.

    Attributes:
        total: the price, as :class:`~anny.Money` (``Decimal`` amount, currency).
        charged_duration: the minutes charged.
        start, end: the priced interval, in the resource's time zone (anny answers in UTC).
        price_hidden: anny hides the price for this service (``total`` may then be zero).
        items: the lines.
    """

    total: Money | None = attrs.field(metadata=spec_key("Quote", also="currency"))
    charged_duration: int | None = from_spec("Quote", default=None)
    start: dt.datetime | None = from_spec("Quote", "start_date", default=None)
    end: dt.datetime | None = from_spec("Quote", "end_date", default=None)
    price_hidden: bool = from_spec("Quote", default=False)
    items: tuple[QuoteItem, ...] = from_spec("Quote", default=())
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_json(cls, value: object, zone: dt.tzinfo | None = None) -> Quote:
        """Parse the quote's JSON object; times are converted to ``zone`` when given."""
        data = _mapping(value, "quote")
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        i = _JSON_KEYS.get(QuoteItem) or json_keys(QuoteItem)
        currency = data.get(k["total+"])
        duration = data.get(k["charged_duration"])
        items = tuple(
            QuoteItem(
                title=item.get(i["title"]) if isinstance(item.get(i["title"]), str) else None,
                quantity=_number(item.get(i["quantity"])),
                # An item's own currency is not in the spec's QuoteItem (seen, not declared).
                total=parse_money(item.get(i["total"]), item.get("currency", currency)),
            )
            for item in _tuple_of_mappings(data.get(k["items"]))
        )
        return cls(
            total=parse_money(data.get(k["total"]), currency),
            charged_duration=int(duration)
            if isinstance(duration, (int, float))
            and not isinstance(duration, bool)
            and abs(duration) < 10**9
            else None,
            start=parse_local_datetime(data.get(k["start"]), zone),
            end=parse_local_datetime(data.get(k["end"]), zone),
            price_hidden=data.get(k["price_hidden"]) is True,
            items=items,
            raw=dict(data),
        )


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


@attrs.frozen
class FormField:
    """One field of the checkout form: ``key`` (``customer.email``), input type, required."""

    key: str
    type: str | None = None
    required: bool = False


@attrs.frozen
class CheckoutForm:
    """What the checkout asks for (``getCheckoutForm``), with the customer's prefilled data.

    Attributes:
        fields: the form's fields (``customer.given_name`` …, ``accept_terms``).
        prefill: the known customer data (``{"given_name": …}``) for a signed-in customer.
        payment_methods: the methods to choose from (empty for free orders).
        requires_payment: whether the order must be paid online after submitting.
    """

    fields: tuple[FormField, ...] = attrs.field(metadata=spec_key("CheckoutForm", "components"))
    prefill: Mapping[str, Any] = from_spec("CheckoutForm", "default", factory=dict, repr=False)
    payment_methods: tuple[str, ...] = from_spec("CheckoutForm", default=())
    requires_payment: bool = from_spec("CheckoutForm", default=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def required(self) -> tuple[str, ...]:
        """The keys of the required fields."""
        return tuple(f.key for f in self.fields if f.required)

    @classmethod
    def from_json(cls, value: object) -> CheckoutForm:
        """Parse the checkout form's JSON object."""
        data = _mapping(value, "checkout form")
        k = _JSON_KEYS.get(cls) or json_keys(cls)
        # A component's own keys (`key`, `type`, `required`) are open in the spec (inferred).
        fields = tuple(
            FormField(
                key=str(c.get("key")),
                type=c.get("type") if isinstance(c.get("type"), str) else None,
                required=c.get("required") is True,
            )
            for c in _tuple_of_mappings(data.get(k["fields"]))
            if isinstance(c.get("key"), str)
        )
        default = data.get(k["prefill"])
        customer = default.get("customer") if isinstance(default, Mapping) else None
        methods = data.get(k["payment_methods"])
        return cls(
            fields=fields,
            prefill=dict(customer) if isinstance(customer, Mapping) else {},
            payment_methods=tuple(m for m in methods if isinstance(m, str))
            if isinstance(methods, list)
            else (),
            requires_payment=data.get(k["requires_payment"]) is True,
            raw=dict(data),
        )
