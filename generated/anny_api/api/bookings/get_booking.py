from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_document import BookingDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    booking_id: str,
    *,
    code: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params["oat"] = oat

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bookings/{booking_id}".format(
            booking_id=quote(str(booking_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = BookingDocument.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

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
) -> Response[BookingDocument | ErrorDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 401
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
    booking_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[BookingDocument | ErrorDocument]:
    """Booking detail

     Seen with admin tokens; customer-token access to the customer's own bookings is inferred.
    Opens only with a proof of access: the owner's token, the booking's `code`, or the order
    access token `oat`; without one anny refuses (401 anonymously, 404 for another
    customer). A booking id or number alone is no proof (Addendum C14, inferred).
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts`; the "Volta Pong" integration;
    reference Addendum C14.

    Args:
        booking_id (str):
        code (str | Unset):
        oat (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        booking_id=booking_id,
        code=code,
        oat=oat,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    booking_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> BookingDocument | ErrorDocument | None:
    """Booking detail

     Seen with admin tokens; customer-token access to the customer's own bookings is inferred.
    Opens only with a proof of access: the owner's token, the booking's `code`, or the order
    access token `oat`; without one anny refuses (401 anonymously, 404 for another
    customer). A booking id or number alone is no proof (Addendum C14, inferred).
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts`; the "Volta Pong" integration;
    reference Addendum C14.

    Args:
        booking_id (str):
        code (str | Unset):
        oat (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingDocument | ErrorDocument
    """

    return sync_detailed(
        booking_id=booking_id,
        client=client,
        code=code,
        oat=oat,
        include=include,
    ).parsed


async def asyncio_detailed(
    booking_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[BookingDocument | ErrorDocument]:
    """Booking detail

     Seen with admin tokens; customer-token access to the customer's own bookings is inferred.
    Opens only with a proof of access: the owner's token, the booking's `code`, or the order
    access token `oat`; without one anny refuses (401 anonymously, 404 for another
    customer). A booking id or number alone is no proof (Addendum C14, inferred).
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts`; the "Volta Pong" integration;
    reference Addendum C14.

    Args:
        booking_id (str):
        code (str | Unset):
        oat (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        booking_id=booking_id,
        code=code,
        oat=oat,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    booking_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> BookingDocument | ErrorDocument | None:
    """Booking detail

     Seen with admin tokens; customer-token access to the customer's own bookings is inferred.
    Opens only with a proof of access: the owner's token, the booking's `code`, or the order
    access token `oat`; without one anny refuses (401 anonymously, 404 for another
    customer). A booking id or number alone is no proof (Addendum C14, inferred).
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts`; the "Volta Pong" integration;
    reference Addendum C14.

    Args:
        booking_id (str):
        code (str | Unset):
        oat (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            booking_id=booking_id,
            client=client,
            code=code,
            oat=oat,
            include=include,
        )
    ).parsed
