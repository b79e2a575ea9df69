from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.plan_subscription_create_request import PlanSubscriptionCreateRequest
from ...models.plan_subscription_document import PlanSubscriptionDocument
from ...types import Response


def _get_kwargs(
    *,
    body: PlanSubscriptionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/plan-subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | PlanSubscriptionDocument | None:
    if response.status_code == 201:
        response_201 = PlanSubscriptionDocument.from_dict(response.json())

        return response_201

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
) -> Response[ErrorDocument | PlanSubscriptionDocument]:
    if not (
        response.status_code == 201
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
    body: PlanSubscriptionCreateRequest,
) -> Response[ErrorDocument | PlanSubscriptionDocument]:
    """Inferred (unverified): subscribe to a plan

     A JSON:API envelope with a `plan` relationship. Plans that require manual confirmation start
    as `requested`. **Not idempotent.**
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        body (PlanSubscriptionCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PlanSubscriptionDocument]
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
    body: PlanSubscriptionCreateRequest,
) -> ErrorDocument | PlanSubscriptionDocument | None:
    """Inferred (unverified): subscribe to a plan

     A JSON:API envelope with a `plan` relationship. Plans that require manual confirmation start
    as `requested`. **Not idempotent.**
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        body (PlanSubscriptionCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PlanSubscriptionDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlanSubscriptionCreateRequest,
) -> Response[ErrorDocument | PlanSubscriptionDocument]:
    """Inferred (unverified): subscribe to a plan

     A JSON:API envelope with a `plan` relationship. Plans that require manual confirmation start
    as `requested`. **Not idempotent.**
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        body (PlanSubscriptionCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PlanSubscriptionDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlanSubscriptionCreateRequest,
) -> ErrorDocument | PlanSubscriptionDocument | None:
    """Inferred (unverified): subscribe to a plan

     A JSON:API envelope with a `plan` relationship. Plans that require manual confirmation start
    as `requested`. **Not idempotent.**
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        body (PlanSubscriptionCreateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PlanSubscriptionDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
