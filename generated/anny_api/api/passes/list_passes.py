from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.pass_collection import PassCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params["filter[status]"] = filterstatus

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/passes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | PassCollection | None:
    if response.status_code == 200:
        response_200 = PassCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

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
) -> Response[ErrorDocument | PassCollection]:
    if not (
        response.status_code == 200
        or response.status_code == 401
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
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
) -> Response[ErrorDocument | PassCollection]:
    """Inferred (unverified): the customer's booking passes

     anny has two kinds of pass (reference Addendum C8). A **Booking Pass** is a quota voucher
    ("10x Yoga Class"): its quota counts a **quantity** (bookings), a **duration** or a
    **budget**, one-off or recurring, within a period, and it comes from a subscription, a
    community, a booking code or a bundle. An **Account Pass** is an Apple/Google Wallet pass
    for physical access; nothing shows it on this API, so it is not modelled here.
    This list holds booking passes. Documented: the kinds of quota, recurrence, the period and
    the sources. Inferred: the path, the JSON:API type and every attribute name
    (`quota_type`, `total`, `remaining`, `currency`, `recurrence`, `source`, `valid_from`,
    `valid_until`, `status`); `total`/`remaining` count bookings, minutes or money
    (in `currency`) according to `quota_type`, never "uses" of every pass.
    Source: https://developers.anny.co/guides/communities and
    https://docs.anny.co/en/articles/197826-booking-quotas (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterstatus (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PassCollection]
    """

    kwargs = _get_kwargs(
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filterstatus=filterstatus,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
) -> ErrorDocument | PassCollection | None:
    """Inferred (unverified): the customer's booking passes

     anny has two kinds of pass (reference Addendum C8). A **Booking Pass** is a quota voucher
    ("10x Yoga Class"): its quota counts a **quantity** (bookings), a **duration** or a
    **budget**, one-off or recurring, within a period, and it comes from a subscription, a
    community, a booking code or a bundle. An **Account Pass** is an Apple/Google Wallet pass
    for physical access; nothing shows it on this API, so it is not modelled here.
    This list holds booking passes. Documented: the kinds of quota, recurrence, the period and
    the sources. Inferred: the path, the JSON:API type and every attribute name
    (`quota_type`, `total`, `remaining`, `currency`, `recurrence`, `source`, `valid_from`,
    `valid_until`, `status`); `total`/`remaining` count bookings, minutes or money
    (in `currency`) according to `quota_type`, never "uses" of every pass.
    Source: https://developers.anny.co/guides/communities and
    https://docs.anny.co/en/articles/197826-booking-quotas (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterstatus (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PassCollection
    """

    return sync_detailed(
        client=client,
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filterstatus=filterstatus,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
) -> Response[ErrorDocument | PassCollection]:
    """Inferred (unverified): the customer's booking passes

     anny has two kinds of pass (reference Addendum C8). A **Booking Pass** is a quota voucher
    ("10x Yoga Class"): its quota counts a **quantity** (bookings), a **duration** or a
    **budget**, one-off or recurring, within a period, and it comes from a subscription, a
    community, a booking code or a bundle. An **Account Pass** is an Apple/Google Wallet pass
    for physical access; nothing shows it on this API, so it is not modelled here.
    This list holds booking passes. Documented: the kinds of quota, recurrence, the period and
    the sources. Inferred: the path, the JSON:API type and every attribute name
    (`quota_type`, `total`, `remaining`, `currency`, `recurrence`, `source`, `valid_from`,
    `valid_until`, `status`); `total`/`remaining` count bookings, minutes or money
    (in `currency`) according to `quota_type`, never "uses" of every pass.
    Source: https://developers.anny.co/guides/communities and
    https://docs.anny.co/en/articles/197826-booking-quotas (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterstatus (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | PassCollection]
    """

    kwargs = _get_kwargs(
        include=include,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filterstatus=filterstatus,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
) -> ErrorDocument | PassCollection | None:
    """Inferred (unverified): the customer's booking passes

     anny has two kinds of pass (reference Addendum C8). A **Booking Pass** is a quota voucher
    ("10x Yoga Class"): its quota counts a **quantity** (bookings), a **duration** or a
    **budget**, one-off or recurring, within a period, and it comes from a subscription, a
    community, a booking code or a bundle. An **Account Pass** is an Apple/Google Wallet pass
    for physical access; nothing shows it on this API, so it is not modelled here.
    This list holds booking passes. Documented: the kinds of quota, recurrence, the period and
    the sources. Inferred: the path, the JSON:API type and every attribute name
    (`quota_type`, `total`, `remaining`, `currency`, `recurrence`, `source`, `valid_from`,
    `valid_until`, `status`); `total`/`remaining` count bookings, minutes or money
    (in `currency`) according to `quota_type`, never "uses" of every pass.
    Source: https://developers.anny.co/guides/communities and
    https://docs.anny.co/en/articles/197826-booking-quotas (reference Addendum C8); path
    inferred from https://developers.anny.co/customer-api/description/when-to-use-the-customer-api.

    Args:
        include (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterstatus (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | PassCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            pagenumber=pagenumber,
            pagesize=pagesize,
            filterstatus=filterstatus,
        )
    ).parsed
