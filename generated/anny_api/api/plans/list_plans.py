from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.plan_collection import PlanCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_slug: str,
    *,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organizations/{org_slug}/plans".format(
            org_slug=quote(str(org_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | PlanCollection | None:
    if response.status_code == 200:
        response_200 = PlanCollection.from_dict(response.json())

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
) -> Response[ErrorDocument | PlanCollection]:
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
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[ErrorDocument | PlanCollection]:
    """Inferred (unverified): an organization's public plans (memberships)

     Plans can require manual confirmation, renew automatically and grant community membership.
    No customer-side path is public.
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        org_slug (str):
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PlanCollection]
    """

    kwargs = _get_kwargs(
        org_slug=org_slug,
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
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
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> ErrorDocument | PlanCollection | None:
    """Inferred (unverified): an organization's public plans (memberships)

     Plans can require manual confirmation, renew automatically and grant community membership.
    No customer-side path is public.
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        org_slug (str):
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PlanCollection
    """

    return sync_detailed(
        org_slug=org_slug,
        client=client,
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[ErrorDocument | PlanCollection]:
    """Inferred (unverified): an organization's public plans (memberships)

     Plans can require manual confirmation, renew automatically and grant community membership.
    No customer-side path is public.
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        org_slug (str):
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PlanCollection]
    """

    kwargs = _get_kwargs(
        org_slug=org_slug,
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> ErrorDocument | PlanCollection | None:
    """Inferred (unverified): an organization's public plans (memberships)

     Plans can require manual confirmation, renew automatically and grant community membership.
    No customer-side path is public.
    Source: inferred from https://docs.anny.co/en/articles/59215-subscriptions-and-memberships-customer-
    view.

    Args:
        org_slug (str):
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PlanCollection
    """

    return (
        await asyncio_detailed(
            org_slug=org_slug,
            client=client,
            include=include,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
