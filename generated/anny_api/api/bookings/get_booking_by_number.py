from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_document import BookingDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str,
    hash_: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["hash"] = hash_

    params["oat"] = oat

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bookings/by-number",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = BookingDocument.from_dict(response.json())

        return response_200

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
) -> Response[BookingDocument | ErrorDocument]:
    if not (
        response.status_code == 200
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
    number: str,
    hash_: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[BookingDocument | ErrorDocument]:
    """Find a booking by its number (BB…)

     Anonymous lookup; `hash` authenticates terminals and kiosks.
    A booking number is short and guessable, so it proves nothing: the booking's `code`
    (which opens and cancels it) is in the answer only for a caller who proves access — the
    `hash` (the booking's code, as the guest got it at checkout or in the confirmation
    e-mail), the owner's token, or the order access token `oat`. Without proof the booking
    comes back without `code`. What anny returns anonymously was never recorded; this is the
    safe assumption of Addendum C14 (inferred), and `oat` here is inferred with it.
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; reference Addendum C14.

    Args:
        number (str):
        hash_ (str | Unset):
        oat (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        number=number,
        hash_=hash_,
        oat=oat,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    hash_: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> BookingDocument | ErrorDocument | None:
    """Find a booking by its number (BB…)

     Anonymous lookup; `hash` authenticates terminals and kiosks.
    A booking number is short and guessable, so it proves nothing: the booking's `code`
    (which opens and cancels it) is in the answer only for a caller who proves access — the
    `hash` (the booking's code, as the guest got it at checkout or in the confirmation
    e-mail), the owner's token, or the order access token `oat`. Without proof the booking
    comes back without `code`. What anny returns anonymously was never recorded; this is the
    safe assumption of Addendum C14 (inferred), and `oat` here is inferred with it.
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; reference Addendum C14.

    Args:
        number (str):
        hash_ (str | Unset):
        oat (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        number=number,
        hash_=hash_,
        oat=oat,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    hash_: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[BookingDocument | ErrorDocument]:
    """Find a booking by its number (BB…)

     Anonymous lookup; `hash` authenticates terminals and kiosks.
    A booking number is short and guessable, so it proves nothing: the booking's `code`
    (which opens and cancels it) is in the answer only for a caller who proves access — the
    `hash` (the booking's code, as the guest got it at checkout or in the confirmation
    e-mail), the owner's token, or the order access token `oat`. Without proof the booking
    comes back without `code`. What anny returns anonymously was never recorded; this is the
    safe assumption of Addendum C14 (inferred), and `oat` here is inferred with it.
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; reference Addendum C14.

    Args:
        number (str):
        hash_ (str | Unset):
        oat (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        number=number,
        hash_=hash_,
        oat=oat,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    hash_: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> BookingDocument | ErrorDocument | None:
    """Find a booking by its number (BB…)

     Anonymous lookup; `hash` authenticates terminals and kiosks.
    A booking number is short and guessable, so it proves nothing: the booking's `code`
    (which opens and cancels it) is in the answer only for a caller who proves access — the
    `hash` (the booking's code, as the guest got it at checkout or in the confirmation
    e-mail), the owner's token, or the order access token `oat`. Without proof the booking
    comes back without `code`. What anny returns anonymously was never recorded; this is the
    safe assumption of Addendum C14 (inferred), and `oat` here is inferred with it.
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; reference Addendum C14.

    Args:
        number (str):
        hash_ (str | Unset):
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
            client=client,
            number=number,
            hash_=hash_,
            oat=oat,
            include=include,
        )
    ).parsed
