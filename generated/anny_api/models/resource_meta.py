from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceMeta")


@_attrs_define
class ResourceMeta:
    """
    Attributes:
        is_available (bool | None | Unset):
        number_available (float | None | Unset):
        availability_result (Any | Unset): Availability summary (raw JSON).
        services_count (float | None | Unset):
        viewing_restricted (bool | Unset):
        booking_restricted (bool | Unset):
        parent_id (None | str | Unset):
        client_url (None | str | Unset):
        preview_url (None | str | Unset):
    """

    is_available: bool | None | Unset = UNSET
    number_available: float | None | Unset = UNSET
    availability_result: Any | Unset = UNSET
    services_count: float | None | Unset = UNSET
    viewing_restricted: bool | Unset = UNSET
    booking_restricted: bool | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    client_url: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_available: bool | None | Unset
        if isinstance(self.is_available, Unset):
            is_available = UNSET
        else:
            is_available = self.is_available

        number_available: float | None | Unset
        if isinstance(self.number_available, Unset):
            number_available = UNSET
        else:
            number_available = self.number_available

        availability_result = self.availability_result

        services_count: float | None | Unset
        if isinstance(self.services_count, Unset):
            services_count = UNSET
        else:
            services_count = self.services_count

        viewing_restricted = self.viewing_restricted

        booking_restricted = self.booking_restricted

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        client_url: None | str | Unset
        if isinstance(self.client_url, Unset):
            client_url = UNSET
        else:
            client_url = self.client_url

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_available is not UNSET:
            field_dict["is_available"] = is_available
        if number_available is not UNSET:
            field_dict["number_available"] = number_available
        if availability_result is not UNSET:
            field_dict["availability_result"] = availability_result
        if services_count is not UNSET:
            field_dict["services_count"] = services_count
        if viewing_restricted is not UNSET:
            field_dict["viewing_restricted"] = viewing_restricted
        if booking_restricted is not UNSET:
            field_dict["booking_restricted"] = booking_restricted
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if client_url is not UNSET:
            field_dict["client_url"] = client_url
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_is_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_available = _parse_is_available(d.pop("is_available", UNSET))

        def _parse_number_available(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        number_available = _parse_number_available(d.pop("number_available", UNSET))

        availability_result = d.pop("availability_result", UNSET)

        def _parse_services_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        services_count = _parse_services_count(d.pop("services_count", UNSET))

        viewing_restricted = d.pop("viewing_restricted", UNSET)

        booking_restricted = d.pop("booking_restricted", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_client_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_url = _parse_client_url(d.pop("client_url", UNSET))

        def _parse_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_url = _parse_preview_url(d.pop("preview_url", UNSET))

        resource_meta = cls(
            is_available=is_available,
            number_available=number_available,
            availability_result=availability_result,
            services_count=services_count,
            viewing_restricted=viewing_restricted,
            booking_restricted=booking_restricted,
            parent_id=parent_id,
            client_url=client_url,
            preview_url=preview_url,
        )

        resource_meta.additional_properties = d
        return resource_meta

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
