"""The sync and async surfaces are twins: same names, parameters and defaults; right colour.

A method that exists on one client only, takes other arguments, or has the wrong colour (an
``async def`` on ``Anny``, a plain ``def`` returning a value on ``AsyncAnny``) fails here.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import anny

# Members that are the same colour on both twins: they do no I/O themselves.
NO_IO = {
    "paginate",  # returns a (lazy) Pager / AsyncPager
    "with_options",
    "with_raw_response",
    "raw",
    "base_url",
    "timeout",
    "max_retries",
    "locale",
    "http_client",
    "is_closed",
    "cart",  # returns a Cart (no request until its methods run)
}

TWINS = [
    (anny.Anny, anny.AsyncAnny),
    (anny.types.AnnyWithRawResponse, anny.types.AsyncAnnyWithRawResponse),
    (anny.Pager, anny.AsyncPager),
]

# Context-manager and iteration protocols are twins under different names.
PROTOCOL = {"__enter__": "__aenter__", "__exit__": "__aexit__", "__iter__": "__aiter__"}


def public(cls: type) -> dict[str, Any]:
    names = {n for n in dir(cls) if not n.startswith("_")}
    return {n: inspect.getattr_static(cls, n) for n in names}


def shape(member: Any) -> list[tuple[str, Any, Any]]:
    """Parameter names, kinds and defaults (annotations differ between the twins on purpose)."""
    func = member.fget if isinstance(member, property) else member
    if isinstance(func, (staticmethod, classmethod)):
        func = func.__func__
    if not callable(func):
        return []
    params = inspect.signature(func).parameters.values()
    return [(p.name, p.kind, p.default) for p in params]


def bound(cls: type, name: str, member: Any) -> Any:
    """A binding descriptor (``Anny.get``, an endpoint) as the method an instance has."""
    from anny._binding import endpoint, paged

    if not isinstance(member, (endpoint, paged)):
        return member
    client_cls = anny.Anny if issubclass(cls, (anny.Anny, anny.types.AnnyWithRawResponse)) else None
    client = (client_cls or anny.AsyncAnny)(base_url="http://127.0.0.1:9", token=None)
    owner = client if isinstance(client, cls) else client.with_raw_response
    return getattr(owner, name)


def is_async(member: Any) -> bool:
    func = member.fget if isinstance(member, property) else member
    return inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func)


@pytest.mark.parametrize(("sync_cls", "async_cls"), TWINS, ids=lambda c: c.__name__)
def test_twins_have_the_same_public_names(sync_cls: type, async_cls: type) -> None:
    assert sorted(public(sync_cls)) == sorted(public(async_cls))


@pytest.mark.parametrize(("sync_cls", "async_cls"), TWINS, ids=lambda c: c.__name__)
def test_twins_take_the_same_parameters(sync_cls: type, async_cls: type) -> None:
    sync_members, async_members = public(sync_cls), public(async_cls)
    for name, member in sync_members.items():
        assert shape(member) == shape(async_members[name]), f"{sync_cls.__name__}.{name}"
    assert shape(sync_cls.__init__) == shape(async_cls.__init__), "__init__"


def test_client_constructors_differ_only_in_the_injected_types() -> None:
    sync_params = inspect.signature(anny.Anny.__init__).parameters
    async_params = inspect.signature(anny.AsyncAnny.__init__).parameters
    assert list(sync_params) == list(async_params)
    for name in sync_params:
        assert sync_params[name].default == async_params[name].default, name


@pytest.mark.parametrize(("sync_cls", "async_cls"), TWINS, ids=lambda c: c.__name__)
def test_every_member_has_its_colour(sync_cls: type, async_cls: type) -> None:
    for name, member in public(sync_cls).items():
        member = bound(sync_cls, name, member)
        assert not is_async(member), f"{sync_cls.__name__}.{name} is async on the sync client"
    for name, member in public(async_cls).items():
        member = bound(async_cls, name, member)
        if name in NO_IO or isinstance(member, property) or not callable(member):
            assert not is_async(member), f"{async_cls.__name__}.{name} should not be async"
        else:
            assert is_async(member), f"{async_cls.__name__}.{name} is not async"
    for sync_name, async_name in PROTOCOL.items():
        if hasattr(sync_cls, sync_name):
            assert hasattr(async_cls, async_name), f"{async_cls.__name__} lacks {async_name}"


def test_the_parity_check_notices_a_wrong_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard the guard: an async `get` on Anny must be seen.
    async def get(self: Any, path: str) -> None:  # pragma: no cover - never called
        return None

    monkeypatch.setattr(anny.Anny, "get", get)
    with pytest.raises(AssertionError):
        test_every_member_has_its_colour(anny.Anny, anny.AsyncAnny)
    with pytest.raises(AssertionError):
        test_twins_take_the_same_parameters(anny.Anny, anny.AsyncAnny)


def area_names() -> list[str]:
    from anny._areas._clients import Areas

    return sorted(n for n in dir(Areas) if not n.startswith("_"))


@pytest.mark.parametrize("area", area_names())
async def test_area_helpers_are_twins_of_the_right_colour(area: str) -> None:
    from anny._areas._binding import endpoint, helpers_of

    sync_client = anny.Anny(base_url="http://127.0.0.1:9", token=None)
    async_client = anny.AsyncAnny(base_url="http://127.0.0.1:9", token=None)
    sync_area, async_area = getattr(sync_client, area), getattr(async_client, area)
    if callable(sync_area):  # client.cart() makes a workflow object
        sync_area, async_area = sync_area(), async_area()
        assert type(sync_area).__mro__[1] is type(async_area).__mro__[1]
    else:
        assert type(sync_area) is type(async_area)
    helpers = dict(helpers_of(type(sync_area)))
    assert helpers, f"{area} has no helpers"
    for name, descriptor in helpers.items():
        on_sync, on_async = getattr(sync_area, name), getattr(async_area, name)
        sync_params = inspect.signature(on_sync).parameters
        assert sync_params == inspect.signature(on_async).parameters, f"{area}.{name}"
        assert on_sync.__doc__, f"{area}.{name} has no docstring"
        assert not is_async(on_sync), f"{area}.{name} is async on Anny"
        if isinstance(descriptor, endpoint):
            assert is_async(on_async), f"{area}.{name} is not async on AsyncAnny"
        else:
            assert not is_async(on_async), f"{area}.{name} (a pager) is async on AsyncAnny"
    sync_client.close()
    await async_client.close()
