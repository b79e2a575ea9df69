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

if _TYPE_CHECKING:
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

# Loaded on first use (PEP 562): the typed views are a few attrs classes whose creation
# costs more at `import anny` than most programs ever spend on them.
_LAZY = dict.fromkeys(
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
    "Order",
    "Organization",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "Ref",
    "Relationship",
    "RequestPlan",
    "Resource",
    "RetryPolicy",
    "Service",
    "TokenProvider",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "__version__",
    "build_query",
    "path_segment",
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
