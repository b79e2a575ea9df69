from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceQuantities")


@_attrs_define
class ServiceQuantities:
    """Quantities keyed by numeric service id: `{"7003": 1}` travels in a query string as
    `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
    `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
    declared `properties`, reads this map as `{}` and would reject every real request.)

    """

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_quantities = cls()

        service_quantities.additional_properties = d
        return service_quantities

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
