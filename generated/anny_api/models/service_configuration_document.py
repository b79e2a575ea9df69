from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_object import ResourceObject
    from ..models.service_configuration import ServiceConfiguration
    from ..models.service_configuration_meta import ServiceConfigurationMeta


T = TypeVar("T", bound="ServiceConfigurationDocument")


@_attrs_define
class ServiceConfigurationDocument:
    """`data` is one configuration for one client and an array for another; both are allowed.

    Attributes:
        data (list[ServiceConfiguration] | ServiceConfiguration | Unset):
        included (list[ResourceObject] | Unset):
        meta (ServiceConfigurationMeta | Unset):
    """

    data: list[ServiceConfiguration] | ServiceConfiguration | Unset = UNSET
    included: list[ResourceObject] | Unset = UNSET
    meta: ServiceConfigurationMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_configuration import ServiceConfiguration  # noqa: PLC0415

        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ServiceConfiguration):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for componentsschemas_included_item_data in self.included:
                componentsschemas_included_item = (
                    componentsschemas_included_item_data.to_dict()
                )
                included.append(componentsschemas_included_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_object import ResourceObject  # noqa: PLC0415
        from ..models.service_configuration import ServiceConfiguration  # noqa: PLC0415
        from ..models.service_configuration_meta import ServiceConfigurationMeta  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> list[ServiceConfiguration] | ServiceConfiguration | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ServiceConfiguration.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = ServiceConfiguration.from_dict(data_type_1_item_data)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        _included = d.pop("included", UNSET)
        included: list[ResourceObject] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for componentsschemas_included_item_data in _included:
                componentsschemas_included_item = ResourceObject.from_dict(
                    componentsschemas_included_item_data
                )

                included.append(componentsschemas_included_item)

        _meta = d.pop("meta", UNSET)
        meta: ServiceConfigurationMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ServiceConfigurationMeta.from_dict(_meta)

        service_configuration_document = cls(
            data=data,
            included=included,
            meta=meta,
        )

        service_configuration_document.additional_properties = d
        return service_configuration_document

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
