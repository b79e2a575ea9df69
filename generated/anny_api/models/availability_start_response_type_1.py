from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.availability_start_item import AvailabilityStartItem


T = TypeVar("T", bound="AvailabilityStartResponseType1")


@_attrs_define
class AvailabilityStartResponseType1:
    """
    Attributes:
        data (list[AvailabilityStartItem]):
    """

    data: list[AvailabilityStartItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for componentsschemas_availability_start_list_item_data in self.data:
            componentsschemas_availability_start_list_item = (
                componentsschemas_availability_start_list_item_data.to_dict()
            )
            data.append(componentsschemas_availability_start_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability_start_item import AvailabilityStartItem  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for componentsschemas_availability_start_list_item_data in _data:
            componentsschemas_availability_start_list_item = (
                AvailabilityStartItem.from_dict(
                    componentsschemas_availability_start_list_item_data
                )
            )

            data.append(componentsschemas_availability_start_list_item)

        availability_start_response_type_1 = cls(
            data=data,
        )

        availability_start_response_type_1.additional_properties = d
        return availability_start_response_type_1

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
