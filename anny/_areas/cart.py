"""The :class:`Cart` workflow: a headless checkout as one safe object, for both clients.

::

    with client.cart() as cart:                              # async with … on AsyncAnny
        cart.add("conference-room-berlin", "hourly-desk-booking", start, end)
        print(cart.quote().total)
        result = cart.submit(customer=erika, accept_terms=True)
    print(result.numbers)

What it guarantees:

* the flat body anny expects is built in one place (:meth:`CartItem.body`);
* a cart past its hold (``expires_at``) raises :class:`CartExpiredError` before anything is
  sent;
* leaving the ``with`` block by an exception releases the held capacity (``emptyCart``) at
  once, instead of blocking the slot for 15 minutes; a refused submit (quota, validation)
  releases it too and raises anny's error with its message;
* submit is never resent: after a lost answer the order is read back, one checkout → one order;
* a lost answer to an add is read back by booking ids against the cart as last seen, so a slot
  already in the cart (a second desk at the same time) is never mistaken for this add's success;
* cancelling an ``AsyncCart.add`` task while the add is in flight lets it settle, then releases
  the cart: no hold is left, not even on a cart whose token the cancelled add would have brought;
* ``cart.state`` (``oid``, ``oat``) lets a web backend keep the cart in its session and
  continue it with ``client.cart(resume=state)``; the ``oat`` never appears in a repr.

Each method is a flow from :mod:`anny._areas.checkout`, bound like every helper: plain methods
on :class:`~anny.Anny`, coroutines on :class:`~anny.AsyncAnny`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

import attrs

from anny._areas import checkout
from anny._areas._binding import Area, Async, Context, M, Sync, endpoint
from anny._areas.catalog import ResourceRef, ServiceRef
from anny._areas.checkout import CartState, CheckoutResult
from anny._flow import Flow
from anny._logging import logger
from anny._models import Order, parse_datetime, parse_money
from anny._results import CheckoutForm, Quote, QuoteItem
from anny.errors import AnnyError, APIStatusError, CartExpiredError, InvalidParameterError

__all__ = ["AsyncCart", "Cart", "CartBase"]


@attrs.define(eq=False, repr=False)
class CartCore:
    """The mutable state of one cart (shared by its methods; not thread-safe, like a cart)."""

    ctx: Context
    state: CartState | None = None
    expires_at: dt.datetime | None = None
    order: Order | None = None
    submitted: bool = False

    #: When the hold lapses on *this* machine's clock (see :meth:`update`).
    deadline: dt.datetime | None = None

    def alive(self) -> None:
        """Raise :class:`CartExpiredError` if the hold has lapsed (checked before sending)."""
        if self.submitted:
            raise InvalidParameterError("this cart was submitted; start a new one")
        if self.deadline is not None and self.ctx.now() >= self.deadline:
            lapsed = self.expires_at.isoformat() if self.expires_at else "its deadline"
            raise CartExpiredError(f"the cart's hold lapsed at {lapsed}; start a new cart")

    def known(self) -> CartState:
        if self.state is None:
            raise InvalidParameterError("the cart is empty: add a booking first")
        return self.state

    def update(self, order: Order, state: CartState | None = None) -> Order:
        self.order = order
        if state is not None:
            self.state = state
        if order.expires_at is not None:
            self.expires_at = order.expires_at
            # The hold left, measured on anny's clock (expires_at - updated_at), is carried over
            # to ours: a skewed local clock neither kills a live cart nor keeps a dead one.
            stamp = order.raw.get("updated_at") if order.raw is not None else None
            server_now = parse_datetime(stamp) or order.created_at
            left = order.expires_at - server_now if server_now else None
            self.deadline = self.ctx.now() + left if left is not None else order.expires_at
        return order


# --------------------------------------------------------------------------- flows


def add(
    core: CartCore,
    resource: ResourceRef,
    service: ServiceRef,
    start: dt.datetime,
    end: dt.datetime,
    *,
    quantity: int = 1,
    add_ons: Sequence[Mapping[str, Any]] = (),
    description: str | None = None,
    customer_note: str | None = None,
) -> Flow[Order]:
    """Add a booking (resource and service by slug, id or object) to the cart (``addToCart``).

    The first add creates the cart (a draft order holding the capacity for 15 minutes). On
    ``AsyncCart``, cancelling the task during the add lets the add settle (its answer carries
    a new cart's token) and then releases the cart before the cancellation goes on, so no
    hold is left behind.
    """
    core.alive()
    wanted = yield from checkout.item(
        core.ctx,
        resource,
        service,
        start,
        end,
        quantity=quantity,
        add_ons=add_ons,
        description=description,
        customer_note=customer_note,
    )
    # The cart as last seen lets a lost answer be read back by booking ids, not mere presence.
    order, state = yield from checkout.add(core.ctx, wanted, state=core.state, before=core.order)
    return core.update(order, state)


def refresh(core: CartCore) -> Flow[Order]:
    """Read the cart again (``getCart``): its bookings, total and hold."""
    order = yield from checkout.get(core.ctx, core.known())
    return core.update(order)


def quote(core: CartCore) -> Flow[Quote]:
    """The cart's price: total, currency and one line per booking (``getCart``)."""
    order = yield from refresh(core)
    meta = order.raw.meta if order.raw is not None else {}
    currency = order.total.currency if order.total else None
    raw_lines = meta.get("items")
    lines: list[Any] = raw_lines if isinstance(raw_lines, list) else []
    items = tuple(
        QuoteItem(
            title=line.get("title") if isinstance(line.get("title"), str) else None,
            quantity=float(line["quantity"])
            if isinstance(line.get("quantity"), (int, float))
            else None,
            total=parse_money(line.get("total"), currency),
        )
        for line in lines
        if isinstance(line, Mapping)
    )
    return Quote(total=order.total, items=items, raw=dict(meta))


def apply_voucher(core: CartCore, code: str) -> Flow[Order]:
    """Apply a voucher (``applyVoucher``; inferred operation)."""
    core.alive()
    return core.update((yield from checkout.apply_voucher(core.ctx, core.known(), code)))


def remove_voucher(core: CartCore) -> Flow[Order]:
    """Remove the voucher (``removeVoucher``; inferred operation)."""
    core.alive()
    return core.update((yield from checkout.remove_voucher(core.ctx, core.known())))


def clear(core: CartCore) -> Flow[Order]:
    """Remove every booking, releasing the capacity at once (``emptyCart``)."""
    return core.update((yield from checkout.empty(core.ctx, core.known())))


def form(core: CartCore) -> Flow[CheckoutForm]:
    """The checkout form with the signed-in customer's prefill (``getCheckoutForm``)."""
    core.alive()
    return (yield from checkout.form(core.ctx, core.known()))


def submit(
    core: CartCore,
    *,
    customer: Mapping[str, Any],
    accept_terms: bool,
    success_url: str | None = None,
    cancel_url: str | None = None,
    payment_method: str | None = None,
    timezone: str | None = None,
) -> Flow[CheckoutResult]:
    """Place the order (``submitCheckout``): never resent, read back after a lost answer.

    A refusal (4xx: booking quota, validation) releases the held capacity and raises anny's
    error with its message.
    """
    core.alive()
    state = core.known()
    try:
        result = yield from checkout.submit(
            core.ctx,
            state,
            customer=customer,
            accept_terms=accept_terms,
            success_url=success_url,
            cancel_url=cancel_url,
            payment_method=payment_method,
            timezone=timezone,
        )
    except APIStatusError as refused:
        if 400 <= refused.status_code < 500:
            yield from release(core)
        raise
    core.submitted = True
    core.update(result.order)
    return result


def release(core: CartCore) -> Flow[bool]:
    """Release the held capacity unless the cart was submitted; never raises (best effort)."""
    if core.state is None or core.submitted:
        return False
    try:
        core.update((yield from checkout.empty(core.ctx, core.state)))
    except AnnyError as exc:
        # The hold lapses by itself after 15 minutes; say so rather than mask the first error.
        logger.warning("could not release the cart's hold (it lapses by itself): %s", exc)
        return False
    return True


class CartBase(Area[M]):
    """A cart (draft order) and its checkout; see :mod:`anny._areas.cart`.

    What :class:`Cart` (of ``Anny``) and :class:`AsyncCart` (of ``AsyncAnny``) share. Use
    ``with client.cart() as cart:`` (``async with`` on ``AsyncAnny``).
    """

    add = endpoint(add, on_cancel=release)
    refresh = endpoint(refresh)
    quote = endpoint(quote)
    apply_voucher = endpoint(apply_voucher)
    remove_voucher = endpoint(remove_voucher)
    clear = endpoint(clear)
    form = endpoint(form)
    submit = endpoint(submit)
    release = endpoint(release)

    def __init__(self, client: Any, resume: CartState | tuple[str, str] | None = None) -> None:
        super().__init__(client)
        if resume is not None and not isinstance(resume, CartState):
            resume = CartState(*resume)
        self._core = CartCore(self._context, state=resume)
        self._context = self._core  # type: ignore[assignment]  # the flows take the core

    @property
    def state(self) -> CartState | None:
        """``(oid, oat)`` of the cart, to keep in a session; ``None`` before the first add."""
        return self._core.state

    @property
    def order(self) -> Order | None:
        """The draft order as last seen."""
        return self._core.order

    @property
    def expires_at(self) -> dt.datetime | None:
        """When the hold lapses, as anny said (on anny's clock), if known."""
        return self._core.expires_at

    @property
    def time_left(self) -> dt.timedelta | None:
        """How long the hold still lasts (never negative), if known."""
        if self._core.deadline is None:
            return None
        return max(dt.timedelta(0), self._core.deadline - self._core.ctx.now())

    @property
    def submitted(self) -> bool:
        """Whether the cart was submitted (then it is an order, and no longer a cart)."""
        return self._core.submitted

    def __repr__(self) -> str:
        number = self._core.order.number if self._core.order else None
        return f"<{type(self).__name__} {number or '(empty)'} submitted={self._core.submitted}>"


class Cart(CartBase[Sync]):
    """The cart of :class:`~anny.Anny` (``with client.cart() as cart``)."""

    def __enter__(self) -> Cart:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.release()


class AsyncCart(CartBase[Async]):
    """The cart of :class:`~anny.AsyncAnny` (``async with client.cart() as cart``)."""

    async def __aenter__(self) -> AsyncCart:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            await self.release()
