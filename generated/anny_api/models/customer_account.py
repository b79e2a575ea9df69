from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_account_attributes import CustomerAccountAttributes
    from ..models.links import Links
    from ..models.meta import Meta
    from ..models.relationships import Relationships


T = TypeVar("T", bound="CustomerAccount")


@_attrs_define
class CustomerAccount:
    """A `customer-accounts` resource object: the person's one global login identity (reference Addendum C9).

    Attributes:
        type_ (str): Always `customer-accounts`.
        id (str):
        attributes (CustomerAccountAttributes | Unset): The global **Customer Account** of a person (reference Addendum
            C9): one login identity,
            linked to the person's Customer records (relationship `customers`). The attribute names
            are inferred (the guide documents the entity, not its fields).
        relationships (Relationships | Unset):
        links (Links | Unset): Link members; values are absolute URLs or null.
        meta (Meta | Unset):
    """

    type_: str
    id: str
    attributes: CustomerAccountAttributes | Unset = UNSET
    relationships: Relationships | Unset = UNSET
    links: Links | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_account_attributes import CustomerAccountAttributes  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.relationships import Relationships  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: CustomerAccountAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CustomerAccountAttributes.from_dict(_attributes)

        _relationships = d.pop("relationships", UNSET)
        relationships: Relationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = Relationships.from_dict(_relationships)

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

        customer_account = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
            links=links,
            meta=meta,
        )

        customer_account.additional_properties = d
        return customer_account

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
