"""anny: the Python client for the anny Customer API.

Quick start::

    import anny

    with anny.Anny() as client:                     # anonymous, production
        for slot in client.availability.slots("my-room", "my-service", tomorrow):
            print(slot.start, slot.available)

The top level holds what every program uses: the clients (:class:`Anny`, :class:`AsyncAnny`),
the errors, JSON:API :class:`Document`/:class:`Resource`, pagination (:class:`Pager`,
:class:`AsyncPager`, :class:`Page`), :class:`APIResponse`, :class:`Money`, rate limits
(:class:`RateLimit`, :class:`RedisBudget`), the opt-in :class:`Cache` and a few constants.
The rest lives in namespaces:

* :mod:`anny.types` — typed views, results, enums and the area classes (``Booking``, ``Slot``,
  ``BookingStatus``, ``Bookings`` …);
* :mod:`anny.flows` — the kit for writing your own helpers (``RequestPlan``, ``Flow``,
  ``perform``, ``Batch``, ``Sleep``, ``build_query`` …);
* :mod:`anny.auth` — signing in (``OAuth2``, ``RefreshingToken``, ``stored_token()`` …);
* :mod:`anny.errors` — every exception (also ``CartExpiredError``, ``OAuthRedirectError``) and
  ``ErrorObject``.

**Async naming**: a class that exists in both colours is ``X`` and ``AsyncX`` (``Anny`` /
``AsyncAnny``, ``Pager`` / ``AsyncPager``, ``Cart`` / ``AsyncCart``); methods keep one name in
both colours and are awaited on the async twin (see :mod:`anny.types`).

Names that used to live at the top level (``anny.Booking``, ``anny.RequestPlan`` …) still work
for one release, with a :class:`DeprecationWarning` naming their new place.
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from anny._client import Anny, AsyncAnny
from anny._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENVIRONMENTS, NOT_GIVEN, NotGiven
from anny._exports import adopt as _adopt
from anny._exports import lazy_exports as _lazy_exports
from anny._jsonapi import Document, Resource
from anny._pagination import AsyncPager, Page, Pager
from anny._ratelimit import RateLimit
from anny._response import APIResponse
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
    from anny import auth as auth
    from anny import flows as flows
    from anny import types as types
    from anny._cache import Cache
    from anny._models import Money
    from anny._redis_budget import RedisBudget

if _TYPE_CHECKING:
    # The old top-level names (see _MOVED), for type checkers: old code keeps type-checking
    # while it runs with a DeprecationWarning. `X as X` is what strict checkers re-export.
    from anny.auth import AsyncTokenProvider as AsyncTokenProvider
    from anny.auth import AuthorizationRequest as AuthorizationRequest
    from anny.auth import BearerAuth as BearerAuth
    from anny.auth import OAuth2 as OAuth2
    from anny.auth import RefreshingToken as RefreshingToken
    from anny.auth import Token as Token
    from anny.auth import TokenProvider as TokenProvider
    from anny.auth import pkce_challenge as pkce_challenge
    from anny.errors import CartExpiredError as CartExpiredError
    from anny.errors import ErrorObject as ErrorObject
    from anny.errors import OAuthRedirectError as OAuthRedirectError
    from anny.flows import Batch as Batch
    from anny.flows import Context as Context
    from anny.flows import Flow as Flow
    from anny.flows import Operation as Operation
    from anny.flows import RequestPlan as RequestPlan
    from anny.flows import Sleep as Sleep
    from anny.flows import build_query as build_query
    from anny.flows import path_segment as path_segment
    from anny.flows import perform as perform
    from anny.flows import validate_booking_number as validate_booking_number
    from anny.flows import validate_id as validate_id
    from anny.flows import validate_order_number as validate_order_number
    from anny.flows import validate_slug as validate_slug
    from anny.types import Account as Account
    from anny.types import AnnyWithRawResponse as AnnyWithRawResponse
    from anny.types import AsyncAnnyWithRawResponse as AsyncAnnyWithRawResponse
    from anny.types import AsyncCart as AsyncCart
    from anny.types import Availability as Availability
    from anny.types import BookableResource as BookableResource
    from anny.types import Booking as Booking
    from anny.types import Bookings as Bookings
    from anny.types import BookingStatus as BookingStatus
    from anny.types import Budget as Budget
    from anny.types import CalendarEvent as CalendarEvent
    from anny.types import CancellationTerms as CancellationTerms

    # Renamed as well as moved: an assignment (not `import … as …`) is what strict type
    # checkers re-export.
    from anny.types import Cart as _SyncCart
    from anny.types import CartBase as _CartBase
    from anny.types import CartItem as CartItem
    from anny.types import CartState as CartState
    from anny.types import Checkout as Checkout
    from anny.types import CheckoutForm as CheckoutForm
    from anny.types import CheckoutResult as CheckoutResult
    from anny.types import Communities as Communities
    from anny.types import Community as Community
    from anny.types import CommunityMembership as CommunityMembership
    from anny.types import Customer as Customer
    from anny.types import CustomerAccount as CustomerAccount
    from anny.types import FormField as FormField
    from anny.types import LocalBudget as LocalBudget
    from anny.types import MembershipStatus as MembershipStatus
    from anny.types import Occurrence as Occurrence
    from anny.types import OpeningPeriod as OpeningPeriod
    from anny.types import Order as Order
    from anny.types import Orders as Orders
    from anny.types import Organization as Organization
    from anny.types import Organizations as Organizations
    from anny.types import Paged as Paged
    from anny.types import Pass as Pass
    from anny.types import Passes as Passes
    from anny.types import PassStatus as PassStatus
    from anny.types import Plan as Plan
    from anny.types import Plans as Plans
    from anny.types import PlanSubscription as PlanSubscription
    from anny.types import QueueTicket as QueueTicket
    from anny.types import QueueTickets as QueueTickets
    from anny.types import QueueTicketStatus as QueueTicketStatus
    from anny.types import Quote as Quote
    from anny.types import QuoteItem as QuoteItem
    from anny.types import RateLimitWait as RateLimitWait
    from anny.types import Ref as Ref
    from anny.types import Relationship as Relationship
    from anny.types import ResourceLocation as ResourceLocation
    from anny.types import Resources as Resources
    from anny.types import RetryPolicy as RetryPolicy
    from anny.types import Series as Series
    from anny.types import SeriesResult as SeriesResult
    from anny.types import Service as Service
    from anny.types import ServiceConfiguration as ServiceConfiguration
    from anny.types import Services as Services
    from anny.types import Slot as Slot
    from anny.types import SubscriptionStatus as SubscriptionStatus
    from anny.types import Unavailability as Unavailability
    from anny.types import User as User
    from anny.types import Waitlist as Waitlist
    from anny.types import WaitlistEntry as WaitlistEntry
    from anny.types import WaitlistStatus as WaitlistStatus

    SyncCart = _SyncCart
    Cart = _CartBase

# Loaded on first use (PEP 562): what most programs never touch stays out of `import anny`.
_LAZY = {
    "Cache": "anny._cache",
    "Money": "anny._models",
    "RedisBudget": "anny._redis_budget",
}

#: Old top-level names and the public module they moved to ("module:NewName" when renamed).
_MOVED = {
    "Account": "anny.types",
    "AnnyWithRawResponse": "anny.types",
    "AsyncAnnyWithRawResponse": "anny.types",
    "AsyncCart": "anny.types",
    "AsyncTokenProvider": "anny.auth",
    "AuthorizationRequest": "anny.auth",
    "Availability": "anny.types",
    "Batch": "anny.flows",
    "BearerAuth": "anny.auth",
    "BookableResource": "anny.types",
    "Booking": "anny.types",
    "BookingStatus": "anny.types",
    "Bookings": "anny.types",
    "Budget": "anny.types",
    "CalendarEvent": "anny.types",
    "CancellationTerms": "anny.types",
    "Cart": "anny.types:CartBase",
    "CartExpiredError": "anny.errors",
    "CartItem": "anny.types",
    "CartState": "anny.types",
    "Checkout": "anny.types",
    "CheckoutForm": "anny.types",
    "CheckoutResult": "anny.types",
    "Communities": "anny.types",
    "Community": "anny.types",
    "CommunityMembership": "anny.types",
    "Context": "anny.flows",
    "Customer": "anny.types",
    "CustomerAccount": "anny.types",
    "ErrorObject": "anny.errors",
    "Flow": "anny.flows",
    "FormField": "anny.types",
    "LocalBudget": "anny.types",
    "MembershipStatus": "anny.types",
    "OAuth2": "anny.auth",
    "OAuthRedirectError": "anny.errors",
    "Occurrence": "anny.types",
    "OpeningPeriod": "anny.types",
    "Operation": "anny.flows",
    "Order": "anny.types",
    "Orders": "anny.types",
    "Organization": "anny.types",
    "Organizations": "anny.types",
    "Paged": "anny.types",
    "Pass": "anny.types",
    "PassStatus": "anny.types",
    "Passes": "anny.types",
    "Plan": "anny.types",
    "PlanSubscription": "anny.types",
    "Plans": "anny.types",
    "QueueTicket": "anny.types",
    "QueueTicketStatus": "anny.types",
    "QueueTickets": "anny.types",
    "Quote": "anny.types",
    "QuoteItem": "anny.types",
    "RateLimitWait": "anny.types",
    "Ref": "anny.types",
    "RefreshingToken": "anny.auth",
    "Relationship": "anny.types",
    "RequestPlan": "anny.flows",
    "ResourceLocation": "anny.types",
    "Resources": "anny.types",
    "RetryPolicy": "anny.types",
    "Series": "anny.types",
    "SeriesResult": "anny.types",
    "Service": "anny.types",
    "ServiceConfiguration": "anny.types",
    "Services": "anny.types",
    "Sleep": "anny.flows",
    "Slot": "anny.types",
    "SubscriptionStatus": "anny.types",
    "SyncCart": "anny.types:Cart",
    "Token": "anny.auth",
    "TokenProvider": "anny.auth",
    "Unavailability": "anny.types",
    "User": "anny.types",
    "Waitlist": "anny.types",
    "WaitlistEntry": "anny.types",
    "WaitlistStatus": "anny.types",
    "build_query": "anny.flows",
    "path_segment": "anny.flows",
    "perform": "anny.flows",
    "pkce_challenge": "anny.auth",
    "validate_booking_number": "anny.flows",
    "validate_id": "anny.flows",
    "validate_order_number": "anny.flows",
    "validate_slug": "anny.flows",
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
    "Anny",
    "AnnyError",
    "AsyncAnny",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Cache",
    "ConflictError",
    "Document",
    "InternalServerError",
    "InvalidParameterError",
    "Money",
    "NotFoundError",
    "NotGiven",
    "OutcomeUnknownError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimitWaitError",
    "RedisBudget",
    "Resource",
    "SlotTakenError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "__version__",
]

for _name in __all__:
    if _name not in _LAZY:
        _adopt(globals()[_name], __name__)
del _name

__getattr__, __dir__ = _lazy_exports(
    __name__, globals(), _LAZY, __all__, _MOVED, submodules=("auth", "errors", "flows", "types")
)
