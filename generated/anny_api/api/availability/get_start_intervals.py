import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.interval_item import IntervalItem
from ...models.service_quantities import ServiceQuantities
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date: datetime.date,
    resource_id: str | Unset = UNSET,
    service_id: ServiceQuantities,
    timezone: str | Unset = UNSET,
    validation_strategy: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date = date.isoformat()
    params["date"] = json_date

    params["resource_id"] = resource_id

    json_service_id = service_id.to_dict()
    params.update(
        {f"service_id[{key}]": value for key, value in json_service_id.items()}
    )

    params["timezone"] = timezone

    params["validation_strategy"] = validation_strategy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/intervals/start",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | list[IntervalItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_interval_list_item_data in _response_200:
            componentsschemas_interval_list_item = IntervalItem.from_dict(
                componentsschemas_interval_list_item_data
            )

            response_200.append(componentsschemas_interval_list_item)

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
) -> Response[ErrorDocument | list[IntervalItem]]:
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
    date: datetime.date,
    resource_id: str | Unset = UNSET,
    service_id: ServiceQuantities,
    timezone: str | Unset = UNSET,
    validation_strategy: str | Unset = UNSET,
) -> Response[ErrorDocument | list[IntervalItem]]:
    """Start intervals of a resource and service on a date

     **Plain JSON** array. One KIT script sends the misspelt `ressource_id`; this document uses
    `resource_id`. `validation_strategy=waitlist` is an inferred option (Addendum C6).
    Source: github.com/anny-co/anny-n8n; Tübingen library client; a KIT desk script;
    reference Addendum C6 (the waitlist validation strategy).

    Args:
        date (datetime.date):
        resource_id (str | Unset):
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        timezone (str | Unset):
        validation_strategy (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | list[IntervalItem]]
    """

    kwargs = _get_kwargs(
        date=date,
        resource_id=resource_id,
        service_id=service_id,
        timezone=timezone,
        validation_strategy=validation_strategy,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date,
    resource_id: str | Unset = UNSET,
    service_id: ServiceQuantities,
    timezone: str | Unset = UNSET,
    validation_strategy: str | Unset = UNSET,
) -> ErrorDocument | list[IntervalItem] | None:
    """Start intervals of a resource and service on a date

     **Plain JSON** array. One KIT script sends the misspelt `ressource_id`; this document uses
    `resource_id`. `validation_strategy=waitlist` is an inferred option (Addendum C6).
    Source: github.com/anny-co/anny-n8n; Tübingen library client; a KIT desk script;
    reference Addendum C6 (the waitlist validation strategy).

    Args:
        date (datetime.date):
        resource_id (str | Unset):
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        timezone (str | Unset):
        validation_strategy (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | list[IntervalItem]
    """

    return sync_detailed(
        client=client,
        date=date,
        resource_id=resource_id,
        service_id=service_id,
        timezone=timezone,
        validation_strategy=validation_strategy,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date,
    resource_id: str | Unset = UNSET,
    service_id: ServiceQuantities,
    timezone: str | Unset = UNSET,
    validation_strategy: str | Unset = UNSET,
) -> Response[ErrorDocument | list[IntervalItem]]:
    """Start intervals of a resource and service on a date

     **Plain JSON** array. One KIT script sends the misspelt `ressource_id`; this document uses
    `resource_id`. `validation_strategy=waitlist` is an inferred option (Addendum C6).
    Source: github.com/anny-co/anny-n8n; Tübingen library client; a KIT desk script;
    reference Addendum C6 (the waitlist validation strategy).

    Args:
        date (datetime.date):
        resource_id (str | Unset):
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        timezone (str | Unset):
        validation_strategy (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | list[IntervalItem]]
    """

    kwargs = _get_kwargs(
        date=date,
        resource_id=resource_id,
        service_id=service_id,
        timezone=timezone,
        validation_strategy=validation_strategy,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date: datetime.date,
    resource_id: str | Unset = UNSET,
    service_id: ServiceQuantities,
    timezone: str | Unset = UNSET,
    validation_strategy: str | Unset = UNSET,
) -> ErrorDocument | list[IntervalItem] | None:
    """Start intervals of a resource and service on a date

     **Plain JSON** array. One KIT script sends the misspelt `ressource_id`; this document uses
    `resource_id`. `validation_strategy=waitlist` is an inferred option (Addendum C6).
    Source: github.com/anny-co/anny-n8n; Tübingen library client; a KIT desk script;
    reference Addendum C6 (the waitlist validation strategy).

    Args:
        date (datetime.date):
        resource_id (str | Unset):
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        timezone (str | Unset):
        validation_strategy (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | list[IntervalItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            resource_id=resource_id,
            service_id=service_id,
            timezone=timezone,
            validation_strategy=validation_strategy,
        )
    ).parsed
