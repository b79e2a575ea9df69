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
        "url": "/api/v1/bookings/{booking_id}/cancel".format(
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

    if response.status_code == 409:
        response_409 = ErrorDocument.from_dict(response.json())

        return response_409

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
        or response.status_code == 401
        or response.status_code == 403
        or response.status_code == 404
        or response.status_code == 409
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
    booking_id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[BookingDocument | ErrorDocument]:
    """Cancel a booking (GET, as documented)

     A **GET with side effects**: cancels one booking or the whole series; refunds and invoices
    follow the cancellation policy. The response body is not public; this document returns the
    cancelled booking. Past `meta.cancelable_until` the call fails.
    **A booking number alone never grants a cancellation**: the caller proves access with
    the owner's token, the booking's `code` (from the checkout answer or the guest's
    confirmation e-mail) or the order access token `oat`; without proof anny refuses (401
    anonymously, 404 for another customer). Addendum C14 (inferred).
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; github.com/anny-co/anny-n8n
    (admin use of the same GET); reference Addendum C14.

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
    """Cancel a booking (GET, as documented)

     A **GET with side effects**: cancels one booking or the whole series; refunds and invoices
    follow the cancellation policy. The response body is not public; this document returns the
    cancelled booking. Past `meta.cancelable_until` the call fails.
    **A booking number alone never grants a cancellation**: the caller proves access with
    the owner's token, the booking's `code` (from the checkout answer or the guest's
    confirmation e-mail) or the order access token `oat`; without proof anny refuses (401
    anonymously, 404 for another customer). Addendum C14 (inferred).
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; github.com/anny-co/anny-n8n
    (admin use of the same GET); reference Addendum C14.

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
    """Cancel a booking (GET, as documented)

     A **GET with side effects**: cancels one booking or the whole series; refunds and invoices
    follow the cancellation policy. The response body is not public; this document returns the
    cancelled booking. Past `meta.cancelable_until` the call fails.
    **A booking number alone never grants a cancellation**: the caller proves access with
    the owner's token, the booking's `code` (from the checkout answer or the guest's
    confirmation e-mail) or the order access token `oat`; without proof anny refuses (401
    anonymously, 404 for another customer). Addendum C14 (inferred).
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; github.com/anny-co/anny-n8n
    (admin use of the same GET); reference Addendum C14.

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
    """Cancel a booking (GET, as documented)

     A **GET with side effects**: cancels one booking or the whole series; refunds and invoices
    follow the cancellation policy. The response body is not public; this document returns the
    cancelled booking. Past `meta.cancelable_until` the call fails.
    **A booking number alone never grants a cancellation**: the caller proves access with
    the owner's token, the booking's `code` (from the checkout answer or the guest's
    confirmation e-mail) or the order access token `oat`; without proof anny refuses (401
    anonymously, 404 for another customer). Addendum C14 (inferred).
    Source: https://developers.anny.co/guides/customer-booking-lifecycle; github.com/anny-co/anny-n8n
    (admin use of the same GET); reference Addendum C14.

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
