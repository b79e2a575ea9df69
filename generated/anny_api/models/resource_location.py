from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_location_availability_result import (
        ResourceLocationAvailabilityResult,
    )


T = TypeVar("T", bound="ResourceLocation")


@_attrs_define
class ResourceLocation:
    """
    Attributes:
        id (int | str | Unset):
        name (str | Unset):
        parent_slug (None | str | Unset):
        availability_result (ResourceLocationAvailabilityResult | Unset):
    """

    id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    parent_slug: None | str | Unset = UNSET
    availability_result: ResourceLocationAvailabilityResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        parent_slug: None | str | Unset
        if isinstance(self.parent_slug, Unset):
            parent_slug = UNSET
        else:
            parent_slug = self.parent_slug

        availability_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability_result, Unset):
            availability_result = self.availability_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if parent_slug is not UNSET:
            field_dict["parentSlug"] = parent_slug
        if availability_result is not UNSET:
            field_dict["availabilityResult"] = availability_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_location_availability_result import (
            ResourceLocationAvailabilityResult,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        def _parse_parent_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_slug = _parse_parent_slug(d.pop("parentSlug", UNSET))

        _availability_result = d.pop("availabilityResult", UNSET)
        availability_result: ResourceLocationAvailabilityResult | Unset
        if isinstance(_availability_result, Unset):
            availability_result = UNSET
        else:
            availability_result = ResourceLocationAvailabilityResult.from_dict(
                _availability_result
            )

        resource_location = cls(
            id=id,
            name=name,
            parent_slug=parent_slug,
            availability_result=availability_result,
        )

        resource_location.additional_properties = d
        return resource_location

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
