from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links
    from ..models.meta import Meta
    from ..models.resource_identifier import ResourceIdentifier


T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """A relationship; `data` is a linkage, a list of linkages, or null (empty to-one).

    Attributes:
        data (list[ResourceIdentifier] | None | ResourceIdentifier | Unset):
        links (Links | Unset): Link members; values are absolute URLs or null.
        meta (Meta | Unset):
    """

    data: list[ResourceIdentifier] | None | ResourceIdentifier | Unset = UNSET
    links: Links | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_identifier import ResourceIdentifier  # noqa: PLC0415

        data: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ResourceIdentifier):
            data = self.data.to_dict()
        elif isinstance(self.data, list):
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        else:
            data = self.data

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.resource_identifier import ResourceIdentifier  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> list[ResourceIdentifier] | None | ResourceIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ResourceIdentifier.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = ResourceIdentifier.from_dict(
                        data_type_1_item_data
                    )

                    data_type_1.append(data_type_1_item)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ResourceIdentifier] | None | ResourceIdentifier | Unset, data
            )

        data = _parse_data(d.pop("data", UNSET))

        _links = d.pop("links", UNSET)
        links: Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Links.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        relationship = cls(
            data=data,
            links=links,
            meta=meta,
        )

        relationship.additional_properties = d
        return relationship

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
