from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.order_document import OrderDocument
from ...models.voucher_request import VoucherRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VoucherRequest,
    oid: str,
    oat: str,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["oid"] = oid

    params["oat"] = oat

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/order/voucher",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | OrderDocument | None:
    if response.status_code == 200:
        response_200 = OrderDocument.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = ErrorDocument.from_dict(response.json())

        return response_415

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
) -> Response[ErrorDocument | OrderDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 404
        or response.status_code == 415
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
    body: VoucherRequest,
    oid: str,
    oat: str,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Inferred (unverified): apply a voucher code to the cart

     Step 3 of the documented checkout ("edit the cart or apply a voucher"); the path is not
    public. Orders carry a `voucher` relationship and `meta.voucher_code`. The body field is
    `voucher_code`, the only voucher request field anny documents (in the admin quote body
    of `POST /api/v1/orders/calculate`; reference Addendum C12); the earlier `code` had no
    evidence and is refused.
    Source: inferred from https://developers.anny.co/guides/checkout (step list); body field
    from https://developers.anny.co/guides/admin-booking-creation (reference Addendum C12).

    Args:
        oid (str):
        oat (str):
        include (str | Unset):
        body (VoucherRequest): Inferred (unverified): the voucher code to apply. `voucher_code` is
            the only voucher request field anny documents (reference Addendum C12, admin quote body);
            that the customer-side call takes it too is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrderDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        oid=oid,
        oat=oat,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: VoucherRequest,
    oid: str,
    oat: str,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Inferred (unverified): apply a voucher code to the cart

     Step 3 of the documented checkout ("edit the cart or apply a voucher"); the path is not
    public. Orders carry a `voucher` relationship and `meta.voucher_code`. The body field is
    `voucher_code`, the only voucher request field anny documents (in the admin quote body
    of `POST /api/v1/orders/calculate`; reference Addendum C12); the earlier `code` had no
    evidence and is refused.
    Source: inferred from https://developers.anny.co/guides/checkout (step list); body field
    from https://developers.anny.co/guides/admin-booking-creation (reference Addendum C12).

    Args:
        oid (str):
        oat (str):
        include (str | Unset):
        body (VoucherRequest): Inferred (unverified): the voucher code to apply. `voucher_code` is
            the only voucher request field anny documents (reference Addendum C12, admin quote body);
            that the customer-side call takes it too is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrderDocument
    """

    return sync_detailed(
        client=client,
        body=body,
        oid=oid,
        oat=oat,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VoucherRequest,
    oid: str,
    oat: str,
    include: str | Unset = UNSET,
) -> Response[ErrorDocument | OrderDocument]:
    """Inferred (unverified): apply a voucher code to the cart

     Step 3 of the documented checkout ("edit the cart or apply a voucher"); the path is not
    public. Orders carry a `voucher` relationship and `meta.voucher_code`. The body field is
    `voucher_code`, the only voucher request field anny documents (in the admin quote body
    of `POST /api/v1/orders/calculate`; reference Addendum C12); the earlier `code` had no
    evidence and is refused.
    Source: inferred from https://developers.anny.co/guides/checkout (step list); body field
    from https://developers.anny.co/guides/admin-booking-creation (reference Addendum C12).

    Args:
        oid (str):
        oat (str):
        include (str | Unset):
        body (VoucherRequest): Inferred (unverified): the voucher code to apply. `voucher_code` is
            the only voucher request field anny documents (reference Addendum C12, admin quote body);
            that the customer-side call takes it too is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | OrderDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        oid=oid,
        oat=oat,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VoucherRequest,
    oid: str,
    oat: str,
    include: str | Unset = UNSET,
) -> ErrorDocument | OrderDocument | None:
    """Inferred (unverified): apply a voucher code to the cart

     Step 3 of the documented checkout ("edit the cart or apply a voucher"); the path is not
    public. Orders carry a `voucher` relationship and `meta.voucher_code`. The body field is
    `voucher_code`, the only voucher request field anny documents (in the admin quote body
    of `POST /api/v1/orders/calculate`; reference Addendum C12); the earlier `code` had no
    evidence and is refused.
    Source: inferred from https://developers.anny.co/guides/checkout (step list); body field
    from https://developers.anny.co/guides/admin-booking-creation (reference Addendum C12).

    Args:
        oid (str):
        oat (str):
        include (str | Unset):
        body (VoucherRequest): Inferred (unverified): the voucher code to apply. `voucher_code` is
            the only voucher request field anny documents (reference Addendum C12, admin quote body);
            that the customer-side call takes it too is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | OrderDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            oid=oid,
            oat=oat,
            include=include,
        )
    ).parsed
