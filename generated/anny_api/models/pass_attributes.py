from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PassAttributes")


@_attrs_define
class PassAttributes:
    """A **booking pass**: a quota voucher (reference Addendum C8). Documented: a quota counts a
    quantity, a duration or a budget; it is one-off or recurring; it holds within a period;
    it comes from a subscription, a community, a booking code or a bundle. Inferred: every
    attribute name below and the units (`total`/`remaining` are bookings for `quantity`,
    minutes for `duration`, money in `currency` for `budget`). An Account Pass (wallet pass)
    is a different thing and is not served here.

        Attributes:
            name (str | Unset):
            number (str | Unset):
            status (str | Unset):
            quota_type (str | Unset): What the quota counts (C8). Inferred name.
            total (float | None | Unset): The quota per period: bookings, minutes or money (see `quota_type`); `null` when
                unlimited. Inferred.
            remaining (float | None | Unset): What is left of `total` in the current period. Inferred.
            currency (None | str | Unset):
            recurrence (None | str | Unset): `null` for a one-off quota, else the period after which it renews (C8: one-off
                or recurring). Inferred.
            source (None | str | Unset): Where the quota comes from (C8). Inferred name.
            valid_from (datetime.datetime | Unset):
            valid_until (datetime.datetime | None | Unset):
    """

    name: str | Unset = UNSET
    number: str | Unset = UNSET
    status: str | Unset = UNSET
    quota_type: str | Unset = UNSET
    total: float | None | Unset = UNSET
    remaining: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    recurrence: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    valid_from: datetime.datetime | Unset = UNSET
    valid_until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        status = self.status

        quota_type = self.quota_type

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        remaining: float | None | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        recurrence: None | str | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        else:
            recurrence = self.recurrence

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        valid_from: str | Unset = UNSET
        if not isinstance(self.valid_from, Unset):
            valid_from = self.valid_from.isoformat()

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if quota_type is not UNSET:
            field_dict["quota_type"] = quota_type
        if total is not UNSET:
            field_dict["total"] = total
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if currency is not UNSET:
            field_dict["currency"] = currency
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if source is not UNSET:
            field_dict["source"] = source
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        status = d.pop("status", UNSET)

        quota_type = d.pop("quota_type", UNSET)

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_remaining(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        remaining = _parse_remaining(d.pop("remaining", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_recurrence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recurrence = _parse_recurrence(d.pop("recurrence", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        _valid_from = d.pop("valid_from", UNSET)
        valid_from: datetime.datetime | Unset
        if isinstance(_valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = datetime.datetime.fromisoformat(_valid_from)

        def _parse_valid_until(data: object) -> datetime.datetime | None | Unset:
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

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        pass_attributes = cls(
            name=name,
            number=number,
            status=status,
            quota_type=quota_type,
            total=total,
            remaining=remaining,
            currency=currency,
            recurrence=recurrence,
            source=source,
            valid_from=valid_from,
            valid_until=valid_until,
        )

        pass_attributes.additional_properties = d
        return pass_attributes

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
