"""How a per-area helper, written once as a flow, becomes a method of both clients.

An area (``client.bookings``, ``client.availability`` …) is a class whose members are
:class:`endpoint` and :class:`paged` descriptors around plain functions::

    class Bookings(Area[M]):
        cancel = endpoint(flows.cancel_booking)   # Flow[Booking]
        list = paged(flows.list_bookings)          # Paged[Booking]

On :class:`~anny.Anny` ``client.bookings.cancel(...)`` is a plain method returning the
result; on :class:`~anny.AsyncAnny` it is a coroutine function. Both run the *same* flow
through ``client.run``, so the two surfaces cannot drift; ``mypy`` sees the exact signature
on both (``Callable[P, T]`` versus ``Callable[P, Coroutine[..., T]]``).

The first parameter of every helper function is the area's context — the :class:`Context`
(the client's caches and clock), or for a workflow object like the cart its own state — and
the bound method hides it.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import attrs

from anny._clock import utc_now
from anny._flow import Flow
from anny._jsonapi import Document, Resource
from anny._request import RequestPlan

if TYPE_CHECKING:
    from anny._pagination import AsyncPager, Pager

__all__ = ["Area", "Async", "Context", "Paged", "Sync", "endpoint", "paged"]

P = ParamSpec("P")
T = TypeVar("T")


class Sync:
    """Type marker: an area bound to :class:`~anny.Anny`."""


class Async:
    """Type marker: an area bound to :class:`~anny.AsyncAnny`."""


M = TypeVar("M", Sync, Async)


@attrs.define(eq=False)
class Context:
    """What the helpers of one client read: its look-up cache and its clock.

    Attributes:
        cache: looked-up values that do not change while a program runs (a slug's id, a
            resource's services and time zone), keyed by ``(kind, key)``. Shared with the
            ``with_options`` copies whose answers cannot differ (same locale and headers;
            see ``anny._base._cache_scope``).
        now: the clock helpers read "now" from (injectable: ``Anny(clock=...)``).
        signed_in: whether the client sends a customer credential (a token, an injected
            client's auth, or an ``Authorization`` default header), for helpers that anny
            refuses anonymously and that should say so before sending anything.
    """

    cache: dict[tuple[str, str], Any] = attrs.field(factory=dict)
    now: Callable[[], dt.datetime] = utc_now
    signed_in: Callable[[], bool] = lambda: True


@attrs.frozen
class Paged(Generic[T]):
    """What a paginating helper returns: the first page's plan and how to read one item.

    ``prepare`` (optional) is a flow run before the first page that returns the real first
    plan, for lists whose query needs a look-up (a slug's id).
    """

    plan: RequestPlan[Document]
    map_item: Callable[[Resource], T]
    prepare: Flow[RequestPlan[Document]] | None = None


class Area(Generic[M]):
    """One API area bound to a client; its helpers are the :class:`endpoint` members."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._context: Context = client._context

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def _public_signature(fn: Callable[..., Any]) -> inspect.Signature:
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())[1:]  # drop the Context
    return sig.replace(parameters=params)


class _Helper:
    """What both descriptors share: the function, its public signature, per-area binding."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.signature = _public_signature(fn)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def _lookup(self, area: Area[Any] | None) -> Any:
        if area is None:
            return self
        cached = area.__dict__.get(self.name)
        if cached is None:
            cached = self._bind(area)
            functools.update_wrapper(cached, self.fn)
            cached.__signature__ = self.signature  # type: ignore[attr-defined]
            cached.__qualname__ = f"{type(area).__name__}.{self.name}"
            area.__dict__[self.name] = cached
        return cached

    def _bind(self, area: Area[Any]) -> Callable[..., Any]:
        raise NotImplementedError


class endpoint(_Helper, Generic[P, T]):
    """Descriptor: a helper flow as a method of an :class:`Area`.

    ``on_cancel`` (a flow taking the area's context) makes the async method safe to cancel
    for a write whose answer matters: cancelling the awaiting task does not cancel the flow
    (a request in flight may still be applied by anny while its answer, say a new cart's
    token, would be lost); the flow settles, then ``on_cancel`` runs (e.g. releases the cart)
    and the cancellation goes on.
    """

    def __init__(
        self,
        fn: Callable[Concatenate[Any, P], Flow[T] | RequestPlan[T]],
        *,
        on_cancel: Callable[[Any], Flow[Any]] | None = None,
    ) -> None:
        super().__init__(fn)
        self.on_cancel = on_cancel

    @overload
    def __get__(self, area: None, owner: type) -> endpoint[P, T]: ...

    @overload
    def __get__(self, area: Area[Sync], owner: type) -> Callable[P, T]: ...

    @overload
    def __get__(self, area: Area[Async], owner: type) -> Callable[P, Coroutine[Any, Any, T]]: ...

    def __get__(self, area: Area[Any] | None, owner: type) -> Any:
        return self._lookup(area)

    def _bind(self, area: Area[Any]) -> Callable[..., Any]:
        fn, client, context, on_cancel = self.fn, area._client, area._context, self.on_cancel
        if inspect.iscoroutinefunction(client.run) and on_cancel is not None:

            async def bound_settled(*args: Any, **kwargs: Any) -> Any:
                import asyncio  # only async code pays for it

                work = asyncio.ensure_future(client.run(fn(context, *args, **kwargs)))
                try:
                    return await asyncio.shield(work)
                except asyncio.CancelledError:
                    # Settle first (a second cancel gives up waiting), then undo, then go on
                    # cancelling: releasing before the write lands would release nothing.
                    await asyncio.wait([work])
                    if not work.cancelled():
                        work.exception()  # seen: its error is not "never retrieved"
                    await client.run(on_cancel(context))
                    raise

            return bound_settled
        if inspect.iscoroutinefunction(client.run):

            async def bound_async(*args: Any, **kwargs: Any) -> Any:
                return await client.run(fn(context, *args, **kwargs))

            return bound_async

        def bound_sync(*args: Any, **kwargs: Any) -> Any:
            return client.run(fn(context, *args, **kwargs))

        return bound_sync


class paged(_Helper, Generic[P, T]):
    """Descriptor: a paginating helper; returns a ``Pager`` (sync) or ``AsyncPager`` (async).

    Either way no request is made until iteration starts, so the method itself has the same
    colour on both clients.
    """

    def __init__(self, fn: Callable[Concatenate[Context, P], Paged[T]]) -> None:
        super().__init__(fn)

    @overload
    def __get__(self, area: None, owner: type) -> paged[P, T]: ...

    @overload
    def __get__(self, area: Area[Sync], owner: type) -> Callable[P, Pager[T]]: ...

    @overload
    def __get__(self, area: Area[Async], owner: type) -> Callable[P, AsyncPager[T]]: ...

    def __get__(self, area: Area[Any] | None, owner: type) -> Any:
        return self._lookup(area)

    def _bind(self, area: Area[Any]) -> Callable[..., Any]:
        fn, client, context = self.fn, area._client, area._context

        def bound(*args: Any, **kwargs: Any) -> Any:
            spec = fn(context, *args, **kwargs)
            if spec.prepare is None:
                return client.paginate(spec.plan, map_item=spec.map_item)
            return client._prepared_pager(spec)

        return bound


def helpers_of(area_cls: type) -> Iterator[tuple[str, endpoint[Any, Any] | paged[Any, Any]]]:
    """Every helper of an area class, for the wire and parity tests."""
    seen: set[str] = set()
    for cls in area_cls.__mro__:
        for name, member in vars(cls).items():
            if isinstance(member, (endpoint, paged)) and name not in seen:
                seen.add(name)
                yield name, member
