from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """
    Attributes:
        title (str | Unset): Display string in local time, e.g. `Room (Desk 1) (Service): 25/11/2026 09:00 - 10:00
            (CET)`.
        quantity (float | Unset):
        single_net_amount (float | Unset):
        total (float | Unset):
    """

    title: str | Unset = UNSET
    quantity: float | Unset = UNSET
    single_net_amount: float | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        quantity = self.quantity

        single_net_amount = self.single_net_amount

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if single_net_amount is not UNSET:
            field_dict["single_net_amount"] = single_net_amount
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        quantity = d.pop("quantity", UNSET)

        single_net_amount = d.pop("single_net_amount", UNSET)

        total = d.pop("total", UNSET)

        order_item = cls(
            title=title,
            quantity=quantity,
            single_net_amount=single_net_amount,
            total=total,
        )

        order_item.additional_properties = d
        return order_item

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
