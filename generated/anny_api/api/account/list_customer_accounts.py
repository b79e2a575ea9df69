from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_account_collection import CustomerAccountCollection
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
        "url": "/api/v1/customer-accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerAccountCollection | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = CustomerAccountCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerAccountCollection | ErrorDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 401
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
) -> Response[CustomerAccountCollection | ErrorDocument]:
    """Inferred (unverified): the signed-in person's customer account

     A **Customer Account** is the one global login identity of a person, linked to that
    person's per-organization Customer records (reference Addendum C9). So this list holds
    exactly one account (a collection only because the path is one), and its `customers`
    relationship names the person's Customer records, whose ids are numeric or UUIDs (C10).
    The earlier model (one account per organization, named after it, `is_default`) is gone:
    it contradicted C9. Clients today scrape the account id (a UUID) from web-shop HTML
    and use it in `customer-accounts/{id}/all-resources`; this operation is the API form of
    that lookup. Path and attribute names are inferred.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); github.com/wiestju/anny-booking-automation (the id scraped from page data).

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAccountCollection | ErrorDocument]
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
) -> CustomerAccountCollection | ErrorDocument | None:
    """Inferred (unverified): the signed-in person's customer account

     A **Customer Account** is the one global login identity of a person, linked to that
    person's per-organization Customer records (reference Addendum C9). So this list holds
    exactly one account (a collection only because the path is one), and its `customers`
    relationship names the person's Customer records, whose ids are numeric or UUIDs (C10).
    The earlier model (one account per organization, named after it, `is_default`) is gone:
    it contradicted C9. Clients today scrape the account id (a UUID) from web-shop HTML
    and use it in `customer-accounts/{id}/all-resources`; this operation is the API form of
    that lookup. Path and attribute names are inferred.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); github.com/wiestju/anny-booking-automation (the id scraped from page data).

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAccountCollection | ErrorDocument
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
) -> Response[CustomerAccountCollection | ErrorDocument]:
    """Inferred (unverified): the signed-in person's customer account

     A **Customer Account** is the one global login identity of a person, linked to that
    person's per-organization Customer records (reference Addendum C9). So this list holds
    exactly one account (a collection only because the path is one), and its `customers`
    relationship names the person's Customer records, whose ids are numeric or UUIDs (C10).
    The earlier model (one account per organization, named after it, `is_default`) is gone:
    it contradicted C9. Clients today scrape the account id (a UUID) from web-shop HTML
    and use it in `customer-accounts/{id}/all-resources`; this operation is the API form of
    that lookup. Path and attribute names are inferred.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); github.com/wiestju/anny-booking-automation (the id scraped from page data).

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAccountCollection | ErrorDocument]
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
) -> CustomerAccountCollection | ErrorDocument | None:
    """Inferred (unverified): the signed-in person's customer account

     A **Customer Account** is the one global login identity of a person, linked to that
    person's per-organization Customer records (reference Addendum C9). So this list holds
    exactly one account (a collection only because the path is one), and its `customers`
    relationship names the person's Customer records, whose ids are numeric or UUIDs (C10).
    The earlier model (one account per organization, named after it, `is_default`) is gone:
    it contradicted C9. Clients today scrape the account id (a UUID) from web-shop HTML
    and use it in `customer-accounts/{id}/all-resources`; this operation is the API form of
    that lookup. Path and attribute names are inferred.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); github.com/wiestju/anny-booking-automation (the id scraped from page data).

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAccountCollection | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
