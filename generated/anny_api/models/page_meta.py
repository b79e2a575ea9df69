from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """Dasherized pagination meta of JSON:API responses (`Accept: application/vnd.api+json`).

    Attributes:
        current_page (int | Unset):
        per_page (int | Unset):
        from_ (int | None | Unset):
        to (int | None | Unset):
        total (int | Unset):
        last_page (int | Unset):
    """

    current_page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    total: int | Unset = UNSET
    last_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        total = self.total

        last_page = self.last_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current-page"] = current_page
        if per_page is not UNSET:
            field_dict["per-page"] = per_page
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if total is not UNSET:
            field_dict["total"] = total
        if last_page is not UNSET:
            field_dict["last-page"] = last_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_page = d.pop("current-page", UNSET)

        per_page = d.pop("per-page", UNSET)

        def _parse_from_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        total = d.pop("total", UNSET)

        last_page = d.pop("last-page", UNSET)

        page_meta = cls(
            current_page=current_page,
            per_page=per_page,
            from_=from_,
            to=to,
            total=total,
            last_page=last_page,
        )

        page_meta.additional_properties = d
        return page_meta

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
