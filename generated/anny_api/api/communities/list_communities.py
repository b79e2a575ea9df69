from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.community_collection import CommunityCollection
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/communities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunityCollection | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = CommunityCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorDocument.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommunityCollection | ErrorDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 401
        or response.status_code == 422
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
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[CommunityCollection | ErrorDocument]:
    """Inferred (unverified): the communities the caller may see

     Communities are membership groups that gate resources and services and give booking
    quotas (Addendum C7). A private community (`is_private`) is hidden from the public
    listing (C7), so this list holds the public communities plus, for a signed-in customer,
    the private ones they hold a community account in. The attributes are the documented
    ones (C7); the path, the anonymous access and the paging are inferred (no caller was
    ever seen, Addendum B13).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityCollection | ErrorDocument]
    """

    kwargs = _get_kwargs(
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> CommunityCollection | ErrorDocument | None:
    """Inferred (unverified): the communities the caller may see

     Communities are membership groups that gate resources and services and give booking
    quotas (Addendum C7). A private community (`is_private`) is hidden from the public
    listing (C7), so this list holds the public communities plus, for a signed-in customer,
    the private ones they hold a community account in. The attributes are the documented
    ones (C7); the path, the anonymous access and the paging are inferred (no caller was
    ever seen, Addendum B13).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityCollection | ErrorDocument
    """

    return sync_detailed(
        client=client,
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[CommunityCollection | ErrorDocument]:
    """Inferred (unverified): the communities the caller may see

     Communities are membership groups that gate resources and services and give booking
    quotas (Addendum C7). A private community (`is_private`) is hidden from the public
    listing (C7), so this list holds the public communities plus, for a signed-in customer,
    the private ones they hold a community account in. The attributes are the documented
    ones (C7); the path, the anonymous access and the paging are inferred (no caller was
    ever seen, Addendum B13).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityCollection | ErrorDocument]
    """

    kwargs = _get_kwargs(
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> CommunityCollection | ErrorDocument | None:
    """Inferred (unverified): the communities the caller may see

     Communities are membership groups that gate resources and services and give booking
    quotas (Addendum C7). A private community (`is_private`) is hidden from the public
    listing (C7), so this list holds the public communities plus, for a signed-in customer,
    the private ones they hold a community account in. The attributes are the documented
    ones (C7); the path, the anonymous access and the paging are inferred (no caller was
    ever seen, Addendum B13).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityCollection | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
