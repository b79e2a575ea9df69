from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookingMeta")


@_attrs_define
class BookingMeta:
    """
    Attributes:
        is_anonymous (bool | Unset):
        has_personalization (bool | Unset):
        has_custom_description (bool | Unset):
        personalization_name (None | str | Unset):
        sequenced_services_label (None | str | Unset):
        cancelable_until (datetime.datetime | None | Unset):
        booking_group_identifier (str | Unset):
    """

    is_anonymous: bool | Unset = UNSET
    has_personalization: bool | Unset = UNSET
    has_custom_description: bool | Unset = UNSET
    personalization_name: None | str | Unset = UNSET
    sequenced_services_label: None | str | Unset = UNSET
    cancelable_until: datetime.datetime | None | Unset = UNSET
    booking_group_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_anonymous = self.is_anonymous

        has_personalization = self.has_personalization

        has_custom_description = self.has_custom_description

        personalization_name: None | str | Unset
        if isinstance(self.personalization_name, Unset):
            personalization_name = UNSET
        else:
            personalization_name = self.personalization_name

        sequenced_services_label: None | str | Unset
        if isinstance(self.sequenced_services_label, Unset):
            sequenced_services_label = UNSET
        else:
            sequenced_services_label = self.sequenced_services_label

        cancelable_until: None | str | Unset
        if isinstance(self.cancelable_until, Unset):
            cancelable_until = UNSET
        elif isinstance(self.cancelable_until, datetime.datetime):
            cancelable_until = self.cancelable_until.isoformat()
        else:
            cancelable_until = self.cancelable_until

        booking_group_identifier = self.booking_group_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_anonymous is not UNSET:
            field_dict["is_anonymous"] = is_anonymous
        if has_personalization is not UNSET:
            field_dict["has_personalization"] = has_personalization
        if has_custom_description is not UNSET:
            field_dict["has_custom_description"] = has_custom_description
        if personalization_name is not UNSET:
            field_dict["personalization_name"] = personalization_name
        if sequenced_services_label is not UNSET:
            field_dict["sequenced_services_label"] = sequenced_services_label
        if cancelable_until is not UNSET:
            field_dict["cancelable_until"] = cancelable_until
        if booking_group_identifier is not UNSET:
            field_dict["booking_group_identifier"] = booking_group_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_anonymous = d.pop("is_anonymous", UNSET)

        has_personalization = d.pop("has_personalization", UNSET)

        has_custom_description = d.pop("has_custom_description", UNSET)

        def _parse_personalization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personalization_name = _parse_personalization_name(
            d.pop("personalization_name", UNSET)
        )

        def _parse_sequenced_services_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequenced_services_label = _parse_sequenced_services_label(
            d.pop("sequenced_services_label", UNSET)
        )

        def _parse_cancelable_until(data: object) -> datetime.datetime | None | Unset:
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

        cancelable_until = _parse_cancelable_until(d.pop("cancelable_until", UNSET))

        booking_group_identifier = d.pop("booking_group_identifier", UNSET)

        booking_meta = cls(
            is_anonymous=is_anonymous,
            has_personalization=has_personalization,
            has_custom_description=has_custom_description,
            personalization_name=personalization_name,
            sequenced_services_label=sequenced_services_label,
            cancelable_until=cancelable_until,
            booking_group_identifier=booking_group_identifier,
        )

        booking_meta.additional_properties = d
        return booking_meta

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
