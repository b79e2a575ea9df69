"""The exception hierarchy of `anny`.

Every exception the client raises on purpose derives from :class:`AnnyError`::

    AnnyError
    ├── APIConnectionError            the request did not get an HTTP answer
    │   └── APITimeoutError           ... because a timeout expired
    ├── APIStatusError                the server answered with a 4xx/5xx status
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   │   └── SlotTakenError        anny's "slot taken" HTML page (status 200) on add-to-cart
    │   ├── UnsupportedMediaTypeError 415
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       5xx
    ├── APIResponseValidationError    a 2xx answer whose body is not what was expected
    ├── InvalidParameterError         bad input caught before any request is sent (also ValueError)
    ├── CartExpiredError              a cart's hold has lapsed: nothing was sent, start a new cart
    ├── OAuthRedirectError            the sign-in page redirected back with ``error=…``
    ├── RateLimitWaitError            the client's own rate-limit budget would make a call wait
    │                                 longer than its timeout (nothing was sent)
    └── OutcomeUnknownError           a call with side effects may have taken effect: its answer
                                      was lost (also an APIConnectionError, APITimeoutError,
                                      InternalServerError or APIResponseValidationError, after
                                      its cause, so existing handlers keep working)

Error bodies of every shape seen in real anny traffic are parsed into :class:`ErrorObject`
values: JSON:API ``{"errors": [...]}``, ``{"error": "..."}`` / ``{"error": {...}}``,
``{"title": ..., "message": ...}``, HTML pages, empty and truncated bodies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from anny._logging import redact_url

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnnyError",
    "AuthenticationError",
    "BadRequestError",
    "CartExpiredError",
    "ConflictError",
    "ErrorObject",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "OAuthRedirectError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitWaitError",
    "SignInRequiredError",
    "SlotTakenError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
]

#: Response headers that carry a request id, in order of preference. ``cf-ray`` is the
#: Cloudflare trace id: the anny API sits behind Cloudflare, so it is usually present even
#: when the application sets no id of its own.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "cf-ray")

# How much of a non-JSON body (HTML page, plain text) is quoted in an error message.
_SNIPPET_CHARS = 200

# A structured `detail`/`title` is flattened to JSON text for the message; past this size it is
# cut, so that one hostile error body cannot make every str(exc) megabytes long.
_MAX_FIELD_CHARS = 2000


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, bool)):
        try:
            return str(value)
        except ValueError:  # an int beyond sys.get_int_max_str_digits()
            return "<number too large to display>"
    try:
        text = json.dumps(value, default=str, ensure_ascii=False)
    except (RecursionError, ValueError):
        # Nested deeper than the interpreter's recursion limit (a hostile or broken body).
        return "<value nested too deeply to display>"
    return text if len(text) <= _MAX_FIELD_CHARS else text[:_MAX_FIELD_CHARS] + "…"


@attrs.frozen
class ErrorObject:
    """One error reported by the API (a JSON:API error object).

    ``status`` is kept as the string the server sent (anny writes ``"400"``, not ``400``).
    ``code`` is *not* a stable machine code on anny: it is sometimes a localized sentence
    identical to ``detail``, so branch on the exception class, not on ``code``.
    """

    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    source: Mapping[str, Any] | None = attrs.field(default=None, repr=False)
    meta: Mapping[str, Any] | None = attrs.field(default=None, repr=False)
    id: str | None = attrs.field(default=None, repr=False)

    @classmethod
    def from_json(cls, obj: object) -> ErrorObject:
        """Build from one element of ``errors[]``; tolerant of any JSON value."""
        if not isinstance(obj, Mapping):
            return cls(detail=_str_or_none(obj))
        source = obj.get("source")
        meta = obj.get("meta")
        return cls(
            status=_str_or_none(obj.get("status")),
            code=_str_or_none(obj.get("code")),
            title=_str_or_none(obj.get("title")),
            detail=_str_or_none(obj.get("detail", obj.get("message"))),
            source=dict(source) if isinstance(source, Mapping) else None,
            meta=dict(meta) if isinstance(meta, Mapping) else None,
            id=_str_or_none(obj.get("id")),
        )

    def summary(self) -> str:
        """``title: detail (code)`` with the empty parts and repetitions left out."""
        parts = [p for p in (self.title, self.detail) if p]
        text = ": ".join(dict.fromkeys(parts))  # title == detail happens; say it once
        if self.code and self.code not in parts:
            text = f"{text} (code={self.code})" if text else f"code={self.code}"
        return text


class AnnyError(Exception):
    """Base class of every exception raised by `anny`."""


class InvalidParameterError(AnnyError, ValueError):
    """An argument was rejected before any request was sent (bad slug, naive datetime, ...)."""


class CartExpiredError(AnnyError):
    """The cart's hold has lapsed (``expires_at`` passed): nothing was sent. Start a new cart.

    Not an :class:`InvalidParameterError`: the input was fine, the cart's time ran out, so a
    handler for bad input must not swallow it (it needs a new cart, not a corrected value).
    """


class OAuthRedirectError(AnnyError):
    """The authorization server redirected back with ``error=…`` (e.g. ``access_denied``).

    ``error`` is the OAuth error code, ``description`` its ``error_description``.
    """

    def __init__(self, error: str, description: str | None = None) -> None:
        self.error = error
        self.description = description
        text = f"authorization failed: {error}"
        super().__init__(f"{text}: {description}" if description else text)


class SignInRequiredError(AnnyError):
    """The helper needs a signed-in customer and the client has no token: nothing was sent.

    anny refuses such calls anonymously (e.g. the waitlist: "requires an authenticated
    customer account", reference Addendum C6). Create the client with ``token=`` (see
    :class:`~anny.auth.OAuth2` for the customer's sign-in). Not an
    :class:`InvalidParameterError`, like :class:`CartExpiredError`: the input was fine, the
    client lacks a credential, and a handler for bad input must not swallow that.
    """


class RateLimitWaitError(AnnyError):
    """The client's rate-limit budget would hold this call back longer than it may wait.

    Nothing was sent. ``wait`` is the seconds the budget asked for, ``max_wait`` the bound
    (the client's read timeout); ``kind`` is ``"read"`` or ``"write"``. Wait and call again,
    raise the timeout, or give the client the budget anny configured for your organization
    (``rate_limit=anny.RateLimit(...)``).
    """

    def __init__(self, message: str, *, wait: float, max_wait: float, kind: str) -> None:
        super().__init__(message)
        self.wait = wait
        self.max_wait = max_wait
        self.kind = kind


class APIConnectionError(AnnyError):
    """The request did not receive an HTTP response (DNS, refused connection, reset, ...).

    ``request`` is the :class:`httpx.Request` that failed; ``__cause__`` is the httpx error.
    """

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(AnnyError):
    """The server answered, but the body is not what the client expected.

    Raised for HTML served with status 200 (seen on a failed add-to-cart), JSON where a
    JSON:API document was required, truncated JSON, or a document a typed view cannot read.
    ``response`` is ``None`` when the problem was found outside of a request (e.g. when a
    typed view is built from a hand-made document).
    """

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code if response is not None else None
        self.request_id = request_id_of(response) if response is not None else None


class APIStatusError(AnnyError):
    """The server answered with a 4xx or 5xx status.

    Attributes:
        status_code: the HTTP status.
        request_id: from ``x-request-id`` / ``request-id`` / ``cf-ray``, if any.
        response: the :class:`httpx.Response` (its body has been read).
        errors: every error object found in the body (may be empty, e.g. for an HTML page).
        body: the decoded JSON body, or the text if it was not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        errors: list[ErrorObject],
        body: object = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(response)
        self.errors = errors
        self.body = body

    @property
    def error(self) -> ErrorObject | None:
        """The first error object, or ``None``."""
        return self.errors[0] if self.errors else None


class BadRequestError(APIStatusError):
    """400: e.g. the per-timeslot booking quota is used up at checkout."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or expired token."""


class PermissionDeniedError(APIStatusError):
    """403: e.g. a member-only resource requested anonymously (often an HTML page)."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class SlotTakenError(ConflictError):
    """anny refused an add-to-cart with its "timeslot already taken" HTML page and status 200.

    anny answers a taken slot with a 409 JSON error as a rule, but has been seen answering with
    an HTML page and status **200** instead (reference §7.2). Nothing was added; it is raised
    as the conflict it is, so ``except ConflictError`` catches both forms. ``status_code`` is
    the real status (200); ``body`` is the page's text.
    """

    @classmethod
    def from_page(cls, response: httpx.Response) -> SlotTakenError:
        """The error for ``response``, quoting the page's visible text (tags removed)."""
        text = _snippet(re.sub(r"<[^>]*>", " ", response.text))
        message = (
            f"the slot is taken: anny answered with an HTML page (status "
            f"{response.status_code}): {text!r} [{describe(response)}]"
        )
        return cls(message, response=response, errors=[], body=response.text)


class UnsupportedMediaTypeError(APIStatusError):
    """415: a write was not sent as ``application/vnd.api+json``."""


class UnprocessableEntityError(APIStatusError):
    """422: validation failed (messages follow ``Accept-Language``)."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def request_id_of(response: httpx.Response | None) -> str | None:
    """The request id from the response headers, if any."""
    if response is None:
        return None
    for name in REQUEST_ID_HEADERS:
        value = response.headers.get(name)
        if value:
            return str(value)
    return None


def parse_error_body(content: bytes) -> tuple[list[ErrorObject], object]:
    """Parse an error body of any observed shape.

    Returns the error objects and the decoded body (JSON value, or text when the body is not
    JSON). Never raises.
    """
    text = content.decode("utf-8", errors="replace")
    if not text.strip():
        return [], None
    try:
        body: object = json.loads(text)
    except (ValueError, RecursionError):
        # RecursionError: nesting deeper than the interpreter allows; such a body is kept as
        # text, like any other body that is not usable JSON.
        return [], text
    return errors_from_json(body), body


def errors_from_json(body: object) -> list[ErrorObject]:
    """Extract error objects from a decoded JSON error body (every observed shape)."""
    if isinstance(body, list):
        return [ErrorObject.from_json(item) for item in body]
    if not isinstance(body, Mapping):
        return [ErrorObject(detail=_str_or_none(body))] if body is not None else []
    errors = body.get("errors")
    if isinstance(errors, list):
        return [ErrorObject.from_json(item) for item in errors]
    if isinstance(errors, Mapping):  # Laravel-style {"errors": {"field": ["msg"]}}
        return [
            ErrorObject(
                detail=_str_or_none(msg[0] if isinstance(msg, list) and msg else msg),
                source={"pointer": f"/data/attributes/{field}"},
            )
            for field, msg in errors.items()
        ]
    if "error" in body:
        error = body["error"]
        if isinstance(error, Mapping):
            return [ErrorObject.from_json(error)]
        return [ErrorObject(title=_str_or_none(error), detail=_str_or_none(body.get("message")))]
    if "title" in body or "message" in body or "detail" in body:
        return [ErrorObject.from_json(body)]
    return []


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET_CHARS else flat[:_SNIPPET_CHARS] + "…"


def describe(response: httpx.Response) -> str:
    """``GET https://host/path?oat=[REDACTED]``: method and redacted URL of a response."""
    return f"{response.request.method} {redact_url(str(response.request.url))}"


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Map a 4xx/5xx response to the matching :class:`APIStatusError` subclass.

    The message is one line: status, request id, first error's title/detail/code and the
    (redacted) request line.
    """
    errors, body = parse_error_body(response.content)
    cls = status_error_class(response.status_code)
    parts = [f"{response.status_code} {response.reason_phrase}".strip()]
    request_id = request_id_of(response)
    if request_id:
        parts.append(f"request_id={request_id}")
    if errors:
        parts.append(errors[0].summary() or "(empty error object)")
        if len(errors) > 1:
            parts.append(f"(+{len(errors) - 1} more)")
    elif isinstance(body, str):
        parts.append(f"non-JSON body: {_snippet(body)!r}")
    elif body is None:
        parts.append("empty body")
    parts.append(f"[{describe(response)}]")
    message = " ".join(" | ".join(parts).split())  # one line, whatever the server sent
    return cls(message, response=response, errors=errors, body=body)


class OutcomeUnknownError(AnnyError):
    """A call with side effects (cancel, checkout, add to cart …) may or may not have taken effect.

    Its answer was lost after the request may have reached anny (read timeout, dropped
    connection, a 5xx status, an unreadable success body). anny never resends such a call: a
    second checkout could place a second order. Helpers that can read the state back do so and
    return the result; when they cannot tell, this error says what to read back.

    Each instance is also an instance of its cause's class (:class:`APITimeoutError`,
    :class:`APIConnectionError`, :class:`InternalServerError` or
    :class:`APIResponseValidationError`), so ``except InternalServerError`` still catches it.

    Attributes:
        operation: the spec's operationId of the call (``submitCheckout``), if known.
        read_back: the operationId whose answer tells what happened (``getCart``), if any.
        cause: the error that made the outcome unknown (also ``__cause__``).
    """

    operation: str | None
    read_back: str | None
    cause: AnnyError

    @staticmethod
    def from_cause(
        cause: AnnyError, message: str, *, operation: str | None, read_back: str | None
    ) -> OutcomeUnknownError:
        """The error for ``cause``, of the matching twin class."""
        error: OutcomeUnknownError
        if isinstance(cause, APIStatusError):
            error = _StatusOutcomeUnknown(
                message, response=cause.response, errors=cause.errors, body=cause.body
            )
        elif isinstance(cause, APITimeoutError):
            error = _TimeoutOutcomeUnknown(message, request=cause.request)
        elif isinstance(cause, APIConnectionError):
            error = _ConnectionOutcomeUnknown(message, request=cause.request)
        elif isinstance(cause, APIResponseValidationError):
            error = _UnreadableOutcomeUnknown(message, response=cause.response)
        else:
            error = _OtherOutcomeUnknown(message)
        error.operation = operation
        error.read_back = read_back
        error.cause = cause
        return error


class _StatusOutcomeUnknown(OutcomeUnknownError, InternalServerError):
    """A 5xx answer to a call with side effects."""


class _TimeoutOutcomeUnknown(OutcomeUnknownError, APITimeoutError):
    """A timeout after a call with side effects may have been sent."""


class _ConnectionOutcomeUnknown(OutcomeUnknownError, APIConnectionError):
    """A dropped connection after a call with side effects may have been sent."""


class _UnreadableOutcomeUnknown(OutcomeUnknownError, APIResponseValidationError):
    """A success answer to a call with side effects whose body could not be read."""


class _OtherOutcomeUnknown(OutcomeUnknownError):
    """Any other reason the outcome of a call with side effects is unknown."""
