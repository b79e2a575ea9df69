from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.resource_document import ResourceDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_slug: str,
    *,
    include: str | Unset = UNSET,
    preview_token: str | Unset = UNSET,
    service_access_code: str | Unset = UNSET,
    visit_token: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["preview_token"] = preview_token

    params["service_access_code"] = service_access_code

    params["visit_token"] = visit_token

    params["stateless"] = stateless

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/resources/{resource_slug}".format(
            resource_slug=quote(str(resource_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | ResourceDocument | None:
    if response.status_code == 200:
        response_200 = ResourceDocument.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

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
) -> Response[ErrorDocument | ResourceDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 403
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
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    preview_token: str | Unset = UNSET,
    service_access_code: str | Unset = UNSET,
    visit_token: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> Response[ErrorDocument | ResourceDocument]:
    """Get a resource by its slug

     Resource detail. Member-only resources requested anonymously may answer with an HTML
    "Forbidden" page instead of JSON.
    Source: Tübingen library client "tue_api_wrapper" (third-party).

    Args:
        resource_slug (str):
        include (str | Unset):
        preview_token (str | Unset):
        service_access_code (str | Unset):
        visit_token (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceDocument]
    """

    kwargs = _get_kwargs(
        resource_slug=resource_slug,
        include=include,
        preview_token=preview_token,
        service_access_code=service_access_code,
        visit_token=visit_token,
        stateless=stateless,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    preview_token: str | Unset = UNSET,
    service_access_code: str | Unset = UNSET,
    visit_token: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> ErrorDocument | ResourceDocument | None:
    """Get a resource by its slug

     Resource detail. Member-only resources requested anonymously may answer with an HTML
    "Forbidden" page instead of JSON.
    Source: Tübingen library client "tue_api_wrapper" (third-party).

    Args:
        resource_slug (str):
        include (str | Unset):
        preview_token (str | Unset):
        service_access_code (str | Unset):
        visit_token (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceDocument
    """

    return sync_detailed(
        resource_slug=resource_slug,
        client=client,
        include=include,
        preview_token=preview_token,
        service_access_code=service_access_code,
        visit_token=visit_token,
        stateless=stateless,
    ).parsed


async def asyncio_detailed(
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    preview_token: str | Unset = UNSET,
    service_access_code: str | Unset = UNSET,
    visit_token: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> Response[ErrorDocument | ResourceDocument]:
    """Get a resource by its slug

     Resource detail. Member-only resources requested anonymously may answer with an HTML
    "Forbidden" page instead of JSON.
    Source: Tübingen library client "tue_api_wrapper" (third-party).

    Args:
        resource_slug (str):
        include (str | Unset):
        preview_token (str | Unset):
        service_access_code (str | Unset):
        visit_token (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceDocument]
    """

    kwargs = _get_kwargs(
        resource_slug=resource_slug,
        include=include,
        preview_token=preview_token,
        service_access_code=service_access_code,
        visit_token=visit_token,
        stateless=stateless,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    preview_token: str | Unset = UNSET,
    service_access_code: str | Unset = UNSET,
    visit_token: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> ErrorDocument | ResourceDocument | None:
    """Get a resource by its slug

     Resource detail. Member-only resources requested anonymously may answer with an HTML
    "Forbidden" page instead of JSON.
    Source: Tübingen library client "tue_api_wrapper" (third-party).

    Args:
        resource_slug (str):
        include (str | Unset):
        preview_token (str | Unset):
        service_access_code (str | Unset):
        visit_token (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceDocument
    """

    return (
        await asyncio_detailed(
            resource_slug=resource_slug,
            client=client,
            include=include,
            preview_token=preview_token,
            service_access_code=service_access_code,
            visit_token=visit_token,
            stateless=stateless,
        )
    ).parsed
