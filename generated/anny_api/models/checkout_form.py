from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_form_components_item import CheckoutFormComponentsItem
    from ..models.checkout_form_default import CheckoutFormDefault
    from ..models.checkout_form_validations import CheckoutFormValidations


T = TypeVar("T", bound="CheckoutForm")


@_attrs_define
class CheckoutForm:
    """Plain-JSON checkout form; `components` and `validations` are inferred.

    Attributes:
        default (CheckoutFormDefault | Unset):
        components (list[CheckoutFormComponentsItem] | Unset):
        validations (CheckoutFormValidations | Unset):
        payment_methods (list[str] | Unset):
        requires_payment (bool | Unset):
    """

    default: CheckoutFormDefault | Unset = UNSET
    components: list[CheckoutFormComponentsItem] | Unset = UNSET
    validations: CheckoutFormValidations | Unset = UNSET
    payment_methods: list[str] | Unset = UNSET
    requires_payment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = self.validations.to_dict()

        payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods

        requires_payment = self.requires_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not UNSET:
            field_dict["default"] = default
        if components is not UNSET:
            field_dict["components"] = components
        if validations is not UNSET:
            field_dict["validations"] = validations
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods
        if requires_payment is not UNSET:
            field_dict["requires_payment"] = requires_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_form_components_item import CheckoutFormComponentsItem  # noqa: PLC0415
        from ..models.checkout_form_default import CheckoutFormDefault  # noqa: PLC0415
        from ..models.checkout_form_validations import CheckoutFormValidations  # noqa: PLC0415

        d = dict(src_dict)
        _default = d.pop("default", UNSET)
        default: CheckoutFormDefault | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = CheckoutFormDefault.from_dict(_default)

        _components = d.pop("components", UNSET)
        components: list[CheckoutFormComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = CheckoutFormComponentsItem.from_dict(
                    components_item_data
                )

                components.append(components_item)

        _validations = d.pop("validations", UNSET)
        validations: CheckoutFormValidations | Unset
        if isinstance(_validations, Unset):
            validations = UNSET
        else:
            validations = CheckoutFormValidations.from_dict(_validations)

        payment_methods = cast(list[str], d.pop("payment_methods", UNSET))

        requires_payment = d.pop("requires_payment", UNSET)

        checkout_form = cls(
            default=default,
            components=components,
            validations=validations,
            payment_methods=payment_methods,
            requires_payment=requires_payment,
        )

        checkout_form.additional_properties = d
        return checkout_form

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
