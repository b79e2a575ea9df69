"""The escape hatch, ``client.request/get/post/patch/delete``, written once.

Each call is a function of the client that returns the call's :class:`~anny.flows.RequestPlan`;
:class:`Calls` binds them like every area's helpers (:mod:`anny._binding`), so ``Anny``,
``AsyncAnny`` and both ``with_raw_response`` views get them in their own colour and mode.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from anny._base import BaseClient, Params
from anny._binding import Bindable, M, endpoint
from anny._jsonapi import Document
from anny._plan import RequestPlan

__all__ = ["Calls"]

F = TypeVar("F", bound=Callable[..., RequestPlan[Document]])


def get(
    client: BaseClient[Any],
    path: str,
    *,
    params: Params = None,
    headers: Mapping[str, str] | None = None,
    idempotent: bool | None = None,
) -> RequestPlan[Document]:
    """``GET path`` → :class:`~anny.Document` (retried on transient failures)."""
    return client._plan("GET", path, params=params, headers=headers, idempotent=idempotent)


def post(
    client: BaseClient[Any],
    path: str,
    *,
    json: object = None,
    params: Params = None,
    headers: Mapping[str, str] | None = None,
    idempotent: bool | None = None,
) -> RequestPlan[Document]:
    """``POST path`` → :class:`~anny.Document`. Never resent after it may have arrived."""
    return client._plan(
        "POST", path, params=params, json=json, headers=headers, idempotent=idempotent
    )


def _same_as(verb: F, method: str, doc: str) -> F:
    """``verb`` for another HTTP method: the same parameters (and types), another docstring."""

    def call(client: BaseClient[Any], path: str, **options: Any) -> RequestPlan[Document]:
        return client._plan(method, path, **options)

    call.__signature__ = inspect.signature(verb)  # type: ignore[attr-defined]
    call.__name__ = call.__qualname__ = method.lower()
    call.__doc__ = doc
    return cast(F, call)


patch = _same_as(
    post,
    "PATCH",
    "``PATCH path`` → :class:`~anny.Document`. Never resent after it may have arrived.",
)
delete = _same_as(get, "DELETE", "``DELETE path`` → :class:`~anny.Document` (empty for 204).")


class Calls(Bindable[M]):
    """``request``, ``get``, ``post``, ``patch`` and ``delete`` of a client (mode ``M``)."""

    request = endpoint(BaseClient._plan)
    get = endpoint(get)
    post = endpoint(post)
    patch = endpoint(patch)
    delete = endpoint(delete)

    def _bind_target(self) -> tuple[Any, Any]:
        return self, self  # the client runs its own calls, and plans them
