"""The typed results of `anny`: views, results, enums, and the classes of the helper areas.

Everything a helper returns, or that you may want to annotate with, lives here::

    from anny.types import Booking, Slot

    def first_free(slots: list[Slot]) -> Slot | None: ...

* **Views** of JSON:API resources (:class:`Booking`, :class:`Order`, :class:`BookableResource`,
  :class:`Service` …): frozen attrs classes with tz-aware datetimes, ``Money`` and status enums
  with an ``UNKNOWN`` member; ``view.raw`` is the :class:`~anny.Resource` it was read from.
* **Results** of plain-JSON answers (:class:`Slot`, :class:`Quote`, :class:`CancellationTerms`
  …); ``result.raw`` is the JSON object it was read from.
* **Area classes** (:class:`Bookings`, :class:`Availability`, :class:`Cart` …): the types of
  ``client.bookings`` and friends. One generic class per area serves both clients; its type
  parameter is the colour (``Bookings[Sync]`` on :class:`~anny.Anny`, ``Bookings[Async]`` on
  :class:`~anny.AsyncAnny`).

**One async naming rule**, for the whole package: a class that exists in both colours is
``X`` (sync) and ``AsyncX`` (async) — ``Anny``/``AsyncAnny``, ``Pager``/``AsyncPager``,
``Cart``/``AsyncCart``, ``AnnyWithRawResponse``/``AsyncAnnyWithRawResponse``,
``TokenProvider``/``AsyncTokenProvider``. There is no ``Sync`` prefix, and methods have the
same name in both colours (``close()``, ``pages()``, every helper): on the async twin they
are awaited. What both twins share is ``XBase`` (``CartBase``).

Names are imported on first use: ``from anny.types import Slot`` loads only what ``Slot``
needs.
"""

from typing import TYPE_CHECKING

from anny._exports import lazy_exports

if TYPE_CHECKING:
    from anny._account_types import (
        Community,
        CommunityMembership,
        CustomerAccount,
        MembershipRole,
        MembershipStatus,
        Pass,
        PassQuotaType,
        PassStatus,
        Plan,
        PlanSubscription,
        QueueTicket,
        QueueTicketStatus,
        SubscriptionStatus,
        User,
        WaitlistEntry,
        WaitlistStatus,
    )
    from anny._areas.account import (
        Account,
    )
    from anny._areas.availability import (
        Availability,
    )
    from anny._areas.bookings import (
        Bookings,
    )
    from anny._areas.cart import (
        AsyncCart,
        Cart,
        CartBase,
    )
    from anny._areas.catalog import (
        Organizations,
        Resources,
        Services,
    )
    from anny._areas.checkout import (
        CartItem,
        CartState,
        Checkout,
        CheckoutResult,
    )
    from anny._areas.communities import (
        Communities,
    )
    from anny._areas.orders import (
        Orders,
    )
    from anny._areas.passes import (
        Passes,
    )
    from anny._areas.plans import (
        Plans,
    )
    from anny._areas.queue_tickets import (
        QueueTickets,
    )
    from anny._areas.series import (
        Occurrence,
        Series,
        SeriesResult,
    )
    from anny._areas.waitlist import (
        Waitlist,
    )
    from anny._binding import (
        Async,
        Paged,
        Sync,
    )
    from anny._catalog_types import (
        CalendarEvent,
        OpeningPeriod,
        ResourceLocation,
        ServiceConfiguration,
        Slot,
        Unavailability,
    )
    from anny._client import (
        AnnyWithRawResponse,
        AsyncAnnyWithRawResponse,
    )
    from anny._jsonapi import (
        Ref,
        Relationship,
    )
    from anny._models import (
        BookableResource,
        Booking,
        BookingStatus,
        Customer,
        Order,
        Organization,
        Service,
    )
    from anny._ratelimit import (
        Budget,
        LocalBudget,
        RateLimitWait,
    )
    from anny._results import (
        CancellationTerms,
        CheckoutForm,
        FormField,
        Quote,
        QuoteItem,
    )
    from anny._retry import (
        RetryPolicy,
    )

_LAZY = {
    "BookableResource": "anny._models",
    "Booking": "anny._models",
    "BookingStatus": "anny._models",
    "Customer": "anny._models",
    "Order": "anny._models",
    "Organization": "anny._models",
    "Service": "anny._models",
    "Community": "anny._account_types",
    "CommunityMembership": "anny._account_types",
    "CustomerAccount": "anny._account_types",
    "MembershipRole": "anny._account_types",
    "MembershipStatus": "anny._account_types",
    "Pass": "anny._account_types",
    "PassQuotaType": "anny._account_types",
    "PassStatus": "anny._account_types",
    "Plan": "anny._account_types",
    "PlanSubscription": "anny._account_types",
    "QueueTicket": "anny._account_types",
    "QueueTicketStatus": "anny._account_types",
    "SubscriptionStatus": "anny._account_types",
    "User": "anny._account_types",
    "WaitlistEntry": "anny._account_types",
    "WaitlistStatus": "anny._account_types",
    "CalendarEvent": "anny._catalog_types",
    "OpeningPeriod": "anny._catalog_types",
    "ResourceLocation": "anny._catalog_types",
    "ServiceConfiguration": "anny._catalog_types",
    "Slot": "anny._catalog_types",
    "Unavailability": "anny._catalog_types",
    "CancellationTerms": "anny._results",
    "CheckoutForm": "anny._results",
    "FormField": "anny._results",
    "Quote": "anny._results",
    "QuoteItem": "anny._results",
    "CartItem": "anny._areas.checkout",
    "CartState": "anny._areas.checkout",
    "Checkout": "anny._areas.checkout",
    "CheckoutResult": "anny._areas.checkout",
    "Occurrence": "anny._areas.series",
    "Series": "anny._areas.series",
    "SeriesResult": "anny._areas.series",
    "AsyncCart": "anny._areas.cart",
    "Cart": "anny._areas.cart",
    "CartBase": "anny._areas.cart",
    "Account": "anny._areas.account",
    "Availability": "anny._areas.availability",
    "Bookings": "anny._areas.bookings",
    "Organizations": "anny._areas.catalog",
    "Resources": "anny._areas.catalog",
    "Services": "anny._areas.catalog",
    "Communities": "anny._areas.communities",
    "Orders": "anny._areas.orders",
    "Passes": "anny._areas.passes",
    "Plans": "anny._areas.plans",
    "QueueTickets": "anny._areas.queue_tickets",
    "Waitlist": "anny._areas.waitlist",
    "Async": "anny._binding",
    "Paged": "anny._binding",
    "Sync": "anny._binding",
    "AnnyWithRawResponse": "anny._client",
    "AsyncAnnyWithRawResponse": "anny._client",
    "Ref": "anny._jsonapi",
    "Relationship": "anny._jsonapi",
    "Budget": "anny._ratelimit",
    "LocalBudget": "anny._ratelimit",
    "RateLimitWait": "anny._ratelimit",
    "RetryPolicy": "anny._retry",
}

__all__ = [
    "Account",
    "AnnyWithRawResponse",
    "Async",
    "AsyncAnnyWithRawResponse",
    "AsyncCart",
    "Availability",
    "BookableResource",
    "Booking",
    "BookingStatus",
    "Bookings",
    "Budget",
    "CalendarEvent",
    "CancellationTerms",
    "Cart",
    "CartBase",
    "CartItem",
    "CartState",
    "Checkout",
    "CheckoutForm",
    "CheckoutResult",
    "Communities",
    "Community",
    "CommunityMembership",
    "Customer",
    "CustomerAccount",
    "FormField",
    "LocalBudget",
    "MembershipRole",
    "MembershipStatus",
    "Occurrence",
    "OpeningPeriod",
    "Order",
    "Orders",
    "Organization",
    "Organizations",
    "Paged",
    "Pass",
    "PassQuotaType",
    "PassStatus",
    "Passes",
    "Plan",
    "PlanSubscription",
    "Plans",
    "QueueTicket",
    "QueueTicketStatus",
    "QueueTickets",
    "Quote",
    "QuoteItem",
    "RateLimitWait",
    "Ref",
    "Relationship",
    "ResourceLocation",
    "Resources",
    "RetryPolicy",
    "Series",
    "SeriesResult",
    "Service",
    "ServiceConfiguration",
    "Services",
    "Slot",
    "SubscriptionStatus",
    "Sync",
    "Unavailability",
    "User",
    "Waitlist",
    "WaitlistEntry",
    "WaitlistStatus",
]

__getattr__, __dir__ = lazy_exports(__name__, globals(), _LAZY, __all__)
