import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.service_quantities import ServiceQuantities
from ...models.upcoming_intervals_page import UpcomingIntervalsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_id = service_id.to_dict()
    params.update(
        {f"service_id[{key}]": value for key, value in json_service_id.items()}
    )

    params["resource_id"] = resource_id

    params["timezone"] = timezone

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/availability/upcoming-intervals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | UpcomingIntervalsPage | None:
    if response.status_code == 200:
        response_200 = UpcomingIntervalsPage.from_dict(response.json())

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
) -> Response[ErrorDocument | UpcomingIntervalsPage]:
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
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
) -> Response[ErrorDocument | UpcomingIntervalsPage]:
    """The next available intervals

     Paged by the caller: the answer is a **plain JSON** object that carries `page_end_date`,
    which the next call passes as `start_date` to get more intervals ("Start date for
    pagination (use `page_end_date` from previous response to get more intervals)").
    `page_end_date` is null when nothing further is bookable. Only `page_end_date` is
    recorded; the name `data` for the interval list is designed (as elsewhere in the
    availability area). The connector sends `service_id[<sid>]=<qty>`.
    **What one page covers is inferred**: the cursor is named `page_end_date` (the date the
    page ends at), so a page is taken to cover a span of time, the free intervals starting in
    `[start_date, page_end_date)`, one week here; a page may be empty and still carry a
    `page_end_date`. Callers follow `page_end_date` until it passes the end of the range they
    need (the client's multi-day free-slot scans do) or it is null.
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts` (commit fa3b018, line 236;
    lines 1463–1468; admin token).

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | UpcomingIntervalsPage]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        timezone=timezone,
        start_date=start_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
) -> ErrorDocument | UpcomingIntervalsPage | None:
    """The next available intervals

     Paged by the caller: the answer is a **plain JSON** object that carries `page_end_date`,
    which the next call passes as `start_date` to get more intervals ("Start date for
    pagination (use `page_end_date` from previous response to get more intervals)").
    `page_end_date` is null when nothing further is bookable. Only `page_end_date` is
    recorded; the name `data` for the interval list is designed (as elsewhere in the
    availability area). The connector sends `service_id[<sid>]=<qty>`.
    **What one page covers is inferred**: the cursor is named `page_end_date` (the date the
    page ends at), so a page is taken to cover a span of time, the free intervals starting in
    `[start_date, page_end_date)`, one week here; a page may be empty and still carry a
    `page_end_date`. Callers follow `page_end_date` until it passes the end of the range they
    need (the client's multi-day free-slot scans do) or it is null.
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts` (commit fa3b018, line 236;
    lines 1463–1468; admin token).

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | UpcomingIntervalsPage
    """

    return sync_detailed(
        client=client,
        service_id=service_id,
        resource_id=resource_id,
        timezone=timezone,
        start_date=start_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
) -> Response[ErrorDocument | UpcomingIntervalsPage]:
    """The next available intervals

     Paged by the caller: the answer is a **plain JSON** object that carries `page_end_date`,
    which the next call passes as `start_date` to get more intervals ("Start date for
    pagination (use `page_end_date` from previous response to get more intervals)").
    `page_end_date` is null when nothing further is bookable. Only `page_end_date` is
    recorded; the name `data` for the interval list is designed (as elsewhere in the
    availability area). The connector sends `service_id[<sid>]=<qty>`.
    **What one page covers is inferred**: the cursor is named `page_end_date` (the date the
    page ends at), so a page is taken to cover a span of time, the free intervals starting in
    `[start_date, page_end_date)`, one week here; a page may be empty and still carry a
    `page_end_date`. Callers follow `page_end_date` until it passes the end of the range they
    need (the client's multi-day free-slot scans do) or it is null.
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts` (commit fa3b018, line 236;
    lines 1463–1468; admin token).

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | UpcomingIntervalsPage]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        timezone=timezone,
        start_date=start_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
) -> ErrorDocument | UpcomingIntervalsPage | None:
    """The next available intervals

     Paged by the caller: the answer is a **plain JSON** object that carries `page_end_date`,
    which the next call passes as `start_date` to get more intervals ("Start date for
    pagination (use `page_end_date` from previous response to get more intervals)").
    `page_end_date` is null when nothing further is bookable. Only `page_end_date` is
    recorded; the name `data` for the interval list is designed (as elsewhere in the
    availability area). The connector sends `service_id[<sid>]=<qty>`.
    **What one page covers is inferred**: the cursor is named `page_end_date` (the date the
    page ends at), so a page is taken to cover a span of time, the free intervals starting in
    `[start_date, page_end_date)`, one week here; a page may be empty and still carry a
    `page_end_date`. Callers follow `page_end_date` until it passes the end of the range they
    need (the client's multi-day free-slot scans do) or it is null.
    Source: github.com/anny-co/anny-n8n `nodes/Anny/Anny.node.ts` (commit fa3b018, line 236;
    lines 1463–1468; admin token).

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        start_date (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | UpcomingIntervalsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            service_id=service_id,
            resource_id=resource_id,
            timezone=timezone,
            start_date=start_date,
        )
    ).parsed
