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
    """Inferred. `status`: known values `active`, `used_up`, `expired`.

    Attributes:
        name (str | Unset):
        number (str | Unset):
        status (str | Unset):
        valid_from (datetime.datetime | Unset):
        valid_until (datetime.datetime | None | Unset):
        total_uses (int | None | Unset):
        remaining_uses (int | None | Unset):
    """

    name: str | Unset = UNSET
    number: str | Unset = UNSET
    status: str | Unset = UNSET
    valid_from: datetime.datetime | Unset = UNSET
    valid_until: datetime.datetime | None | Unset = UNSET
    total_uses: int | None | Unset = UNSET
    remaining_uses: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        status = self.status

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

        total_uses: int | None | Unset
        if isinstance(self.total_uses, Unset):
            total_uses = UNSET
        else:
            total_uses = self.total_uses

        remaining_uses: int | None | Unset
        if isinstance(self.remaining_uses, Unset):
            remaining_uses = UNSET
        else:
            remaining_uses = self.remaining_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if total_uses is not UNSET:
            field_dict["total_uses"] = total_uses
        if remaining_uses is not UNSET:
            field_dict["remaining_uses"] = remaining_uses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        status = d.pop("status", UNSET)

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

        def _parse_total_uses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_uses = _parse_total_uses(d.pop("total_uses", UNSET))

        def _parse_remaining_uses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_uses = _parse_remaining_uses(d.pop("remaining_uses", UNSET))

        pass_attributes = cls(
            name=name,
            number=number,
            status=status,
            valid_from=valid_from,
            valid_until=valid_until,
            total_uses=total_uses,
            remaining_uses=remaining_uses,
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
