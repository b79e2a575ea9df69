from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resource_location import ResourceLocation


T = TypeVar("T", bound="ResourceLocationsResponse")


@_attrs_define
class ResourceLocationsResponse:
    """
    Attributes:
        resource_locations (list[ResourceLocation]):
    """

    resource_locations: list[ResourceLocation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_locations = []
        for resource_locations_item_data in self.resource_locations:
            resource_locations_item = resource_locations_item_data.to_dict()
            resource_locations.append(resource_locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceLocations": resource_locations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_location import ResourceLocation  # noqa: PLC0415

        d = dict(src_dict)
        resource_locations = []
        _resource_locations = d.pop("resourceLocations")
        for resource_locations_item_data in _resource_locations:
            resource_locations_item = ResourceLocation.from_dict(
                resource_locations_item_data
            )

            resource_locations.append(resource_locations_item)

        resource_locations_response = cls(
            resource_locations=resource_locations,
        )

        resource_locations_response.additional_properties = d
        return resource_locations_response

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
