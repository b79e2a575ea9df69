from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_request_add_ons_by_service import QuoteRequestAddOnsByService
    from ..models.quote_request_sub_bookings_by_service import (
        QuoteRequestSubBookingsByService,
    )
    from ..models.service_id_value_type_2 import ServiceIdValueType2


T = TypeVar("T", bound="QuoteRequest")


@_attrs_define
class QuoteRequest:
    """The add-to-cart body plus quote-only fields.

    Attributes:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        service_id (int | ServiceIdValueType2 | str): A service id, or the recommended quantity map `{"<service id>":
            <quantity>}`.
        resource_id (int | list[int | str] | str): A resource id, or several.
        description (None | str | Unset):
        customer_note (None | str | Unset):
        add_ons_by_service (QuoteRequestAddOnsByService | Unset):
        sub_bookings_by_service (QuoteRequestSubBookingsByService | Unset):
        strategy (str | Unset):
        timeslot_series_id (None | str | Unset):
        prevent_applying_default_quota (bool | Unset):
    """

    start_date: datetime.datetime
    end_date: datetime.datetime
    service_id: int | ServiceIdValueType2 | str
    resource_id: int | list[int | str] | str
    description: None | str | Unset = UNSET
    customer_note: None | str | Unset = UNSET
    add_ons_by_service: QuoteRequestAddOnsByService | Unset = UNSET
    sub_bookings_by_service: QuoteRequestSubBookingsByService | Unset = UNSET
    strategy: str | Unset = UNSET
    timeslot_series_id: None | str | Unset = UNSET
    prevent_applying_default_quota: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_id_value_type_2 import ServiceIdValueType2  # noqa: PLC0415

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        service_id: dict[str, Any] | int | str
        if isinstance(self.service_id, ServiceIdValueType2):
            service_id = self.service_id.to_dict()
        else:
            service_id = self.service_id

        resource_id: int | list[int | str] | str
        if isinstance(self.resource_id, list):
            resource_id = []
            for (
                componentsschemas_resource_id_value_type_2_item_data
            ) in self.resource_id:
                componentsschemas_resource_id_value_type_2_item: int | str
                componentsschemas_resource_id_value_type_2_item = (
                    componentsschemas_resource_id_value_type_2_item_data
                )
                resource_id.append(componentsschemas_resource_id_value_type_2_item)

        else:
            resource_id = self.resource_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        customer_note: None | str | Unset
        if isinstance(self.customer_note, Unset):
            customer_note = UNSET
        else:
            customer_note = self.customer_note

        add_ons_by_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add_ons_by_service, Unset):
            add_ons_by_service = self.add_ons_by_service.to_dict()

        sub_bookings_by_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_bookings_by_service, Unset):
            sub_bookings_by_service = self.sub_bookings_by_service.to_dict()

        strategy = self.strategy

        timeslot_series_id: None | str | Unset
        if isinstance(self.timeslot_series_id, Unset):
            timeslot_series_id = UNSET
        else:
            timeslot_series_id = self.timeslot_series_id

        prevent_applying_default_quota = self.prevent_applying_default_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "service_id": service_id,
                "resource_id": resource_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if customer_note is not UNSET:
            field_dict["customer_note"] = customer_note
        if add_ons_by_service is not UNSET:
            field_dict["add_ons_by_service"] = add_ons_by_service
        if sub_bookings_by_service is not UNSET:
            field_dict["sub_bookings_by_service"] = sub_bookings_by_service
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if timeslot_series_id is not UNSET:
            field_dict["timeslot_series_id"] = timeslot_series_id
        if prevent_applying_default_quota is not UNSET:
            field_dict["prevent_applying_default_quota"] = (
                prevent_applying_default_quota
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_request_add_ons_by_service import (
            QuoteRequestAddOnsByService,  # noqa: PLC0415
        )
        from ..models.quote_request_sub_bookings_by_service import (
            QuoteRequestSubBookingsByService,  # noqa: PLC0415
        )
        from ..models.service_id_value_type_2 import ServiceIdValueType2  # noqa: PLC0415

        d = dict(src_dict)
        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        def _parse_service_id(data: object) -> int | ServiceIdValueType2 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_service_id_value_type_2 = (
                    ServiceIdValueType2.from_dict(data)
                )

                return componentsschemas_service_id_value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | ServiceIdValueType2 | str, data)

        service_id = _parse_service_id(d.pop("service_id"))

        def _parse_resource_id(data: object) -> int | list[int | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_resource_id_value_type_2 = []
                _componentsschemas_resource_id_value_type_2 = data
                for (
                    componentsschemas_resource_id_value_type_2_item_data
                ) in _componentsschemas_resource_id_value_type_2:

                    def _parse_componentsschemas_resource_id_value_type_2_item(
                        data: object,
                    ) -> int | str:
                        return cast(int | str, data)

                    componentsschemas_resource_id_value_type_2_item = (
                        _parse_componentsschemas_resource_id_value_type_2_item(
                            componentsschemas_resource_id_value_type_2_item_data
                        )
                    )

                    componentsschemas_resource_id_value_type_2.append(
                        componentsschemas_resource_id_value_type_2_item
                    )

                return componentsschemas_resource_id_value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int | str] | str, data)

        resource_id = _parse_resource_id(d.pop("resource_id"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_customer_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_note = _parse_customer_note(d.pop("customer_note", UNSET))

        _add_ons_by_service = d.pop("add_ons_by_service", UNSET)
        add_ons_by_service: QuoteRequestAddOnsByService | Unset
        if isinstance(_add_ons_by_service, Unset):
            add_ons_by_service = UNSET
        else:
            add_ons_by_service = QuoteRequestAddOnsByService.from_dict(
                _add_ons_by_service
            )

        _sub_bookings_by_service = d.pop("sub_bookings_by_service", UNSET)
        sub_bookings_by_service: QuoteRequestSubBookingsByService | Unset
        if isinstance(_sub_bookings_by_service, Unset):
            sub_bookings_by_service = UNSET
        else:
            sub_bookings_by_service = QuoteRequestSubBookingsByService.from_dict(
                _sub_bookings_by_service
            )

        strategy = d.pop("strategy", UNSET)

        def _parse_timeslot_series_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timeslot_series_id = _parse_timeslot_series_id(
            d.pop("timeslot_series_id", UNSET)
        )

        prevent_applying_default_quota = d.pop("prevent_applying_default_quota", UNSET)

        quote_request = cls(
            start_date=start_date,
            end_date=end_date,
            service_id=service_id,
            resource_id=resource_id,
            description=description,
            customer_note=customer_note,
            add_ons_by_service=add_ons_by_service,
            sub_bookings_by_service=sub_bookings_by_service,
            strategy=strategy,
            timeslot_series_id=timeslot_series_id,
            prevent_applying_default_quota=prevent_applying_default_quota,
        )

        quote_request.additional_properties = d
        return quote_request

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
