"""Pieces every area uses: a plan for a spec operation, reading references, read-back."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import httpx

from anny._flow import Flow, perform
from anny._ids import validate_id
from anny._models import _View
from anny._operations import operation
from anny._plan import RequestPlan
from anny._query import QueryParams
from anny._response import document_parser, parse_document
from anny.errors import AnnyError, APIStatusError, InvalidParameterError, OutcomeUnknownError

T = TypeVar("T")
V = TypeVar("V", bound=_View)

__all__ = ["explained", "id_of", "including", "op_plan", "read_back", "view_parser"]


def including(include: Sequence[str] | None, name: str) -> list[str]:
    """The caller's ``include`` list with ``name`` first, unless it is already there: what a
    helper itself needs from the answer (a resource's services, a booking's resource)."""
    names = list(include or ())
    return names if name in names else [name, *names]


def op_plan(
    operation_id: str,
    *,
    path: Mapping[str, str] | None = None,
    query: Mapping[str, object] | None = None,
    body: Mapping[str, Any] | None = None,
    params: QueryParams | Iterable[tuple[str, str]] = (),
    parser: Callable[[httpx.Response], T] = parse_document,  # type: ignore[assignment]
) -> RequestPlan[T]:
    """The plan of one spec operation, from values given by the Python names
    openapi-python-client gives its parameters and body properties.

    Method, path template, wire names, encodings and idempotency all come from the spec's table
    (``anny/_spec_table.py``), so a helper cannot drift from the operation it names and a
    renamed parameter needs no code edit. ``query`` values: ``None`` is left out, a list goes
    out as the spec's style says (comma-joined or repeated), a mapping under the quantity map
    as ``service_id[<id>]=<qty>``. ``params`` are extra pairs already on the wire (a caller's
    own); a name the operation does not have raises ``TypeError``.
    """
    op = operation(operation_id)
    pairs = op.query(query) if query else []
    if params:
        pairs.extend(params)
    return RequestPlan(
        op.method,
        op.format_path(**op.path_values(path)) if path else op.path,
        params=tuple(pairs),
        json=None if body is None else op.json_body(body),
        parser=parser,
        operation=operation_id,
    )


def view_parser(view: type[V]) -> Callable[[httpx.Response], V]:
    """Parser: the typed view of a single-resource document."""
    return document_parser(view.from_document)


def id_of(value: object, *, what: str) -> str:
    """The id of a typed view, a :class:`~anny.Resource`, or an id given as text or int."""
    if isinstance(value, _View):
        return str(getattr(value, "id"))  # noqa: B009 - every view has an id; _View does not declare it
    ident = getattr(value, "id", None)
    if ident is not None and hasattr(value, "attributes"):
        return validate_id(ident, what=what)
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return validate_id(value, what=what)
    raise InvalidParameterError(f"{what} must be an id or a fetched object, got {value!r}")


def read_back(
    action: RequestPlan[T],
    check: Callable[[], Flow[T | None]],
) -> Flow[T]:
    """Run a call with side effects; after a lost answer, ``check`` reads the state back.

    ``check`` returns the result if the call took effect, ``None`` if it did not (then the
    original :class:`~anny.OutcomeUnknownError` is raised: nothing happened, the caller may
    try again). If the read-back itself fails, the original error is raised with a note.
    """
    try:
        return (yield from perform(action))
    except OutcomeUnknownError as lost:
        try:
            found = yield from check()
        except AnnyError as failed:
            lost.add_note(f"reading the state back failed too: {failed}")
            raise lost from lost.__cause__
        if found is None:
            raise lost from lost.__cause__
        return found


def explained(err: APIStatusError, why: str) -> APIStatusError:
    """``err`` again, same class, response and error objects, with ``why`` added to its
    message: what a helper knows about a refusal that anny's own words do not say. Raise it
    ``from err``; ``why`` must hold no secret (it is shown as is)."""
    return type(err)(f"{err} ({why})", response=err.response, errors=err.errors, body=err.body)
