"""The spec's operations at run time: what each one is called, whether it may be resent, and
which operation reads back its outcome.

The table itself (``anny/_spec_table.py``) is generated from ``openapi/customer-api.yaml``; this
module holds the value class and the two look-ups anny needs: by ``operationId`` (helpers name
the operation they perform) and by method and path (``client.get("/api/v1/bookings/7/cancel")``
is recognised as ``cancelBooking``, so it is never resent blindly either).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from anny._ids import path_segment

__all__ = ["Operation", "find_operation", "operation"]

_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


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

    @property
    def inferred(self) -> bool:
        """True when only the shape of the API suggests this operation (no client uses it)."""
        return self.evidence == "inferred"

    def format_path(self, **params: str) -> str:
        """The path with each ``{name}`` replaced by its (validated, percent-encoded) value."""

        def fill(match: re.Match[str]) -> str:
            return path_segment(params[match.group(1)])

        return _PARAM.sub(fill, self.path)


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
