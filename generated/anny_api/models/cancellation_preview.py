from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationPreview")


@_attrs_define
class CancellationPreview:
    """Plain JSON; field names inferred (the real ones are not public).

    Attributes:
        booking_id (str | Unset):
        booking_number (str | Unset):
        cancelable (bool | Unset):
        cancelable_until (datetime.datetime | None | Unset):
        fee_type (str | Unset):
        fee_percentage (float | None | Unset):
        fee_amount (float | Unset):
        refund_amount (float | Unset):
        currency (str | Unset):
        tier_deadline (datetime.datetime | None | Unset):
    """

    booking_id: str | Unset = UNSET
    booking_number: str | Unset = UNSET
    cancelable: bool | Unset = UNSET
    cancelable_until: datetime.datetime | None | Unset = UNSET
    fee_type: str | Unset = UNSET
    fee_percentage: float | None | Unset = UNSET
    fee_amount: float | Unset = UNSET
    refund_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    tier_deadline: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking_id = self.booking_id

        booking_number = self.booking_number

        cancelable = self.cancelable

        cancelable_until: None | str | Unset
        if isinstance(self.cancelable_until, Unset):
            cancelable_until = UNSET
        elif isinstance(self.cancelable_until, datetime.datetime):
            cancelable_until = self.cancelable_until.isoformat()
        else:
            cancelable_until = self.cancelable_until

        fee_type = self.fee_type

        fee_percentage: float | None | Unset
        if isinstance(self.fee_percentage, Unset):
            fee_percentage = UNSET
        else:
            fee_percentage = self.fee_percentage

        fee_amount = self.fee_amount

        refund_amount = self.refund_amount

        currency = self.currency

        tier_deadline: None | str | Unset
        if isinstance(self.tier_deadline, Unset):
            tier_deadline = UNSET
        elif isinstance(self.tier_deadline, datetime.datetime):
            tier_deadline = self.tier_deadline.isoformat()
        else:
            tier_deadline = self.tier_deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if booking_id is not UNSET:
            field_dict["booking_id"] = booking_id
        if booking_number is not UNSET:
            field_dict["booking_number"] = booking_number
        if cancelable is not UNSET:
            field_dict["cancelable"] = cancelable
        if cancelable_until is not UNSET:
            field_dict["cancelable_until"] = cancelable_until
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if fee_percentage is not UNSET:
            field_dict["fee_percentage"] = fee_percentage
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tier_deadline is not UNSET:
            field_dict["tier_deadline"] = tier_deadline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booking_id = d.pop("booking_id", UNSET)

        booking_number = d.pop("booking_number", UNSET)

        cancelable = d.pop("cancelable", UNSET)

        def _parse_cancelable_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelable_until = _parse_cancelable_until(d.pop("cancelable_until", UNSET))

        fee_type = d.pop("fee_type", UNSET)

        def _parse_fee_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fee_percentage = _parse_fee_percentage(d.pop("fee_percentage", UNSET))

        fee_amount = d.pop("fee_amount", UNSET)

        refund_amount = d.pop("refund_amount", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_tier_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        tier_deadline = _parse_tier_deadline(d.pop("tier_deadline", UNSET))

        cancellation_preview = cls(
            booking_id=booking_id,
            booking_number=booking_number,
            cancelable=cancelable,
            cancelable_until=cancelable_until,
            fee_type=fee_type,
            fee_percentage=fee_percentage,
            fee_amount=fee_amount,
            refund_amount=refund_amount,
            currency=currency,
            tier_deadline=tier_deadline,
        )

        cancellation_preview.additional_properties = d
        return cancellation_preview

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
