from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkout_request import CheckoutRequest
from ...models.error_document import ErrorDocument
from ...models.order_document import OrderDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CheckoutRequest,
    oid: str,
    oat: str,
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
        "url": "/api/v1/order",
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
    body: CheckoutRequest,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Submit the checkout, turning the draft into a real order

     Flat JSON body under `application/vnd.api+json`. Free and offline orders are confirmed at
    once; paid orders return `meta.payment_url` (field name inferred; the real field is not
    publicly documented) and the payment provider sends the browser to `success_url` or
    `cancel_url`. **Not idempotent**: never resend after a timeout — read the order instead.
    A spent per-timeslot quota gives `400` with `errors[].status` as the string `"400"`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` and
    https://github.com/wiestju/anny-booking-automation/pull/7.

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CheckoutRequest): Flat checkout body, sent as `application/vnd.api+json`.

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
    body: CheckoutRequest,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Submit the checkout, turning the draft into a real order

     Flat JSON body under `application/vnd.api+json`. Free and offline orders are confirmed at
    once; paid orders return `meta.payment_url` (field name inferred; the real field is not
    publicly documented) and the payment provider sends the browser to `success_url` or
    `cancel_url`. **Not idempotent**: never resend after a timeout — read the order instead.
    A spent per-timeslot quota gives `400` with `errors[].status` as the string `"400"`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` and
    https://github.com/wiestju/anny-booking-automation/pull/7.

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CheckoutRequest): Flat checkout body, sent as `application/vnd.api+json`.

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
    body: CheckoutRequest,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Submit the checkout, turning the draft into a real order

     Flat JSON body under `application/vnd.api+json`. Free and offline orders are confirmed at
    once; paid orders return `meta.payment_url` (field name inferred; the real field is not
    publicly documented) and the payment provider sends the browser to `success_url` or
    `cancel_url`. **Not idempotent**: never resend after a timeout — read the order instead.
    A spent per-timeslot quota gives `400` with `errors[].status` as the string `"400"`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` and
    https://github.com/wiestju/anny-booking-automation/pull/7.

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CheckoutRequest): Flat checkout body, sent as `application/vnd.api+json`.

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
    body: CheckoutRequest,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Submit the checkout, turning the draft into a real order

     Flat JSON body under `application/vnd.api+json`. Free and offline orders are confirmed at
    once; paid orders return `meta.payment_url` (field name inferred; the real field is not
    publicly documented) and the payment provider sends the browser to `success_url` or
    `cancel_url`. **Not idempotent**: never resend after a timeout — read the order instead.
    A spent per-timeslot quota gives `400` with `errors[].status` as the string `"400"`.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py` and
    https://github.com/wiestju/anny-booking-automation/pull/7.

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        include (str | Unset):
        body (CheckoutRequest): Flat checkout body, sent as `application/vnd.api+json`.

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
