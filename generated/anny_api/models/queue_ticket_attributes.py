from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueTicketAttributes")


@_attrs_define
class QueueTicketAttributes:
    """Inferred. `status`: known values `waiting`, `called`, `served`, `canceled`, `expired`.

    Attributes:
        number (str | Unset):
        status (str | Unset):
        position (int | None | Unset):
        estimated_wait_minutes (int | None | Unset):
        created_at (datetime.datetime | Unset):
        called_at (datetime.datetime | None | Unset):
        canceled_at (datetime.datetime | None | Unset):
    """

    number: str | Unset = UNSET
    status: str | Unset = UNSET
    position: int | None | Unset = UNSET
    estimated_wait_minutes: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    called_at: datetime.datetime | None | Unset = UNSET
    canceled_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status = self.status

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        estimated_wait_minutes: int | None | Unset
        if isinstance(self.estimated_wait_minutes, Unset):
            estimated_wait_minutes = UNSET
        else:
            estimated_wait_minutes = self.estimated_wait_minutes

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        called_at: None | str | Unset
        if isinstance(self.called_at, Unset):
            called_at = UNSET
        elif isinstance(self.called_at, datetime.datetime):
            called_at = self.called_at.isoformat()
        else:
            called_at = self.called_at

        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
        else:
            canceled_at = self.canceled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if position is not UNSET:
            field_dict["position"] = position
        if estimated_wait_minutes is not UNSET:
            field_dict["estimated_wait_minutes"] = estimated_wait_minutes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if called_at is not UNSET:
            field_dict["called_at"] = called_at
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        status = d.pop("status", UNSET)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_estimated_wait_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_wait_minutes = _parse_estimated_wait_minutes(
            d.pop("estimated_wait_minutes", UNSET)
        )

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_called_at(data: object) -> datetime.datetime | None | Unset:
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

        called_at = _parse_called_at(d.pop("called_at", UNSET))

        def _parse_canceled_at(data: object) -> datetime.datetime | None | Unset:
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

        canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))

        queue_ticket_attributes = cls(
            number=number,
            status=status,
            position=position,
            estimated_wait_minutes=estimated_wait_minutes,
            created_at=created_at,
            called_at=called_at,
            canceled_at=canceled_at,
        )

        queue_ticket_attributes.additional_properties = d
        return queue_ticket_attributes

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
