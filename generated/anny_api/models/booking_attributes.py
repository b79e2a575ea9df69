from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_attributes_booking_add_ons_item import (
        BookingAttributesBookingAddOnsItem,
    )
    from ..models.booking_attributes_custom_entry_map import (
        BookingAttributesCustomEntryMap,
    )


T = TypeVar("T", bound="BookingAttributes")


@_attrs_define
class BookingAttributes:
    """Attributes of a booking (`bookings`). `status` is server-controlled; known values:
    `reserved` (held in a draft order), `requested` (awaiting approval), `accepted`, `invited`,
    `rejected`, `canceled`, `expired`, and `pending` (seen once, undocumented). Treat unknown values
    as possible.

        Attributes:
            number (str | Unset): Booking number, `BB…`.
            code (str | Unset): A random access code (16 characters in the documented example) that opens and cancels the
                booking. Present only for a caller who proved access (the code itself, the owner's token, or the order access
                token); a lookup by number alone does not reveal it (Addendum C14, inferred).
            status (str | Unset):
            status_reason (Any | Unset): Free-form reason (raw JSON).
            start_date (datetime.datetime | Unset):
            end_date (datetime.datetime | Unset):
            blocker_start_date (datetime.datetime | None | Unset):
            blocker_end_date (datetime.datetime | None | Unset):
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
            canceled_at (datetime.datetime | None | Unset):
            check_in_date (datetime.datetime | None | Unset):
            check_out_date (datetime.datetime | None | Unset):
            charged_duration (float | None | Unset): Minutes.
            is_blocker (bool | Unset):
            is_sequence (bool | Unset):
            is_series (bool | Unset):
            is_series_master (bool | Unset):
            is_sub_booking (bool | Unset):
            manually_created (bool | Unset):
            has_payment (bool | Unset):
            price_hidden (bool | Unset):
            visible_for_customer (bool | Unset):
            is_net_total (bool | Unset):
            can_edit (bool | Unset):
            is_editable (bool | Unset):
            currency (str | Unset):
            tax_rate (float | None | Unset):
            total (float | None | Unset):
            subtotal (float | None | Unset):
            charged_total (float | None | Unset):
            charged_subtotal (float | None | Unset):
            starting_fee (float | None | Unset):
            weight (float | None | Unset):
            series_id (None | str | Unset):
            series_type (None | str | Unset):
            description (None | str | Unset):
            customer_note (None | str | Unset):
            note (None | str | Unset):
            title (None | str | Unset):
            custom_entry_map (BookingAttributesCustomEntryMap | Unset):
            booking_add_ons (list[BookingAttributesBookingAddOnsItem] | Unset):
    """

    number: str | Unset = UNSET
    code: str | Unset = UNSET
    status: str | Unset = UNSET
    status_reason: Any | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    blocker_start_date: datetime.datetime | None | Unset = UNSET
    blocker_end_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    canceled_at: datetime.datetime | None | Unset = UNSET
    check_in_date: datetime.datetime | None | Unset = UNSET
    check_out_date: datetime.datetime | None | Unset = UNSET
    charged_duration: float | None | Unset = UNSET
    is_blocker: bool | Unset = UNSET
    is_sequence: bool | Unset = UNSET
    is_series: bool | Unset = UNSET
    is_series_master: bool | Unset = UNSET
    is_sub_booking: bool | Unset = UNSET
    manually_created: bool | Unset = UNSET
    has_payment: bool | Unset = UNSET
    price_hidden: bool | Unset = UNSET
    visible_for_customer: bool | Unset = UNSET
    is_net_total: bool | Unset = UNSET
    can_edit: bool | Unset = UNSET
    is_editable: bool | Unset = UNSET
    currency: str | Unset = UNSET
    tax_rate: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    subtotal: float | None | Unset = UNSET
    charged_total: float | None | Unset = UNSET
    charged_subtotal: float | None | Unset = UNSET
    starting_fee: float | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    series_id: None | str | Unset = UNSET
    series_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    customer_note: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    custom_entry_map: BookingAttributesCustomEntryMap | Unset = UNSET
    booking_add_ons: list[BookingAttributesBookingAddOnsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        code = self.code

        status = self.status

        status_reason = self.status_reason

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        blocker_start_date: None | str | Unset
        if isinstance(self.blocker_start_date, Unset):
            blocker_start_date = UNSET
        elif isinstance(self.blocker_start_date, datetime.datetime):
            blocker_start_date = self.blocker_start_date.isoformat()
        else:
            blocker_start_date = self.blocker_start_date

        blocker_end_date: None | str | Unset
        if isinstance(self.blocker_end_date, Unset):
            blocker_end_date = UNSET
        elif isinstance(self.blocker_end_date, datetime.datetime):
            blocker_end_date = self.blocker_end_date.isoformat()
        else:
            blocker_end_date = self.blocker_end_date

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
        else:
            canceled_at = self.canceled_at

        check_in_date: None | str | Unset
        if isinstance(self.check_in_date, Unset):
            check_in_date = UNSET
        elif isinstance(self.check_in_date, datetime.datetime):
            check_in_date = self.check_in_date.isoformat()
        else:
            check_in_date = self.check_in_date

        check_out_date: None | str | Unset
        if isinstance(self.check_out_date, Unset):
            check_out_date = UNSET
        elif isinstance(self.check_out_date, datetime.datetime):
            check_out_date = self.check_out_date.isoformat()
        else:
            check_out_date = self.check_out_date

        charged_duration: float | None | Unset
        if isinstance(self.charged_duration, Unset):
            charged_duration = UNSET
        else:
            charged_duration = self.charged_duration

        is_blocker = self.is_blocker

        is_sequence = self.is_sequence

        is_series = self.is_series

        is_series_master = self.is_series_master

        is_sub_booking = self.is_sub_booking

        manually_created = self.manually_created

        has_payment = self.has_payment

        price_hidden = self.price_hidden

        visible_for_customer = self.visible_for_customer

        is_net_total = self.is_net_total

        can_edit = self.can_edit

        is_editable = self.is_editable

        currency = self.currency

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        subtotal: float | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        charged_total: float | None | Unset
        if isinstance(self.charged_total, Unset):
            charged_total = UNSET
        else:
            charged_total = self.charged_total

        charged_subtotal: float | None | Unset
        if isinstance(self.charged_subtotal, Unset):
            charged_subtotal = UNSET
        else:
            charged_subtotal = self.charged_subtotal

        starting_fee: float | None | Unset
        if isinstance(self.starting_fee, Unset):
            starting_fee = UNSET
        else:
            starting_fee = self.starting_fee

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        series_id: None | str | Unset
        if isinstance(self.series_id, Unset):
            series_id = UNSET
        else:
            series_id = self.series_id

        series_type: None | str | Unset
        if isinstance(self.series_type, Unset):
            series_type = UNSET
        else:
            series_type = self.series_type

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

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        custom_entry_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entry_map, Unset):
            custom_entry_map = self.custom_entry_map.to_dict()

        booking_add_ons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.booking_add_ons, Unset):
            booking_add_ons = []
            for booking_add_ons_item_data in self.booking_add_ons:
                booking_add_ons_item = booking_add_ons_item_data.to_dict()
                booking_add_ons.append(booking_add_ons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if blocker_start_date is not UNSET:
            field_dict["blocker_start_date"] = blocker_start_date
        if blocker_end_date is not UNSET:
            field_dict["blocker_end_date"] = blocker_end_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if check_in_date is not UNSET:
            field_dict["check_in_date"] = check_in_date
        if check_out_date is not UNSET:
            field_dict["check_out_date"] = check_out_date
        if charged_duration is not UNSET:
            field_dict["charged_duration"] = charged_duration
        if is_blocker is not UNSET:
            field_dict["is_blocker"] = is_blocker
        if is_sequence is not UNSET:
            field_dict["is_sequence"] = is_sequence
        if is_series is not UNSET:
            field_dict["is_series"] = is_series
        if is_series_master is not UNSET:
            field_dict["is_series_master"] = is_series_master
        if is_sub_booking is not UNSET:
            field_dict["is_sub_booking"] = is_sub_booking
        if manually_created is not UNSET:
            field_dict["manually_created"] = manually_created
        if has_payment is not UNSET:
            field_dict["has_payment"] = has_payment
        if price_hidden is not UNSET:
            field_dict["price_hidden"] = price_hidden
        if visible_for_customer is not UNSET:
            field_dict["visible_for_customer"] = visible_for_customer
        if is_net_total is not UNSET:
            field_dict["is_net_total"] = is_net_total
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if total is not UNSET:
            field_dict["total"] = total
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if charged_total is not UNSET:
            field_dict["charged_total"] = charged_total
        if charged_subtotal is not UNSET:
            field_dict["charged_subtotal"] = charged_subtotal
        if starting_fee is not UNSET:
            field_dict["starting_fee"] = starting_fee
        if weight is not UNSET:
            field_dict["weight"] = weight
        if series_id is not UNSET:
            field_dict["series_id"] = series_id
        if series_type is not UNSET:
            field_dict["series_type"] = series_type
        if description is not UNSET:
            field_dict["description"] = description
        if customer_note is not UNSET:
            field_dict["customer_note"] = customer_note
        if note is not UNSET:
            field_dict["note"] = note
        if title is not UNSET:
            field_dict["title"] = title
        if custom_entry_map is not UNSET:
            field_dict["custom_entry_map"] = custom_entry_map
        if booking_add_ons is not UNSET:
            field_dict["booking_add_ons"] = booking_add_ons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booking_attributes_booking_add_ons_item import (
            BookingAttributesBookingAddOnsItem,  # noqa: PLC0415
        )
        from ..models.booking_attributes_custom_entry_map import (
            BookingAttributesCustomEntryMap,  # noqa: PLC0415
        )

        d = dict(src_dict)
        number = d.pop("number", UNSET)

        code = d.pop("code", UNSET)

        status = d.pop("status", UNSET)

        status_reason = d.pop("status_reason", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        def _parse_blocker_start_date(data: object) -> datetime.datetime | None | Unset:
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

        blocker_start_date = _parse_blocker_start_date(
            d.pop("blocker_start_date", UNSET)
        )

        def _parse_blocker_end_date(data: object) -> datetime.datetime | None | Unset:
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

        blocker_end_date = _parse_blocker_end_date(d.pop("blocker_end_date", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_canceled_at(data: object) -> datetime.datetime | None | Unset:
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

        canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))

        def _parse_check_in_date(data: object) -> datetime.datetime | None | Unset:
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

        check_in_date = _parse_check_in_date(d.pop("check_in_date", UNSET))

        def _parse_check_out_date(data: object) -> datetime.datetime | None | Unset:
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

        check_out_date = _parse_check_out_date(d.pop("check_out_date", UNSET))

        def _parse_charged_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        charged_duration = _parse_charged_duration(d.pop("charged_duration", UNSET))

        is_blocker = d.pop("is_blocker", UNSET)

        is_sequence = d.pop("is_sequence", UNSET)

        is_series = d.pop("is_series", UNSET)

        is_series_master = d.pop("is_series_master", UNSET)

        is_sub_booking = d.pop("is_sub_booking", UNSET)

        manually_created = d.pop("manually_created", UNSET)

        has_payment = d.pop("has_payment", UNSET)

        price_hidden = d.pop("price_hidden", UNSET)

        visible_for_customer = d.pop("visible_for_customer", UNSET)

        is_net_total = d.pop("is_net_total", UNSET)

        can_edit = d.pop("can_edit", UNSET)

        is_editable = d.pop("is_editable", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_tax_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_rate = _parse_tax_rate(d.pop("tax_rate", UNSET))

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_subtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

        def _parse_charged_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        charged_total = _parse_charged_total(d.pop("charged_total", UNSET))

        def _parse_charged_subtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        charged_subtotal = _parse_charged_subtotal(d.pop("charged_subtotal", UNSET))

        def _parse_starting_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        starting_fee = _parse_starting_fee(d.pop("starting_fee", UNSET))

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_series_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        series_id = _parse_series_id(d.pop("series_id", UNSET))

        def _parse_series_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        series_type = _parse_series_type(d.pop("series_type", UNSET))

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

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _custom_entry_map = d.pop("custom_entry_map", UNSET)
        custom_entry_map: BookingAttributesCustomEntryMap | Unset
        if isinstance(_custom_entry_map, Unset):
            custom_entry_map = UNSET
        else:
            custom_entry_map = BookingAttributesCustomEntryMap.from_dict(
                _custom_entry_map
            )

        _booking_add_ons = d.pop("booking_add_ons", UNSET)
        booking_add_ons: list[BookingAttributesBookingAddOnsItem] | Unset = UNSET
        if _booking_add_ons is not UNSET:
            booking_add_ons = []
            for booking_add_ons_item_data in _booking_add_ons:
                booking_add_ons_item = BookingAttributesBookingAddOnsItem.from_dict(
                    booking_add_ons_item_data
                )

                booking_add_ons.append(booking_add_ons_item)

        booking_attributes = cls(
            number=number,
            code=code,
            status=status,
            status_reason=status_reason,
            start_date=start_date,
            end_date=end_date,
            blocker_start_date=blocker_start_date,
            blocker_end_date=blocker_end_date,
            created_at=created_at,
            updated_at=updated_at,
            canceled_at=canceled_at,
            check_in_date=check_in_date,
            check_out_date=check_out_date,
            charged_duration=charged_duration,
            is_blocker=is_blocker,
            is_sequence=is_sequence,
            is_series=is_series,
            is_series_master=is_series_master,
            is_sub_booking=is_sub_booking,
            manually_created=manually_created,
            has_payment=has_payment,
            price_hidden=price_hidden,
            visible_for_customer=visible_for_customer,
            is_net_total=is_net_total,
            can_edit=can_edit,
            is_editable=is_editable,
            currency=currency,
            tax_rate=tax_rate,
            total=total,
            subtotal=subtotal,
            charged_total=charged_total,
            charged_subtotal=charged_subtotal,
            starting_fee=starting_fee,
            weight=weight,
            series_id=series_id,
            series_type=series_type,
            description=description,
            customer_note=customer_note,
            note=note,
            title=title,
            custom_entry_map=custom_entry_map,
            booking_add_ons=booking_add_ons,
        )

        booking_attributes.additional_properties = d
        return booking_attributes

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
