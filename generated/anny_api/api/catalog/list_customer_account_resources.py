from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.resource_collection import ResourceCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_account_id: str,
    *,
    include: str | Unset = UNSET,
    filtercategories: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    json_filtercategories: list[str] | Unset = UNSET
    if not isinstance(filtercategories, Unset):
        json_filtercategories = filtercategories

    params["filter[categories][]"] = json_filtercategories

    params["sort"] = sort

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params["stateless"] = stateless

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customer-accounts/{customer_account_id}/all-resources".format(
            customer_account_id=quote(str(customer_account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | ResourceCollection | None:
    if response.status_code == 200:
        response_200 = ResourceCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

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
) -> Response[ErrorDocument | ResourceCollection]:
    if not (
        response.status_code == 200
        or response.status_code == 401
        or response.status_code == 404
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
    customer_account_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    filtercategories: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> Response[ErrorDocument | ResourceCollection]:
    """List the resources visible to one customer account

     Resources visible to a customer account, including member and community resources. Clients
    read `attributes.has_children`, `attributes.slug` and `relationships.services`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` (desk bots) and the
    Tübingen library client.

    Args:
        customer_account_id (str):
        include (str | Unset):
        filtercategories (list[str] | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceCollection]
    """

    kwargs = _get_kwargs(
        customer_account_id=customer_account_id,
        include=include,
        filtercategories=filtercategories,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        stateless=stateless,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_account_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    filtercategories: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> ErrorDocument | ResourceCollection | None:
    """List the resources visible to one customer account

     Resources visible to a customer account, including member and community resources. Clients
    read `attributes.has_children`, `attributes.slug` and `relationships.services`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` (desk bots) and the
    Tübingen library client.

    Args:
        customer_account_id (str):
        include (str | Unset):
        filtercategories (list[str] | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceCollection
    """

    return sync_detailed(
        customer_account_id=customer_account_id,
        client=client,
        include=include,
        filtercategories=filtercategories,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        stateless=stateless,
    ).parsed


async def asyncio_detailed(
    customer_account_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    filtercategories: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> Response[ErrorDocument | ResourceCollection]:
    """List the resources visible to one customer account

     Resources visible to a customer account, including member and community resources. Clients
    read `attributes.has_children`, `attributes.slug` and `relationships.services`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` (desk bots) and the
    Tübingen library client.

    Args:
        customer_account_id (str):
        include (str | Unset):
        filtercategories (list[str] | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceCollection]
    """

    kwargs = _get_kwargs(
        customer_account_id=customer_account_id,
        include=include,
        filtercategories=filtercategories,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        stateless=stateless,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_account_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    filtercategories: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> ErrorDocument | ResourceCollection | None:
    """List the resources visible to one customer account

     Resources visible to a customer account, including member and community resources. Clients
    read `attributes.has_children`, `attributes.slug` and `relationships.services`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` (desk bots) and the
    Tübingen library client.

    Args:
        customer_account_id (str):
        include (str | Unset):
        filtercategories (list[str] | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceCollection
    """

    return (
        await asyncio_detailed(
            customer_account_id=customer_account_id,
            client=client,
            include=include,
            filtercategories=filtercategories,
            sort=sort,
            pagenumber=pagenumber,
            pagesize=pagesize,
            stateless=stateless,
        )
    ).parsed
