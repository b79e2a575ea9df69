from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...types import UNSET, File, Response


def _get_kwargs(
    order_id: str,
    *,
    access_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access_token"] = access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/downloads/order-confirmation/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

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
) -> Response[ErrorDocument | File]:
    if not (
        response.status_code == 200
        or response.status_code == 403
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    access_token: str,
) -> Response[ErrorDocument | File]:
    """Download the order confirmation document

     Outside `/api/v1`; the URL is the order's `meta.download_url`. Authorized by the order access
    token in the URL.
    Source: github.com/wiestju/anny-booking-automation (recorded draft-order response).

    Args:
        order_id (str):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | File]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    access_token: str,
) -> ErrorDocument | File | None:
    """Download the order confirmation document

     Outside `/api/v1`; the URL is the order's `meta.download_url`. Authorized by the order access
    token in the URL.
    Source: github.com/wiestju/anny-booking-automation (recorded draft-order response).

    Args:
        order_id (str):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | File
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    access_token: str,
) -> Response[ErrorDocument | File]:
    """Download the order confirmation document

     Outside `/api/v1`; the URL is the order's `meta.download_url`. Authorized by the order access
    token in the URL.
    Source: github.com/wiestju/anny-booking-automation (recorded draft-order response).

    Args:
        order_id (str):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | File]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    access_token: str,
) -> ErrorDocument | File | None:
    """Download the order confirmation document

     Outside `/api/v1`; the URL is the order's `meta.download_url`. Authorized by the order access
    token in the URL.
    Source: github.com/wiestju/anny-booking-automation (recorded draft-order response).

    Args:
        order_id (str):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | File
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            access_token=access_token,
        )
    ).parsed
