import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.availability_start_date import AvailabilityStartDate
from ...models.error_document import ErrorDocument
from ...models.service_quantities import ServiceQuantities
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_id: ServiceQuantities | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_id: dict[str, Any] | Unset = UNSET
    if not isinstance(service_id, Unset):
        json_service_id = service_id.to_dict()
    if not isinstance(json_service_id, Unset):
        params.update(
            {f"service_id[{key}]": value for key, value in json_service_id.items()}
        )

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["timezone"] = timezone

    params["resource_id"] = resource_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/availability/start-dates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | list[AvailabilityStartDate | str] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for (
            componentsschemas_availability_start_dates_response_item_data
        ) in _response_200:

            def _parse_componentsschemas_availability_start_dates_response_item(
                data: object,
            ) -> AvailabilityStartDate | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_availability_start_dates_response_item_type_0 = (
                        AvailabilityStartDate.from_dict(data)
                    )

                    return (
                        componentsschemas_availability_start_dates_response_item_type_0
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AvailabilityStartDate | str, data)

            componentsschemas_availability_start_dates_response_item = (
                _parse_componentsschemas_availability_start_dates_response_item(
                    componentsschemas_availability_start_dates_response_item_data
                )
            )

            response_200.append(
                componentsschemas_availability_start_dates_response_item
            )

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
) -> Response[ErrorDocument | list[AvailabilityStartDate | str]]:
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
    service_id: ServiceQuantities | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
) -> Response[ErrorDocument | list[AvailabilityStartDate | str]]:
    """Dates in a range that have availability

     **Plain JSON** array of `{date, available, timezone, unavailability_type}`; clients also
    accept plain date strings.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts`; Tübingen library client.

    Args:
        service_id (ServiceQuantities | Unset): Quantities keyed by numeric service id: `{"7003":
            1}` travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | list[AvailabilityStartDate | str]]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
        resource_id=resource_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
) -> ErrorDocument | list[AvailabilityStartDate | str] | None:
    """Dates in a range that have availability

     **Plain JSON** array of `{date, available, timezone, unavailability_type}`; clients also
    accept plain date strings.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts`; Tübingen library client.

    Args:
        service_id (ServiceQuantities | Unset): Quantities keyed by numeric service id: `{"7003":
            1}` travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | list[AvailabilityStartDate | str]
    """

    return sync_detailed(
        client=client,
        service_id=service_id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
        resource_id=resource_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
) -> Response[ErrorDocument | list[AvailabilityStartDate | str]]:
    """Dates in a range that have availability

     **Plain JSON** array of `{date, available, timezone, unavailability_type}`; clients also
    accept plain date strings.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts`; Tübingen library client.

    Args:
        service_id (ServiceQuantities | Unset): Quantities keyed by numeric service id: `{"7003":
            1}` travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | list[AvailabilityStartDate | str]]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
        resource_id=resource_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities | Unset = UNSET,
    start_date: datetime.date,
    end_date: datetime.date,
    timezone: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
) -> ErrorDocument | list[AvailabilityStartDate | str] | None:
    """Dates in a range that have availability

     **Plain JSON** array of `{date, available, timezone, unavailability_type}`; clients also
    accept plain date strings.
    Source: github.com/wakemaster88/emp-access `src/lib/anny-availability.ts`; Tübingen library client.

    Args:
        service_id (ServiceQuantities | Unset): Quantities keyed by numeric service id: `{"7003":
            1}` travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        start_date (datetime.date):
        end_date (datetime.date):
        timezone (str | Unset):
        resource_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | list[AvailabilityStartDate | str]
    """

    return (
        await asyncio_detailed(
            client=client,
            service_id=service_id,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
            resource_id=resource_id,
        )
    ).parsed
