from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityStartDate")


@_attrs_define
class AvailabilityStartDate:
    """
    Attributes:
        date (datetime.date | Unset):
        available (bool | Unset):
        timezone (str | Unset):
        unavailability_type (None | str | Unset): Why a slot is unavailable, or null. Server-controlled; known values:
            `booked_out`,
            `overbooked`, `lead_time_conflict`, `before_lead_time`, `after_lead_time`,
            `under_min_duration`, `over_max_duration`, `staggered_conflict`, `pause_conflict`,
            `off_schedule`, `outside_opening_hours`, `closed`, `resource_unavailable`, `blocked`.
    """

    date: datetime.date | Unset = UNSET
    available: bool | Unset = UNSET
    timezone: str | Unset = UNSET
    unavailability_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        available = self.available

        timezone = self.timezone

        unavailability_type: None | str | Unset
        if isinstance(self.unavailability_type, Unset):
            unavailability_type = UNSET
        else:
            unavailability_type = self.unavailability_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if available is not UNSET:
            field_dict["available"] = available
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if unavailability_type is not UNSET:
            field_dict["unavailability_type"] = unavailability_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        available = d.pop("available", UNSET)

        timezone = d.pop("timezone", UNSET)

        def _parse_unavailability_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unavailability_type = _parse_unavailability_type(
            d.pop("unavailability_type", UNSET)
        )

        availability_start_date = cls(
            date=date,
            available=available,
            timezone=timezone,
            unavailability_type=unavailability_type,
        )

        availability_start_date.additional_properties = d
        return availability_start_date

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
