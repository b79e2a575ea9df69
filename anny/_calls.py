"""The escape hatch, ``client.request/get/post/patch/delete``, written once.

Each call is a function of the client that returns the call's :class:`~anny.RequestPlan`;
:class:`Calls` binds them like every area's helpers (:mod:`anny._binding`), so ``Anny``,
``AsyncAnny`` and both ``with_raw_response`` views get them in their own colour and mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from anny._binding import Bindable, M, endpoint
from anny._jsonapi import Document
from anny._request import RequestPlan

if TYPE_CHECKING:
    from anny._base import BaseClient, Params

__all__ = ["Calls"]


def request(
    client: BaseClient[Any],
    method: str,
    path: str,
    *,
    params: Params = None,
    json: object = None,
    headers: Mapping[str, str] | None = None,
    idempotent: bool | None = None,
) -> RequestPlan[Document]:
    """Call any endpoint; the answer is a :class:`~anny.Document`.

    ``params`` is a mapping or pairs (``True`` → ``1``, lists → ``key[]``), or the
    output of :func:`anny.build_query`. ``json`` is sent as ``application/vnd.api+json``.
    ``idempotent=True`` lets a POST be retried like a GET; by default a POST is only
    retried if it never reached the server (connect-phase failure).
    """
    return client._plan(
        method, path, params=params, json=json, headers=headers, idempotent=idempotent
    )


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


def patch(
    client: BaseClient[Any],
    path: str,
    *,
    json: object = None,
    params: Params = None,
    headers: Mapping[str, str] | None = None,
    idempotent: bool | None = None,
) -> RequestPlan[Document]:
    """``PATCH path`` → :class:`~anny.Document`. Never resent after it may have arrived."""
    return client._plan(
        "PATCH", path, params=params, json=json, headers=headers, idempotent=idempotent
    )


def delete(
    client: BaseClient[Any],
    path: str,
    *,
    params: Params = None,
    headers: Mapping[str, str] | None = None,
    idempotent: bool | None = None,
) -> RequestPlan[Document]:
    """``DELETE path`` → :class:`~anny.Document` (empty for 204)."""
    return client._plan("DELETE", path, params=params, headers=headers, idempotent=idempotent)


class Calls(Bindable[M]):
    """``request``, ``get``, ``post``, ``patch`` and ``delete`` of a client (mode ``M``)."""

    request = endpoint(request)
    get = endpoint(get)
    post = endpoint(post)
    patch = endpoint(patch)
    delete = endpoint(delete)

    def _bind_target(self) -> tuple[Any, Any]:
        return self, self  # the client runs its own calls, and plans them
