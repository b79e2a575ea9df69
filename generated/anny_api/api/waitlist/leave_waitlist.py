from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...types import Response


def _get_kwargs(
    entry_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/waitlist-entries/{entry_id}".format(
            entry_id=quote(str(entry_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDocument | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

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
) -> Response[Any | ErrorDocument]:
    if not (
        response.status_code == 204
        or response.status_code == 401
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
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDocument]:
    """Inferred (unverified): leave a waitlist

     Deleting a waitlist spot needs a signed-in customer (Addendum C6); 401 anonymously.
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature;
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorDocument | None:
    """Inferred (unverified): leave a waitlist

     Deleting a waitlist spot needs a signed-in customer (Addendum C6); 401 anonymously.
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature;
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDocument]:
    """Inferred (unverified): leave a waitlist

     Deleting a waitlist spot needs a signed-in customer (Addendum C6); 401 anonymously.
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature;
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorDocument | None:
    """Inferred (unverified): leave a waitlist

     Deleting a waitlist spot needs a signed-in customer (Addendum C6); 401 anonymously.
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature;
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        entry_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
        )
    ).parsed
