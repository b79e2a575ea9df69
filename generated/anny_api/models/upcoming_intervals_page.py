from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.interval_item import IntervalItem


T = TypeVar("T", bound="UpcomingIntervalsPage")


@_attrs_define
class UpcomingIntervalsPage:
    """One page of upcoming intervals. `page_end_date` is recorded (anny-n8n); `data` is the
    designed name of the interval list.

        Attributes:
            data (list[IntervalItem]):
            page_end_date (datetime.datetime | None): The end of the span this page covers (inferred); pass it as
                `start_date` to get the next page; null when there is none.
    """

    data: list[IntervalItem]
    page_end_date: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for componentsschemas_interval_list_item_data in self.data:
            componentsschemas_interval_list_item = (
                componentsschemas_interval_list_item_data.to_dict()
            )
            data.append(componentsschemas_interval_list_item)

        page_end_date: None | str
        if isinstance(self.page_end_date, datetime.datetime):
            page_end_date = self.page_end_date.isoformat()
        else:
            page_end_date = self.page_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "page_end_date": page_end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_item import IntervalItem  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for componentsschemas_interval_list_item_data in _data:
            componentsschemas_interval_list_item = IntervalItem.from_dict(
                componentsschemas_interval_list_item_data
            )

            data.append(componentsschemas_interval_list_item)

        def _parse_page_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                page_end_date_type_0 = datetime.datetime.fromisoformat(data)

                return page_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        page_end_date = _parse_page_end_date(d.pop("page_end_date"))

        upcoming_intervals_page = cls(
            data=data,
            page_end_date=page_end_date,
        )

        upcoming_intervals_page.additional_properties = d
        return upcoming_intervals_page

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
