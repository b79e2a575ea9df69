from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_document import CustomerDocument
from ...models.customer_update_request import CustomerUpdateRequest
from ...models.error_document import ErrorDocument
from ...types import Response


def _get_kwargs(
    *,
    body: CustomerUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/customer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = CustomerDocument.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

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
) -> Response[CustomerDocument | ErrorDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 401
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
    body: CustomerUpdateRequest,
) -> Response[CustomerDocument | ErrorDocument]:
    """Inferred (unverified): update the signed-in person's customer record

     A JSON:API envelope, like the admin `PATCH /api/v1/customers/{id}`, on the per-organization
    Customer record (reference Addendum C9). Customers may change their name, company and
    contact data (C9); `sex` is a string or a number and `birth_date` a date (`Y-m-d`) as
    the guide and anny's connector give them (C9). E-mail, password and deleting the account
    belong to the global Customer Account, whose path is unknown: not here.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9);
    path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api;
    body shape from github.com/anny-co/anny-n8n (admin customers).

    Args:
        body (CustomerUpdateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerDocument | ErrorDocument]
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
    body: CustomerUpdateRequest,
) -> CustomerDocument | ErrorDocument | None:
    """Inferred (unverified): update the signed-in person's customer record

     A JSON:API envelope, like the admin `PATCH /api/v1/customers/{id}`, on the per-organization
    Customer record (reference Addendum C9). Customers may change their name, company and
    contact data (C9); `sex` is a string or a number and `birth_date` a date (`Y-m-d`) as
    the guide and anny's connector give them (C9). E-mail, password and deleting the account
    belong to the global Customer Account, whose path is unknown: not here.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9);
    path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api;
    body shape from github.com/anny-co/anny-n8n (admin customers).

    Args:
        body (CustomerUpdateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CustomerUpdateRequest,
) -> Response[CustomerDocument | ErrorDocument]:
    """Inferred (unverified): update the signed-in person's customer record

     A JSON:API envelope, like the admin `PATCH /api/v1/customers/{id}`, on the per-organization
    Customer record (reference Addendum C9). Customers may change their name, company and
    contact data (C9); `sex` is a string or a number and `birth_date` a date (`Y-m-d`) as
    the guide and anny's connector give them (C9). E-mail, password and deleting the account
    belong to the global Customer Account, whose path is unknown: not here.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9);
    path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api;
    body shape from github.com/anny-co/anny-n8n (admin customers).

    Args:
        body (CustomerUpdateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CustomerUpdateRequest,
) -> CustomerDocument | ErrorDocument | None:
    """Inferred (unverified): update the signed-in person's customer record

     A JSON:API envelope, like the admin `PATCH /api/v1/customers/{id}`, on the per-organization
    Customer record (reference Addendum C9). Customers may change their name, company and
    contact data (C9); `sex` is a string or a number and `birth_date` a date (`Y-m-d`) as
    the guide and anny's connector give them (C9). E-mail, password and deleting the account
    belong to the global Customer Account, whose path is unknown: not here.
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9);
    path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api;
    body shape from github.com/anny-co/anny-n8n (admin customers).

    Args:
        body (CustomerUpdateRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
