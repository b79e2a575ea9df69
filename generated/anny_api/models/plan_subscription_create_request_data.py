from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_subscription_create_request_data_attributes import (
        PlanSubscriptionCreateRequestDataAttributes,
    )
    from ..models.plan_subscription_create_request_data_relationships import (
        PlanSubscriptionCreateRequestDataRelationships,
    )


T = TypeVar("T", bound="PlanSubscriptionCreateRequestData")


@_attrs_define
class PlanSubscriptionCreateRequestData:
    """
    Attributes:
        type_ (str): Always `plan-subscriptions`.
        relationships (PlanSubscriptionCreateRequestDataRelationships):
        attributes (PlanSubscriptionCreateRequestDataAttributes | Unset):
    """

    type_: str
    relationships: PlanSubscriptionCreateRequestDataRelationships
    attributes: PlanSubscriptionCreateRequestDataAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        relationships = self.relationships.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "relationships": relationships,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_subscription_create_request_data_attributes import (
            PlanSubscriptionCreateRequestDataAttributes,  # noqa: PLC0415
        )
        from ..models.plan_subscription_create_request_data_relationships import (
            PlanSubscriptionCreateRequestDataRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        relationships = PlanSubscriptionCreateRequestDataRelationships.from_dict(
            d.pop("relationships")
        )

        _attributes = d.pop("attributes", UNSET)
        attributes: PlanSubscriptionCreateRequestDataAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = PlanSubscriptionCreateRequestDataAttributes.from_dict(
                _attributes
            )

        plan_subscription_create_request_data = cls(
            type_=type_,
            relationships=relationships,
            attributes=attributes,
        )

        plan_subscription_create_request_data.additional_properties = d
        return plan_subscription_create_request_data

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
