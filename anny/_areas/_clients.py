"""The API areas of each client: ``client.bookings``, ``client.availability`` …

One binding per area and client flavour; the helpers themselves are written once, in the area's
module. Each property builds its area on first use and keeps it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from anny._areas._binding import Async, Sync

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

# Each area's module is imported when the area is first used, not by `import anny`: most
# programs touch two or three areas, and the import time of the rest is worth saving.


class SyncAreas:
    """The areas of :class:`~anny.Anny`."""

    @functools.cached_property
    def bookings(self) -> Bookings[Sync]:
        """The customer's bookings, lookup by number, cancellation (:class:`~anny.Bookings`)."""
        from anny._areas.bookings import Bookings

        return Bookings(self)

    # --- catalog: organizations, resources, services (add here)

    @functools.cached_property
    def organizations(self) -> Organizations[Sync]:
        """Organizations and their resources (:class:`~anny.Organizations`)."""
        from anny._areas.catalog import Organizations

        return Organizations(self)

    @functools.cached_property
    def resources(self) -> Resources[Sync]:
        """Bookable resources, their services, children and locations (:class:`~anny.Resources`)."""
        from anny._areas.catalog import Resources

        return Resources(self)

    @functools.cached_property
    def services(self) -> Services[Sync]:
        """How a service is booked on a resource (:class:`~anny.Services`)."""
        from anny._areas.catalog import Services

        return Services(self)

    # --- availability (add here)

    @functools.cached_property
    def availability(self) -> Availability[Sync]:
        """Free days, slots, opening hours, intervals, the next free slot
        (:class:`~anny.Availability`)."""
        from anny._areas.availability import Availability

        return Availability(self)

    # --- checkout / cart (add here)
    @functools.cached_property
    def checkout(self) -> Checkout[Sync]:
        """The checkout step by step (quote, cart, form, submit); see also :meth:`cart`."""
        from anny._areas.checkout import Checkout

        return Checkout(self)

    def cart(self, resume: CartState | tuple[str, str] | None = None) -> Cart:
        """A cart: ``with client.cart() as cart: cart.add(…); cart.submit(…)``.

        ``resume`` continues a cart kept in a session (``cart.state``).
        """
        from anny._areas.cart import Cart

        return Cart(self, resume)

    @functools.cached_property
    def series(self) -> Series[Sync]:
        """Recurring bookings: ``series.book(resource, service, rule, start_time, duration)``."""
        from anny._areas.series import Series

        return Series(self)

    # --- orders (add here)

    @functools.cached_property
    def orders(self) -> Orders[Sync]:
        """Orders by number, the order history, confirmation PDFs (:class:`~anny.Orders`)."""
        from anny._areas.orders import Orders

        return Orders(self)

    # --- account, communities, plans, passes, waitlist, queue tickets (add here)

    @functools.cached_property
    def account(self) -> Account[Sync]:
        """The signed-in user and customer profile (:class:`~anny.Account`)."""
        from anny._areas.account import Account

        return Account(self)

    @functools.cached_property
    def communities(self) -> Communities[Sync]:
        """Communities: list, get, join, leave (:class:`~anny.Communities`)."""
        from anny._areas.communities import Communities

        return Communities(self)

    @functools.cached_property
    def plans(self) -> Plans[Sync]:
        """Plans and plan subscriptions (:class:`~anny.Plans`)."""
        from anny._areas.plans import Plans

        return Plans(self)

    @functools.cached_property
    def passes(self) -> Passes[Sync]:
        """The customer's passes (:class:`~anny.Passes`)."""
        from anny._areas.passes import Passes

        return Passes(self)

    @functools.cached_property
    def waitlist(self) -> Waitlist[Sync]:
        """Waitlist entries: list, join, leave (:class:`~anny.Waitlist`)."""
        from anny._areas.waitlist import Waitlist

        return Waitlist(self)

    @functools.cached_property
    def queue_tickets(self) -> QueueTickets[Sync]:
        """Queue tickets: list, create, get, cancel (:class:`~anny.QueueTickets`)."""
        from anny._areas.queue_tickets import QueueTickets

        return QueueTickets(self)


class AsyncAreas:
    """The areas of :class:`~anny.AsyncAnny` (same names and helpers, coroutine methods)."""

    @functools.cached_property
    def bookings(self) -> Bookings[Async]:
        """The customer's bookings, lookup by number, cancellation (:class:`~anny.Bookings`)."""
        from anny._areas.bookings import Bookings

        return Bookings(self)

    # --- catalog: organizations, resources, services (add here)

    @functools.cached_property
    def organizations(self) -> Organizations[Async]:
        """Organizations and their resources (:class:`~anny.Organizations`)."""
        from anny._areas.catalog import Organizations

        return Organizations(self)

    @functools.cached_property
    def resources(self) -> Resources[Async]:
        """Bookable resources, their services, children and locations (:class:`~anny.Resources`)."""
        from anny._areas.catalog import Resources

        return Resources(self)

    @functools.cached_property
    def services(self) -> Services[Async]:
        """How a service is booked on a resource (:class:`~anny.Services`)."""
        from anny._areas.catalog import Services

        return Services(self)

    # --- availability (add here)

    @functools.cached_property
    def availability(self) -> Availability[Async]:
        """Free days, slots, opening hours, intervals, the next free slot
        (:class:`~anny.Availability`)."""
        from anny._areas.availability import Availability

        return Availability(self)

    # --- checkout / cart (add here)
    @functools.cached_property
    def checkout(self) -> Checkout[Async]:
        """The checkout step by step (quote, cart, form, submit); see also :meth:`cart`."""
        from anny._areas.checkout import Checkout

        return Checkout(self)

    def cart(self, resume: CartState | tuple[str, str] | None = None) -> AsyncCart:
        """A cart: ``async with client.cart() as cart: cart.add(…); cart.submit(…)``.

        ``resume`` continues a cart kept in a session (``cart.state``).
        """
        from anny._areas.cart import AsyncCart

        return AsyncCart(self, resume)

    @functools.cached_property
    def series(self) -> Series[Async]:
        """Recurring bookings: ``series.book(resource, service, rule, start_time, duration)``."""
        from anny._areas.series import Series

        return Series(self)

    # --- orders (add here)

    @functools.cached_property
    def orders(self) -> Orders[Async]:
        """Orders by number, the order history, confirmation PDFs (:class:`~anny.Orders`)."""
        from anny._areas.orders import Orders

        return Orders(self)

    # --- account, communities, plans, passes, waitlist, queue tickets (add here)

    @functools.cached_property
    def account(self) -> Account[Async]:
        """The signed-in user and customer profile (:class:`~anny.Account`)."""
        from anny._areas.account import Account

        return Account(self)

    @functools.cached_property
    def communities(self) -> Communities[Async]:
        """Communities: list, get, join, leave (:class:`~anny.Communities`)."""
        from anny._areas.communities import Communities

        return Communities(self)

    @functools.cached_property
    def plans(self) -> Plans[Async]:
        """Plans and plan subscriptions (:class:`~anny.Plans`)."""
        from anny._areas.plans import Plans

        return Plans(self)

    @functools.cached_property
    def passes(self) -> Passes[Async]:
        """The customer's passes (:class:`~anny.Passes`)."""
        from anny._areas.passes import Passes

        return Passes(self)

    @functools.cached_property
    def waitlist(self) -> Waitlist[Async]:
        """Waitlist entries: list, join, leave (:class:`~anny.Waitlist`)."""
        from anny._areas.waitlist import Waitlist

        return Waitlist(self)

    @functools.cached_property
    def queue_tickets(self) -> QueueTickets[Async]:
        """Queue tickets: list, create, get, cancel (:class:`~anny.QueueTickets`)."""
        from anny._areas.queue_tickets import QueueTickets

        return QueueTickets(self)
