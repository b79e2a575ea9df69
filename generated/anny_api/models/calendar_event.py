from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_event_resource_availability_result import (
        CalendarEventResourceAvailabilityResult,
    )


T = TypeVar("T", bound="CalendarEvent")


@_attrs_define
class CalendarEvent:
    """
    Attributes:
        id (int | str | Unset):
        resource_id (int | str | Unset):
        resource_name (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        is_available (bool | Unset):
        display_label (None | str | Unset):
        occupancy (float | None | Unset):
        quota (int | None | Unset):
        resource_availability_result (CalendarEventResourceAvailabilityResult | Unset):
    """

    id: int | str | Unset = UNSET
    resource_id: int | str | Unset = UNSET
    resource_name: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    is_available: bool | Unset = UNSET
    display_label: None | str | Unset = UNSET
    occupancy: float | None | Unset = UNSET
    quota: int | None | Unset = UNSET
    resource_availability_result: CalendarEventResourceAvailabilityResult | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        resource_id: int | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_name = self.resource_name

        start_date = self.start_date

        end_date = self.end_date

        is_available = self.is_available

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        occupancy: float | None | Unset
        if isinstance(self.occupancy, Unset):
            occupancy = UNSET
        else:
            occupancy = self.occupancy

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        resource_availability_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_availability_result, Unset):
            resource_availability_result = self.resource_availability_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_name is not UNSET:
            field_dict["resource_name"] = resource_name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if is_available is not UNSET:
            field_dict["is_available"] = is_available
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if occupancy is not UNSET:
            field_dict["occupancy"] = occupancy
        if quota is not UNSET:
            field_dict["quota"] = quota
        if resource_availability_result is not UNSET:
            field_dict["resource_availability_result"] = resource_availability_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_event_resource_availability_result import (
            CalendarEventResourceAvailabilityResult,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_resource_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        resource_name = d.pop("resource_name", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        is_available = d.pop("is_available", UNSET)

        def _parse_display_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_label = _parse_display_label(d.pop("display_label", UNSET))

        def _parse_occupancy(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        occupancy = _parse_occupancy(d.pop("occupancy", UNSET))

        def _parse_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota = _parse_quota(d.pop("quota", UNSET))

        _resource_availability_result = d.pop("resource_availability_result", UNSET)
        resource_availability_result: CalendarEventResourceAvailabilityResult | Unset
        if isinstance(_resource_availability_result, Unset):
            resource_availability_result = UNSET
        else:
            resource_availability_result = (
                CalendarEventResourceAvailabilityResult.from_dict(
                    _resource_availability_result
                )
            )

        calendar_event = cls(
            id=id,
            resource_id=resource_id,
            resource_name=resource_name,
            start_date=start_date,
            end_date=end_date,
            is_available=is_available,
            display_label=display_label,
            occupancy=occupancy,
            quota=quota,
            resource_availability_result=resource_availability_result,
        )

        calendar_event.additional_properties = d
        return calendar_event

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
