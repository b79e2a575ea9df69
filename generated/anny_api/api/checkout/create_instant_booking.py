from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_document import BookingDocument
from ...models.error_document import ErrorDocument
from ...models.instant_booking_request import InstantBookingRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InstantBookingRequest,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/bookings/instant",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = BookingDocument.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = BookingDocument.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorDocument.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorDocument.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        response_415 = ErrorDocument.from_dict(response.json())

        return response_415

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
        or response.status_code == 201
        or response.status_code == 400
        or response.status_code == 401
        or response.status_code == 404
        or response.status_code == 409
        or response.status_code == 415
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
    body: InstantBookingRequest,
    include: str | Unset = UNSET,
) -> Response[BookingDocument | ErrorDocument]:
    """Book in one call, without the cart

     For services with `meta.supports_instant_booking`. Flat body with plain ids (no service
    map). The advance-booking cut-off fails with `errors[].code == "unavailable_interval"`.
    **Not idempotent.** anny's own connector disabled this call "due to API issues".
    Source: github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`,
    `test/recurrence.test.js`; github.com/anny-co/anny-n8n (removed code).

    Args:
        include (str | Unset):
        body (InstantBookingRequest): Flat instant-booking body with plain ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InstantBookingRequest,
    include: str | Unset = UNSET,
) -> BookingDocument | ErrorDocument | None:
    """Book in one call, without the cart

     For services with `meta.supports_instant_booking`. Flat body with plain ids (no service
    map). The advance-booking cut-off fails with `errors[].code == "unavailable_interval"`.
    **Not idempotent.** anny's own connector disabled this call "due to API issues".
    Source: github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`,
    `test/recurrence.test.js`; github.com/anny-co/anny-n8n (removed code).

    Args:
        include (str | Unset):
        body (InstantBookingRequest): Flat instant-booking body with plain ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InstantBookingRequest,
    include: str | Unset = UNSET,
) -> Response[BookingDocument | ErrorDocument]:
    """Book in one call, without the cart

     For services with `meta.supports_instant_booking`. Flat body with plain ids (no service
    map). The advance-booking cut-off fails with `errors[].code == "unavailable_interval"`.
    **Not idempotent.** anny's own connector disabled this call "due to API issues".
    Source: github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`,
    `test/recurrence.test.js`; github.com/anny-co/anny-n8n (removed code).

    Args:
        include (str | Unset):
        body (InstantBookingRequest): Flat instant-booking body with plain ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InstantBookingRequest,
    include: str | Unset = UNSET,
) -> BookingDocument | ErrorDocument | None:
    """Book in one call, without the cart

     For services with `meta.supports_instant_booking`. Flat body with plain ids (no service
    map). The advance-booking cut-off fails with `errors[].code == "unavailable_interval"`.
    **Not idempotent.** anny's own connector disabled this call "due to API issues".
    Source: github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`,
    `test/recurrence.test.js`; github.com/anny-co/anny-n8n (removed code).

    Args:
        include (str | Unset):
        body (InstantBookingRequest): Flat instant-booking body with plain ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include=include,
        )
    ).parsed
