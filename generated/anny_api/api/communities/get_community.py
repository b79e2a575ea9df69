from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.community_document import CommunityDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    community_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/communities/{community_id}".format(
            community_id=quote(str(community_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunityDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = CommunityDocument.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommunityDocument | ErrorDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 404
        or response.status_code == 429
    ):
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=_parse_response(client=client, response=response),
        )
    return Response.lazy(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parse=lambda: _parse_response(client=client, response=response),
    )


def sync_detailed(
    community_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[CommunityDocument | ErrorDocument]:
    """Inferred (unverified): a community by its id

     anny's own assistant tools address communities by **id** (Addendum B7), so this document
    does too; the read itself was never seen. The attributes are the documented ones
    (Addendum C7). A private community is found only by a customer who holds a community
    account in it; to anyone else it does not exist (404; inferred from "hidden from public
    listing", C7). `include=community_accounts` adds the caller's own community account
    (the relation anny's tools read a membership back through, Addendum B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json` (B7).

    Args:
        community_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        community_id=community_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    community_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> CommunityDocument | ErrorDocument | None:
    """Inferred (unverified): a community by its id

     anny's own assistant tools address communities by **id** (Addendum B7), so this document
    does too; the read itself was never seen. The attributes are the documented ones
    (Addendum C7). A private community is found only by a customer who holds a community
    account in it; to anyone else it does not exist (404; inferred from "hidden from public
    listing", C7). `include=community_accounts` adds the caller's own community account
    (the relation anny's tools read a membership back through, Addendum B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json` (B7).

    Args:
        community_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityDocument | ErrorDocument
    """

    return sync_detailed(
        community_id=community_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    community_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[CommunityDocument | ErrorDocument]:
    """Inferred (unverified): a community by its id

     anny's own assistant tools address communities by **id** (Addendum B7), so this document
    does too; the read itself was never seen. The attributes are the documented ones
    (Addendum C7). A private community is found only by a customer who holds a community
    account in it; to anyone else it does not exist (404; inferred from "hidden from public
    listing", C7). `include=community_accounts` adds the caller's own community account
    (the relation anny's tools read a membership back through, Addendum B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json` (B7).

    Args:
        community_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        community_id=community_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    community_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> CommunityDocument | ErrorDocument | None:
    """Inferred (unverified): a community by its id

     anny's own assistant tools address communities by **id** (Addendum B7), so this document
    does too; the read itself was never seen. The attributes are the documented ones
    (Addendum C7). A private community is found only by a customer who holds a community
    account in it; to anyone else it does not exist (404; inferred from "hidden from public
    listing", C7). `include=community_accounts` adds the caller's own community account
    (the relation anny's tools read a membership back through, Addendum B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json` (B7).

    Args:
        community_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            community_id=community_id,
            client=client,
            include=include,
        )
    ).parsed
