import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.availability_start_item import AvailabilityStartItem
from ...models.availability_start_response_type_1 import AvailabilityStartResponseType1
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_id: str,
    date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    duration: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_id"] = service_id

    json_date = date.isoformat()
    params["date"] = json_date

    params["timezone"] = timezone

    params["resource_id"] = resource_id

    params["duration"] = duration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/availability/start",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AvailabilityStartResponseType1 | list[AvailabilityStartItem]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_availability_start_response_type_0 = []
                _componentsschemas_availability_start_response_type_0 = data
                for (
                    componentsschemas_availability_start_list_item_data
                ) in _componentsschemas_availability_start_response_type_0:
                    componentsschemas_availability_start_list_item = (
                        AvailabilityStartItem.from_dict(
                            componentsschemas_availability_start_list_item_data
                        )
                    )

                    componentsschemas_availability_start_response_type_0.append(
                        componentsschemas_availability_start_list_item
                    )

                return componentsschemas_availability_start_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_availability_start_response_type_1 = (
                AvailabilityStartResponseType1.from_dict(data)
            )

            return componentsschemas_availability_start_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument
]:
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
    service_id: str,
    date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    duration: int | Unset = UNSET,
) -> Response[
    AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument
]:
    """Bookable start times of a service on a date

     The main slot search. **Plain JSON**: a bare array, sometimes wrapped in `data`. Some
    deployments name the start `date_time`. Passing `duration` changes
    `remaining_number_available`. Works with no headers at all in production.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts` (citing step 3 of
    https://developers.anny.co/guides/availability) and the "Volta Pong" integration.

    Args:
        service_id (str):
        date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):
        duration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        date=date,
        timezone=timezone,
        resource_id=resource_id,
        duration=duration,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_id: str,
    date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    duration: int | Unset = UNSET,
) -> (
    AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument | None
):
    """Bookable start times of a service on a date

     The main slot search. **Plain JSON**: a bare array, sometimes wrapped in `data`. Some
    deployments name the start `date_time`. Passing `duration` changes
    `remaining_number_available`. Works with no headers at all in production.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts` (citing step 3 of
    https://developers.anny.co/guides/availability) and the "Volta Pong" integration.

    Args:
        service_id (str):
        date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):
        duration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument
    """

    return sync_detailed(
        client=client,
        service_id=service_id,
        date=date,
        timezone=timezone,
        resource_id=resource_id,
        duration=duration,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_id: str,
    date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    duration: int | Unset = UNSET,
) -> Response[
    AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument
]:
    """Bookable start times of a service on a date

     The main slot search. **Plain JSON**: a bare array, sometimes wrapped in `data`. Some
    deployments name the start `date_time`. Passing `duration` changes
    `remaining_number_available`. Works with no headers at all in production.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts` (citing step 3 of
    https://developers.anny.co/guides/availability) and the "Volta Pong" integration.

    Args:
        service_id (str):
        date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):
        duration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        date=date,
        timezone=timezone,
        resource_id=resource_id,
        duration=duration,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_id: str,
    date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    duration: int | Unset = UNSET,
) -> (
    AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument | None
):
    """Bookable start times of a service on a date

     The main slot search. **Plain JSON**: a bare array, sometimes wrapped in `data`. Some
    deployments name the start `date_time`. Passing `duration` changes
    `remaining_number_available`. Works with no headers at all in production.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts` (citing step 3 of
    https://developers.anny.co/guides/availability) and the "Volta Pong" integration.

    Args:
        service_id (str):
        date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):
        duration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityStartResponseType1 | list[AvailabilityStartItem] | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            service_id=service_id,
            date=date,
            timezone=timezone,
            resource_id=resource_id,
            duration=duration,
        )
    ).parsed
