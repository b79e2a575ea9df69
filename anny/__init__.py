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

from anny._auth import AsyncTokenProvider, BearerAuth, TokenProvider
from anny._client import Anny, AnnyWithRawResponse, AsyncAnny, AsyncAnnyWithRawResponse
from anny._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENVIRONMENTS, NOT_GIVEN, NotGiven
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
from anny._pagination import AsyncPager, Page, Pager
from anny._query import build_query
from anny._request import APIResponse, RequestPlan
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
    "Anny",
    "AnnyError",
    "AnnyWithRawResponse",
    "AsyncAnny",
    "AsyncAnnyWithRawResponse",
    "AsyncPager",
    "AsyncTokenProvider",
    "AuthenticationError",
    "AuthorizationRequest",
    "BadRequestError",
    "BearerAuth",
    "BookableResource",
    "Booking",
    "BookingStatus",
    "ConflictError",
    "Customer",
    "Document",
    "ErrorObject",
    "InternalServerError",
    "InvalidParameterError",
    "Money",
    "NotFoundError",
    "NotGiven",
    "OAuth2",
    "OAuthRedirectError",
    "Order",
    "Organization",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "Ref",
    "RefreshingToken",
    "Relationship",
    "RequestPlan",
    "Resource",
    "RetryPolicy",
    "Service",
    "Token",
    "TokenProvider",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "__version__",
    "build_query",
    "path_segment",
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
