"""JSON encoding of request bodies: :func:`encode_json_body`."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
from collections.abc import Mapping

from anny.errors import (
    InvalidParameterError,
)

__all__ = ["encode_json_body"]


def _json_default(value: object) -> object:
    """The JSON-ready stand-in for a non-JSON Python value (``Decimal`` is handled apart)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidParameterError(
                f"naive datetime {value.isoformat()!r} in request body; use an aware datetime"
            )
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise InvalidParameterError(f"cannot encode {type(value).__name__} as JSON")


# Deeper than any real request body; a cycle or runaway structure stops here (typed error)
# instead of in a RecursionError.
_MAX_BODY_DEPTH = 100


def _body_error(where: str, problem: str) -> InvalidParameterError:
    return InvalidParameterError(f"request body at {where}: {problem}")


def _encode_float(value: float, where: str) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        # json.dumps would write the bare tokens NaN/Infinity, which are not JSON.
        raise _body_error(where, f"{value!r} is not a JSON number")
    return float.__repr__(value)


def _encode_decimal(value: decimal.Decimal, where: str) -> str:
    if not value.is_finite():
        raise _body_error(where, f"Decimal {str(value)!r} is not a JSON number")
    # The exact literal: float(Decimal) would turn 12345678901234567.89 into
    # 1.2345678901234568e16. str() of a finite Decimal is always a valid JSON number.
    return str(value)


def _encode(value: object, out: list[str], where: str, active: set[int], depth: int) -> None:
    if depth > _MAX_BODY_DEPTH:
        raise _body_error(where, f"nested deeper than {_MAX_BODY_DEPTH} levels")
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, enum.Enum):
        _encode(value.value, out, where, active, depth + 1)
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_encode_float(value, where))
    elif isinstance(value, decimal.Decimal):
        out.append(_encode_decimal(value, where))
    elif isinstance(value, (Mapping, list, tuple, set, frozenset)):
        if id(value) in active:
            raise _body_error(where, "circular reference")
        active.add(id(value))
        if isinstance(value, Mapping):
            out.append("{")
            for n, (key, item) in enumerate(value.items()):
                if isinstance(key, bool) or not isinstance(key, (str, int)):
                    raise _body_error(
                        where, f"key of type {type(key).__name__} (JSON keys are strings)"
                    )
                name = key if isinstance(key, str) else int.__repr__(key)
                out.append(", " if n else "")
                out.append(json.dumps(name, ensure_ascii=False))
                out.append(": ")
                _encode(item, out, f"{where}[{name!r}]", active, depth + 1)
            out.append("}")
        else:
            out.append("[")
            for n, item in enumerate(value):
                out.append(", " if n else "")
                _encode(item, out, f"{where}[{n}]", active, depth + 1)
            out.append("]")
        active.discard(id(value))
    else:
        _encode(_json_default(value), out, where, active, depth + 1)


def encode_json_body(body: object) -> bytes:
    """JSON-encode a request body: aware datetimes as ISO 8601, ``Decimal`` as its exact
    literal, enums as their values, tuples and sets as arrays.

    Raises :class:`~anny.InvalidParameterError` (naming where in the body) for what JSON
    cannot carry faithfully: NaN and infinities, non-string keys, cycles, naive datetimes,
    strings that are not valid Unicode, and other types.
    """
    out: list[str] = []
    _encode(body, out, "$", set(), 0)
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate such as "\ud800"
        raise InvalidParameterError(
            f"request body: a string is not valid Unicode ({exc.reason} at {exc.start})"
        ) from None
