from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VoucherRequest")


@_attrs_define
class VoucherRequest:
    """Inferred (unverified): the voucher code to apply. `voucher_code` is the only voucher request field anny documents
    (reference Addendum C12, admin quote body); that the customer-side call takes it too is inferred.

        Attributes:
            voucher_code (str):
    """

    voucher_code: str

    def to_dict(self) -> dict[str, Any]:
        voucher_code = self.voucher_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voucher_code": voucher_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voucher_code = d.pop("voucher_code")

        voucher_request = cls(
            voucher_code=voucher_code,
        )

        return voucher_request
