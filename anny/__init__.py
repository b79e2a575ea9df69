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
from anny._areas._binding import Context, Paged
from anny._areas.account import Account
from anny._areas.availability import Availability
from anny._areas.bookings import Bookings
from anny._areas.cart import AsyncCart, Cart, CartExpiredError, SyncCart
from anny._areas.catalog import Organizations, Resources, Services
from anny._areas.checkout import CartItem, CartState, Checkout, CheckoutResult
from anny._areas.communities import Communities
from anny._areas.orders import Orders
from anny._areas.passes import Passes
from anny._areas.plans import Plans
from anny._areas.queue_tickets import QueueTickets
from anny._areas.series import Occurrence, Series, SeriesResult
from anny._areas.waitlist import Waitlist
from anny._auth import AsyncTokenProvider, BearerAuth, TokenProvider
from anny._catalog_types import (
    CalendarEvent,
    OpeningPeriod,
    ResourceLocation,
    ServiceConfiguration,
    Slot,
    Unavailability,
)
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
    RefreshingToken,
    Token,
    pkce_challenge,
)
from anny._operations import Operation
from anny._pagination import AsyncPager, Page, Pager
from anny._query import build_query
from anny._request import APIResponse, RequestPlan, Sleep
from anny._results import CancellationTerms, CheckoutForm, FormField, Quote, QuoteItem
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
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)

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
    "RateLimitError",
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

# Public classes report `anny` as their module (nicer reprs and docs, httpx style).
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type) and _obj.__module__.startswith("anny._"):
        with _contextlib.suppress(AttributeError, TypeError):
            _obj.__module__ = "anny"
del _name, _obj
