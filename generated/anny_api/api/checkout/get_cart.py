from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.order_document import OrderDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oid"] = oid

    params["oat"] = oat

    params["stateless"] = stateless

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/order",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | OrderDocument | None:
    if response.status_code == 200:
        response_200 = OrderDocument.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

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
) -> Response[ErrorDocument | OrderDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 403
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
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Inferred (unverified): get the current draft order (cart) or a submitted order by oid + oat

     Reads the order addressed by `oid` + `oat`, the same pair every cart call carries. No source
    shows a GET on this path; it follows the cart/checkout endpoints' addressing.
    Source: inferred from github.com/wiestju/anny-booking-automation `booking/client.py` (oid/oat
    addressing of `/api/v1/order`).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrderDocument]
    """

    kwargs = _get_kwargs(
        oid=oid,
        oat=oat,
        stateless=stateless,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Inferred (unverified): get the current draft order (cart) or a submitted order by oid + oat

     Reads the order addressed by `oid` + `oat`, the same pair every cart call carries. No source
    shows a GET on this path; it follows the cart/checkout endpoints' addressing.
    Source: inferred from github.com/wiestju/anny-booking-automation `booking/client.py` (oid/oat
    addressing of `/api/v1/order`).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrderDocument
    """

    return sync_detailed(
        client=client,
        oid=oid,
        oat=oat,
        stateless=stateless,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Inferred (unverified): get the current draft order (cart) or a submitted order by oid + oat

     Reads the order addressed by `oid` + `oat`, the same pair every cart call carries. No source
    shows a GET on this path; it follows the cart/checkout endpoints' addressing.
    Source: inferred from github.com/wiestju/anny-booking-automation `booking/client.py` (oid/oat
    addressing of `/api/v1/order`).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrderDocument]
    """

    kwargs = _get_kwargs(
        oid=oid,
        oat=oat,
        stateless=stateless,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Inferred (unverified): get the current draft order (cart) or a submitted order by oid + oat

     Reads the order addressed by `oid` + `oat`, the same pair every cart call carries. No source
    shows a GET on this path; it follows the cart/checkout endpoints' addressing.
    Source: inferred from github.com/wiestju/anny-booking-automation `booking/client.py` (oid/oat
    addressing of `/api/v1/order`).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrderDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            oid=oid,
            oat=oat,
            stateless=stateless,
            include=include,
        )
    ).parsed
