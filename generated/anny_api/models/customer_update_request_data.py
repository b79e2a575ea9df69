from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_update_attributes import CustomerUpdateAttributes


T = TypeVar("T", bound="CustomerUpdateRequestData")


@_attrs_define
class CustomerUpdateRequestData:
    """
    Attributes:
        type_ (str): Always `customers`.
        attributes (CustomerUpdateAttributes): What a customer may change on their Customer record (reference Addendum
            C9): names, company, contact data, `sex` (string or number), `birth_date` (`Y-m-d`), `locale`.
    """

    type_: str
    attributes: CustomerUpdateAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_update_attributes import CustomerUpdateAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        attributes = CustomerUpdateAttributes.from_dict(d.pop("attributes"))

        customer_update_request_data = cls(
            type_=type_,
            attributes=attributes,
        )

        customer_update_request_data.additional_properties = d
        return customer_update_request_data

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
