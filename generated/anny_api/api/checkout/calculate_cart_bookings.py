from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.quote import Quote
from ...models.quote_request import QuoteRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QuoteRequest,
    check_availability: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["check_availability"] = check_availability

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/order/bookings/calculate",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | Quote | None:
    if response.status_code == 200:
        response_200 = Quote.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDocument.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

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
) -> Response[ErrorDocument | Quote]:
    if not (
        response.status_code == 200
        or response.status_code == 400
        or response.status_code == 404
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
    body: QuoteRequest,
    check_availability: int | Unset = UNSET,
) -> Response[ErrorDocument | Quote]:
    """Price a prospective booking without saving anything (quote)

     Flat body, same shape as `addToCart` plus `timeslot_series_id` and
    `prevent_applying_default_quota`. **Plain JSON** response. Saves nothing, so it is safe to retry.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        check_availability (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        body (QuoteRequest): The add-to-cart body plus quote-only fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | Quote]
    """

    kwargs = _get_kwargs(
        body=body,
        check_availability=check_availability,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteRequest,
    check_availability: int | Unset = UNSET,
) -> ErrorDocument | Quote | None:
    """Price a prospective booking without saving anything (quote)

     Flat body, same shape as `addToCart` plus `timeslot_series_id` and
    `prevent_applying_default_quota`. **Plain JSON** response. Saves nothing, so it is safe to retry.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        check_availability (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        body (QuoteRequest): The add-to-cart body plus quote-only fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | Quote
    """

    return sync_detailed(
        client=client,
        body=body,
        check_availability=check_availability,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteRequest,
    check_availability: int | Unset = UNSET,
) -> Response[ErrorDocument | Quote]:
    """Price a prospective booking without saving anything (quote)

     Flat body, same shape as `addToCart` plus `timeslot_series_id` and
    `prevent_applying_default_quota`. **Plain JSON** response. Saves nothing, so it is safe to retry.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        check_availability (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        body (QuoteRequest): The add-to-cart body plus quote-only fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | Quote]
    """

    kwargs = _get_kwargs(
        body=body,
        check_availability=check_availability,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteRequest,
    check_availability: int | Unset = UNSET,
) -> ErrorDocument | Quote | None:
    """Price a prospective booking without saving anything (quote)

     Flat body, same shape as `addToCart` plus `timeslot_series_id` and
    `prevent_applying_default_quota`. **Plain JSON** response. Saves nothing, so it is safe to retry.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        check_availability (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        body (QuoteRequest): The add-to-cart body plus quote-only fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | Quote
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            check_availability=check_availability,
        )
    ).parsed
