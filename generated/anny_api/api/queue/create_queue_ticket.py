from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.queue_ticket_create_request import QueueTicketCreateRequest
from ...models.queue_ticket_document import QueueTicketDocument
from ...types import Response


def _get_kwargs(
    *,
    body: QueueTicketCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/queue-tickets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | QueueTicketDocument | None:
    if response.status_code == 201:
        response_201 = QueueTicketDocument.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

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
) -> Response[ErrorDocument | QueueTicketDocument]:
    if not (
        response.status_code == 201
        or response.status_code == 401
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
    client: AuthenticatedClient,
    body: QueueTicketCreateRequest,
) -> Response[ErrorDocument | QueueTicketDocument]:
    """Inferred (unverified): draw a queue ticket for a resource

     Source: inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-
    api.

    Args:
        body (QueueTicketCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | QueueTicketDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: QueueTicketCreateRequest,
) -> ErrorDocument | QueueTicketDocument | None:
    """Inferred (unverified): draw a queue ticket for a resource

     Source: inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-
    api.

    Args:
        body (QueueTicketCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | QueueTicketDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QueueTicketCreateRequest,
) -> Response[ErrorDocument | QueueTicketDocument]:
    """Inferred (unverified): draw a queue ticket for a resource

     Source: inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-
    api.

    Args:
        body (QueueTicketCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | QueueTicketDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QueueTicketCreateRequest,
) -> ErrorDocument | QueueTicketDocument | None:
    """Inferred (unverified): draw a queue ticket for a resource

     Source: inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-
    api.

    Args:
        body (QueueTicketCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | QueueTicketDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
