from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_document import CustomerDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customer",
        "params": params,
    }

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
    include: str | Unset = UNSET,
) -> Response[CustomerDocument | ErrorDocument]:
    """Inferred (unverified): the signed-in person's customer record with this organization

     anny separates a **Customer** — a per-organization record (contact data, bookings, custom
    fields) — from a **Customer Account**, the one global login identity of a person, linked
    to that person's Customer records across organizations (reference Addendum C9). This is
    the Customer record of the organization the token was issued for; the person is
    `GET /api/v1/user` (`getCurrentUser`) and the global account `listCustomerAccounts`.
    Documented attributes (C9): `given_name`, `family_name`, `email`, `mobile`, `phone`,
    `company`, `sex` (a string in the guide, a number in anny's connector: both occur),
    `birth_date` (`Y-m-d`), `locale`. A customer id is numeric or a UUID (C10): never assume
    one form. The path stays a guess ("account data" is documented as unlocked by a token).
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-
    customer-api.

    Args:
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> CustomerDocument | ErrorDocument | None:
    """Inferred (unverified): the signed-in person's customer record with this organization

     anny separates a **Customer** — a per-organization record (contact data, bookings, custom
    fields) — from a **Customer Account**, the one global login identity of a person, linked
    to that person's Customer records across organizations (reference Addendum C9). This is
    the Customer record of the organization the token was issued for; the person is
    `GET /api/v1/user` (`getCurrentUser`) and the global account `listCustomerAccounts`.
    Documented attributes (C9): `given_name`, `family_name`, `email`, `mobile`, `phone`,
    `company`, `sex` (a string in the guide, a number in anny's connector: both occur),
    `birth_date` (`Y-m-d`), `locale`. A customer id is numeric or a UUID (C10): never assume
    one form. The path stays a guess ("account data" is documented as unlocked by a token).
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-
    customer-api.

    Args:
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> Response[CustomerDocument | ErrorDocument]:
    """Inferred (unverified): the signed-in person's customer record with this organization

     anny separates a **Customer** — a per-organization record (contact data, bookings, custom
    fields) — from a **Customer Account**, the one global login identity of a person, linked
    to that person's Customer records across organizations (reference Addendum C9). This is
    the Customer record of the organization the token was issued for; the person is
    `GET /api/v1/user` (`getCurrentUser`) and the global account `listCustomerAccounts`.
    Documented attributes (C9): `given_name`, `family_name`, `email`, `mobile`, `phone`,
    `company`, `sex` (a string in the guide, a number in anny's connector: both occur),
    `birth_date` (`Y-m-d`), `locale`. A customer id is numeric or a UUID (C10): never assume
    one form. The path stays a guess ("account data" is documented as unlocked by a token).
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-
    customer-api.

    Args:
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
) -> CustomerDocument | ErrorDocument | None:
    """Inferred (unverified): the signed-in person's customer record with this organization

     anny separates a **Customer** — a per-organization record (contact data, bookings, custom
    fields) — from a **Customer Account**, the one global login identity of a person, linked
    to that person's Customer records across organizations (reference Addendum C9). This is
    the Customer record of the organization the token was issued for; the person is
    `GET /api/v1/user` (`getCurrentUser`) and the global account `listCustomerAccounts`.
    Documented attributes (C9): `given_name`, `family_name`, `email`, `mobile`, `phone`,
    `company`, `sex` (a string in the guide, a number in anny's connector: both occur),
    `birth_date` (`Y-m-d`), `locale`. A customer id is numeric or a UUID (C10): never assume
    one form. The path stays a guess ("account data" is documented as unlocked by a token).
    Source: https://developers.anny.co/guides/customer-management (reference Addendum C9,
    C10); path inferred from https://developers.anny.co/customer-api/description/when-to-use-the-
    customer-api.

    Args:
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
        )
    ).parsed
