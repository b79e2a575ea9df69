from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceMeta")


@_attrs_define
class ServiceMeta:
    """
    Attributes:
        min_duration_total (float | None | Unset):
        duration_preview (None | str | Unset):
        price_preview (None | str | Unset):
        resource_count (float | None | Unset):
        has_custom_forms (bool | Unset):
        has_mandatory_custom_forms (bool | Unset):
        has_add_ons (bool | Unset):
        has_sub_resources (bool | Unset):
        supports_instant_booking (bool | Unset):
    """

    min_duration_total: float | None | Unset = UNSET
    duration_preview: None | str | Unset = UNSET
    price_preview: None | str | Unset = UNSET
    resource_count: float | None | Unset = UNSET
    has_custom_forms: bool | Unset = UNSET
    has_mandatory_custom_forms: bool | Unset = UNSET
    has_add_ons: bool | Unset = UNSET
    has_sub_resources: bool | Unset = UNSET
    supports_instant_booking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_duration_total: float | None | Unset
        if isinstance(self.min_duration_total, Unset):
            min_duration_total = UNSET
        else:
            min_duration_total = self.min_duration_total

        duration_preview: None | str | Unset
        if isinstance(self.duration_preview, Unset):
            duration_preview = UNSET
        else:
            duration_preview = self.duration_preview

        price_preview: None | str | Unset
        if isinstance(self.price_preview, Unset):
            price_preview = UNSET
        else:
            price_preview = self.price_preview

        resource_count: float | None | Unset
        if isinstance(self.resource_count, Unset):
            resource_count = UNSET
        else:
            resource_count = self.resource_count

        has_custom_forms = self.has_custom_forms

        has_mandatory_custom_forms = self.has_mandatory_custom_forms

        has_add_ons = self.has_add_ons

        has_sub_resources = self.has_sub_resources

        supports_instant_booking = self.supports_instant_booking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_duration_total is not UNSET:
            field_dict["min_duration_total"] = min_duration_total
        if duration_preview is not UNSET:
            field_dict["duration_preview"] = duration_preview
        if price_preview is not UNSET:
            field_dict["price_preview"] = price_preview
        if resource_count is not UNSET:
            field_dict["resource_count"] = resource_count
        if has_custom_forms is not UNSET:
            field_dict["has_custom_forms"] = has_custom_forms
        if has_mandatory_custom_forms is not UNSET:
            field_dict["has_mandatory_custom_forms"] = has_mandatory_custom_forms
        if has_add_ons is not UNSET:
            field_dict["has_add_ons"] = has_add_ons
        if has_sub_resources is not UNSET:
            field_dict["has_sub_resources"] = has_sub_resources
        if supports_instant_booking is not UNSET:
            field_dict["supports_instant_booking"] = supports_instant_booking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_min_duration_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_duration_total = _parse_min_duration_total(
            d.pop("min_duration_total", UNSET)
        )

        def _parse_duration_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_preview = _parse_duration_preview(d.pop("duration_preview", UNSET))

        def _parse_price_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_preview = _parse_price_preview(d.pop("price_preview", UNSET))

        def _parse_resource_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        resource_count = _parse_resource_count(d.pop("resource_count", UNSET))

        has_custom_forms = d.pop("has_custom_forms", UNSET)

        has_mandatory_custom_forms = d.pop("has_mandatory_custom_forms", UNSET)

        has_add_ons = d.pop("has_add_ons", UNSET)

        has_sub_resources = d.pop("has_sub_resources", UNSET)

        supports_instant_booking = d.pop("supports_instant_booking", UNSET)

        service_meta = cls(
            min_duration_total=min_duration_total,
            duration_preview=duration_preview,
            price_preview=price_preview,
            resource_count=resource_count,
            has_custom_forms=has_custom_forms,
            has_mandatory_custom_forms=has_mandatory_custom_forms,
            has_add_ons=has_add_ons,
            has_sub_resources=has_sub_resources,
            supports_instant_booking=supports_instant_booking,
        )

        service_meta.additional_properties = d
        return service_meta

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
