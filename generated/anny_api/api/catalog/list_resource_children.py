import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.resource_collection import ResourceCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_slug: str,
    *,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filteravailable_from: datetime.datetime | Unset = UNSET,
    filteravailable_to: datetime.datetime | Unset = UNSET,
    filteravailability_exact_match: int | Unset = UNSET,
    filteravailability_service_id: str | Unset = UNSET,
    filterexclude_hidden: int | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filterinclude_unavailable: int | Unset = UNSET,
    filterpre_order_ids: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["sort"] = sort

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    json_filteravailable_from: str | Unset = UNSET
    if not isinstance(filteravailable_from, Unset):
        json_filteravailable_from = filteravailable_from.isoformat()
    params["filter[available_from]"] = json_filteravailable_from

    json_filteravailable_to: str | Unset = UNSET
    if not isinstance(filteravailable_to, Unset):
        json_filteravailable_to = filteravailable_to.isoformat()
    params["filter[available_to]"] = json_filteravailable_to

    params["filter[availability_exact_match]"] = filteravailability_exact_match

    params["filter[availability_service_id]"] = filteravailability_service_id

    params["filter[exclude_hidden]"] = filterexclude_hidden

    params["filter[exclude_child_resources]"] = filterexclude_child_resources

    params["filter[include_unavailable]"] = filterinclude_unavailable

    params["filter[pre_order_ids]"] = filterpre_order_ids

    params["stateless"] = stateless

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/resources/{resource_slug}/children".format(
            resource_slug=quote(str(resource_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | ResourceCollection | None:
    if response.status_code == 200:
        response_200 = ResourceCollection.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

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
) -> Response[ErrorDocument | ResourceCollection]:
    if not (
        response.status_code == 200
        or response.status_code == 403
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
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filteravailable_from: datetime.datetime | Unset = UNSET,
    filteravailable_to: datetime.datetime | Unset = UNSET,
    filteravailability_exact_match: int | Unset = UNSET,
    filteravailability_service_id: str | Unset = UNSET,
    filterexclude_hidden: int | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filterinclude_unavailable: int | Unset = UNSET,
    filterpre_order_ids: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> Response[ErrorDocument | ResourceCollection]:
    """List the child resources of a parent (e.g. desks), filtered by availability

     Clients read `data[].id`, the bookable child ids.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`; a KIT desk script;
    github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`.

    Args:
        resource_slug (str):
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filteravailable_from (datetime.datetime | Unset):
        filteravailable_to (datetime.datetime | Unset):
        filteravailability_exact_match (int | Unset): A JSON:API boolean query flag, sent as `0`
            or `1`.
        filteravailability_service_id (str | Unset):
        filterexclude_hidden (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterpre_order_ids (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceCollection]
    """

    kwargs = _get_kwargs(
        resource_slug=resource_slug,
        include=include,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filteravailable_from=filteravailable_from,
        filteravailable_to=filteravailable_to,
        filteravailability_exact_match=filteravailability_exact_match,
        filteravailability_service_id=filteravailability_service_id,
        filterexclude_hidden=filterexclude_hidden,
        filterexclude_child_resources=filterexclude_child_resources,
        filterinclude_unavailable=filterinclude_unavailable,
        filterpre_order_ids=filterpre_order_ids,
        stateless=stateless,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filteravailable_from: datetime.datetime | Unset = UNSET,
    filteravailable_to: datetime.datetime | Unset = UNSET,
    filteravailability_exact_match: int | Unset = UNSET,
    filteravailability_service_id: str | Unset = UNSET,
    filterexclude_hidden: int | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filterinclude_unavailable: int | Unset = UNSET,
    filterpre_order_ids: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> ErrorDocument | ResourceCollection | None:
    """List the child resources of a parent (e.g. desks), filtered by availability

     Clients read `data[].id`, the bookable child ids.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`; a KIT desk script;
    github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`.

    Args:
        resource_slug (str):
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filteravailable_from (datetime.datetime | Unset):
        filteravailable_to (datetime.datetime | Unset):
        filteravailability_exact_match (int | Unset): A JSON:API boolean query flag, sent as `0`
            or `1`.
        filteravailability_service_id (str | Unset):
        filterexclude_hidden (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterpre_order_ids (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceCollection
    """

    return sync_detailed(
        resource_slug=resource_slug,
        client=client,
        include=include,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filteravailable_from=filteravailable_from,
        filteravailable_to=filteravailable_to,
        filteravailability_exact_match=filteravailability_exact_match,
        filteravailability_service_id=filteravailability_service_id,
        filterexclude_hidden=filterexclude_hidden,
        filterexclude_child_resources=filterexclude_child_resources,
        filterinclude_unavailable=filterinclude_unavailable,
        filterpre_order_ids=filterpre_order_ids,
        stateless=stateless,
    ).parsed


async def asyncio_detailed(
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filteravailable_from: datetime.datetime | Unset = UNSET,
    filteravailable_to: datetime.datetime | Unset = UNSET,
    filteravailability_exact_match: int | Unset = UNSET,
    filteravailability_service_id: str | Unset = UNSET,
    filterexclude_hidden: int | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filterinclude_unavailable: int | Unset = UNSET,
    filterpre_order_ids: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> Response[ErrorDocument | ResourceCollection]:
    """List the child resources of a parent (e.g. desks), filtered by availability

     Clients read `data[].id`, the bookable child ids.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`; a KIT desk script;
    github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`.

    Args:
        resource_slug (str):
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filteravailable_from (datetime.datetime | Unset):
        filteravailable_to (datetime.datetime | Unset):
        filteravailability_exact_match (int | Unset): A JSON:API boolean query flag, sent as `0`
            or `1`.
        filteravailability_service_id (str | Unset):
        filterexclude_hidden (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterpre_order_ids (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | ResourceCollection]
    """

    kwargs = _get_kwargs(
        resource_slug=resource_slug,
        include=include,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filteravailable_from=filteravailable_from,
        filteravailable_to=filteravailable_to,
        filteravailability_exact_match=filteravailability_exact_match,
        filteravailability_service_id=filteravailability_service_id,
        filterexclude_hidden=filterexclude_hidden,
        filterexclude_child_resources=filterexclude_child_resources,
        filterinclude_unavailable=filterinclude_unavailable,
        filterpre_order_ids=filterpre_order_ids,
        stateless=stateless,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_slug: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filteravailable_from: datetime.datetime | Unset = UNSET,
    filteravailable_to: datetime.datetime | Unset = UNSET,
    filteravailability_exact_match: int | Unset = UNSET,
    filteravailability_service_id: str | Unset = UNSET,
    filterexclude_hidden: int | Unset = UNSET,
    filterexclude_child_resources: int | Unset = UNSET,
    filterinclude_unavailable: int | Unset = UNSET,
    filterpre_order_ids: str | Unset = UNSET,
    stateless: int | Unset = UNSET,
) -> ErrorDocument | ResourceCollection | None:
    """List the child resources of a parent (e.g. desks), filtered by availability

     Clients read `data[].id`, the bookable child ids.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`; a KIT desk script;
    github.com/nightillusions/anny-auto-scheduler `src/bridge-main.js`.

    Args:
        resource_slug (str):
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filteravailable_from (datetime.datetime | Unset):
        filteravailable_to (datetime.datetime | Unset):
        filteravailability_exact_match (int | Unset): A JSON:API boolean query flag, sent as `0`
            or `1`.
        filteravailability_service_id (str | Unset):
        filterexclude_hidden (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterexclude_child_resources (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterinclude_unavailable (int | Unset): A JSON:API boolean query flag, sent as `0` or
            `1`.
        filterpre_order_ids (str | Unset):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | ResourceCollection
    """

    return (
        await asyncio_detailed(
            resource_slug=resource_slug,
            client=client,
            include=include,
            sort=sort,
            pagenumber=pagenumber,
            pagesize=pagesize,
            filteravailable_from=filteravailable_from,
            filteravailable_to=filteravailable_to,
            filteravailability_exact_match=filteravailability_exact_match,
            filteravailability_service_id=filteravailability_service_id,
            filterexclude_hidden=filterexclude_hidden,
            filterexclude_child_resources=filterexclude_child_resources,
            filterinclude_unavailable=filterinclude_unavailable,
            filterpre_order_ids=filterpre_order_ids,
            stateless=stateless,
        )
    ).parsed
