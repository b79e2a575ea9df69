from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunityAttributes")


@_attrs_define
class CommunityAttributes:
    """The documented community attributes (reference Addendum C7, developers.anny.co/guides/communities).
    The earlier inferred `requires_access_code`, `is_member` and `member_count` were never
    documented and are gone: whether the caller belongs is their community account
    (`include=community_accounts`), not an attribute.

        Attributes:
            name (str | Unset):
            slug (str | Unset):
            is_private (bool | Unset): Hidden from the public listing.
            allow_customer_requests (bool | Unset): Customers may ask to join; the request stays `pending` until approved.
            auto_join_enabled (bool | Unset): Customers who join become members at once (`accepted`).
            include_all_services (bool | Unset): Membership covers every service of the organization.
            welcome_text (None | str | Unset):
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    allow_customer_requests: bool | Unset = UNSET
    auto_join_enabled: bool | Unset = UNSET
    include_all_services: bool | Unset = UNSET
    welcome_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        is_private = self.is_private

        allow_customer_requests = self.allow_customer_requests

        auto_join_enabled = self.auto_join_enabled

        include_all_services = self.include_all_services

        welcome_text: None | str | Unset
        if isinstance(self.welcome_text, Unset):
            welcome_text = UNSET
        else:
            welcome_text = self.welcome_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if allow_customer_requests is not UNSET:
            field_dict["allow_customer_requests"] = allow_customer_requests
        if auto_join_enabled is not UNSET:
            field_dict["auto_join_enabled"] = auto_join_enabled
        if include_all_services is not UNSET:
            field_dict["include_all_services"] = include_all_services
        if welcome_text is not UNSET:
            field_dict["welcome_text"] = welcome_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        is_private = d.pop("is_private", UNSET)

        allow_customer_requests = d.pop("allow_customer_requests", UNSET)

        auto_join_enabled = d.pop("auto_join_enabled", UNSET)

        include_all_services = d.pop("include_all_services", UNSET)

        def _parse_welcome_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        welcome_text = _parse_welcome_text(d.pop("welcome_text", UNSET))

        community_attributes = cls(
            name=name,
            slug=slug,
            is_private=is_private,
            allow_customer_requests=allow_customer_requests,
            auto_join_enabled=auto_join_enabled,
            include_all_services=include_all_services,
            welcome_text=welcome_text,
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
