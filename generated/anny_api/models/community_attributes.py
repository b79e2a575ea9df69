from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunityAttributes")


@_attrs_define
class CommunityAttributes:
    """Inferred.

    Attributes:
        name (str | Unset):
        slug (str | Unset):
        description (None | str | Unset):
        requires_access_code (bool | Unset):
        is_member (bool | Unset):
        member_count (int | Unset):
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    description: None | str | Unset = UNSET
    requires_access_code: bool | Unset = UNSET
    is_member: bool | Unset = UNSET
    member_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        requires_access_code = self.requires_access_code

        is_member = self.is_member

        member_count = self.member_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if requires_access_code is not UNSET:
            field_dict["requires_access_code"] = requires_access_code
        if is_member is not UNSET:
            field_dict["is_member"] = is_member
        if member_count is not UNSET:
            field_dict["member_count"] = member_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        requires_access_code = d.pop("requires_access_code", UNSET)

        is_member = d.pop("is_member", UNSET)

        member_count = d.pop("member_count", UNSET)

        community_attributes = cls(
            name=name,
            slug=slug,
            description=description,
            requires_access_code=requires_access_code,
            is_member=is_member,
            member_count=member_count,
        )

        community_attributes.additional_properties = d
        return community_attributes

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
