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
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TypeAlias

from anny.errors import InvalidParameterError

__all__ = ["QueryParams", "Scalar", "build_query", "encode_scalar", "merge_params"]

Scalar: TypeAlias = "str | int | float | Decimal | bool | dt.datetime | dt.date | enum.Enum"
#: Ordered query pairs, as sent.
QueryParams: TypeAlias = "list[tuple[str, str]]"


def encode_scalar(value: object, *, name: str = "parameter") -> str:
    """Encode one query value: booleans as ``1``/``0``, datetimes as ISO 8601 with offset."""
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
    if isinstance(value, (str, int, Decimal)):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    raise InvalidParameterError(f"{name}: cannot encode {type(value).__name__} in a query")


def _flatten(key: str, value: object, out: list[tuple[str, str]]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for sub, subvalue in value.items():
            _flatten(f"{key}[{sub}]", subvalue, out)
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        for item in items:
            if item is not None:
                out.append((f"{key}[]", encode_scalar(item, name=key)))
    else:
        out.append((key, encode_scalar(value, name=key)))


def _comma(value: str | Iterable[str], name: str) -> str:
    if isinstance(value, str):
        return value
    items = [str(v) for v in value]
    if any("," in v for v in items):
        raise InvalidParameterError(f"{name}: values must not contain ','")
    return ",".join(items)


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
    if include:
        out.append(("include", _comma(include, "include")))
    for type_, names in (fields or {}).items():
        out.append((f"fields[{type_}]", _comma(names, f"fields[{type_}]")))
    for name, value in (filter or {}).items():
        _flatten(f"filter[{name}]", value, out)
    if sort:
        out.append(("sort", _comma(sort, "sort")))
    for name, value in (page or {}).items():
        _flatten(f"page[{name}]", value, out)
    if extra:
        pairs = extra.items() if isinstance(extra, Mapping) else extra
        for name, value in pairs:
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
    return build_query(extra=params)
