from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item import OrderItem


T = TypeVar("T", bound="OrderMeta")


@_attrs_define
class OrderMeta:
    """
    Attributes:
        download_url (None | str | Unset):
        voucher_code (None | str | Unset):
        is_base_order (bool | Unset):
        payment_flow (None | str | Unset):
        pay_now_amount (float | Unset):
        payment_url (None | str | Unset): Where to send the customer to pay (inferred name; the real field is not
            public).
        items (list[OrderItem] | Unset):
    """

    download_url: None | str | Unset = UNSET
    voucher_code: None | str | Unset = UNSET
    is_base_order: bool | Unset = UNSET
    payment_flow: None | str | Unset = UNSET
    pay_now_amount: float | Unset = UNSET
    payment_url: None | str | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        voucher_code: None | str | Unset
        if isinstance(self.voucher_code, Unset):
            voucher_code = UNSET
        else:
            voucher_code = self.voucher_code

        is_base_order = self.is_base_order

        payment_flow: None | str | Unset
        if isinstance(self.payment_flow, Unset):
            payment_flow = UNSET
        else:
            payment_flow = self.payment_flow

        pay_now_amount = self.pay_now_amount

        payment_url: None | str | Unset
        if isinstance(self.payment_url, Unset):
            payment_url = UNSET
        else:
            payment_url = self.payment_url

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if voucher_code is not UNSET:
            field_dict["voucher_code"] = voucher_code
        if is_base_order is not UNSET:
            field_dict["is_base_order"] = is_base_order
        if payment_flow is not UNSET:
            field_dict["payment_flow"] = payment_flow
        if pay_now_amount is not UNSET:
            field_dict["pay_now_amount"] = pay_now_amount
        if payment_url is not UNSET:
            field_dict["payment_url"] = payment_url
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_item import OrderItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        def _parse_voucher_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voucher_code = _parse_voucher_code(d.pop("voucher_code", UNSET))

        is_base_order = d.pop("is_base_order", UNSET)

        def _parse_payment_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_flow = _parse_payment_flow(d.pop("payment_flow", UNSET))

        pay_now_amount = d.pop("pay_now_amount", UNSET)

        def _parse_payment_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_url = _parse_payment_url(d.pop("payment_url", UNSET))

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        order_meta = cls(
            download_url=download_url,
            voucher_code=voucher_code,
            is_base_order=is_base_order,
            payment_flow=payment_flow,
            pay_now_amount=pay_now_amount,
            payment_url=payment_url,
            items=items,
        )

        order_meta.additional_properties = d
        return order_meta

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
