from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_attributes_settings import ResourceAttributesSettings


T = TypeVar("T", bound="ResourceAttributes")


@_attrs_define
class ResourceAttributes:
    """
    Attributes:
        slug (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        plain_description (None | str | Unset):
        timezone (None | str | Unset):
        color (None | str | Unset):
        quantity (float | None | Unset):
        staggered_quantity (float | None | Unset):
        max_booking_quantity (float | None | Unset):
        max_sequence_quantity (float | None | Unset):
        has_children (bool | Unset):
        continuous (bool | Unset):
        auto_accept_bookings (bool | Unset):
        viewing_requires_community (bool | Unset):
        booking_requires_community (bool | Unset):
        bookings_enabled (bool | Unset):
        is_online (bool | Unset):
        live (bool | Unset):
        hidden (bool | Unset):
        archived (bool | Unset):
        public_listing (bool | Unset):
        seo (bool | Unset):
        available_from (datetime.datetime | None | Unset):
        available_to (datetime.datetime | None | Unset):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        settings (ResourceAttributesSettings | Unset): `checkIn`, `selfCheckIn`, `checkout{customerCanPickChildren,
            requiresLogin, requiresLoginReason, verifyGuestEmail}`, `waitlist{enabled, backoff}`, `maxBookings{perSlot,
            perDay, perWeek, perMonth}`, display toggles.
    """

    slug: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    plain_description: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    staggered_quantity: float | None | Unset = UNSET
    max_booking_quantity: float | None | Unset = UNSET
    max_sequence_quantity: float | None | Unset = UNSET
    has_children: bool | Unset = UNSET
    continuous: bool | Unset = UNSET
    auto_accept_bookings: bool | Unset = UNSET
    viewing_requires_community: bool | Unset = UNSET
    booking_requires_community: bool | Unset = UNSET
    bookings_enabled: bool | Unset = UNSET
    is_online: bool | Unset = UNSET
    live: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    public_listing: bool | Unset = UNSET
    seo: bool | Unset = UNSET
    available_from: datetime.datetime | None | Unset = UNSET
    available_to: datetime.datetime | None | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    settings: ResourceAttributesSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        plain_description: None | str | Unset
        if isinstance(self.plain_description, Unset):
            plain_description = UNSET
        else:
            plain_description = self.plain_description

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        staggered_quantity: float | None | Unset
        if isinstance(self.staggered_quantity, Unset):
            staggered_quantity = UNSET
        else:
            staggered_quantity = self.staggered_quantity

        max_booking_quantity: float | None | Unset
        if isinstance(self.max_booking_quantity, Unset):
            max_booking_quantity = UNSET
        else:
            max_booking_quantity = self.max_booking_quantity

        max_sequence_quantity: float | None | Unset
        if isinstance(self.max_sequence_quantity, Unset):
            max_sequence_quantity = UNSET
        else:
            max_sequence_quantity = self.max_sequence_quantity

        has_children = self.has_children

        continuous = self.continuous

        auto_accept_bookings = self.auto_accept_bookings

        viewing_requires_community = self.viewing_requires_community

        booking_requires_community = self.booking_requires_community

        bookings_enabled = self.bookings_enabled

        is_online = self.is_online

        live = self.live

        hidden = self.hidden

        archived = self.archived

        public_listing = self.public_listing

        seo = self.seo

        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        elif isinstance(self.available_from, datetime.datetime):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        available_to: None | str | Unset
        if isinstance(self.available_to, Unset):
            available_to = UNSET
        elif isinstance(self.available_to, datetime.datetime):
            available_to = self.available_to.isoformat()
        else:
            available_to = self.available_to

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if plain_description is not UNSET:
            field_dict["plain_description"] = plain_description
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if color is not UNSET:
            field_dict["color"] = color
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if staggered_quantity is not UNSET:
            field_dict["staggered_quantity"] = staggered_quantity
        if max_booking_quantity is not UNSET:
            field_dict["max_booking_quantity"] = max_booking_quantity
        if max_sequence_quantity is not UNSET:
            field_dict["max_sequence_quantity"] = max_sequence_quantity
        if has_children is not UNSET:
            field_dict["has_children"] = has_children
        if continuous is not UNSET:
            field_dict["continuous"] = continuous
        if auto_accept_bookings is not UNSET:
            field_dict["auto_accept_bookings"] = auto_accept_bookings
        if viewing_requires_community is not UNSET:
            field_dict["viewing_requires_community"] = viewing_requires_community
        if booking_requires_community is not UNSET:
            field_dict["booking_requires_community"] = booking_requires_community
        if bookings_enabled is not UNSET:
            field_dict["bookings_enabled"] = bookings_enabled
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if live is not UNSET:
            field_dict["live"] = live
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if archived is not UNSET:
            field_dict["archived"] = archived
        if public_listing is not UNSET:
            field_dict["public_listing"] = public_listing
        if seo is not UNSET:
            field_dict["seo"] = seo
        if available_from is not UNSET:
            field_dict["available_from"] = available_from
        if available_to is not UNSET:
            field_dict["available_to"] = available_to
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_attributes_settings import ResourceAttributesSettings  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_plain_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plain_description = _parse_plain_description(d.pop("plain_description", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_staggered_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        staggered_quantity = _parse_staggered_quantity(
            d.pop("staggered_quantity", UNSET)
        )

        def _parse_max_booking_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_booking_quantity = _parse_max_booking_quantity(
            d.pop("max_booking_quantity", UNSET)
        )

        def _parse_max_sequence_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_sequence_quantity = _parse_max_sequence_quantity(
            d.pop("max_sequence_quantity", UNSET)
        )

        has_children = d.pop("has_children", UNSET)

        continuous = d.pop("continuous", UNSET)

        auto_accept_bookings = d.pop("auto_accept_bookings", UNSET)

        viewing_requires_community = d.pop("viewing_requires_community", UNSET)

        booking_requires_community = d.pop("booking_requires_community", UNSET)

        bookings_enabled = d.pop("bookings_enabled", UNSET)

        is_online = d.pop("is_online", UNSET)

        live = d.pop("live", UNSET)

        hidden = d.pop("hidden", UNSET)

        archived = d.pop("archived", UNSET)

        public_listing = d.pop("public_listing", UNSET)

        seo = d.pop("seo", UNSET)

        def _parse_available_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        available_from = _parse_available_from(d.pop("available_from", UNSET))

        def _parse_available_to(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        available_to = _parse_available_to(d.pop("available_to", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: ResourceAttributesSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ResourceAttributesSettings.from_dict(_settings)

        resource_attributes = cls(
            slug=slug,
            name=name,
            description=description,
            plain_description=plain_description,
            timezone=timezone,
            color=color,
            quantity=quantity,
            staggered_quantity=staggered_quantity,
            max_booking_quantity=max_booking_quantity,
            max_sequence_quantity=max_sequence_quantity,
            has_children=has_children,
            continuous=continuous,
            auto_accept_bookings=auto_accept_bookings,
            viewing_requires_community=viewing_requires_community,
            booking_requires_community=booking_requires_community,
            bookings_enabled=bookings_enabled,
            is_online=is_online,
            live=live,
            hidden=hidden,
            archived=archived,
            public_listing=public_listing,
            seo=seo,
            available_from=available_from,
            available_to=available_to,
            latitude=latitude,
            longitude=longitude,
            settings=settings,
        )

        resource_attributes.additional_properties = d
        return resource_attributes

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
