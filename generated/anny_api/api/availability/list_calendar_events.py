import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_events_response import CalendarEventsResponse
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    resource_id: list[str] | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_resource_id: list[str] | Unset = UNSET
    if not isinstance(resource_id, Unset):
        json_resource_id = resource_id

    params["resource_id[]"] = json_resource_id

    params["timezone"] = timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calendar-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarEventsResponse | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = CalendarEventsResponse.from_dict(response.json())

        return response_200

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
) -> Response[CalendarEventsResponse | ErrorDocument]:
    if not (
        response.status_code == 200
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
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    resource_id: list[str] | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> Response[CalendarEventsResponse | ErrorDocument]:
    """Calendar view of resources with occupancy

     **Plain JSON** `{"data": {"events": [...]}}`.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        resource_id (list[str] | Unset):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEventsResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        resource_id=resource_id,
        timezone=timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    resource_id: list[str] | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> CalendarEventsResponse | ErrorDocument | None:
    """Calendar view of resources with occupancy

     **Plain JSON** `{"data": {"events": [...]}}`.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        resource_id (list[str] | Unset):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarEventsResponse | ErrorDocument
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        resource_id=resource_id,
        timezone=timezone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    resource_id: list[str] | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> Response[CalendarEventsResponse | ErrorDocument]:
    """Calendar view of resources with occupancy

     **Plain JSON** `{"data": {"events": [...]}}`.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        resource_id (list[str] | Unset):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEventsResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        resource_id=resource_id,
        timezone=timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    resource_id: list[str] | Unset = UNSET,
    timezone: str | Unset = UNSET,
) -> CalendarEventsResponse | ErrorDocument | None:
    """Calendar view of resources with occupancy

     **Plain JSON** `{"data": {"events": [...]}}`.
    Source: Tübingen library client "tue_api_wrapper".

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        resource_id (list[str] | Unset):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarEventsResponse | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            resource_id=resource_id,
            timezone=timezone,
        )
    ).parsed
