from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_attributes_participant_settings import (
        ServiceAttributesParticipantSettings,
    )
    from ..models.service_attributes_price_label_i18n import (
        ServiceAttributesPriceLabelI18N,
    )
    from ..models.service_attributes_public_settings import (
        ServiceAttributesPublicSettings,
    )


T = TypeVar("T", bound="ServiceAttributes")


@_attrs_define
class ServiceAttributes:
    """
    Attributes:
        name (str | Unset):
        slug (str | Unset):
        description (None | str | Unset):
        currency (str | Unset):
        unit (None | str | Unset):
        price_label (None | str | Unset):
        price_label_i18n (ServiceAttributesPriceLabelI18N | Unset):
        view (None | str | Unset):
        assignment_strategy (None | str | Unset):
        min_duration (float | None | Unset): Minutes.
        max_duration (float | None | Unset): Minutes.
        booking_interval (float | None | Unset): Minutes.
        calculation_interval (float | None | Unset): Minutes.
        lead_time (float | None | Unset): Minutes.
        padding_before (float | None | Unset): Minutes.
        padding_after (float | None | Unset): Minutes.
        advance_booking_period (float | None | Unset): Minutes.
        price (float | None | Unset):
        starting_fee (float | None | Unset):
        tax_rate (float | None | Unset):
        is_net_price (bool | Unset):
        price_hidden (bool | Unset):
        has_flexible_duration (bool | Unset):
        auto_duration (bool | Unset):
        is_full_day (bool | Unset):
        is_series (bool | Unset):
        allow_recurring (bool | Unset):
        auto_accept_bookings (bool | Unset):
        requires_quota (bool | Unset):
        allow_participants (bool | Unset):
        requires_host (bool | Unset):
        hidden (bool | Unset):
        viewing_requires_community (bool | Unset):
        booking_requires_community (bool | Unset):
        hidden_in_community (bool | Unset):
        is_rental_option (bool | Unset):
        requires_address (bool | Unset):
        requires_mobile (bool | Unset):
        allow_customer_notes (bool | Unset):
        is_online (bool | Unset):
        allow_resource_selection (bool | Unset):
        allow_end_off_schedule (bool | Unset):
        public_settings (ServiceAttributesPublicSettings | Unset): `cancellation{period, offset}`, `payment{flow}`.
        participant_settings (ServiceAttributesParticipantSettings | Unset):
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    description: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    unit: None | str | Unset = UNSET
    price_label: None | str | Unset = UNSET
    price_label_i18n: ServiceAttributesPriceLabelI18N | Unset = UNSET
    view: None | str | Unset = UNSET
    assignment_strategy: None | str | Unset = UNSET
    min_duration: float | None | Unset = UNSET
    max_duration: float | None | Unset = UNSET
    booking_interval: float | None | Unset = UNSET
    calculation_interval: float | None | Unset = UNSET
    lead_time: float | None | Unset = UNSET
    padding_before: float | None | Unset = UNSET
    padding_after: float | None | Unset = UNSET
    advance_booking_period: float | None | Unset = UNSET
    price: float | None | Unset = UNSET
    starting_fee: float | None | Unset = UNSET
    tax_rate: float | None | Unset = UNSET
    is_net_price: bool | Unset = UNSET
    price_hidden: bool | Unset = UNSET
    has_flexible_duration: bool | Unset = UNSET
    auto_duration: bool | Unset = UNSET
    is_full_day: bool | Unset = UNSET
    is_series: bool | Unset = UNSET
    allow_recurring: bool | Unset = UNSET
    auto_accept_bookings: bool | Unset = UNSET
    requires_quota: bool | Unset = UNSET
    allow_participants: bool | Unset = UNSET
    requires_host: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    viewing_requires_community: bool | Unset = UNSET
    booking_requires_community: bool | Unset = UNSET
    hidden_in_community: bool | Unset = UNSET
    is_rental_option: bool | Unset = UNSET
    requires_address: bool | Unset = UNSET
    requires_mobile: bool | Unset = UNSET
    allow_customer_notes: bool | Unset = UNSET
    is_online: bool | Unset = UNSET
    allow_resource_selection: bool | Unset = UNSET
    allow_end_off_schedule: bool | Unset = UNSET
    public_settings: ServiceAttributesPublicSettings | Unset = UNSET
    participant_settings: ServiceAttributesParticipantSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency = self.currency

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        price_label: None | str | Unset
        if isinstance(self.price_label, Unset):
            price_label = UNSET
        else:
            price_label = self.price_label

        price_label_i18n: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_label_i18n, Unset):
            price_label_i18n = self.price_label_i18n.to_dict()

        view: None | str | Unset
        if isinstance(self.view, Unset):
            view = UNSET
        else:
            view = self.view

        assignment_strategy: None | str | Unset
        if isinstance(self.assignment_strategy, Unset):
            assignment_strategy = UNSET
        else:
            assignment_strategy = self.assignment_strategy

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

        lead_time: float | None | Unset
        if isinstance(self.lead_time, Unset):
            lead_time = UNSET
        else:
            lead_time = self.lead_time

        padding_before: float | None | Unset
        if isinstance(self.padding_before, Unset):
            padding_before = UNSET
        else:
            padding_before = self.padding_before

        padding_after: float | None | Unset
        if isinstance(self.padding_after, Unset):
            padding_after = UNSET
        else:
            padding_after = self.padding_after

        advance_booking_period: float | None | Unset
        if isinstance(self.advance_booking_period, Unset):
            advance_booking_period = UNSET
        else:
            advance_booking_period = self.advance_booking_period

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        starting_fee: float | None | Unset
        if isinstance(self.starting_fee, Unset):
            starting_fee = UNSET
        else:
            starting_fee = self.starting_fee

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        is_net_price = self.is_net_price

        price_hidden = self.price_hidden

        has_flexible_duration = self.has_flexible_duration

        auto_duration = self.auto_duration

        is_full_day = self.is_full_day

        is_series = self.is_series

        allow_recurring = self.allow_recurring

        auto_accept_bookings = self.auto_accept_bookings

        requires_quota = self.requires_quota

        allow_participants = self.allow_participants

        requires_host = self.requires_host

        hidden = self.hidden

        viewing_requires_community = self.viewing_requires_community

        booking_requires_community = self.booking_requires_community

        hidden_in_community = self.hidden_in_community

        is_rental_option = self.is_rental_option

        requires_address = self.requires_address

        requires_mobile = self.requires_mobile

        allow_customer_notes = self.allow_customer_notes

        is_online = self.is_online

        allow_resource_selection = self.allow_resource_selection

        allow_end_off_schedule = self.allow_end_off_schedule

        public_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_settings, Unset):
            public_settings = self.public_settings.to_dict()

        participant_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant_settings, Unset):
            participant_settings = self.participant_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if unit is not UNSET:
            field_dict["unit"] = unit
        if price_label is not UNSET:
            field_dict["price_label"] = price_label
        if price_label_i18n is not UNSET:
            field_dict["price_label_i18n"] = price_label_i18n
        if view is not UNSET:
            field_dict["view"] = view
        if assignment_strategy is not UNSET:
            field_dict["assignment_strategy"] = assignment_strategy
        if min_duration is not UNSET:
            field_dict["min_duration"] = min_duration
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration
        if booking_interval is not UNSET:
            field_dict["booking_interval"] = booking_interval
        if calculation_interval is not UNSET:
            field_dict["calculation_interval"] = calculation_interval
        if lead_time is not UNSET:
            field_dict["lead_time"] = lead_time
        if padding_before is not UNSET:
            field_dict["padding_before"] = padding_before
        if padding_after is not UNSET:
            field_dict["padding_after"] = padding_after
        if advance_booking_period is not UNSET:
            field_dict["advance_booking_period"] = advance_booking_period
        if price is not UNSET:
            field_dict["price"] = price
        if starting_fee is not UNSET:
            field_dict["starting_fee"] = starting_fee
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if is_net_price is not UNSET:
            field_dict["is_net_price"] = is_net_price
        if price_hidden is not UNSET:
            field_dict["price_hidden"] = price_hidden
        if has_flexible_duration is not UNSET:
            field_dict["has_flexible_duration"] = has_flexible_duration
        if auto_duration is not UNSET:
            field_dict["auto_duration"] = auto_duration
        if is_full_day is not UNSET:
            field_dict["is_full_day"] = is_full_day
        if is_series is not UNSET:
            field_dict["is_series"] = is_series
        if allow_recurring is not UNSET:
            field_dict["allow_recurring"] = allow_recurring
        if auto_accept_bookings is not UNSET:
            field_dict["auto_accept_bookings"] = auto_accept_bookings
        if requires_quota is not UNSET:
            field_dict["requires_quota"] = requires_quota
        if allow_participants is not UNSET:
            field_dict["allow_participants"] = allow_participants
        if requires_host is not UNSET:
            field_dict["requires_host"] = requires_host
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if viewing_requires_community is not UNSET:
            field_dict["viewing_requires_community"] = viewing_requires_community
        if booking_requires_community is not UNSET:
            field_dict["booking_requires_community"] = booking_requires_community
        if hidden_in_community is not UNSET:
            field_dict["hidden_in_community"] = hidden_in_community
        if is_rental_option is not UNSET:
            field_dict["is_rental_option"] = is_rental_option
        if requires_address is not UNSET:
            field_dict["requires_address"] = requires_address
        if requires_mobile is not UNSET:
            field_dict["requires_mobile"] = requires_mobile
        if allow_customer_notes is not UNSET:
            field_dict["allow_customer_notes"] = allow_customer_notes
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if allow_resource_selection is not UNSET:
            field_dict["allow_resource_selection"] = allow_resource_selection
        if allow_end_off_schedule is not UNSET:
            field_dict["allow_end_off_schedule"] = allow_end_off_schedule
        if public_settings is not UNSET:
            field_dict["public_settings"] = public_settings
        if participant_settings is not UNSET:
            field_dict["participant_settings"] = participant_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_attributes_participant_settings import (
            ServiceAttributesParticipantSettings,  # noqa: PLC0415
        )
        from ..models.service_attributes_price_label_i18n import (
            ServiceAttributesPriceLabelI18N,  # noqa: PLC0415
        )
        from ..models.service_attributes_public_settings import (
            ServiceAttributesPublicSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_price_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_label = _parse_price_label(d.pop("price_label", UNSET))

        _price_label_i18n = d.pop("price_label_i18n", UNSET)
        price_label_i18n: ServiceAttributesPriceLabelI18N | Unset
        if isinstance(_price_label_i18n, Unset):
            price_label_i18n = UNSET
        else:
            price_label_i18n = ServiceAttributesPriceLabelI18N.from_dict(
                _price_label_i18n
            )

        def _parse_view(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        view = _parse_view(d.pop("view", UNSET))

        def _parse_assignment_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignment_strategy = _parse_assignment_strategy(
            d.pop("assignment_strategy", UNSET)
        )

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

        def _parse_lead_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lead_time = _parse_lead_time(d.pop("lead_time", UNSET))

        def _parse_padding_before(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        padding_before = _parse_padding_before(d.pop("padding_before", UNSET))

        def _parse_padding_after(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        padding_after = _parse_padding_after(d.pop("padding_after", UNSET))

        def _parse_advance_booking_period(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        advance_booking_period = _parse_advance_booking_period(
            d.pop("advance_booking_period", UNSET)
        )

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_starting_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        starting_fee = _parse_starting_fee(d.pop("starting_fee", UNSET))

        def _parse_tax_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_rate = _parse_tax_rate(d.pop("tax_rate", UNSET))

        is_net_price = d.pop("is_net_price", UNSET)

        price_hidden = d.pop("price_hidden", UNSET)

        has_flexible_duration = d.pop("has_flexible_duration", UNSET)

        auto_duration = d.pop("auto_duration", UNSET)

        is_full_day = d.pop("is_full_day", UNSET)

        is_series = d.pop("is_series", UNSET)

        allow_recurring = d.pop("allow_recurring", UNSET)

        auto_accept_bookings = d.pop("auto_accept_bookings", UNSET)

        requires_quota = d.pop("requires_quota", UNSET)

        allow_participants = d.pop("allow_participants", UNSET)

        requires_host = d.pop("requires_host", UNSET)

        hidden = d.pop("hidden", UNSET)

        viewing_requires_community = d.pop("viewing_requires_community", UNSET)

        booking_requires_community = d.pop("booking_requires_community", UNSET)

        hidden_in_community = d.pop("hidden_in_community", UNSET)

        is_rental_option = d.pop("is_rental_option", UNSET)

        requires_address = d.pop("requires_address", UNSET)

        requires_mobile = d.pop("requires_mobile", UNSET)

        allow_customer_notes = d.pop("allow_customer_notes", UNSET)

        is_online = d.pop("is_online", UNSET)

        allow_resource_selection = d.pop("allow_resource_selection", UNSET)

        allow_end_off_schedule = d.pop("allow_end_off_schedule", UNSET)

        _public_settings = d.pop("public_settings", UNSET)
        public_settings: ServiceAttributesPublicSettings | Unset
        if isinstance(_public_settings, Unset):
            public_settings = UNSET
        else:
            public_settings = ServiceAttributesPublicSettings.from_dict(
                _public_settings
            )

        _participant_settings = d.pop("participant_settings", UNSET)
        participant_settings: ServiceAttributesParticipantSettings | Unset
        if isinstance(_participant_settings, Unset):
            participant_settings = UNSET
        else:
            participant_settings = ServiceAttributesParticipantSettings.from_dict(
                _participant_settings
            )

        service_attributes = cls(
            name=name,
            slug=slug,
            description=description,
            currency=currency,
            unit=unit,
            price_label=price_label,
            price_label_i18n=price_label_i18n,
            view=view,
            assignment_strategy=assignment_strategy,
            min_duration=min_duration,
            max_duration=max_duration,
            booking_interval=booking_interval,
            calculation_interval=calculation_interval,
            lead_time=lead_time,
            padding_before=padding_before,
            padding_after=padding_after,
            advance_booking_period=advance_booking_period,
            price=price,
            starting_fee=starting_fee,
            tax_rate=tax_rate,
            is_net_price=is_net_price,
            price_hidden=price_hidden,
            has_flexible_duration=has_flexible_duration,
            auto_duration=auto_duration,
            is_full_day=is_full_day,
            is_series=is_series,
            allow_recurring=allow_recurring,
            auto_accept_bookings=auto_accept_bookings,
            requires_quota=requires_quota,
            allow_participants=allow_participants,
            requires_host=requires_host,
            hidden=hidden,
            viewing_requires_community=viewing_requires_community,
            booking_requires_community=booking_requires_community,
            hidden_in_community=hidden_in_community,
            is_rental_option=is_rental_option,
            requires_address=requires_address,
            requires_mobile=requires_mobile,
            allow_customer_notes=allow_customer_notes,
            is_online=is_online,
            allow_resource_selection=allow_resource_selection,
            allow_end_off_schedule=allow_end_off_schedule,
            public_settings=public_settings,
            participant_settings=participant_settings,
        )

        service_attributes.additional_properties = d
        return service_attributes

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
