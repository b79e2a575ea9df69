from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cart_booking_request import CartBookingRequest
from ...models.error_document import ErrorDocument
from ...models.order_document import OrderDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CartBookingRequest,
    oid: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["oid"] = oid

    params["oat"] = oat

    params["stateless"] = stateless

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/order/bookings",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | OrderDocument | None:
    if response.status_code == 200:
        response_200 = OrderDocument.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OrderDocument.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorDocument.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

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
) -> Response[ErrorDocument | OrderDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 201
        or response.status_code == 400
        or response.status_code == 403
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
    client: AuthenticatedClient | Client,
    body: CartBookingRequest,
    oid: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Add bookings to the cart, creating or extending a draft order

     Step 1 of the documented checkout. Flat JSON body under `application/vnd.api+json`. The
    response is the **draft order**: `data.id` is the `oid`, `data.attributes.access_token` the
    `oat`; it expires 15 minutes after creation and holds capacity (booking status `reserved`).
    Pass `oid` + `oat` to add to an existing draft (inferred). **Not idempotent.** A taken slot
    is answered with `errors[]` — and was once answered with HTML and status 200. No
    `Idempotency-Key` (or any other de-duplication) is evidenced (reference §7.8): unverified,
    so clients send none and read the cart back after a lost answer.
    Source: https://developers.anny.co/guides/checkout (step 1, body fields);
    github.com/wiestju/anny-booking-automation `booking/client.py`.

    Args:
        oid (str | Unset):
        oat (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CartBookingRequest): Flat add-to-cart body (not a JSON:API envelope), sent as
            `application/vnd.api+json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrderDocument]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CartBookingRequest,
    oid: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Add bookings to the cart, creating or extending a draft order

     Step 1 of the documented checkout. Flat JSON body under `application/vnd.api+json`. The
    response is the **draft order**: `data.id` is the `oid`, `data.attributes.access_token` the
    `oat`; it expires 15 minutes after creation and holds capacity (booking status `reserved`).
    Pass `oid` + `oat` to add to an existing draft (inferred). **Not idempotent.** A taken slot
    is answered with `errors[]` — and was once answered with HTML and status 200. No
    `Idempotency-Key` (or any other de-duplication) is evidenced (reference §7.8): unverified,
    so clients send none and read the cart back after a lost answer.
    Source: https://developers.anny.co/guides/checkout (step 1, body fields);
    github.com/wiestju/anny-booking-automation `booking/client.py`.

    Args:
        oid (str | Unset):
        oat (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CartBookingRequest): Flat add-to-cart body (not a JSON:API envelope), sent as
            `application/vnd.api+json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrderDocument
    """

    return sync_detailed(
        client=client,
        body=body,
        oid=oid,
        oat=oat,
        stateless=stateless,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CartBookingRequest,
    oid: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Add bookings to the cart, creating or extending a draft order

     Step 1 of the documented checkout. Flat JSON body under `application/vnd.api+json`. The
    response is the **draft order**: `data.id` is the `oid`, `data.attributes.access_token` the
    `oat`; it expires 15 minutes after creation and holds capacity (booking status `reserved`).
    Pass `oid` + `oat` to add to an existing draft (inferred). **Not idempotent.** A taken slot
    is answered with `errors[]` — and was once answered with HTML and status 200. No
    `Idempotency-Key` (or any other de-duplication) is evidenced (reference §7.8): unverified,
    so clients send none and read the cart back after a lost answer.
    Source: https://developers.anny.co/guides/checkout (step 1, body fields);
    github.com/wiestju/anny-booking-automation `booking/client.py`.

    Args:
        oid (str | Unset):
        oat (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CartBookingRequest): Flat add-to-cart body (not a JSON:API envelope), sent as
            `application/vnd.api+json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrderDocument]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CartBookingRequest,
    oid: str | Unset = UNSET,
    oat: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Add bookings to the cart, creating or extending a draft order

     Step 1 of the documented checkout. Flat JSON body under `application/vnd.api+json`. The
    response is the **draft order**: `data.id` is the `oid`, `data.attributes.access_token` the
    `oat`; it expires 15 minutes after creation and holds capacity (booking status `reserved`).
    Pass `oid` + `oat` to add to an existing draft (inferred). **Not idempotent.** A taken slot
    is answered with `errors[]` — and was once answered with HTML and status 200. No
    `Idempotency-Key` (or any other de-duplication) is evidenced (reference §7.8): unverified,
    so clients send none and read the cart back after a lost answer.
    Source: https://developers.anny.co/guides/checkout (step 1, body fields);
    github.com/wiestju/anny-booking-automation `booking/client.py`.

    Args:
        oid (str | Unset):
        oat (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CartBookingRequest): Flat add-to-cart body (not a JSON:API envelope), sent as
            `application/vnd.api+json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrderDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            oid=oid,
            oat=oat,
            stateless=stateless,
            include=include,
        )
    ).parsed
