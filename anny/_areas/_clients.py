"""The registry of API areas: ``client.bookings``, ``client.availability`` …

One line per area: :class:`Areas` is a base of :class:`~anny.Anny` (``Areas[Sync]``),
:class:`~anny.AsyncAnny` (``Areas[Async]``) and of their ``with_raw_response`` views, and the
mode of the client picks the mode of the area (``client.bookings`` is a ``Bookings[Sync]`` on
``Anny``). Adding an area is its module plus one :class:`area` line below.
"""

from __future__ import annotations

import importlib
import inspect
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from anny._binding import Async, M, Sync

if TYPE_CHECKING:
    from anny._areas.account import Account
    from anny._areas.availability import Availability
    from anny._areas.bookings import Bookings
    from anny._areas.cart import AsyncCart, Cart
    from anny._areas.catalog import Organizations, Resources, Services
    from anny._areas.checkout import CartState, Checkout
    from anny._areas.communities import Communities
    from anny._areas.orders import Orders
    from anny._areas.passes import Passes
    from anny._areas.plans import Plans
    from anny._areas.queue_tickets import QueueTickets
    from anny._areas.series import Series
    from anny._areas.waitlist import Waitlist

__all__ = ["Areas", "area"]

A = TypeVar("A")


class area(Generic[A]):
    """Descriptor: the area class ``name`` of ``anny._areas.<module>``, built on first use.

    The module is imported then, not by ``import anny``: most programs touch two or three
    areas, and the import time of the rest is worth saving. The area is kept on the client
    (later look-ups are plain attribute reads).
    """

    def __init__(self, module: str, name: str, doc: str) -> None:
        self.module, self.cls_name, self.__doc__ = module, name, doc
        self.attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    def __repr__(self) -> str:  # what help(anny.Anny) shows for the attribute
        return f"<area anny._areas.{self.module}.{self.cls_name}>"

    @overload
    def __get__(self, client: None, owner: type) -> area[A]: ...

    @overload
    def __get__(self, client: object, owner: type) -> A: ...

    def __get__(self, client: object, owner: type) -> Any:
        if client is None:
            return self
        cls = getattr(importlib.import_module(f"anny._areas.{self.module}"), self.cls_name)
        built = client.__dict__[self.attr] = cls(client)
        return built


class Areas(Generic[M]):
    """The areas of a client (same names and helpers for every mode)."""

    bookings: area[Bookings[M]] = area(
        "bookings", "Bookings", "The customer's bookings, lookup by number, cancellation."
    )
    organizations: area[Organizations[M]] = area(
        "catalog", "Organizations", "Organizations and their resources."
    )
    resources: area[Resources[M]] = area(
        "catalog", "Resources", "Bookable resources, their services, children and locations."
    )
    services: area[Services[M]] = area(
        "catalog", "Services", "How a service is booked on a resource."
    )
    availability: area[Availability[M]] = area(
        "availability",
        "Availability",
        "Free days, slots, opening hours, intervals, the next free slot.",
    )
    checkout: area[Checkout[M]] = area(
        "checkout", "Checkout", "The checkout step by step (quote, cart, form, submit)."
    )
    series: area[Series[M]] = area(
        "series", "Series", "Recurring bookings: ``series.book(resource, service, rule, …)``."
    )
    orders: area[Orders[M]] = area(
        "orders", "Orders", "Orders by number, the order history, confirmation PDFs."
    )
    account: area[Account[M]] = area(
        "account", "Account", "The signed-in user and customer profile."
    )
    communities: area[Communities[M]] = area(
        "communities", "Communities", "Communities: list, get, join, leave."
    )
    plans: area[Plans[M]] = area("plans", "Plans", "Plans and plan subscriptions.")
    passes: area[Passes[M]] = area("passes", "Passes", "The customer's passes.")
    waitlist: area[Waitlist[M]] = area(
        "waitlist", "Waitlist", "Waitlist entries: list, join, leave."
    )
    queue_tickets: area[QueueTickets[M]] = area(
        "queue_tickets", "QueueTickets", "Queue tickets: list, create, get, cancel."
    )

    # A cart is a workflow object (a new one per call), and a context manager of the
    # client's colour.
    @overload
    def cart(self: Areas[Sync], resume: CartState | tuple[str, str] | None = None) -> Cart: ...

    @overload
    def cart(
        self: Areas[Async], resume: CartState | tuple[str, str] | None = None
    ) -> AsyncCart: ...

    def cart(self, resume: CartState | tuple[str, str] | None = None) -> Any:
        """A cart: ``with client.cart() as cart: cart.add(…); cart.submit(…)`` (``async with``
        on :class:`~anny.AsyncAnny`).

        ``resume`` continues a cart kept in a session (``cart.state``).
        """
        from anny._areas.cart import AsyncCart, Cart

        client: Any = self  # a client (or its raw view): its run has the client's colour
        return (AsyncCart if inspect.iscoroutinefunction(client.run) else Cart)(self, resume)
