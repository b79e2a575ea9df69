from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.organization_document import OrganizationDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_slug: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organizations/{org_slug}".format(
            org_slug=quote(str(org_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | OrganizationDocument | None:
    if response.status_code == 200:
        response_200 = OrganizationDocument.from_dict(response.json())

        return response_200

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
) -> Response[ErrorDocument | OrganizationDocument]:
    if not (
        response.status_code == 200
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
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrganizationDocument]:
    """Inferred (unverified): get an organization by its slug

     The public profile of an organization. No source shows a customer-side organization-by-slug
    path; this operation follows the `/api/v1/organizations/{org_slug}/…` scoping seen in real
    traffic.
    Source: inferred from github.com/schlagmichdoch/anny-booking-automation (organization-scoped
    catalog paths) and the admin `GET /api/v1/organizations` in github.com/metaneutrons/Vellum.

    Args:
        org_slug (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrganizationDocument]
    """

    kwargs = _get_kwargs(
        org_slug=org_slug,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrganizationDocument | None:
    """Inferred (unverified): get an organization by its slug

     The public profile of an organization. No source shows a customer-side organization-by-slug
    path; this operation follows the `/api/v1/organizations/{org_slug}/…` scoping seen in real
    traffic.
    Source: inferred from github.com/schlagmichdoch/anny-booking-automation (organization-scoped
    catalog paths) and the admin `GET /api/v1/organizations` in github.com/metaneutrons/Vellum.

    Args:
        org_slug (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrganizationDocument
    """

    return sync_detailed(
        org_slug=org_slug,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrganizationDocument]:
    """Inferred (unverified): get an organization by its slug

     The public profile of an organization. No source shows a customer-side organization-by-slug
    path; this operation follows the `/api/v1/organizations/{org_slug}/…` scoping seen in real
    traffic.
    Source: inferred from github.com/schlagmichdoch/anny-booking-automation (organization-scoped
    catalog paths) and the admin `GET /api/v1/organizations` in github.com/metaneutrons/Vellum.

    Args:
        org_slug (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrganizationDocument]
    """

    kwargs = _get_kwargs(
        org_slug=org_slug,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrganizationDocument | None:
    """Inferred (unverified): get an organization by its slug

     The public profile of an organization. No source shows a customer-side organization-by-slug
    path; this operation follows the `/api/v1/organizations/{org_slug}/…` scoping seen in real
    traffic.
    Source: inferred from github.com/schlagmichdoch/anny-booking-automation (organization-scoped
    catalog paths) and the admin `GET /api/v1/organizations` in github.com/metaneutrons/Vellum.

    Args:
        org_slug (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrganizationDocument
    """

    return (
        await asyncio_detailed(
            org_slug=org_slug,
            client=client,
            include=include,
        )
    ).parsed
