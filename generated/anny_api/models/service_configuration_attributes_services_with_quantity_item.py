from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_configuration_attributes_services_with_quantity_item_service import (
        ServiceConfigurationAttributesServicesWithQuantityItemService,
    )


T = TypeVar("T", bound="ServiceConfigurationAttributesServicesWithQuantityItem")


@_attrs_define
class ServiceConfigurationAttributesServicesWithQuantityItem:
    """
    Attributes:
        quantity (int | Unset):
        service (ServiceConfigurationAttributesServicesWithQuantityItemService | Unset):
    """

    quantity: int | Unset = UNSET
    service: ServiceConfigurationAttributesServicesWithQuantityItemService | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_configuration_attributes_services_with_quantity_item_service import (
            ServiceConfigurationAttributesServicesWithQuantityItemService,  # noqa: PLC0415
        )

        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        _service = d.pop("service", UNSET)
        service: ServiceConfigurationAttributesServicesWithQuantityItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = (
                ServiceConfigurationAttributesServicesWithQuantityItemService.from_dict(
                    _service
                )
            )

        service_configuration_attributes_services_with_quantity_item = cls(
            quantity=quantity,
            service=service,
        )

        service_configuration_attributes_services_with_quantity_item.additional_properties = d
        return service_configuration_attributes_services_with_quantity_item

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
