from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstantBookingRequest")


@_attrs_define
class InstantBookingRequest:
    """Flat instant-booking body with plain ids.

    Attributes:
        resource_id (str):
        service_id (str):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        description (None | str | Unset):
    """

    resource_id: str
    service_id: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        service_id = self.service_id

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "service_id": service_id,
                "start_date": start_date,
                "end_date": end_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resource_id")

        service_id = d.pop("service_id")

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        instant_booking_request = cls(
            resource_id=resource_id,
            service_id=service_id,
            start_date=start_date,
            end_date=end_date,
            description=description,
        )

        instant_booking_request.additional_properties = d
        return instant_booking_request

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
