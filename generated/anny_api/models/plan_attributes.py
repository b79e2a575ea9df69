from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanAttributes")


@_attrs_define
class PlanAttributes:
    """Inferred.

    Attributes:
        name (str | Unset):
        slug (str | Unset):
        description (None | str | Unset):
        price (float | Unset):
        currency (str | Unset):
        billing_period (str | Unset):
        requires_confirmation (bool | Unset):
        auto_renew (bool | Unset):
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    description: None | str | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    billing_period: str | Unset = UNSET
    requires_confirmation: bool | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        price = self.price

        currency = self.currency

        billing_period = self.billing_period

        requires_confirmation = self.requires_confirmation

        auto_renew = self.auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if requires_confirmation is not UNSET:
            field_dict["requires_confirmation"] = requires_confirmation
        if auto_renew is not UNSET:
            field_dict["auto_renew"] = auto_renew

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

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        billing_period = d.pop("billing_period", UNSET)

        requires_confirmation = d.pop("requires_confirmation", UNSET)

        auto_renew = d.pop("auto_renew", UNSET)

        plan_attributes = cls(
            name=name,
            slug=slug,
            description=description,
            price=price,
            currency=currency,
            billing_period=billing_period,
            requires_confirmation=requires_confirmation,
            auto_renew=auto_renew,
        )

        plan_attributes.additional_properties = d
        return plan_attributes

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
