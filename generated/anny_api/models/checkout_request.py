from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_request_customer import CheckoutRequestCustomer
    from ..models.checkout_request_meta import CheckoutRequestMeta


T = TypeVar("T", bound="CheckoutRequest")


@_attrs_define
class CheckoutRequest:
    """Flat checkout body, sent as `application/vnd.api+json`.

    Attributes:
        customer (CheckoutRequestCustomer):
        accept_terms (bool):
        payment_method (None | str | Unset): Empty for free or offline orders.
        success_url (str | Unset):
        cancel_url (str | Unset):
        meta (CheckoutRequestMeta | Unset):
    """

    customer: CheckoutRequestCustomer
    accept_terms: bool
    payment_method: None | str | Unset = UNSET
    success_url: str | Unset = UNSET
    cancel_url: str | Unset = UNSET
    meta: CheckoutRequestMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        accept_terms = self.accept_terms

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        success_url = self.success_url

        cancel_url = self.cancel_url

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "accept_terms": accept_terms,
            }
        )
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if success_url is not UNSET:
            field_dict["success_url"] = success_url
        if cancel_url is not UNSET:
            field_dict["cancel_url"] = cancel_url
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_request_customer import CheckoutRequestCustomer  # noqa: PLC0415
        from ..models.checkout_request_meta import CheckoutRequestMeta  # noqa: PLC0415

        d = dict(src_dict)
        customer = CheckoutRequestCustomer.from_dict(d.pop("customer"))

        accept_terms = d.pop("accept_terms")

        def _parse_payment_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        success_url = d.pop("success_url", UNSET)

        cancel_url = d.pop("cancel_url", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: CheckoutRequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CheckoutRequestMeta.from_dict(_meta)

        checkout_request = cls(
            customer=customer,
            accept_terms=accept_terms,
            payment_method=payment_method,
            success_url=success_url,
            cancel_url=cancel_url,
            meta=meta,
        )

        checkout_request.additional_properties = d
        return checkout_request

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
