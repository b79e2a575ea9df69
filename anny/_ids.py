"""Validation of identifiers before they are put into a request.

The Customer API addresses things by slugs (``study-desks-branch-library-main-campus``),
numeric string ids (``"3581903"``), booking numbers (``BB81592797``) and order numbers
(``BO559015923``). Checking them locally turns a typo into an
:class:`~anny.errors.InvalidParameterError` *before* any request is sent, instead of a
confusing 404 (or, worse, a request to a different path).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from anny.errors import InvalidParameterError

__all__ = [
    "path_segment",
    "validate_booking_number",
    "validate_id",
    "validate_order_number",
    "validate_slug",
]

# Slugs are lower-case words joined by dashes in every observed example; we also accept
# upper case, digits, `_` and `.` because nothing documents the exact alphabet and a too
# strict check would lock users out of a valid resource.
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")  # numeric ids and UUIDs
_BOOKING_NUMBER = re.compile(r"BB[0-9]+")
_ORDER_NUMBER = re.compile(r"BO[0-9]+")


def _check_str(value: object, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidParameterError(f"{what} must be a string, got {type(value).__name__}")
    text = str(value)
    if not text:
        raise InvalidParameterError(f"{what} must not be empty")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise InvalidParameterError(
            f"{what} must not contain whitespace or control characters: {text!r}"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate cannot be percent-encoded
        raise InvalidParameterError(f"{what} is not valid Unicode: {text!r}") from None
    return text


def validate_slug(value: object, *, what: str = "slug") -> str:
    """Return ``value`` if it is a plausible slug, else raise ``InvalidParameterError``.

    A slug is used as one path segment, so ``/``, ``?``, ``#`` and ``%`` are rejected here;
    use :func:`path_segment` when a value must be put into a path regardless.
    """
    text = _check_str(value, what)
    if not _SLUG.fullmatch(text):
        raise InvalidParameterError(f"{what} {text!r} is not a valid slug (letters, digits, -)")
    return text


def validate_id(value: object, *, what: str = "id") -> str:
    """Return a resource id (numeric string, int or UUID) as a string, or raise."""
    text = _check_str(value, what)
    if not _ID.fullmatch(text):
        raise InvalidParameterError(f"{what} {text!r} is not a valid id")
    return text


def validate_booking_number(value: object) -> str:
    """Return a booking number (``BB`` + digits, e.g. ``BB81592797``), or raise."""
    text = _check_str(value, "booking number").upper()
    if not _BOOKING_NUMBER.fullmatch(text):
        raise InvalidParameterError(
            f"booking number {value!r} is invalid: expected 'BB' followed by digits"
        )
    return text


def validate_order_number(value: object) -> str:
    """Return an order number (``BO`` + digits, e.g. ``BO559015923``), or raise."""
    text = _check_str(value, "order number").upper()
    if not _ORDER_NUMBER.fullmatch(text):
        raise InvalidParameterError(
            f"order number {value!r} is invalid: expected 'BO' followed by digits"
        )
    return text


def path_segment(value: object, *, what: str = "path segment") -> str:
    """Percent-escape ``value`` for use as ONE path segment (``a/b`` → ``a%2Fb``).

    Empty values and values containing whitespace are rejected; everything else is escaped
    so that it can never change the path structure (``..``, ``/``, ``?``, ``#``).
    """
    text = _check_str(value, what)
    if text in {".", ".."}:
        raise InvalidParameterError(f"{what} must not be {text!r}")
    return quote(text, safe="")
