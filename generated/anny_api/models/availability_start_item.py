from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityStartItem")


@_attrs_define
class AvailabilityStartItem:
    """
    Attributes:
        start_date (str | Unset): Local start with offset.
        date_time (str | Unset): Older name of `start_date` on some deployments.
        end_date (None | str | Unset):
        available (bool | Unset):
        number_available (int | None | Unset):
        remaining_number_available (int | None | Unset):
        quota (int | None | Unset):
        unavailability_type (None | str | Unset): Why a slot is unavailable, or null. Server-controlled; known values:
            `booked_out`,
            `overbooked`, `lead_time_conflict`, `before_lead_time`, `after_lead_time`,
            `under_min_duration`, `over_max_duration`, `staggered_conflict`, `pause_conflict`,
            `off_schedule`, `outside_opening_hours`, `closed`, `resource_unavailable`, `blocked`.
        resource_ids (list[int | str] | Unset):
    """

    start_date: str | Unset = UNSET
    date_time: str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    available: bool | Unset = UNSET
    number_available: int | None | Unset = UNSET
    remaining_number_available: int | None | Unset = UNSET
    quota: int | None | Unset = UNSET
    unavailability_type: None | str | Unset = UNSET
    resource_ids: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        date_time = self.date_time

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        available = self.available

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

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        unavailability_type: None | str | Unset
        if isinstance(self.unavailability_type, Unset):
            unavailability_type = UNSET
        else:
            unavailability_type = self.unavailability_type

        resource_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = []
            for resource_ids_item_data in self.resource_ids:
                resource_ids_item: int | str
                resource_ids_item = resource_ids_item_data
                resource_ids.append(resource_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if available is not UNSET:
            field_dict["available"] = available
        if number_available is not UNSET:
            field_dict["number_available"] = number_available
        if remaining_number_available is not UNSET:
            field_dict["remaining_number_available"] = remaining_number_available
        if quota is not UNSET:
            field_dict["quota"] = quota
        if unavailability_type is not UNSET:
            field_dict["unavailability_type"] = unavailability_type
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("start_date", UNSET)

        date_time = d.pop("date_time", UNSET)

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        available = d.pop("available", UNSET)

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

        def _parse_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota = _parse_quota(d.pop("quota", UNSET))

        def _parse_unavailability_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unavailability_type = _parse_unavailability_type(
            d.pop("unavailability_type", UNSET)
        )

        _resource_ids = d.pop("resource_ids", UNSET)
        resource_ids: list[int | str] | Unset = UNSET
        if _resource_ids is not UNSET:
            resource_ids = []
            for resource_ids_item_data in _resource_ids:

                def _parse_resource_ids_item(data: object) -> int | str:
                    return cast(int | str, data)

                resource_ids_item = _parse_resource_ids_item(resource_ids_item_data)

                resource_ids.append(resource_ids_item)

        availability_start_item = cls(
            start_date=start_date,
            date_time=date_time,
            end_date=end_date,
            available=available,
            number_available=number_available,
            remaining_number_available=remaining_number_available,
            quota=quota,
            unavailability_type=unavailability_type,
            resource_ids=resource_ids,
        )

        availability_start_item.additional_properties = d
        return availability_start_item

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
