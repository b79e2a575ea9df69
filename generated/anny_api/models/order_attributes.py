from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_attributes_custom_entry_map import OrderAttributesCustomEntryMap


T = TypeVar("T", bound="OrderAttributes")


@_attrs_define
class OrderAttributes:
    """Attributes of an order (`orders`). `status` is server-controlled; `draft` (the cart) and
    `accepted` are seen, `requested`, `canceled`, `pending_payment` and `expired` are expected.
    `access_token` is the order access token (`oat`) — a secret.

        Attributes:
            number (str | Unset): Order number, `BO…`.
            status (str | Unset):
            currency (str | Unset):
            total (float | None | Unset):
            modification_total (float | None | Unset):
            net_amount (float | None | Unset):
            tax_amount (float | None | Unset):
            discount_amount (float | None | Unset):
            system_fee (float | None | Unset):
            access_token (None | str | Unset):
            expires_at (datetime.datetime | None | Unset):
            start_date (datetime.datetime | None | Unset):
            end_date (datetime.datetime | None | Unset):
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            note (None | str | Unset):
            manually_created (bool | Unset):
            has_payment (bool | Unset):
            custom_entry_map (OrderAttributesCustomEntryMap | Unset):
    """

    number: str | Unset = UNSET
    status: str | Unset = UNSET
    currency: str | Unset = UNSET
    total: float | None | Unset = UNSET
    modification_total: float | None | Unset = UNSET
    net_amount: float | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    system_fee: float | None | Unset = UNSET
    access_token: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    note: None | str | Unset = UNSET
    manually_created: bool | Unset = UNSET
    has_payment: bool | Unset = UNSET
    custom_entry_map: OrderAttributesCustomEntryMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status = self.status

        currency = self.currency

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        modification_total: float | None | Unset
        if isinstance(self.modification_total, Unset):
            modification_total = UNSET
        else:
            modification_total = self.modification_total

        net_amount: float | None | Unset
        if isinstance(self.net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = self.net_amount

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        system_fee: float | None | Unset
        if isinstance(self.system_fee, Unset):
            system_fee = UNSET
        else:
            system_fee = self.system_fee

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        manually_created = self.manually_created

        has_payment = self.has_payment

        custom_entry_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entry_map, Unset):
            custom_entry_map = self.custom_entry_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total is not UNSET:
            field_dict["total"] = total
        if modification_total is not UNSET:
            field_dict["modification_total"] = modification_total
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if system_fee is not UNSET:
            field_dict["system_fee"] = system_fee
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if note is not UNSET:
            field_dict["note"] = note
        if manually_created is not UNSET:
            field_dict["manually_created"] = manually_created
        if has_payment is not UNSET:
            field_dict["has_payment"] = has_payment
        if custom_entry_map is not UNSET:
            field_dict["custom_entry_map"] = custom_entry_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_attributes_custom_entry_map import (
            OrderAttributesCustomEntryMap,  # noqa: PLC0415
        )

        d = dict(src_dict)
        number = d.pop("number", UNSET)

        status = d.pop("status", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_modification_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        modification_total = _parse_modification_total(
            d.pop("modification_total", UNSET)
        )

        def _parse_net_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        net_amount = _parse_net_amount(d.pop("net_amount", UNSET))

        def _parse_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discount_amount", UNSET))

        def _parse_system_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        system_fee = _parse_system_fee(d.pop("system_fee", UNSET))

        def _parse_access_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_token = _parse_access_token(d.pop("access_token", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        manually_created = d.pop("manually_created", UNSET)

        has_payment = d.pop("has_payment", UNSET)

        _custom_entry_map = d.pop("custom_entry_map", UNSET)
        custom_entry_map: OrderAttributesCustomEntryMap | Unset
        if isinstance(_custom_entry_map, Unset):
            custom_entry_map = UNSET
        else:
            custom_entry_map = OrderAttributesCustomEntryMap.from_dict(
                _custom_entry_map
            )

        order_attributes = cls(
            number=number,
            status=status,
            currency=currency,
            total=total,
            modification_total=modification_total,
            net_amount=net_amount,
            tax_amount=tax_amount,
            discount_amount=discount_amount,
            system_fee=system_fee,
            access_token=access_token,
            expires_at=expires_at,
            start_date=start_date,
            end_date=end_date,
            created_at=created_at,
            updated_at=updated_at,
            note=note,
            manually_created=manually_created,
            has_payment=has_payment,
            custom_entry_map=custom_entry_map,
        )

        order_attributes.additional_properties = d
        return order_attributes

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
