from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_configuration_attributes_services_with_quantity_item import (
        ServiceConfigurationAttributesServicesWithQuantityItem,
    )


T = TypeVar("T", bound="ServiceConfigurationAttributes")


@_attrs_define
class ServiceConfigurationAttributes:
    """
    Attributes:
        label (str | Unset):
        duration_label (None | str | Unset):
        price_label (None | str | Unset):
        min_duration (float | None | Unset):
        max_duration (float | None | Unset):
        booking_interval (float | None | Unset):
        calculation_interval (float | None | Unset):
        advance_booking_period (float | None | Unset):
        default_start_time (None | str | Unset):
        default_end_time (None | str | Unset):
        allows_cross_schedule (bool | Unset):
        is_free (bool | Unset):
        currency (str | Unset):
        timezone (None | str | Unset):
        services_with_quantity (list[ServiceConfigurationAttributesServicesWithQuantityItem] | Unset):
    """

    label: str | Unset = UNSET
    duration_label: None | str | Unset = UNSET
    price_label: None | str | Unset = UNSET
    min_duration: float | None | Unset = UNSET
    max_duration: float | None | Unset = UNSET
    booking_interval: float | None | Unset = UNSET
    calculation_interval: float | None | Unset = UNSET
    advance_booking_period: float | None | Unset = UNSET
    default_start_time: None | str | Unset = UNSET
    default_end_time: None | str | Unset = UNSET
    allows_cross_schedule: bool | Unset = UNSET
    is_free: bool | Unset = UNSET
    currency: str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    services_with_quantity: (
        list[ServiceConfigurationAttributesServicesWithQuantityItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        duration_label: None | str | Unset
        if isinstance(self.duration_label, Unset):
            duration_label = UNSET
        else:
            duration_label = self.duration_label

        price_label: None | str | Unset
        if isinstance(self.price_label, Unset):
            price_label = UNSET
        else:
            price_label = self.price_label

        min_duration: float | None | Unset
        if isinstance(self.min_duration, Unset):
            min_duration = UNSET
        else:
            min_duration = self.min_duration

        max_duration: float | None | Unset
        if isinstance(self.max_duration, Unset):
            max_duration = UNSET
        else:
            max_duration = self.max_duration

        booking_interval: float | None | Unset
        if isinstance(self.booking_interval, Unset):
            booking_interval = UNSET
        else:
            booking_interval = self.booking_interval

        calculation_interval: float | None | Unset
        if isinstance(self.calculation_interval, Unset):
            calculation_interval = UNSET
        else:
            calculation_interval = self.calculation_interval

        advance_booking_period: float | None | Unset
        if isinstance(self.advance_booking_period, Unset):
            advance_booking_period = UNSET
        else:
            advance_booking_period = self.advance_booking_period

        default_start_time: None | str | Unset
        if isinstance(self.default_start_time, Unset):
            default_start_time = UNSET
        else:
            default_start_time = self.default_start_time

        default_end_time: None | str | Unset
        if isinstance(self.default_end_time, Unset):
            default_end_time = UNSET
        else:
            default_end_time = self.default_end_time

        allows_cross_schedule = self.allows_cross_schedule

        is_free = self.is_free

        currency = self.currency

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        services_with_quantity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services_with_quantity, Unset):
            services_with_quantity = []
            for services_with_quantity_item_data in self.services_with_quantity:
                services_with_quantity_item = services_with_quantity_item_data.to_dict()
                services_with_quantity.append(services_with_quantity_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if duration_label is not UNSET:
            field_dict["duration_label"] = duration_label
        if price_label is not UNSET:
            field_dict["price_label"] = price_label
        if min_duration is not UNSET:
            field_dict["min_duration"] = min_duration
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if booking_interval is not UNSET:
            field_dict["booking_interval"] = booking_interval
        if calculation_interval is not UNSET:
            field_dict["calculation_interval"] = calculation_interval
        if advance_booking_period is not UNSET:
            field_dict["advance_booking_period"] = advance_booking_period
        if default_start_time is not UNSET:
            field_dict["default_start_time"] = default_start_time
        if default_end_time is not UNSET:
            field_dict["default_end_time"] = default_end_time
        if allows_cross_schedule is not UNSET:
            field_dict["allows_cross_schedule"] = allows_cross_schedule
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if currency is not UNSET:
            field_dict["currency"] = currency
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if services_with_quantity is not UNSET:
            field_dict["services_with_quantity"] = services_with_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_configuration_attributes_services_with_quantity_item import (
            ServiceConfigurationAttributesServicesWithQuantityItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        label = d.pop("label", UNSET)

        def _parse_duration_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_label = _parse_duration_label(d.pop("duration_label", UNSET))

        def _parse_price_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_label = _parse_price_label(d.pop("price_label", UNSET))

        def _parse_min_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_duration = _parse_min_duration(d.pop("min_duration", UNSET))

        def _parse_max_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_duration = _parse_max_duration(d.pop("max_duration", UNSET))

        def _parse_booking_interval(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        booking_interval = _parse_booking_interval(d.pop("booking_interval", UNSET))

        def _parse_calculation_interval(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        calculation_interval = _parse_calculation_interval(
            d.pop("calculation_interval", UNSET)
        )

        def _parse_advance_booking_period(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        advance_booking_period = _parse_advance_booking_period(
            d.pop("advance_booking_period", UNSET)
        )

        def _parse_default_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_start_time = _parse_default_start_time(
            d.pop("default_start_time", UNSET)
        )

        def _parse_default_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_end_time = _parse_default_end_time(d.pop("default_end_time", UNSET))

        allows_cross_schedule = d.pop("allows_cross_schedule", UNSET)

        is_free = d.pop("is_free", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        _services_with_quantity = d.pop("services_with_quantity", UNSET)
        services_with_quantity: (
            list[ServiceConfigurationAttributesServicesWithQuantityItem] | Unset
        ) = UNSET
        if _services_with_quantity is not UNSET:
            services_with_quantity = []
            for services_with_quantity_item_data in _services_with_quantity:
                services_with_quantity_item = (
                    ServiceConfigurationAttributesServicesWithQuantityItem.from_dict(
                        services_with_quantity_item_data
                    )
                )

                services_with_quantity.append(services_with_quantity_item)

        service_configuration_attributes = cls(
            label=label,
            duration_label=duration_label,
            price_label=price_label,
            min_duration=min_duration,
            max_duration=max_duration,
            booking_interval=booking_interval,
            calculation_interval=calculation_interval,
            advance_booking_period=advance_booking_period,
            default_start_time=default_start_time,
            default_end_time=default_end_time,
            allows_cross_schedule=allows_cross_schedule,
            is_free=is_free,
            currency=currency,
            timezone=timezone,
            services_with_quantity=services_with_quantity,
        )

        service_configuration_attributes.additional_properties = d
        return service_configuration_attributes

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
