from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.pass_document import PassDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pass_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/passes/{pass_id}".format(
            pass_id=quote(str(pass_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | PassDocument | None:
    if response.status_code == 200:
        response_200 = PassDocument.from_dict(response.json())

        return response_200

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
) -> Response[ErrorDocument | PassDocument]:
    if not (
        response.status_code == 200
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
    pass_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | PassDocument]:
    """Inferred (unverified): one booking pass

     One booking pass (a quota voucher; see `listPasses` and reference Addendum C8 for what is
    documented and what is inferred). A budget pass counts money in `currency`.
    Source: https://developers.anny.co/guides/communities (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        pass_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PassDocument]
    """

    kwargs = _get_kwargs(
        pass_id=pass_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pass_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> ErrorDocument | PassDocument | None:
    """Inferred (unverified): one booking pass

     One booking pass (a quota voucher; see `listPasses` and reference Addendum C8 for what is
    documented and what is inferred). A budget pass counts money in `currency`.
    Source: https://developers.anny.co/guides/communities (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        pass_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PassDocument
    """

    return sync_detailed(
        pass_id=pass_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    pass_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | PassDocument]:
    """Inferred (unverified): one booking pass

     One booking pass (a quota voucher; see `listPasses` and reference Addendum C8 for what is
    documented and what is inferred). A budget pass counts money in `currency`.
    Source: https://developers.anny.co/guides/communities (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        pass_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PassDocument]
    """

    kwargs = _get_kwargs(
        pass_id=pass_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pass_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> ErrorDocument | PassDocument | None:
    """Inferred (unverified): one booking pass

     One booking pass (a quota voucher; see `listPasses` and reference Addendum C8 for what is
    documented and what is inferred). A budget pass counts money in `currency`.
    Source: https://developers.anny.co/guides/communities (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        pass_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PassDocument
    """

    return (
        await asyncio_detailed(
            pass_id=pass_id,
            client=client,
            include=include,
        )
    ).parsed
