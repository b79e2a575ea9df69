"""How a call, written once as a flow (or a plan), becomes a method of every client.

A class whose members are :class:`endpoint` and :class:`paged` descriptors around plain
functions is *bindable*: an area (``client.bookings`` …), the clients themselves
(``client.get`` …) and their raw-response views (``client.with_raw_response``)::

    class Bookings(Area[M]):
        cancel = endpoint(flows.cancel_booking)   # Flow[Booking]
        list = paged(flows.list_bookings)          # Paged[Booking]

The type argument is the *binding mode*, one of four:

========================  ======================================  ==============================
mode                      ``.cancel(...)`` returns                 ``.list(...)`` returns
========================  ======================================  ==============================
:class:`Sync` (Anny)      the result                              a :class:`~anny.Pager`
:class:`Async`            a coroutine of the result               an :class:`~anny.AsyncPager`
:class:`SyncRaw`          the :class:`~anny.APIResponse`          the first page's response
:class:`AsyncRaw`         a coroutine of the response             a coroutine of it
========================  ======================================  ==============================

Every mode runs the *same* flow through the ``run`` of what it is bound to (a client, or a
raw view whose ``run`` wraps the flow in :func:`~anny._flow.raw_flow`), so the surfaces cannot
drift; ``mypy`` sees the exact signature in each mode (``Callable[P, T]``,
``Callable[P, Coroutine[..., T]]``, ``Callable[P, APIResponse[T]]`` …).

The first parameter of every function is what the bindable hands it — the :class:`Context`
(the client's caches and clock) for an area, the client itself for ``client.get``, a cart's
own state for a cart — and the bound method hides it.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import inspect
import re
from collections.abc import Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import attrs

from anny._clock import utc_now
from anny._flow import Flow
from anny._jsonapi import Document
from anny._pagination import Paged, async_pager, first_page_flow, pager
from anny._plan import RequestPlan
from anny._response import APIResponse

if TYPE_CHECKING:
    from anny._pagination import AsyncPager, Pager

__all__ = [
    "Area",
    "Async",
    "AsyncRaw",
    "Bindable",
    "Context",
    "Paged",
    "RawResponses",
    "Sync",
    "SyncRaw",
    "endpoint",
    "helpers_of",
    "paged",
]

P = ParamSpec("P")
T = TypeVar("T")


class Sync:
    """Binding mode: bound to :class:`~anny.Anny` (plain methods returning results)."""


class Async:
    """Binding mode: bound to :class:`~anny.AsyncAnny` (coroutine methods)."""


class SyncRaw:
    """Binding mode: ``Anny.with_raw_response`` (methods returning :class:`~anny.APIResponse`)."""


class AsyncRaw:
    """Binding mode: ``AsyncAnny.with_raw_response`` (coroutines of the response)."""


M = TypeVar("M", Sync, Async, SyncRaw, AsyncRaw)


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


class Bindable(Generic[M]):
    """What :class:`endpoint` and :class:`paged` members bind to (the mode is ``M``).

    ``_bind_target()`` says which object's ``run`` executes the calls (a client or a
    :class:`RawResponses` view; its colour is the colour of the bound methods) and what the
    functions get as their first argument. That is all the binding asks of a client: its
    public ``run`` (plans and flows, see :mod:`anny._flow`) and, for areas, the helpers'
    :class:`Context` (``_context``).
    """

    def _bind_target(self) -> tuple[Any, Any]:
        raise NotImplementedError


class RawResponses(Bindable[M]):
    """Base of ``client.with_raw_response``: the same calls, returning the response.

    Its ``run`` (defined in the sync and the async view) runs any plan or flow wrapped in
    :func:`~anny._flow.raw_flow`; every member bound to the view, and every area reached
    through it, therefore answers with an :class:`~anny.APIResponse`.
    """

    def __init__(self, client: Any) -> None:
        self._of = client
        self._context: Context = client._context

    def _bind_target(self) -> tuple[Any, Any]:
        return self, self._of

    @property
    def with_raw_response(self) -> RawResponses[M]:
        """This view (already raw)."""
        return self

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._of!r}>"


class Area(Bindable[M]):
    """One API area bound to a client; its helpers are the :class:`endpoint` members."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._context: Context = client._context

    def _bind_target(self) -> tuple[Any, Any]:
        return self._client, self._context

    @property
    def with_raw_response(self) -> Any:
        """This area with every helper returning its :class:`~anny.APIResponse`.

        ``client.bookings.with_raw_response.get(...)`` is ``client.with_raw_response.bookings
        .get(...)``; the latter is what ``mypy`` can type (``Any`` here: a class cannot name
        "the same area in another mode"). A flow's response is the last one it received;
        a list's is its first page.
        """
        if isinstance(self._client, RawResponses):
            return self
        view = self.__dict__.get("_raw_view")
        if view is None:
            # A copy sharing this area's state (a cart's order), without its bound helpers.
            view = copy.copy(self)
            for name, _ in helpers_of(type(self)):
                view.__dict__.pop(name, None)
            view._client = self._client.with_raw_response
            self.__dict__["_raw_view"] = view
        return view

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def _public_signature(fn: Callable[..., Any]) -> inspect.Signature:
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())[1:]  # drop the Context
    return sig.replace(parameters=params)


_WRAPPED_RESULT = re.compile(r"(?:Flow|RequestPlan|Paged)\[(.*)\]")


def _result_of(signature: inspect.Signature) -> str | None:
    """``Booking`` of a function declared ``-> Flow[Booking]`` (or ``RequestPlan``/``Paged``)."""
    declared = signature.return_annotation
    found = _WRAPPED_RESULT.fullmatch(declared) if isinstance(declared, str) else None
    return found.group(1) if found else None


class _Helper:
    """What both descriptors share: the function, its public signature, per-object binding.

    On the class (``anny.Bookings.cancel``) the descriptor itself stands for the helper: it
    has the helper's name, docstring and public signature, so ``help(anny.Bookings)`` and
    ``inspect.signature`` show them; calling it needs a client (``client.bookings.cancel``).
    """

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        #: The function's own signature without its first parameter (``-> Flow[Booking]``).
        self.signature = _public_signature(fn)
        #: What ``help`` and ``inspect.signature`` show: what a call returns (``-> Booking``).
        self.__signature__ = self._shown(raw=False, is_async=False)
        self.__doc__ = fn.__doc__
        self.__name__ = self.name = fn.__name__
        self.__qualname__ = fn.__qualname__
        self.__module__ = fn.__module__

    def __set_name__(self, owner: type, name: str) -> None:
        self.__name__ = self.name = name
        self.__qualname__ = f"{owner.__qualname__}.{name}"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(f"{self.__qualname__} is called on a client (client.<area>.{self.name})")

    def _lookup(self, obj: Bindable[Any] | None) -> Any:
        if obj is None:
            return self
        cached = obj.__dict__.get(self.name)
        if cached is None:
            runner, first = obj._bind_target()
            cached = self._bind(runner, first)
            functools.update_wrapper(cached, self.fn)
            cached.__signature__ = self._shown(  # type: ignore[attr-defined]
                raw=isinstance(runner, RawResponses),
                is_async=inspect.iscoroutinefunction(runner.run),
            )
            cached.__name__ = self.name
            cached.__qualname__ = f"{type(obj).__name__}.{self.name}"
            # Kept on the instance: later look-ups are plain attribute reads.
            obj.__dict__[self.name] = cached
        return cached

    def _shown(self, *, raw: bool, is_async: bool) -> inspect.Signature:
        result = _result_of(self.signature)
        if result is None:
            return self.signature
        return self.signature.replace(return_annotation=self._returns(result, raw, is_async))

    def _returns(self, result: str, raw: bool, is_async: bool) -> str:
        raise NotImplementedError

    def _bind(self, runner: Any, first: Any) -> Callable[..., Any]:
        raise NotImplementedError


class endpoint(_Helper, Generic[P, T]):
    """Descriptor: a helper flow (or plan) as a method of a :class:`Bindable`.

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
    def __get__(self, obj: None, owner: type) -> endpoint[P, T]: ...

    @overload
    def __get__(self, obj: Bindable[Sync], owner: type) -> Callable[P, T]: ...

    @overload
    def __get__(self, obj: Bindable[Async], owner: type) -> Callable[P, Coroutine[Any, Any, T]]: ...

    @overload
    def __get__(self, obj: Bindable[SyncRaw], owner: type) -> Callable[P, APIResponse[T]]: ...

    @overload
    def __get__(
        self, obj: Bindable[AsyncRaw], owner: type
    ) -> Callable[P, Coroutine[Any, Any, APIResponse[T]]]: ...

    def __get__(self, obj: Bindable[Any] | None, owner: type) -> Any:
        return self._lookup(obj)

    def _returns(self, result: str, raw: bool, is_async: bool) -> str:
        return f"APIResponse[{result}]" if raw else result  # async: the coroutine's result

    def _bind(self, runner: Any, first: Any) -> Callable[..., Any]:
        fn, on_cancel = self.fn, self.on_cancel
        if inspect.iscoroutinefunction(runner.run) and on_cancel is not None:
            # Undoing runs on the client itself: a release that had nothing to release
            # sends nothing, and has no raw response to give.
            settle = runner._of if isinstance(runner, RawResponses) else runner

            async def bound_settled(*args: Any, **kwargs: Any) -> Any:
                import asyncio  # only async code pays for it

                work = asyncio.ensure_future(runner.run(fn(first, *args, **kwargs)))
                try:
                    return await asyncio.shield(work)
                except asyncio.CancelledError:
                    # Settle first (a second cancel gives up waiting), then undo, then go on
                    # cancelling: releasing before the write lands would release nothing.
                    await asyncio.wait([work])
                    if not work.cancelled():
                        work.exception()  # seen: its error is not "never retrieved"
                    await settle.run(on_cancel(first))
                    raise

            return bound_settled
        if inspect.iscoroutinefunction(runner.run):

            async def bound_async(*args: Any, **kwargs: Any) -> Any:
                return await runner.run(fn(first, *args, **kwargs))

            return bound_async

        def bound_sync(*args: Any, **kwargs: Any) -> Any:
            return runner.run(fn(first, *args, **kwargs))

        return bound_sync


class paged(_Helper, Generic[P, T]):
    """Descriptor: a paginating helper; returns a ``Pager`` (sync) or ``AsyncPager`` (async).

    Either way no request is made until iteration starts, so the method itself has the same
    colour on both clients. On a raw-response view it returns the first page's
    :class:`~anny.APIResponse` (a coroutine of it on the async one).
    """

    def __init__(self, fn: Callable[Concatenate[Any, P], Paged[T]]) -> None:
        super().__init__(fn)

    @overload
    def __get__(self, obj: None, owner: type) -> paged[P, T]: ...

    @overload
    def __get__(self, obj: Bindable[Sync], owner: type) -> Callable[P, Pager[T]]: ...

    @overload
    def __get__(self, obj: Bindable[Async], owner: type) -> Callable[P, AsyncPager[T]]: ...

    @overload
    def __get__(
        self, obj: Bindable[SyncRaw], owner: type
    ) -> Callable[P, APIResponse[Document]]: ...

    @overload
    def __get__(
        self, obj: Bindable[AsyncRaw], owner: type
    ) -> Callable[P, Coroutine[Any, Any, APIResponse[Document]]]: ...

    def __get__(self, obj: Bindable[Any] | None, owner: type) -> Any:
        return self._lookup(obj)

    def _returns(self, result: str, raw: bool, is_async: bool) -> str:
        if raw:
            return "APIResponse[Document]"
        return f"AsyncPager[{result}]" if is_async else f"Pager[{result}]"

    def _bind(self, runner: Any, first: Any) -> Callable[..., Any]:
        fn, run = self.fn, runner.run
        if isinstance(runner, RawResponses):
            # The view's run returns the response of the first page's flow.
            if inspect.iscoroutinefunction(run):

                async def first_page_async(*args: Any, **kwargs: Any) -> Any:
                    return await run(first_page_flow(fn(first, *args, **kwargs)))

                return first_page_async

            def first_page(*args: Any, **kwargs: Any) -> Any:
                return run(first_page_flow(fn(first, *args, **kwargs)))

            return first_page
        make = async_pager if inspect.iscoroutinefunction(run) else pager

        def bound(*args: Any, **kwargs: Any) -> Any:
            return make(run, fn(first, *args, **kwargs))

        return bound


def helpers_of(area_cls: type) -> Iterator[tuple[str, endpoint[Any, Any] | paged[Any, Any]]]:
    """Every helper of a bindable class, for the wire and parity tests."""
    seen: set[str] = set()
    for cls in area_cls.__mro__:
        for name, member in list(vars(cls).items()):  # a snapshot: callers bind as they go
            if isinstance(member, (endpoint, paged)) and name not in seen:
                seen.add(name)
                yield name, member
