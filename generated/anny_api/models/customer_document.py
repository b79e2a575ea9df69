from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.json_api_object import JsonApiObject
    from ..models.links import Links
    from ..models.meta import Meta
    from ..models.resource_object import ResourceObject


T = TypeVar("T", bound="CustomerDocument")


@_attrs_define
class CustomerDocument:
    """Inferred (unverified): A JSON:API document with one `customers` resource.

    Attributes:
        data (Customer): A `customers` resource object: a person's record with one organization (reference Addendum C9);
            its id is numeric or a UUID (C10).
        included (list[ResourceObject] | Unset):
        links (Links | Unset): Link members; values are absolute URLs or null.
        meta (Meta | Unset):
        jsonapi (JsonApiObject | Unset):
    """

    data: Customer
    included: list[ResourceObject] | Unset = UNSET
    links: Links | Unset = UNSET
    meta: Meta | Unset = UNSET
    jsonapi: JsonApiObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for componentsschemas_included_item_data in self.included:
                componentsschemas_included_item = (
                    componentsschemas_included_item_data.to_dict()
                )
                included.append(componentsschemas_included_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        jsonapi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jsonapi, Unset):
            jsonapi = self.jsonapi.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if jsonapi is not UNSET:
            field_dict["jsonapi"] = jsonapi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.json_api_object import JsonApiObject  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.resource_object import ResourceObject  # noqa: PLC0415

        d = dict(src_dict)
        data = Customer.from_dict(d.pop("data"))

        _included = d.pop("included", UNSET)
        included: list[ResourceObject] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for componentsschemas_included_item_data in _included:
                componentsschemas_included_item = ResourceObject.from_dict(
                    componentsschemas_included_item_data
                )

                included.append(componentsschemas_included_item)

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

        _jsonapi = d.pop("jsonapi", UNSET)
        jsonapi: JsonApiObject | Unset
        if isinstance(_jsonapi, Unset):
            jsonapi = UNSET
        else:
            jsonapi = JsonApiObject.from_dict(_jsonapi)

        customer_document = cls(
            data=data,
            included=included,
            links=links,
            meta=meta,
            jsonapi=jsonapi,
        )

        customer_document.additional_properties = d
        return customer_document

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
