from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.resource_locations_response import ResourceLocationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filterinclude_unavailable: int | Unset = UNSET,
    filtercustomer_account_id: str | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filteruse_view_options: int | Unset = UNSET,
    filterstart_date: str | Unset = UNSET,
    filterend_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[include_unavailable]"] = filterinclude_unavailable

    params["filter[customer_account_id]"] = filtercustomer_account_id

    params["filter[exclude_child_resources]"] = filterexclude_child_resources

    params["filter[use_view_options]"] = filteruse_view_options

    params["filter[start_date]"] = filterstart_date

    params["filter[end_date]"] = filterend_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/resources/locations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | ResourceLocationsResponse | None:
    if response.status_code == 200:
        response_200 = ResourceLocationsResponse.from_dict(response.json())

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
) -> Response[ErrorDocument | ResourceLocationsResponse]:
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
    filterinclude_unavailable: int | Unset = UNSET,
    filtercustomer_account_id: str | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filteruse_view_options: int | Unset = UNSET,
    filterstart_date: str | Unset = UNSET,
    filterend_date: str | Unset = UNSET,
) -> Response[ErrorDocument | ResourceLocationsResponse]:
    """Resource locations with an availability summary

     The planner's location list. **Plain JSON**, not JSON:API: `{"resourceLocations": [...]}`.
    Source: github.com/schlagmichdoch/anny-booking-automation `booking/client.py`, `tum-desks.md`.

    Args:
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filtercustomer_account_id (str | Unset):
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filteruse_view_options (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (str | Unset):
        filterend_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceLocationsResponse]
    """

    kwargs = _get_kwargs(
        filterinclude_unavailable=filterinclude_unavailable,
        filtercustomer_account_id=filtercustomer_account_id,
        filterexclude_child_resources=filterexclude_child_resources,
        filteruse_view_options=filteruse_view_options,
        filterstart_date=filterstart_date,
        filterend_date=filterend_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filterinclude_unavailable: int | Unset = UNSET,
    filtercustomer_account_id: str | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filteruse_view_options: int | Unset = UNSET,
    filterstart_date: str | Unset = UNSET,
    filterend_date: str | Unset = UNSET,
) -> ErrorDocument | ResourceLocationsResponse | None:
    """Resource locations with an availability summary

     The planner's location list. **Plain JSON**, not JSON:API: `{"resourceLocations": [...]}`.
    Source: github.com/schlagmichdoch/anny-booking-automation `booking/client.py`, `tum-desks.md`.

    Args:
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filtercustomer_account_id (str | Unset):
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filteruse_view_options (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (str | Unset):
        filterend_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceLocationsResponse
    """

    return sync_detailed(
        client=client,
        filterinclude_unavailable=filterinclude_unavailable,
        filtercustomer_account_id=filtercustomer_account_id,
        filterexclude_child_resources=filterexclude_child_resources,
        filteruse_view_options=filteruse_view_options,
        filterstart_date=filterstart_date,
        filterend_date=filterend_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterinclude_unavailable: int | Unset = UNSET,
    filtercustomer_account_id: str | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filteruse_view_options: int | Unset = UNSET,
    filterstart_date: str | Unset = UNSET,
    filterend_date: str | Unset = UNSET,
) -> Response[ErrorDocument | ResourceLocationsResponse]:
    """Resource locations with an availability summary

     The planner's location list. **Plain JSON**, not JSON:API: `{"resourceLocations": [...]}`.
    Source: github.com/schlagmichdoch/anny-booking-automation `booking/client.py`, `tum-desks.md`.

    Args:
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filtercustomer_account_id (str | Unset):
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filteruse_view_options (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (str | Unset):
        filterend_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceLocationsResponse]
    """

    kwargs = _get_kwargs(
        filterinclude_unavailable=filterinclude_unavailable,
        filtercustomer_account_id=filtercustomer_account_id,
        filterexclude_child_resources=filterexclude_child_resources,
        filteruse_view_options=filteruse_view_options,
        filterstart_date=filterstart_date,
        filterend_date=filterend_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterinclude_unavailable: int | Unset = UNSET,
    filtercustomer_account_id: str | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filteruse_view_options: int | Unset = UNSET,
    filterstart_date: str | Unset = UNSET,
    filterend_date: str | Unset = UNSET,
) -> ErrorDocument | ResourceLocationsResponse | None:
    """Resource locations with an availability summary

     The planner's location list. **Plain JSON**, not JSON:API: `{"resourceLocations": [...]}`.
    Source: github.com/schlagmichdoch/anny-booking-automation `booking/client.py`, `tum-desks.md`.

    Args:
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filtercustomer_account_id (str | Unset):
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filteruse_view_options (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (str | Unset):
        filterend_date (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceLocationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filterinclude_unavailable=filterinclude_unavailable,
            filtercustomer_account_id=filtercustomer_account_id,
            filterexclude_child_resources=filterexclude_child_resources,
            filteruse_view_options=filteruse_view_options,
            filterstart_date=filterstart_date,
            filterend_date=filterend_date,
        )
    ).parsed
