from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitlistEntryCreateRequestDataAttributes")


@_attrs_define
class WaitlistEntryCreateRequestDataAttributes:
    """
    Attributes:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        timeslot_series_id (int | None | str | Unset): Inferred (Addendum C6: series can be waitlisted; the field name
            is borrowed from the quote body). The series to wait for.
    """

    start_date: datetime.datetime
    end_date: datetime.datetime
    timeslot_series_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        timeslot_series_id: int | None | str | Unset
        if isinstance(self.timeslot_series_id, Unset):
            timeslot_series_id = UNSET
        else:
            timeslot_series_id = self.timeslot_series_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
            }
        )
        if timeslot_series_id is not UNSET:
            field_dict["timeslot_series_id"] = timeslot_series_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        def _parse_timeslot_series_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        timeslot_series_id = _parse_timeslot_series_id(
            d.pop("timeslot_series_id", UNSET)
        )

        waitlist_entry_create_request_data_attributes = cls(
            start_date=start_date,
            end_date=end_date,
            timeslot_series_id=timeslot_series_id,
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
