from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="CollectionMeta")


@_attrs_define
class CollectionMeta:
    """Collection meta in either pagination form: `page` (JSON:API, dasherized) or the normalized
    `current_page`/`last_page` form seen with `Accept: application/json`.

        Attributes:
            page (PageMeta | Unset): Dasherized pagination meta of JSON:API responses (`Accept: application/vnd.api+json`).
            current_page (int | Unset):
            last_page (int | Unset):
            per_page (int | Unset):
            total (int | Unset):
    """

    page: PageMeta | Unset = UNSET
    current_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        current_page = self.current_page

        last_page = self.last_page

        per_page = self.per_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: PageMeta | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageMeta.from_dict(_page)

        current_page = d.pop("current_page", UNSET)

        last_page = d.pop("last_page", UNSET)

        per_page = d.pop("per_page", UNSET)

        total = d.pop("total", UNSET)

        collection_meta = cls(
            page=page,
            current_page=current_page,
            last_page=last_page,
            per_page=per_page,
            total=total,
        )

        collection_meta.additional_properties = d
        return collection_meta

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
