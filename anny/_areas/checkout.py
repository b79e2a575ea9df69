"""``client.checkout``: the cart (a draft order), quotes, the checkout form and submit.

Operations: addToCart, calculateCartBookings, getCart, emptyCart, getCheckoutForm,
submitCheckout, applyVoucher, removeVoucher (spec tag ``checkout``). The
:class:`~anny.types.Cart` workflow (``client.cart()``) is built on these flows.

A cart is identified by its order id and order access token, :class:`CartState` (``oid``,
``oat``): anny's answer to the first add-to-cart carries both. The ``oat`` is a secret.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import httpx

from anny._areas._binding import Area, Context, M, endpoint
from anny._areas._common import op_plan, read_back, view_parser
from anny._areas.catalog import (
    ResourceRef,
    ServiceRef,
    resolve_resource,
    resolve_service,
    resolve_zone,
)
from anny._flow import Flow, perform
from anny._ids import validate_id
from anny._jsonapi import Resource
from anny._models import Booking, Order
from anny._plan import RequestPlan
from anny._response import parse_document, parse_json
from anny._results import CheckoutForm, Quote
from anny.errors import AnnyError, InvalidParameterError, OutcomeUnknownError, SlotTakenError

__all__ = ["CartItem", "CartState", "Checkout", "CheckoutResult"]

#: What every cart call asks anny to include: the bookings, each with its resource (whose time
#: zone the bookings' times are shown in, as everywhere else).
CART_INCLUDE = ("bookings", "bookings.resource")

#: Order statuses in which a submitted order counts as placed.
PLACED = frozenset({"accepted", "requested", "pending_payment"})


@attrs.frozen(repr=False)
class CartState:
    """What identifies a cart: the draft order's id and access token (``oid``, ``oat``).

    Keep it in your web session to continue the cart later (``client.cart(resume=state)``);
    ``tuple(state)`` and ``CartState(*pair)`` convert. The token never appears in ``repr``.
    """

    oid: str = attrs.field(converter=str)
    oat: str = attrs.field(converter=str)

    def __attrs_post_init__(self) -> None:
        validate_id(self.oid, what="oid")
        if not self.oat or any(ch.isspace() or ord(ch) < 32 for ch in self.oat):
            raise InvalidParameterError("oat must be the order access token (a non-empty string)")

    def __iter__(self) -> Any:
        return iter((self.oid, self.oat))

    def query(self, **more: object) -> dict[str, object]:
        """The query values that address the cart (by the spec's Python names), plus ``more``."""
        return {"oid": self.oid, "oat": self.oat, **more}

    def __repr__(self) -> str:
        return f"CartState(oid={self.oid!r}, oat=<redacted>)"

    @classmethod
    def of(cls, order: Order) -> CartState:
        """The state of a draft order anny returned."""
        if not order.access_token:
            raise InvalidParameterError(f"order {order.number or order.id} carries no access token")
        return cls(order.id, order.access_token)


def _aware(value: dt.datetime, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidParameterError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidParameterError(
            f"{what}: naive datetime {value.isoformat()!r}; add a time zone"
        )
    return value


@attrs.frozen
class CartItem:
    """One booking to put in a cart, by ids. :meth:`body` is the flat body anny expects.

    ``add_ons`` is a list of ``{"add_on_id": …, "quantity": …}`` for the booking.
    """

    resource_id: str
    service_id: str
    start: dt.datetime
    end: dt.datetime
    quantity: int = 1
    add_ons: tuple[Mapping[str, Any], ...] = ()
    description: str | None = None
    customer_note: str | None = None

    def __attrs_post_init__(self) -> None:
        _aware(self.start, "start")
        _aware(self.end, "end")
        if self.end <= self.start:
            raise InvalidParameterError(
                f"end {self.end.isoformat()} must be after start {self.start.isoformat()}"
            )
        if (
            isinstance(self.quantity, bool)
            or not isinstance(self.quantity, int)
            or not (1 <= self.quantity <= 1000)
        ):
            raise InvalidParameterError(
                f"quantity must be an int from 1 to 1000: {self.quantity!r}"
            )

    def body(self) -> dict[str, Any]:
        """The flat add-to-cart / quote body (not a JSON:API envelope), as the web shop sends it,
        by the spec's Python names (``op_plan`` spells them for the wire)."""
        return {
            "start_date": self.start.isoformat(),
            "end_date": self.end.isoformat(),
            "service_id": {self.service_id: self.quantity},
            "resource_id": [self.resource_id],
            "description": self.description or "",
            "customer_note": self.customer_note or "",
            "add_ons_by_service": {self.service_id: [[dict(a) for a in self.add_ons]]},
            "sub_bookings_by_service": {},
            "strategy": "multi-resource",
        }


@attrs.frozen
class CheckoutResult:
    """A submitted cart: the order, its bookings and what to do next.

    Attributes:
        order: the order (``accepted``, ``requested`` or ``pending_payment``).
        bookings: its bookings (numbers ``BB…`` for the confirmation page).
        payment_url: where to send the customer to pay, when payment is needed.
        confirmation_url: the order confirmation download (carries the access token: a secret).
        recovered: True when the answer to submit was lost and the order was read back.
    """

    order: Order
    bookings: tuple[Booking, ...] = ()
    payment_url: str | None = attrs.field(default=None, repr=False)
    confirmation_url: str | None = attrs.field(default=None, repr=False)
    recovered: bool = False

    @property
    def needs_payment(self) -> bool:
        """Whether the customer still has to pay (``payment_url``)."""
        return self.order.status == "pending_payment"

    @property
    def numbers(self) -> tuple[str, ...]:
        """The booking numbers."""
        return tuple(b.number for b in self.bookings if b.number)


def _included_bookings(order: Order) -> tuple[Booking, ...]:
    res = order.raw
    if res is None or "bookings" not in res.relationships:
        return ()
    related: Any = res.related("bookings")
    items = related if isinstance(related, list) else [related]
    return tuple(Booking.from_resource(item) for item in items if isinstance(item, Resource))


def _result(order: Order, *, recovered: bool = False) -> CheckoutResult:
    meta = order.raw.meta if order.raw is not None else {}
    payment_url = meta.get("payment_url")
    return CheckoutResult(
        order=order,
        bookings=_included_bookings(order),
        payment_url=payment_url if isinstance(payment_url, str) else None,
        confirmation_url=order.download_url,
        recovered=recovered,
    )


# --------------------------------------------------------------------------- flows


def item(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    start: dt.datetime,
    end: dt.datetime,
    *,
    quantity: int = 1,
    add_ons: Sequence[Mapping[str, Any]] = (),
    description: str | None = None,
    customer_note: str | None = None,
) -> Flow[CartItem]:
    """A :class:`CartItem` for a resource and service given by slug, id or object."""
    _aware(start, "start")
    _aware(end, "end")
    # Ids (or fetched objects) need no request; a slug is looked up once per client.
    rid = yield from resolve_resource(ctx, resource)
    sid = yield from resolve_service(ctx, resource, service)
    return CartItem(
        rid,
        sid,
        start,
        end,
        quantity=quantity,
        add_ons=tuple(add_ons),
        description=description,
        customer_note=customer_note,
    )


def quote(
    ctx: Context,
    resource: ResourceRef,
    service: ServiceRef,
    start: dt.datetime,
    end: dt.datetime,
    *,
    quantity: int = 1,
    check_availability: bool = True,
) -> Flow[Quote]:
    """Price a prospective booking without saving anything (``calculateCartBookings``).

    The quote's times are in the resource's time zone, like its slots (a resource given by
    id is looked up once per client for it; a slug or fetched object needs nothing more).
    """
    wanted = yield from item(ctx, resource, service, start, end, quantity=quantity)
    zone = yield from resolve_zone(ctx, resource)
    plan = quote_plan(wanted, check_availability=check_availability, zone=zone)
    return (yield from perform(plan))


def quote_plan(
    wanted: CartItem, *, check_availability: bool = True, zone: dt.tzinfo | None = None
) -> RequestPlan[Quote]:
    """The plan of ``calculateCartBookings`` for one item (times shown in ``zone``)."""
    return op_plan(
        "calculateCartBookings",
        query={"check_availability": check_availability},
        body=wanted.body(),
        parser=lambda response: Quote.from_json(parse_json(response), zone),
    )


def _booking_ids(order: Order | None) -> frozenset[str] | None:
    """The ids of the bookings ``order`` links (linkage, no ``include`` needed), if it says."""
    res = order.raw if order is not None else None
    link = res.relationships.get("bookings") if res is not None else None
    if link is None or not link.has_data:
        return None
    return frozenset(ref.id for ref in link.refs if ref.id is not None)


def _parse_added(response: httpx.Response) -> Order:
    """addToCart's answer: the cart, or :class:`~anny.SlotTakenError` for anny's HTML page.

    anny has answered a taken slot with an HTML page and status 200 (reference §7.2); that is
    its refusal (nothing was added), not an unreadable success.
    """
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if response.is_success and content_type == "text/html":
        raise SlotTakenError.from_page(response)
    return _parse_order(response)


_parse_order = view_parser(Order)


def add(
    ctx: Context,
    wanted: CartItem,
    *,
    state: CartState | None = None,
    before: Order | None = None,
) -> Flow[tuple[Order, CartState]]:
    """Put ``wanted`` into a new cart, or into the cart ``state`` (``addToCart``).

    A taken slot raises :class:`~anny.ConflictError` (:class:`~anny.SlotTakenError` when anny
    answers with its HTML page). Never resent blindly. After a lost answer to an add into a
    known cart, the cart is read back (``getCart``) and returned if it holds a booking of
    that slot that ``before`` (the cart as last seen, e.g. the previous add's answer) did not:
    bookings are compared by id, so a slot already in the cart (a second desk at the same
    time) is not taken for this add's success. Without ``before`` that cannot be told apart,
    and :class:`~anny.OutcomeUnknownError` is raised when the slot is in the cart. For a new
    cart the outcome cannot be read back by a guest: :class:`~anny.OutcomeUnknownError` says
    until when the slot may be held.
    """
    plan = op_plan(
        "addToCart",
        query=state.query() if state else None,
        body=wanted.body(),
        parser=_parse_added,
    )
    if state is None:
        try:
            order: Order = yield from perform(plan)
        except OutcomeUnknownError as lost:
            found = yield from _find_new_draft(wanted)
            if found is not None:
                return found, CartState.of(found)
            hold = ctx.now() + dt.timedelta(minutes=15)
            lost.add_note(
                "A new cart may have been created without its access token reaching you; it "
                f"holds the slot until about {hold:%H:%M} UTC and then lapses. Add to a cart "
                "you know (state=…), choose another slot, or try again after that."
            )
            raise
        return order, CartState.of(order)
    known = state
    seen = _booking_ids(before)
    ambiguous = False

    def check() -> Flow[Order | None]:
        nonlocal ambiguous
        cart = yield from get(ctx, known)
        slot = (wanted.start, wanted.end)
        held = [b.id for b in _included_bookings(cart) if (b.start_date, b.end_date) == slot]
        if seen is None:
            # Nothing to compare with: present may mean "was already there".
            ambiguous = bool(held)
            return None
        return cart if any(ident not in seen for ident in held) else None

    try:
        order = yield from read_back(plan, check)
    except OutcomeUnknownError as lost:
        if ambiguous:
            lost.add_note(
                "The cart was not seen before this add (pass before=…), so the read-back "
                "cannot tell a new booking of that slot from one already in the cart."
            )
        raise
    return order, state


def _find_new_draft(wanted: CartItem) -> Flow[Order | None]:
    """A signed-in customer's newest draft holding ``wanted`` (``listOrders``), or ``None``.

    The best recovery the API allows after a lost answer to a new cart: anny lists a
    customer's orders with their access tokens; a guest has no such list (401), and then
    nothing can be recovered.
    """
    plan = op_plan(
        "listOrders",
        query={
            "include": list(CART_INCLUDE),
            "filterstatus": "draft",
            "sort": "-created_at",
            "pagesize": 5,
        },
        parser=parse_document,
    )
    try:
        doc = yield from perform(plan)
    except AnnyError:
        return None
    for draft in Order.list_from_document(doc):
        held = {(b.start_date, b.end_date) for b in _included_bookings(draft)}
        if (wanted.start, wanted.end) in held and draft.access_token:
            return draft
    return None


def get(ctx: Context, state: CartState) -> Flow[Order]:
    """The cart, with its bookings (``getCart``)."""
    plan = op_plan(
        "getCart",
        query=state.query(include=list(CART_INCLUDE)),
        parser=view_parser(Order),
    )
    return (yield from perform(plan))


def empty(ctx: Context, state: CartState) -> Flow[Order]:
    """Remove every booking from the cart, releasing the held capacity at once (``emptyCart``).

    Never resent blindly: after a lost answer the cart is read back and returned when empty.
    """
    plan = op_plan("emptyCart", query=state.query(), parser=view_parser(Order))

    def check() -> Flow[Order | None]:
        cart = yield from get(ctx, state)
        return cart if not _included_bookings(cart) else None

    return (yield from read_back(plan, check))


def form(ctx: Context, state: CartState) -> Flow[CheckoutForm]:
    """The checkout form: fields, the signed-in customer's prefill, payment methods
    (``getCheckoutForm``)."""
    plan = op_plan(
        "getCheckoutForm",
        query=state.query(),
        parser=lambda response: CheckoutForm.from_json(parse_json(response)),
    )
    return (yield from perform(plan))


def _customer(customer: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(customer, Mapping):
        raise InvalidParameterError("customer must be a mapping of form fields")
    data = {k: v for k, v in customer.items() if v is not None}
    missing = [k for k in ("given_name", "family_name", "email") if not data.get(k)]
    if missing:
        raise InvalidParameterError(f"customer needs {', '.join(missing)}")
    email = str(data["email"])
    if "@" not in email or any(ch.isspace() for ch in email):
        raise InvalidParameterError(f"customer email {email!r} is not an email address")
    return data


def submit(
    ctx: Context,
    state: CartState,
    *,
    customer: Mapping[str, Any],
    accept_terms: bool,
    success_url: str | None = None,
    cancel_url: str | None = None,
    payment_method: str | None = None,
    timezone: str | None = None,
) -> Flow[CheckoutResult]:
    """Submit the cart: the order is placed (``submitCheckout``).

    Never resent after it may have arrived: after a lost answer the order is read back
    (``getCart``) and returned (``recovered=True``) if it was placed, so one checkout makes
    one order.
    """
    if accept_terms is not True:
        raise InvalidParameterError("accept_terms must be True: the customer accepts the terms")
    body: dict[str, Any] = {
        "customer": _customer(customer),
        "accept_terms": True,
        "payment_method": payment_method or "",
    }
    if success_url:
        body["success_url"] = success_url
    if cancel_url:
        body["cancel_url"] = cancel_url
    if timezone:
        body["meta"] = {"timezone": timezone}
    plan = op_plan(
        "submitCheckout",
        query=state.query(include=list(CART_INCLUDE)),
        body=body,
        parser=lambda response: _result(Order.from_document(parse_document(response))),
    )

    def check() -> Flow[CheckoutResult | None]:
        order = yield from get(ctx, state)
        return _result(order, recovered=True) if order.status in PLACED else None

    return (yield from read_back(plan, check))


def apply_voucher(ctx: Context, state: CartState, code: str) -> Flow[Order]:
    """Apply a voucher code to the cart (``applyVoucher``; inferred operation). The code is
    sent as ``voucher_code``, the only voucher field anny documents (reference Addendum C12)."""
    if not isinstance(code, str) or not code.strip():
        raise InvalidParameterError("voucher code must be a non-empty string")
    plan = op_plan(
        "applyVoucher",
        query=state.query(include=list(CART_INCLUDE)),
        body={"voucher_code": code.strip()},
        parser=view_parser(Order),
    )

    def check() -> Flow[Order | None]:
        cart = yield from get(ctx, state)
        applied = cart.raw.meta.get("voucher_code") if cart.raw else None
        return cart if applied == code.strip() else None

    return (yield from read_back(plan, check))


def remove_voucher(ctx: Context, state: CartState) -> Flow[Order]:
    """Remove the cart's voucher (``removeVoucher``; inferred operation)."""
    plan = op_plan(
        "removeVoucher",
        query=state.query(include=list(CART_INCLUDE)),
        parser=view_parser(Order),
    )
    return (yield from perform(plan))


class Checkout(Area[M]):
    """The cart and checkout, step by step. Most programs use ``client.cart()`` instead."""

    item = endpoint(item)
    quote = endpoint(quote)
    add = endpoint(add)
    get = endpoint(get)
    empty = endpoint(empty)
    form = endpoint(form)
    submit = endpoint(submit)
    apply_voucher = endpoint(apply_voucher)
    remove_voucher = endpoint(remove_voucher)
