"""The spec's operations at run time: what each one is called, whether it may be resent, which
operation reads back its outcome, and how its parameters and body properties are spelled.

The table itself (``anny/_spec_table.py``) is generated from ``openapi/customer-api.yaml``; this
module holds the value class and the two look-ups anny needs: by ``operationId`` (helpers name
the operation they perform) and by method and path (``client.get("/api/v1/bookings/7/cancel")``
is recognised as ``cancelBooking``, so it is never resent blindly either).

Helpers never spell a wire name: they pass values under the *Python* names openapi-python-client
gives the parameters and properties (``filterupcoming_only`` for ``filter[upcoming_only]``,
``pagesize`` for ``page[size]``, ``type_`` for ``type``), and :meth:`Operation.query` and
:meth:`Operation.body` translate them with the spec's table. A renamed parameter in the spec is
one regeneration away from the wire; a name the spec does not have raises ``TypeError``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from anny._ids import path_segment
from anny._query import encode_scalar
from anny.errors import InvalidParameterError

__all__ = ["Field", "Operation", "Param", "find_operation", "operation"]

_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@attrs.frozen
class Param:
    """One parameter of an operation.

    Attributes:
        python: the name openapi-python-client gives it (``filterupcoming_only``).
        wire: its name on the wire (``filter[upcoming_only]``).
        location: ``path``, ``query`` or ``header``.
        style: how a value travels: ``scalar`` (one value; a list of values is comma-joined),
            ``csv`` (an ``explode: false`` array: ``filter[resources]=1,2``), ``repeat`` (an
            exploded array: ``r[]=1&r[]=2``) or ``map`` (the ``deepObject`` quantity map:
            ``service_id[7003]=1``).
        required: whether the spec requires it.
        maximum: the largest value the spec allows (``schema.maximum``), if it caps one; for
            ``page[size]`` it is the largest page anny accepts (it answers 400 above it).
    """

    python: str
    wire: str
    location: str
    style: str = "scalar"
    required: bool = False
    maximum: int | None = None


@attrs.frozen
class Field:
    """One property of a request body (``python`` → JSON key ``wire``).

    ``children`` are the declared properties of an object value (``None``: its value is sent as
    given); ``open`` says whether names outside ``children`` are allowed (passed through as
    written, e.g. a checkout form's custom fields). The body itself is a ``Field`` whose names
    are ``None``.
    """

    python: str | None
    wire: str | None
    children: tuple[Field, ...] | None = None
    open: bool = True

    @functools.cached_property
    def by_python(self) -> Mapping[str, Field]:
        """The children by Python name."""
        return {child.python: child for child in self.children or () if child.python}

    def translate(self, value: object, where: str) -> object:
        """``value`` with every Python property name replaced by its JSON key."""
        if self.children is None or not isinstance(value, Mapping):
            return value
        known = self.by_python
        out: dict[object, object] = {}
        for name, item in value.items():
            field = known.get(name) if isinstance(name, str) else None
            if field is None:
                if known and not self.open:
                    raise TypeError(f"{where} has no property {name!r} ({sorted(known)})")
                out[name] = item  # a map's key, or an extra field an open object allows
                continue
            out[field.wire] = field.translate(item, f"{where}.{name}")
        return out


@attrs.frozen
class Operation:
    """One operation of the Customer API spec.

    Attributes:
        operation_id: the spec's ``operationId`` (``cancelBooking``).
        method: HTTP method.
        path: path template (``/api/v1/bookings/{booking_id}/cancel``).
        tag: the API area (``bookings``).
        evidence: ``documented``, ``official-code``, ``client-code`` or ``inferred`` (a guess).
        idempotent: whether resending it after a lost answer is harmless (``x-anny-idempotent``,
            else decided by the method).
        read_back: the operationId whose answer tells whether a lost call took effect.
    """

    operation_id: str
    method: str
    path: str
    tag: str
    evidence: str
    idempotent: bool
    read_back: str | None = None
    params: tuple[Param, ...] = ()
    body: Field | None = None

    @functools.cached_property
    def by_python(self) -> Mapping[str, Param]:
        """The parameters by Python name (computed once per operation)."""
        return {param.python: param for param in self.params}

    def _param(self, name: str, location: str) -> Param:
        param = self.by_python.get(name)
        if param is None or param.location != location:
            names = sorted(p.python for p in self.params if p.location == location)
            raise TypeError(f"{self.operation_id} has no {location} parameter {name!r} ({names})")
        return param

    def query(self, values: Mapping[str, object]) -> list[tuple[str, str]]:
        """Query pairs for ``values`` given by Python name, in the given order; ``None`` values
        are left out. Raises ``TypeError`` for a name the operation does not have."""
        out: list[tuple[str, str]] = []
        for name, value in values.items():
            param = self._param(name, "query")
            if value is None:
                continue
            wire = param.wire
            if param.style == "map":
                if not isinstance(value, Mapping):
                    out.append((wire, encode_scalar(value, name=wire)))
                    continue
                for key, item in value.items():
                    out.append((f"{wire}[{key}]", encode_scalar(item, name=wire)))
            elif isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
                out.append((wire, encode_scalar(value, name=wire)))
            elif param.style == "repeat":
                out.extend((wire, encode_scalar(item, name=wire)) for item in value)
            elif joined := _joined(value, wire):
                # `csv`, and a list for a one-value parameter (`include=a,b`): comma-joined.
                out.append((wire, joined))
        return out

    def path_values(self, values: Mapping[str, str]) -> dict[str, str]:
        """Path values by wire name, from values by Python name."""
        return {self._param(name, "path").wire: value for name, value in values.items()}

    def json_body(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The JSON body for ``values`` given by Python property names (nested objects too)."""
        if self.body is None:
            raise TypeError(f"{self.operation_id} has no request body")
        translated = self.body.translate(values, self.operation_id)
        assert isinstance(translated, dict)
        return translated

    @property
    def inferred(self) -> bool:
        """True when only the shape of the API suggests this operation (no client uses it)."""
        return self.evidence == "inferred"

    def format_path(self, **params: str) -> str:
        """The path with each ``{name}`` replaced by its (validated, percent-encoded) value."""

        def fill(match: re.Match[str]) -> str:
            return path_segment(params[match.group(1)])

        return _PARAM.sub(fill, self.path)


def _joined(values: Iterable[object], wire: str) -> str:
    items = [encode_scalar(item, name=wire) for item in values]
    for item in items:
        # One value that holds the separator, or none at all, would change the list's meaning.
        if not item or "," in item:
            raise InvalidParameterError(f"{wire}: {item!r} is not a non-empty value without ','")
    return ",".join(items)


@functools.cache
def _by_id() -> Mapping[str, Operation]:
    from anny._spec_table import OPERATIONS  # generated; imported on first use

    return {op.operation_id: op for op in OPERATIONS}


@functools.cache
def _matchers() -> tuple[tuple[str, re.Pattern[str], Operation], ...]:
    from anny._spec_table import OPERATIONS

    entries = []
    for op in OPERATIONS:
        pattern = (
            "^"
            + _PARAM.sub("[^/]+", re.escape(op.path).replace(r"\{", "{").replace(r"\}", "}"))
            + "$"
        )
        entries.append((op, re.compile(pattern), _PARAM.findall(op.path)))
    # A literal segment beats a parameter: /bookings/by-number is not /bookings/{booking_id}.
    entries.sort(key=lambda e: len(e[2]))
    return tuple((op.method, pattern, op) for op, pattern, _ in entries)


def operation(operation_id: str) -> Operation:
    """The operation named ``operation_id`` (``KeyError`` if the spec has none)."""
    return _by_id()[operation_id]


def find_operation(method: str, path: str) -> Operation | None:
    """The operation a request is an instance of, or ``None`` for a path outside the spec."""
    return _find(method.upper(), path.split("?", 1)[0])


# Programs call the same few paths over and over; matching 59 patterns each time would be most
# of anny's own per-request cost. Bounded, so a crawler of many ids cannot grow it for ever.
@functools.lru_cache(maxsize=4096)
def _find(method: str, raw_path: str) -> Operation | None:
    for op_method, pattern, op in _matchers():
        if op_method == method and pattern.match(raw_path):
            return op
    return None
