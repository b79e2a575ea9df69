"""anny: the Python client for the anny Customer API.

Quick start::

    import anny

    with anny.Anny() as client:                     # anonymous, production
        doc = client.get("/api/v1/resources/my-room", params={"include": "services"})
        for service in doc.data.services:
            print(service.name)

The public names live in small private modules and are re-exported here.
"""

import contextlib as _contextlib
import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from anny._auth import AsyncTokenProvider, BearerAuth, TokenProvider
from anny._binding import Context, Paged
from anny._client import Anny, AnnyWithRawResponse, AsyncAnny, AsyncAnnyWithRawResponse
from anny._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENVIRONMENTS, NOT_GIVEN, NotGiven
from anny._flow import Batch, Flow, perform
from anny._ids import (
    path_segment,
    validate_booking_number,
    validate_id,
    validate_order_number,
    validate_slug,
)
from anny._jsonapi import Document, Ref, Relationship, Resource
from anny._operations import Operation
from anny._pagination import AsyncPager, Page, Pager
from anny._query import build_query
from anny._ratelimit import Budget, LocalBudget, RateLimit, RateLimitWait
from anny._request import APIResponse, RequestPlan, Sleep
from anny._retry import RetryPolicy
from anny._version import __version__
from anny.errors import (
    AnnyError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorObject,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitWaitError,
    SlotTakenError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)

if _TYPE_CHECKING:
    from anny._account_types import (
        Community,
        CommunityMembership,
        CustomerAccount,
        MembershipStatus,
        Pass,
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
        CartExpiredError,
        SyncCart,
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
    from anny._cache import (
        Cache,
    )
    from anny._catalog_types import (
        CalendarEvent,
        OpeningPeriod,
        ResourceLocation,
        ServiceConfiguration,
        Slot,
        Unavailability,
    )
    from anny._models import (
        BookableResource,
        Booking,
        BookingStatus,
        Customer,
        Money,
        Order,
        Organization,
        Service,
    )
    from anny._oauth import (
        AuthorizationRequest,
        OAuth2,
        OAuthRedirectError,
        pkce_challenge,
    )
    from anny._redis_budget import (
        RedisBudget,
    )
    from anny._refreshing import (
        RefreshingToken,
    )
    from anny._results import (
        CancellationTerms,
        CheckoutForm,
        FormField,
        Quote,
        QuoteItem,
    )

# Loaded on first use (PEP 562): what most programs never touch stays out of `import anny`
# (the sign-in machinery pulls in asyncio and dateutil).
_LAZY = {
    **dict.fromkeys(
        (
            "Community",
            "CommunityMembership",
            "CustomerAccount",
            "MembershipStatus",
            "Pass",
            "PassStatus",
            "Plan",
            "PlanSubscription",
            "QueueTicket",
            "QueueTicketStatus",
            "SubscriptionStatus",
            "User",
            "WaitlistEntry",
            "WaitlistStatus",
        ),
        "anny._account_types",
    ),
    **dict.fromkeys(
        ("Account",),
        "anny._areas.account",
    ),
    **dict.fromkeys(
        ("Cache",),
        "anny._cache",
    ),
    **dict.fromkeys(
        ("RedisBudget",),
        "anny._redis_budget",
    ),
    **dict.fromkeys(
        ("Availability",),
        "anny._areas.availability",
    ),
    **dict.fromkeys(
        ("Bookings",),
        "anny._areas.bookings",
    ),
    **dict.fromkeys(
        (
            "AsyncCart",
            "Cart",
            "CartExpiredError",
            "SyncCart",
        ),
        "anny._areas.cart",
    ),
    **dict.fromkeys(
        (
            "Organizations",
            "Resources",
            "Services",
        ),
        "anny._areas.catalog",
    ),
    **dict.fromkeys(
        (
            "CartItem",
            "CartState",
            "Checkout",
            "CheckoutResult",
        ),
        "anny._areas.checkout",
    ),
    **dict.fromkeys(
        ("Communities",),
        "anny._areas.communities",
    ),
    **dict.fromkeys(
        ("Orders",),
        "anny._areas.orders",
    ),
    **dict.fromkeys(
        ("Passes",),
        "anny._areas.passes",
    ),
    **dict.fromkeys(
        ("Plans",),
        "anny._areas.plans",
    ),
    **dict.fromkeys(
        ("QueueTickets",),
        "anny._areas.queue_tickets",
    ),
    **dict.fromkeys(
        (
            "Occurrence",
            "Series",
            "SeriesResult",
        ),
        "anny._areas.series",
    ),
    **dict.fromkeys(
        ("Waitlist",),
        "anny._areas.waitlist",
    ),
    **dict.fromkeys(
        (
            "CalendarEvent",
            "OpeningPeriod",
            "ResourceLocation",
            "ServiceConfiguration",
            "Slot",
            "Unavailability",
        ),
        "anny._catalog_types",
    ),
    **dict.fromkeys(
        (
            "CancellationTerms",
            "CheckoutForm",
            "FormField",
            "Quote",
            "QuoteItem",
        ),
        "anny._results",
    ),
    **dict.fromkeys(
        (
            "BookableResource",
            "Booking",
            "BookingStatus",
            "Customer",
            "Money",
            "Order",
            "Organization",
            "Service",
        ),
        "anny._models",
    ),
    **dict.fromkeys(
        (
            "AuthorizationRequest",
            "OAuth2",
            "OAuthRedirectError",
            "pkce_challenge",
        ),
        "anny._oauth",
    ),
    "RefreshingToken": "anny._refreshing",
    "Token": "anny._token",
}

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Account",
    "Anny",
    "AnnyError",
    "AnnyWithRawResponse",
    "AsyncAnny",
    "AsyncAnnyWithRawResponse",
    "AsyncCart",
    "AsyncPager",
    "AsyncTokenProvider",
    "AuthenticationError",
    "AuthorizationRequest",
    "Availability",
    "BadRequestError",
    "Batch",
    "BearerAuth",
    "BookableResource",
    "Booking",
    "BookingStatus",
    "Bookings",
    "Budget",
    "Cache",
    "CalendarEvent",
    "CancellationTerms",
    "Cart",
    "CartExpiredError",
    "CartItem",
    "CartState",
    "Checkout",
    "CheckoutForm",
    "CheckoutResult",
    "Communities",
    "Community",
    "CommunityMembership",
    "ConflictError",
    "Context",
    "Customer",
    "CustomerAccount",
    "Document",
    "ErrorObject",
    "Flow",
    "FormField",
    "InternalServerError",
    "InvalidParameterError",
    "LocalBudget",
    "MembershipStatus",
    "Money",
    "NotFoundError",
    "NotGiven",
    "OAuth2",
    "OAuthRedirectError",
    "Occurrence",
    "OpeningPeriod",
    "Operation",
    "Order",
    "Orders",
    "Organization",
    "Organizations",
    "OutcomeUnknownError",
    "Page",
    "Paged",
    "Pager",
    "Pass",
    "PassStatus",
    "Passes",
    "PermissionDeniedError",
    "Plan",
    "PlanSubscription",
    "Plans",
    "QueueTicket",
    "QueueTicketStatus",
    "QueueTickets",
    "Quote",
    "QuoteItem",
    "RateLimit",
    "RateLimitError",
    "RateLimitWait",
    "RateLimitWaitError",
    "RedisBudget",
    "Ref",
    "RefreshingToken",
    "Relationship",
    "RequestPlan",
    "Resource",
    "ResourceLocation",
    "Resources",
    "RetryPolicy",
    "Series",
    "SeriesResult",
    "Service",
    "ServiceConfiguration",
    "Services",
    "Sleep",
    "Slot",
    "SlotTakenError",
    "SubscriptionStatus",
    "SyncCart",
    "Token",
    "TokenProvider",
    "Unavailability",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "User",
    "Waitlist",
    "WaitlistEntry",
    "WaitlistStatus",
    "__version__",
    "build_query",
    "path_segment",
    "perform",
    "pkce_challenge",
    "validate_booking_number",
    "validate_id",
    "validate_order_number",
    "validate_slug",
]


def _adopt(obj: object) -> None:
    # Public classes report `anny` as their module (nicer reprs and docs, httpx style).
    if isinstance(obj, type) and obj.__module__.startswith("anny._"):
        with _contextlib.suppress(AttributeError, TypeError):
            obj.__module__ = "anny"


for _name in __all__:
    if _name not in _LAZY:
        _adopt(globals()[_name])
del _name


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'anny' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    _adopt(value)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
