from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_item import QuoteItem


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """Plain-JSON price quote; `start_date` comes back in UTC.

    Attributes:
        start_date (str | Unset):
        end_date (str | Unset):
        charged_duration (float | None | Unset): Minutes.
        total (float | Unset):
        currency (str | Unset):
        price_hidden (bool | Unset):
        items (list[QuoteItem] | Unset):
    """

    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    charged_duration: float | None | Unset = UNSET
    total: float | Unset = UNSET
    currency: str | Unset = UNSET
    price_hidden: bool | Unset = UNSET
    items: list[QuoteItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        charged_duration: float | None | Unset
        if isinstance(self.charged_duration, Unset):
            charged_duration = UNSET
        else:
            charged_duration = self.charged_duration

        total = self.total

        currency = self.currency

        price_hidden = self.price_hidden

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if charged_duration is not UNSET:
            field_dict["charged_duration"] = charged_duration
        if total is not UNSET:
            field_dict["total"] = total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if price_hidden is not UNSET:
            field_dict["price_hidden"] = price_hidden
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_item import QuoteItem  # noqa: PLC0415

        d = dict(src_dict)
        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        def _parse_charged_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        charged_duration = _parse_charged_duration(d.pop("charged_duration", UNSET))

        total = d.pop("total", UNSET)

        currency = d.pop("currency", UNSET)

        price_hidden = d.pop("price_hidden", UNSET)

        _items = d.pop("items", UNSET)
        items: list[QuoteItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = QuoteItem.from_dict(items_item_data)

                items.append(items_item)

        quote = cls(
            start_date=start_date,
            end_date=end_date,
            charged_duration=charged_duration,
            total=total,
            currency=currency,
            price_hidden=price_hidden,
            items=items,
        )

        quote.additional_properties = d
        return quote

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
