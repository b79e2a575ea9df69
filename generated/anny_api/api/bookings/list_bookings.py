import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_collection import BookingCollection
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterresources: list[str] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterupcoming_only: int | Unset = UNSET,
    filterstart_date: datetime.datetime | Unset = UNSET,
    filterend_date: datetime.datetime | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filterhide_blocker: int | Unset = UNSET,
    filteremail: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["sort"] = sort

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    json_filterresources: list[str] | Unset = UNSET
    if not isinstance(filterresources, Unset):
        json_filterresources = filterresources

    params["filter[resources]"] = (
        ",".join(json_filterresources) if isinstance(json_filterresources, list) else json_filterresources
    )

    params["filter[search]"] = filtersearch

    params["filter[upcoming_only]"] = filterupcoming_only

    json_filterstart_date: str | Unset = UNSET
    if not isinstance(filterstart_date, Unset):
        json_filterstart_date = filterstart_date.isoformat()
    params["filter[start_date]"] = json_filterstart_date

    json_filterend_date: str | Unset = UNSET
    if not isinstance(filterend_date, Unset):
        json_filterend_date = filterend_date.isoformat()
    params["filter[end_date]"] = json_filterend_date

    params["filter[status]"] = filterstatus

    params["filter[hide_blocker]"] = filterhide_blocker

    params["filter[email]"] = filteremail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bookings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingCollection | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = BookingCollection.from_dict(response.json())

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
) -> Response[BookingCollection | ErrorDocument]:
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
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterresources: list[str] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterupcoming_only: int | Unset = UNSET,
    filterstart_date: datetime.datetime | Unset = UNSET,
    filterend_date: datetime.datetime | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filterhide_blocker: int | Unset = UNSET,
    filteremail: str | Unset = UNSET,
) -> Response[BookingCollection | ErrorDocument]:
    """The customer's own bookings

     Filters, includes and sort as documented on the reference page. Loop on `links.next`.
    Source: https://developers.anny.co/apis/customer-api/tag/bookings/get/api/v1/bookings;
    github.com/obcode/plexams.go `plexams/anny/fetch.go`.

    Args:
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterresources (list[str] | Unset):
        filtersearch (str | Unset):
        filterupcoming_only (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (datetime.datetime | Unset):
        filterend_date (datetime.datetime | Unset):
        filterstatus (str | Unset):
        filterhide_blocker (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filteremail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingCollection | ErrorDocument]
    """

    kwargs = _get_kwargs(
        include=include,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filterresources=filterresources,
        filtersearch=filtersearch,
        filterupcoming_only=filterupcoming_only,
        filterstart_date=filterstart_date,
        filterend_date=filterend_date,
        filterstatus=filterstatus,
        filterhide_blocker=filterhide_blocker,
        filteremail=filteremail,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterresources: list[str] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterupcoming_only: int | Unset = UNSET,
    filterstart_date: datetime.datetime | Unset = UNSET,
    filterend_date: datetime.datetime | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filterhide_blocker: int | Unset = UNSET,
    filteremail: str | Unset = UNSET,
) -> BookingCollection | ErrorDocument | None:
    """The customer's own bookings

     Filters, includes and sort as documented on the reference page. Loop on `links.next`.
    Source: https://developers.anny.co/apis/customer-api/tag/bookings/get/api/v1/bookings;
    github.com/obcode/plexams.go `plexams/anny/fetch.go`.

    Args:
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterresources (list[str] | Unset):
        filtersearch (str | Unset):
        filterupcoming_only (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (datetime.datetime | Unset):
        filterend_date (datetime.datetime | Unset):
        filterstatus (str | Unset):
        filterhide_blocker (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filteremail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingCollection | ErrorDocument
    """

    return sync_detailed(
        client=client,
        include=include,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filterresources=filterresources,
        filtersearch=filtersearch,
        filterupcoming_only=filterupcoming_only,
        filterstart_date=filterstart_date,
        filterend_date=filterend_date,
        filterstatus=filterstatus,
        filterhide_blocker=filterhide_blocker,
        filteremail=filteremail,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterresources: list[str] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterupcoming_only: int | Unset = UNSET,
    filterstart_date: datetime.datetime | Unset = UNSET,
    filterend_date: datetime.datetime | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filterhide_blocker: int | Unset = UNSET,
    filteremail: str | Unset = UNSET,
) -> Response[BookingCollection | ErrorDocument]:
    """The customer's own bookings

     Filters, includes and sort as documented on the reference page. Loop on `links.next`.
    Source: https://developers.anny.co/apis/customer-api/tag/bookings/get/api/v1/bookings;
    github.com/obcode/plexams.go `plexams/anny/fetch.go`.

    Args:
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterresources (list[str] | Unset):
        filtersearch (str | Unset):
        filterupcoming_only (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (datetime.datetime | Unset):
        filterend_date (datetime.datetime | Unset):
        filterstatus (str | Unset):
        filterhide_blocker (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filteremail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingCollection | ErrorDocument]
    """

    kwargs = _get_kwargs(
        include=include,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        filterresources=filterresources,
        filtersearch=filtersearch,
        filterupcoming_only=filterupcoming_only,
        filterstart_date=filterstart_date,
        filterend_date=filterend_date,
        filterstatus=filterstatus,
        filterhide_blocker=filterhide_blocker,
        filteremail=filteremail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    filterresources: list[str] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterupcoming_only: int | Unset = UNSET,
    filterstart_date: datetime.datetime | Unset = UNSET,
    filterend_date: datetime.datetime | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filterhide_blocker: int | Unset = UNSET,
    filteremail: str | Unset = UNSET,
) -> BookingCollection | ErrorDocument | None:
    """The customer's own bookings

     Filters, includes and sort as documented on the reference page. Loop on `links.next`.
    Source: https://developers.anny.co/apis/customer-api/tag/bookings/get/api/v1/bookings;
    github.com/obcode/plexams.go `plexams/anny/fetch.go`.

    Args:
        include (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        filterresources (list[str] | Unset):
        filtersearch (str | Unset):
        filterupcoming_only (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filterstart_date (datetime.datetime | Unset):
        filterend_date (datetime.datetime | Unset):
        filterstatus (str | Unset):
        filterhide_blocker (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.
        filteremail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingCollection | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            sort=sort,
            pagenumber=pagenumber,
            pagesize=pagesize,
            filterresources=filterresources,
            filtersearch=filtersearch,
            filterupcoming_only=filterupcoming_only,
            filterstart_date=filterstart_date,
            filterend_date=filterend_date,
            filterstatus=filterstatus,
            filterhide_blocker=filterhide_blocker,
            filteremail=filteremail,
        )
    ).parsed
