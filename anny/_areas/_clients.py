"""The API areas of each client: ``client.bookings``, ``client.availability`` …

One binding per area and client flavour; the helpers themselves are written once, in the area's
module. Each property builds its area on first use and keeps it.
"""

from __future__ import annotations

import functools

from anny._areas._binding import Async, Sync
from anny._areas.availability import Availability
from anny._areas.bookings import Bookings
from anny._areas.cart import AsyncCart, SyncCart
from anny._areas.catalog import Organizations, Resources, Services
from anny._areas.checkout import CartState, Checkout
from anny._areas.series import Series

# (import the area classes above, one line per area)


class SyncAreas:
    """The areas of :class:`~anny.Anny`."""

    @functools.cached_property
    def bookings(self) -> Bookings[Sync]:
        """The customer's bookings, lookup by number, cancellation (:class:`~anny.Bookings`)."""
        return Bookings(self)

    # --- catalog: organizations, resources, services (add here)

    @functools.cached_property
    def organizations(self) -> Organizations[Sync]:
        """Organizations and their resources (:class:`~anny.Organizations`)."""
        return Organizations(self)

    @functools.cached_property
    def resources(self) -> Resources[Sync]:
        """Bookable resources, their services, children and locations (:class:`~anny.Resources`)."""
        return Resources(self)

    @functools.cached_property
    def services(self) -> Services[Sync]:
        """How a service is booked on a resource (:class:`~anny.Services`)."""
        return Services(self)

    # --- availability (add here)

    @functools.cached_property
    def availability(self) -> Availability[Sync]:
        """Free days, slots, opening hours, intervals, the next free slot
        (:class:`~anny.Availability`)."""
        return Availability(self)

    # --- checkout / cart (add here)
    @functools.cached_property
    def checkout(self) -> Checkout[Sync]:
        """The checkout step by step (quote, cart, form, submit); see also :meth:`cart`."""
        return Checkout(self)

    def cart(self, resume: CartState | tuple[str, str] | None = None) -> SyncCart:
        """A cart: ``with client.cart() as cart: cart.add(…); cart.submit(…)``.

        ``resume`` continues a cart kept in a session (``cart.state``).
        """
        return SyncCart(self, resume)

    @functools.cached_property
    def series(self) -> Series[Sync]:
        """Recurring bookings: ``series.book(resource, service, rule, start_time, duration)``."""
        return Series(self)

    # --- orders (add here)

    # --- account, communities, plans, passes, waitlist, queue tickets (add here)


class AsyncAreas:
    """The areas of :class:`~anny.AsyncAnny` (same names and helpers, coroutine methods)."""

    @functools.cached_property
    def bookings(self) -> Bookings[Async]:
        """The customer's bookings, lookup by number, cancellation (:class:`~anny.Bookings`)."""
        return Bookings(self)

    # --- catalog: organizations, resources, services (add here)

    @functools.cached_property
    def organizations(self) -> Organizations[Async]:
        """Organizations and their resources (:class:`~anny.Organizations`)."""
        return Organizations(self)

    @functools.cached_property
    def resources(self) -> Resources[Async]:
        """Bookable resources, their services, children and locations (:class:`~anny.Resources`)."""
        return Resources(self)

    @functools.cached_property
    def services(self) -> Services[Async]:
        """How a service is booked on a resource (:class:`~anny.Services`)."""
        return Services(self)

    # --- availability (add here)

    @functools.cached_property
    def availability(self) -> Availability[Async]:
        """Free days, slots, opening hours, intervals, the next free slot
        (:class:`~anny.Availability`)."""
        return Availability(self)

    # --- checkout / cart (add here)
    @functools.cached_property
    def checkout(self) -> Checkout[Async]:
        """The checkout step by step (quote, cart, form, submit); see also :meth:`cart`."""
        return Checkout(self)

    def cart(self, resume: CartState | tuple[str, str] | None = None) -> AsyncCart:
        """A cart: ``async with client.cart() as cart: cart.add(…); cart.submit(…)``.

        ``resume`` continues a cart kept in a session (``cart.state``).
        """
        return AsyncCart(self, resume)

    @functools.cached_property
    def series(self) -> Series[Async]:
        """Recurring bookings: ``series.book(resource, service, rule, start_time, duration)``."""
        return Series(self)

    # --- orders (add here)

    # --- account, communities, plans, passes, waitlist, queue tickets (add here)
