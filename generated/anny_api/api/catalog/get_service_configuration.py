from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.service_configuration_document import ServiceConfigurationDocument
from ...models.service_quantities import ServiceQuantities
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_id = service_id.to_dict()
    params.update(
        {f"service_id[{key}]": value for key, value in json_service_id.items()}
    )

    params["resource_id"] = resource_id

    params["timezone"] = timezone

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/service-configuration",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | ServiceConfigurationDocument | None:
    if response.status_code == 200:
        response_200 = ServiceConfigurationDocument.from_dict(response.json())

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
) -> Response[ErrorDocument | ServiceConfigurationDocument]:
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
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | ServiceConfigurationDocument]:
    """Booking configuration of a resource and service pair

     Durations, default times, add-ons, sub-resources and `meta.next_available_date`. One client
    reads `data` as a single object, another as an array; both are allowed. Callers send the
    service-quantity map `service_id[<sid>]=1`.
    Source: Tübingen library client; github.com/nightillusions/anny-auto-scheduler.

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ServiceConfigurationDocument]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        timezone=timezone,
        include=include,
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
    include: str | Unset = UNSET,
) -> ErrorDocument | ServiceConfigurationDocument | None:
    """Booking configuration of a resource and service pair

     Durations, default times, add-ons, sub-resources and `meta.next_available_date`. One client
    reads `data` as a single object, another as an array; both are allowed. Callers send the
    service-quantity map `service_id[<sid>]=1`.
    Source: Tübingen library client; github.com/nightillusions/anny-auto-scheduler.

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ServiceConfigurationDocument
    """

    return sync_detailed(
        client=client,
        service_id=service_id,
        resource_id=resource_id,
        timezone=timezone,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | ServiceConfigurationDocument]:
    """Booking configuration of a resource and service pair

     Durations, default times, add-ons, sub-resources and `meta.next_available_date`. One client
    reads `data` as a single object, another as an array; both are allowed. Callers send the
    service-quantity map `service_id[<sid>]=1`.
    Source: Tübingen library client; github.com/nightillusions/anny-auto-scheduler.

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ServiceConfigurationDocument]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        resource_id=resource_id,
        timezone=timezone,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_id: ServiceQuantities,
    resource_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorDocument | ServiceConfigurationDocument | None:
    """Booking configuration of a resource and service pair

     Durations, default times, add-ons, sub-resources and `meta.next_available_date`. One client
    reads `data` as a single object, another as an array; both are allowed. Callers send the
    service-quantity map `service_id[<sid>]=1`.
    Source: Tübingen library client; github.com/nightillusions/anny-auto-scheduler.

    Args:
        service_id (ServiceQuantities): Quantities keyed by numeric service id: `{"7003": 1}`
            travels in a query string as
            `service_id[7003]=1`. At least one entry, keys are numeric ids. (Not declared as
            `minProperties`/`propertyNames`: Stoplight Prism 5.x deserializes a deepObject only by
            declared `properties`, reads this map as `{}` and would reject every real request.)
        resource_id (str | Unset):
        timezone (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ServiceConfigurationDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            service_id=service_id,
            resource_id=resource_id,
            timezone=timezone,
            include=include,
        )
    ).parsed
