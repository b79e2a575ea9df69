from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntervalItem")


@_attrs_define
class IntervalItem:
    """
    Attributes:
        start_date (str | Unset):
        end_date (str | Unset):
        unit (None | str | Unset):
        available (bool | Unset):
        quota (int | None | Unset):
        number_available (int | None | Unset):
        remaining_number_available (int | None | Unset):
        unavailability_type (None | str | Unset): Why a slot is unavailable, or null. Server-controlled; known values:
            `booked_out`,
            `overbooked`, `lead_time_conflict`, `before_lead_time`, `after_lead_time`,
            `under_min_duration`, `over_max_duration`, `staggered_conflict`, `pause_conflict`,
            `off_schedule`, `outside_opening_hours`, `closed`, `resource_unavailable`, `blocked`.
        messages (list[Any] | Unset):
    """

    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    unit: None | str | Unset = UNSET
    available: bool | Unset = UNSET
    quota: int | None | Unset = UNSET
    number_available: int | None | Unset = UNSET
    remaining_number_available: int | None | Unset = UNSET
    unavailability_type: None | str | Unset = UNSET
    messages: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        available = self.available

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        number_available: int | None | Unset
        if isinstance(self.number_available, Unset):
            number_available = UNSET
        else:
            number_available = self.number_available

        remaining_number_available: int | None | Unset
        if isinstance(self.remaining_number_available, Unset):
            remaining_number_available = UNSET
        else:
            remaining_number_available = self.remaining_number_available

        unavailability_type: None | str | Unset
        if isinstance(self.unavailability_type, Unset):
            unavailability_type = UNSET
        else:
            unavailability_type = self.unavailability_type

        messages: list[Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if unit is not UNSET:
            field_dict["unit"] = unit
        if available is not UNSET:
            field_dict["available"] = available
        if quota is not UNSET:
            field_dict["quota"] = quota
        if number_available is not UNSET:
            field_dict["number_available"] = number_available
        if remaining_number_available is not UNSET:
            field_dict["remaining_number_available"] = remaining_number_available
        if unavailability_type is not UNSET:
            field_dict["unavailability_type"] = unavailability_type
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        available = d.pop("available", UNSET)

        def _parse_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota = _parse_quota(d.pop("quota", UNSET))

        def _parse_number_available(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_available = _parse_number_available(d.pop("number_available", UNSET))

        def _parse_remaining_number_available(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_number_available = _parse_remaining_number_available(
            d.pop("remaining_number_available", UNSET)
        )

        def _parse_unavailability_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unavailability_type = _parse_unavailability_type(
            d.pop("unavailability_type", UNSET)
        )

        messages = cast(list[Any], d.pop("messages", UNSET))

        interval_item = cls(
            start_date=start_date,
            end_date=end_date,
            unit=unit,
            available=available,
            quota=quota,
            number_available=number_available,
            remaining_number_available=remaining_number_available,
            unavailability_type=unavailability_type,
            messages=messages,
        )

        interval_item.additional_properties = d
        return interval_item

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
