from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerUpdateAttributes")


@_attrs_define
class CustomerUpdateAttributes:
    """What a customer may change on their Customer record (reference Addendum C9): names, company, contact data, `sex`
    (string or number), `birth_date` (`Y-m-d`), `locale`.

        Attributes:
            given_name (str | Unset):
            family_name (str | Unset):
            title (None | str | Unset):
            phone (None | str | Unset):
            mobile (None | str | Unset):
            company (None | str | Unset):
            sex (float | None | str | Unset): A string in anny's customer guide, a number in anny's connector schema
                (reference Addendum C9): both are accepted; the values themselves are not documented.
            birth_date (datetime.date | None | Unset): A calendar date, `Y-m-d` (e.g. a birth date, reference Addendum C9).
            locale (str | Unset):
    """

    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    sex: float | None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    locale: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        given_name = self.given_name

        family_name = self.family_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

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

        locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if title is not UNSET:
            field_dict["title"] = title
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if company is not UNSET:
            field_dict["company"] = company
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        given_name = d.pop("given_name", UNSET)

        family_name = d.pop("family_name", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

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

        locale = d.pop("locale", UNSET)

        customer_update_attributes = cls(
            given_name=given_name,
            family_name=family_name,
            title=title,
            phone=phone,
            mobile=mobile,
            company=company,
            sex=sex,
            birth_date=birth_date,
            locale=locale,
        )

        return customer_update_attributes
