from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WaitlistEntryCreateRequestDataAttributes")


@_attrs_define
class WaitlistEntryCreateRequestDataAttributes:
    """
    Attributes:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
    """

    start_date: datetime.datetime
    end_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        waitlist_entry_create_request_data_attributes = cls(
            start_date=start_date,
            end_date=end_date,
        )

        waitlist_entry_create_request_data_attributes.additional_properties = d
        return waitlist_entry_create_request_data_attributes

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
