from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_attributes_custom_entry_map import (
        CustomerAttributesCustomEntryMap,
    )
    from ..models.customer_attributes_settings import CustomerAttributesSettings


T = TypeVar("T", bound="CustomerAttributes")


@_attrs_define
class CustomerAttributes:
    """A per-organization **Customer** record (reference Addendum C9). Documented attributes:
    `given_name`, `family_name`, `email`, `mobile`, `phone`, `company`, `sex`, `birth_date`,
    `locale` (C9). `sex` is a string in the guide and a number in anny's connector schema,
    so both are declared; `birth_date` is a date (`Y-m-d`). The others (`uuid`, `number`,
    `full_name`, …) come from the admin `customers` shape (anny-n8n).

        Attributes:
            uuid (str | Unset):
            number (str | Unset):
            locale (None | str | Unset):
            full_name (str | Unset):
            email (str | Unset):
            title (None | str | Unset):
            given_name (None | str | Unset):
            family_name (None | str | Unset):
            sex (float | None | str | Unset): A string in anny's customer guide, a number in anny's connector schema
                (reference Addendum C9): both are accepted; the values themselves are not documented.
            birth_date (datetime.date | None | Unset): A calendar date, `Y-m-d` (e.g. a birth date, reference Addendum C9).
            email_status (None | str | Unset):
            mobile (None | str | Unset):
            phone (None | str | Unset):
            company (None | str | Unset):
            custom_entry_map (CustomerAttributesCustomEntryMap | Unset):
            settings (CustomerAttributesSettings | Unset):
            created_at (datetime.datetime | Unset):
    """

    uuid: str | Unset = UNSET
    number: str | Unset = UNSET
    locale: None | str | Unset = UNSET
    full_name: str | Unset = UNSET
    email: str | Unset = UNSET
    title: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    sex: float | None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    email_status: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    custom_entry_map: CustomerAttributesCustomEntryMap | Unset = UNSET
    settings: CustomerAttributesSettings | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        number = self.number

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        full_name = self.full_name

        email = self.email

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        sex: float | None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        email_status: None | str | Unset
        if isinstance(self.email_status, Unset):
            email_status = UNSET
        else:
            email_status = self.email_status

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        custom_entry_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entry_map, Unset):
            custom_entry_map = self.custom_entry_map.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if number is not UNSET:
            field_dict["number"] = number
        if locale is not UNSET:
            field_dict["locale"] = locale
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if phone is not UNSET:
            field_dict["phone"] = phone
        if company is not UNSET:
            field_dict["company"] = company
        if custom_entry_map is not UNSET:
            field_dict["custom_entry_map"] = custom_entry_map
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_attributes_custom_entry_map import (
            CustomerAttributesCustomEntryMap,  # noqa: PLC0415
        )
        from ..models.customer_attributes_settings import CustomerAttributesSettings  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        number = d.pop("number", UNSET)

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        full_name = d.pop("full_name", UNSET)

        email = d.pop("email", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_name = _parse_given_name(d.pop("given_name", UNSET))

        def _parse_family_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family_name = _parse_family_name(d.pop("family_name", UNSET))

        def _parse_sex(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_type_0 = datetime.date.fromisoformat(
                    data
                )

                return componentsschemas_nullable_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        def _parse_email_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_status = _parse_email_status(d.pop("email_status", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        _custom_entry_map = d.pop("custom_entry_map", UNSET)
        custom_entry_map: CustomerAttributesCustomEntryMap | Unset
        if isinstance(_custom_entry_map, Unset):
            custom_entry_map = UNSET
        else:
            custom_entry_map = CustomerAttributesCustomEntryMap.from_dict(
                _custom_entry_map
            )

        _settings = d.pop("settings", UNSET)
        settings: CustomerAttributesSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CustomerAttributesSettings.from_dict(_settings)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        customer_attributes = cls(
            uuid=uuid,
            number=number,
            locale=locale,
            full_name=full_name,
            email=email,
            title=title,
            given_name=given_name,
            family_name=family_name,
            sex=sex,
            birth_date=birth_date,
            email_status=email_status,
            mobile=mobile,
            phone=phone,
            company=company,
            custom_entry_map=custom_entry_map,
            settings=settings,
            created_at=created_at,
        )

        customer_attributes.additional_properties = d
        return customer_attributes

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
