from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutRequestCustomer")


@_attrs_define
class CheckoutRequestCustomer:
    """
    Attributes:
        given_name (str):
        family_name (str):
        email (str):
        company (str | Unset):
        phone (str | Unset):
    """

    given_name: str
    family_name: str
    email: str
    company: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        given_name = self.given_name

        family_name = self.family_name

        email = self.email

        company = self.company

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "given_name": given_name,
                "family_name": family_name,
                "email": email,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        given_name = d.pop("given_name")

        family_name = d.pop("family_name")

        email = d.pop("email")

        company = d.pop("company", UNSET)

        phone = d.pop("phone", UNSET)

        checkout_request_customer = cls(
            given_name=given_name,
            family_name=family_name,
            email=email,
            company=company,
            phone=phone,
        )

        checkout_request_customer.additional_properties = d
        return checkout_request_customer

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
