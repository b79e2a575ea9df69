"""JSON:API query parameters as an ordered list of ``(key, value)`` pairs.

Wire format (the exact strings are tested):

==========================================  ==============================================
``include=["service", "order.customer"]``   ``include=service,order.customer``
``fields={"resources": ["name", "slug"]}``  ``fields[resources]=name,slug``
``filter={"upcoming_only": True}``          ``filter[upcoming_only]=1`` (``False`` → ``0``)
``filter={"categories": [3, 4]}``           ``filter[categories][]=3&filter[categories][]=4``
``filter={"start_date": aware_datetime}``   ``filter[start_date]=2026-04-15T09:00:00+02:00``
``filter={"a": {"b": 1}}``                  ``filter[a][b]=1``
``sort=["-start_date", "name"]``            ``sort=-start_date,name``
``page={"number": 1, "size": 30}``          ``page[number]=1&page[size]=30``
==========================================  ==============================================

Lists in filters become *repeated* ``[]`` keys, the form the anny web shop sends for
``filter[categories][]`` (Laravel reads it as an array); a comma-joined string would reach
the server as one string. ``None`` values are left out. Naive datetimes are rejected with
:class:`~anny.errors.InvalidParameterError`: the server would silently read them in some
zone of its choosing.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TypeAlias

from anny._logging import REDACTED, is_sensitive_key
from anny.errors import InvalidParameterError

__all__ = ["QueryParams", "Scalar", "build_query", "encode_scalar", "merge_params"]

Scalar: TypeAlias = "str | int | float | Decimal | bool | dt.datetime | dt.date | enum.Enum"
#: Ordered query pairs, as sent.
QueryParams: TypeAlias = "list[tuple[str, str]]"


# Filters nest a level or two (`filter[a][b]`); deeper means a cycle or a runaway structure.
_MAX_DEPTH = 8


def _shown(name: str, value: object) -> str:
    # Error messages name the value, except under a key that carries a credential.
    return REDACTED if is_sensitive_key(name) else repr(value)


def _check_text(text: str, name: str, *, what: str = "value") -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates cannot be percent-encoded
        raise InvalidParameterError(f"{name}: {what} is not valid Unicode") from None
    return text


# One regular expression instead of a generator over the characters: every key of every
# request passes here.
_CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f]")


def _check_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise InvalidParameterError(f"query parameter names must be non-empty strings, got {key!r}")
    if _CONTROL_CHARACTER.search(key) is not None:
        raise InvalidParameterError(f"query parameter name {key!r} contains a control character")
    return _check_text(key, repr(key), what="name")


def encode_scalar(value: object, *, name: str = "parameter") -> str:
    """Encode one query value: booleans as ``1``/``0``, datetimes as ISO 8601 with offset.

    Raises :class:`~anny.errors.InvalidParameterError` for values a query cannot carry
    faithfully: naive datetimes, NaN and infinities, ``None`` and other types.
    """
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidParameterError(
                f"{name}: naive datetime {value.isoformat()!r}; pass a timezone-aware datetime"
            )
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _check_text(value, name)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidParameterError(f"{name}: {_shown(name, value)} is not a finite number")
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidParameterError(f"{name}: {_shown(name, value)} is not a finite number")
        return repr(value)
    raise InvalidParameterError(f"{name}: cannot encode {type(value).__name__} in a query")


def _flatten(key: str, value: object, out: list[tuple[str, str]], depth: int = 0) -> None:
    if value is None:
        return
    if depth > _MAX_DEPTH:
        raise InvalidParameterError(f"{key}: nested deeper than {_MAX_DEPTH} levels")
    if isinstance(value, Mapping):
        for sub, subvalue in value.items():
            if isinstance(sub, bool) or not isinstance(sub, (str, int)):
                raise InvalidParameterError(f"{key}: key {sub!r} is not a string")
            _flatten(f"{key}[{_check_key(str(sub))}]", subvalue, out, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        for item in items:
            if item is not None:
                out.append((f"{key}[]", encode_scalar(item, name=key)))
    else:
        out.append((key, encode_scalar(value, name=key)))


def _comma(value: object, name: str) -> str:
    if isinstance(value, str):
        return _check_text(value, name)
    if not isinstance(value, Iterable) or isinstance(value, (bytes, Mapping)):
        raise InvalidParameterError(
            f"{name}: expected a string or a list of strings, got {type(value).__name__}"
        )
    items = list(value)
    for item in items:
        # `None` went out as the string "None" before: refuse anything but a real name.
        if not isinstance(item, str) or not item:
            raise InvalidParameterError(f"{name}: {item!r} is not a non-empty string")
        if "," in item:
            raise InvalidParameterError(f"{name}: values must not contain ','")
        _check_text(item, name)
    return ",".join(items)


def _mapping(value: object, name: str) -> Mapping[object, object]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidParameterError(f"{name} must be a mapping, got {type(value).__name__}")
    return value


def _pairs(value: object, name: str) -> list[tuple[str, object]]:
    """``value`` as (key, value) pairs: a mapping or an iterable of 2-item pairs."""
    if isinstance(value, Mapping):
        items: Iterable[object] = value.items()
    elif isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidParameterError(
            f"{name} must be a mapping or (key, value) pairs, got {type(value).__name__}"
        )
    else:
        items = value
    pairs: list[tuple[str, object]] = []
    for pair in items:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            # The pair itself is not shown: it may hold a credential.
            raise InvalidParameterError(
                f"{name}: expected (key, value) pairs, got a {type(pair).__name__}"
            )
        pairs.append((_check_key(pair[0]), pair[1]))
    return pairs


def build_query(
    *,
    include: str | Sequence[str] | None = None,
    fields: Mapping[str, str | Sequence[str]] | None = None,
    filter: Mapping[str, object] | None = None,
    sort: str | Sequence[str] | None = None,
    page: Mapping[str, int | str] | None = None,
    extra: Mapping[str, object] | Iterable[tuple[str, object]] | None = None,
) -> QueryParams:
    """Build JSON:API query pairs in a stable order: include, fields, filter, sort, page, extra.

    ``extra`` holds plain parameters (``stateless=True`` → ``stateless=1``); a list value
    there is sent as a repeated ``key[]`` (``r[]=1&r[]=2``) unless the key already ends in
    ``[]``.
    """
    out: list[tuple[str, str]] = []
    if include is not None and (joined := _comma(include, "include")):
        out.append(("include", joined))
    for type_, names in _mapping(fields, "fields").items():
        key = f"fields[{_check_key(type_)}]"
        out.append((key, _comma(names, key)))
    for name, value in _mapping(filter, "filter").items():
        _flatten(f"filter[{_check_key(name)}]", value, out, 1)
    if sort is not None and (joined := _comma(sort, "sort")):
        out.append(("sort", joined))
    for name, value in _mapping(page, "page").items():
        _flatten(f"page[{_check_key(name)}]", value, out, 1)
    if extra is not None:
        for name, value in _pairs(extra, "params"):
            if name.endswith("[]") and isinstance(value, (list, tuple)):
                for item in value:
                    out.append((name, encode_scalar(item, name=name)))
            else:
                _flatten(name, value, out)
    return out


def merge_params(
    params: Mapping[str, object] | Iterable[tuple[str, object]] | None,
) -> QueryParams:
    """Normalize user-supplied params (mapping or pairs) to encoded pairs.

    Pairs that are already strings are kept verbatim, so a prebuilt :func:`build_query`
    result passes through unchanged.
    """
    if params is None:
        return []
    if type(params) is dict:
        # The common call, `get(path, params={"include": "service"})`: string names and
        # values, checked all at once (a control character in a name, a lone surrogate
        # anywhere). Anything else, or anything wrong, takes the general path, which also
        # words the error.
        pairs = list(params.items())
        for key, value in pairs:
            if type(key) is not str or type(value) is not str or not key:
                break
        else:
            names = "".join(params)
            if _CONTROL_CHARACTER.search(names) is None:
                try:
                    names.encode("utf-8")
                    "".join(params.values()).encode("utf-8")
                except UnicodeEncodeError:
                    pass
                else:
                    return pairs
    return build_query(extra=params)
