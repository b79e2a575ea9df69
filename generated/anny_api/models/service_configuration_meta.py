from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceConfigurationMeta")


@_attrs_define
class ServiceConfigurationMeta:
    """
    Attributes:
        next_available_date (None | str | Unset):
    """

    next_available_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_available_date: None | str | Unset
        if isinstance(self.next_available_date, Unset):
            next_available_date = UNSET
        else:
            next_available_date = self.next_available_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_available_date is not UNSET:
            field_dict["next_available_date"] = next_available_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_next_available_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_available_date = _parse_next_available_date(
            d.pop("next_available_date", UNSET)
        )

        service_configuration_meta = cls(
            next_available_date=next_available_date,
        )

        service_configuration_meta.additional_properties = d
        return service_configuration_meta

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
