from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flat_document_links import FlatDocumentLinks
    from ..models.flat_document_meta import FlatDocumentMeta
    from ..models.flat_record import FlatRecord


T = TypeVar("T", bound="FlatDocument")


@_attrs_define
class FlatDocument:
    """The flattened form anny answers with when the client sends `Accept: application/json`
    (two independent clients depend on it: anny-n8n `transport.ts` lines 48–58, `utils.ts`
    lines 69–89; emp-access `route.ts`): each record has its attributes next to `id`, no
    `attributes` nesting; related records sit inline (`booking.customer.full_name`), deeper
    ones as `{id}`; lists carry `meta.current_page` / `meta.last_page`. The `data` envelope
    around the records is designed (no source shows it).

        Attributes:
            data (FlatRecord | list[FlatRecord] | None):
            meta (FlatDocumentMeta | Unset):
            links (FlatDocumentLinks | Unset):
    """

    data: FlatRecord | list[FlatRecord] | None
    meta: FlatDocumentMeta | Unset = UNSET
    links: FlatDocumentLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flat_record import FlatRecord  # noqa: PLC0415

        data: dict[str, Any] | list[dict[str, Any]] | None
        if isinstance(self.data, FlatRecord):
            data = self.data.to_dict()
        elif isinstance(self.data, list):
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        else:
            data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flat_document_links import FlatDocumentLinks  # noqa: PLC0415
        from ..models.flat_document_meta import FlatDocumentMeta  # noqa: PLC0415
        from ..models.flat_record import FlatRecord  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> FlatRecord | list[FlatRecord] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = FlatRecord.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = FlatRecord.from_dict(data_type_1_item_data)

                    data_type_1.append(data_type_1_item)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlatRecord | list[FlatRecord] | None, data)

        data = _parse_data(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: FlatDocumentMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = FlatDocumentMeta.from_dict(_meta)

        _links = d.pop("links", UNSET)
        links: FlatDocumentLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = FlatDocumentLinks.from_dict(_links)

        flat_document = cls(
            data=data,
            meta=meta,
            links=links,
        )

        flat_document.additional_properties = d
        return flat_document

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
