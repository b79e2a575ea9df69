import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.availability_periods_response import AvailabilityPeriodsResponse
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    r: list[str] | Unset = UNSET,
    service_id: str | Unset = UNSET,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    timezone: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_r: list[str] | Unset = UNSET
    if not isinstance(r, Unset):
        json_r = r

    params["r[]"] = json_r

    params["service_id"] = service_id

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["timezone"] = timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/availability/periods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailabilityPeriodsResponse | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = AvailabilityPeriodsResponse.from_dict(response.json())

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
) -> Response[AvailabilityPeriodsResponse | ErrorDocument]:
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
    r: list[str] | Unset = UNSET,
    service_id: str | Unset = UNSET,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    timezone: str | Unset = UNSET,
) -> Response[AvailabilityPeriodsResponse | ErrorDocument]:
    """Availability periods (opening hours) per resource

     Merged schedule and timeslot blocks, which the availability guide equates with opening
    hours. **Plain JSON** object keyed by resource id.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-slot-usage.ts`; Tübingen library
    client; model from https://developers.anny.co/guides/availability.

    Args:
        r (list[str] | Unset):
        service_id (str | Unset):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityPeriodsResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        r=r,
        service_id=service_id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    r: list[str] | Unset = UNSET,
    service_id: str | Unset = UNSET,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    timezone: str | Unset = UNSET,
) -> AvailabilityPeriodsResponse | ErrorDocument | None:
    """Availability periods (opening hours) per resource

     Merged schedule and timeslot blocks, which the availability guide equates with opening
    hours. **Plain JSON** object keyed by resource id.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-slot-usage.ts`; Tübingen library
    client; model from https://developers.anny.co/guides/availability.

    Args:
        r (list[str] | Unset):
        service_id (str | Unset):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityPeriodsResponse | ErrorDocument
    """

    return sync_detailed(
        client=client,
        r=r,
        service_id=service_id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    r: list[str] | Unset = UNSET,
    service_id: str | Unset = UNSET,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    timezone: str | Unset = UNSET,
) -> Response[AvailabilityPeriodsResponse | ErrorDocument]:
    """Availability periods (opening hours) per resource

     Merged schedule and timeslot blocks, which the availability guide equates with opening
    hours. **Plain JSON** object keyed by resource id.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-slot-usage.ts`; Tübingen library
    client; model from https://developers.anny.co/guides/availability.

    Args:
        r (list[str] | Unset):
        service_id (str | Unset):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailabilityPeriodsResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        r=r,
        service_id=service_id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    r: list[str] | Unset = UNSET,
    service_id: str | Unset = UNSET,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    timezone: str | Unset = UNSET,
) -> AvailabilityPeriodsResponse | ErrorDocument | None:
    """Availability periods (opening hours) per resource

     Merged schedule and timeslot blocks, which the availability guide equates with opening
    hours. **Plain JSON** object keyed by resource id.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-slot-usage.ts`; Tübingen library
    client; model from https://developers.anny.co/guides/availability.

    Args:
        r (list[str] | Unset):
        service_id (str | Unset):
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        timezone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailabilityPeriodsResponse | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            r=r,
            service_id=service_id,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
        )
    ).parsed
