"""Sans-I/O request plans: :class:`RequestPlan`.

A :class:`RequestPlan` is a pure, frozen description of one API call: method, path,
query, headers, JSON body, idempotency and the parser that turns the HTTP response into
the caller's value. It performs no I/O and can be built, compared and tested on its own.

Everything that happens *around* sending — building the :class:`httpx.Request`, pacing,
logging, retry decisions and backoff, error mapping — lives in one generator,
:func:`~anny._plan_flow.plan_flow`. It is a flow like any other (see :mod:`anny._flow`): it
yields :class:`~anny._plan_flow.Send` and :class:`~anny._plan_flow.Sleep` actions and receives
their outcomes, and the same two drivers, :func:`anny._flow.run_flow_sync` and
:func:`anny._flow.run_flow_async`, perform them. The logic therefore exists exactly once for
both worlds.

Writing a new endpoint helper is writing a plan factory plus a parser::

    def get_booking(booking_id: str, *, include: list[str] | None = None) -> RequestPlan[Booking]:
        return RequestPlan(
            "GET",
            f"/api/v1/bookings/{path_segment(validate_id(booking_id))}",
            params=build_query(include=include),
            parser=document_parser(Booking.from_document),
        )

    booking = client._run(get_booking("3581903"))          # Anny
    booking = await client._run(get_booking("3581903"))    # AsyncAnny
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeAlias, TypeVar

import attrs
import httpx

from anny._logging import redact_headers, redact_params, redact_url
from anny._operations import operation
from anny._response import parse_document
from anny._retry import (
    IDEMPOTENT_METHODS,
)

__all__ = ["Parser", "RequestPlan"]

T = TypeVar("T")
U = TypeVar("U")

Parser: TypeAlias = Callable[[httpx.Response], T]


def _freeze_pairs(
    value: Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(k), str(v)) for k, v in items)


def _freeze_form(
    value: Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> tuple[tuple[str, str], ...] | None:
    return None if value is None else _freeze_pairs(value)


def _upper(method: str) -> str:
    return str(method).upper()


@attrs.frozen(repr=False)
class RequestPlan(Generic[T]):
    """One API call, described without performing it.

    Attributes:
        method: HTTP method.
        path: path relative to the base URL (``/api/v1/...``), or an absolute URL (used
            when following pagination links).
        params: query pairs, as sent (see :func:`anny.flows.build_query`).
        headers: extra request headers (override the client's).
        json: request body, JSON-encoded and sent as ``application/vnd.api+json`` (the API
            answers 415 to ``application/json`` writes, even for flat cart bodies).
            ``None`` means no body.
        form: a form body (``application/x-www-form-urlencoded`` pairs), e.g. an OAuth token
            request; ``None`` means none. A plan has at most one of ``json`` and ``form``.
        idempotent: ``None`` takes it from the spec's operation (``x-anny-idempotent``: the
            ``GET …/cancel`` is not, the quote ``POST`` is), else from the method
            (GET/HEAD/OPTIONS/DELETE/PUT are). Only idempotent plans are retried after the
            server may have seen them; a non-idempotent one whose answer is lost raises
            :class:`~anny.OutcomeUnknownError` instead.
        parser: turns the (successful) response into the result.
        operation: the spec's operationId this plan performs (``cancelBooking``), if any.
        anonymous: a request to another service (the OAuth token endpoint, ``path`` an
            absolute URL): sent without the client's credentials, default headers or the
            httpx client's own headers, never following redirects, and outside the API's
            rate-limit budget (see :func:`plan_flow`).
    """

    method: str = attrs.field(converter=_upper)
    path: str
    params: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_freeze_pairs)
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_freeze_pairs)
    json: Any = None
    idempotent: bool | None = None
    parser: Callable[[httpx.Response], T] = attrs.field(
        default=parse_document,  # type: ignore[assignment]
        eq=False,
    )
    operation: str | None = None
    form: tuple[tuple[str, str], ...] | None = attrs.field(default=None, converter=_freeze_form)
    anonymous: bool = False

    @property
    def is_idempotent(self) -> bool:
        """Whether resending this call after a lost answer is harmless (see ``idempotent``)."""
        if self.idempotent is not None:
            return self.idempotent
        if self.operation is not None:
            return operation(self.operation).idempotent
        return self.method in IDEMPOTENT_METHODS

    def replace(self, **changes: Any) -> RequestPlan[T]:
        """A copy with some fields changed."""
        return attrs.evolve(self, **changes)

    def with_params(self, params: Iterable[tuple[str, str]]) -> RequestPlan[T]:
        """A copy with ``params`` replaced."""
        return attrs.evolve(self, params=tuple(params))

    def with_parser(self, parser: Callable[[httpx.Response], U]) -> RequestPlan[U]:
        """The same request with another parser."""
        return RequestPlan(
            self.method,
            self.path,
            params=self.params,
            headers=self.headers,
            json=self.json,
            idempotent=self.idempotent,
            parser=parser,
            operation=self.operation,
            form=self.form,
            anonymous=self.anonymous,
        )

    def __repr__(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in redact_params(self.params))
        target = redact_url(self.path) + (f"?{query}" if query else "")
        extra = ""
        if self.headers:
            extra += f", headers={redact_headers(self.headers)!r}"
        if self.json is not None:
            extra += ", json=…"
        if self.form is not None:
            extra += ", form=…"  # never the values: a token request carries credentials
        if self.anonymous:
            extra += ", anonymous=True"
        if self.idempotent is not None:
            extra += f", idempotent={self.idempotent}"
        if self.operation is not None:
            extra += f", operation={self.operation}"
        return f"RequestPlan({self.method} {target}{extra})"
