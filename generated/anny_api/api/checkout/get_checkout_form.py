from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkout_form import CheckoutForm
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oid"] = oid

    params["oat"] = oat

    params["stateless"] = stateless

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ui/checkout-form",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckoutForm | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = CheckoutForm.from_dict(response.json())

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
) -> Response[CheckoutForm | ErrorDocument]:
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
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
) -> Response[CheckoutForm | ErrorDocument]:
    """The dynamic checkout form for the current order

     Outside `/api/v1`. **Plain JSON**. With a customer token `default.customer` comes prefilled.
    `components` and `validations` are assumed by analogy with the documented admin checkout form.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`;
    https://developers.anny.co/guides/admin-booking-creation (admin counterpart).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutForm | ErrorDocument]
    """

    kwargs = _get_kwargs(
        oid=oid,
        oat=oat,
        stateless=stateless,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
) -> CheckoutForm | ErrorDocument | None:
    """The dynamic checkout form for the current order

     Outside `/api/v1`. **Plain JSON**. With a customer token `default.customer` comes prefilled.
    `components` and `validations` are assumed by analogy with the documented admin checkout form.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`;
    https://developers.anny.co/guides/admin-booking-creation (admin counterpart).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutForm | ErrorDocument
    """

    return sync_detailed(
        client=client,
        oid=oid,
        oat=oat,
        stateless=stateless,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
) -> Response[CheckoutForm | ErrorDocument]:
    """The dynamic checkout form for the current order

     Outside `/api/v1`. **Plain JSON**. With a customer token `default.customer` comes prefilled.
    `components` and `validations` are assumed by analogy with the documented admin checkout form.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`;
    https://developers.anny.co/guides/admin-booking-creation (admin counterpart).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutForm | ErrorDocument]
    """

    kwargs = _get_kwargs(
        oid=oid,
        oat=oat,
        stateless=stateless,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    oat: str,
    stateless: int | Unset = UNSET,
) -> CheckoutForm | ErrorDocument | None:
    """The dynamic checkout form for the current order

     Outside `/api/v1`. **Plain JSON**. With a customer token `default.customer` comes prefilled.
    `components` and `validations` are assumed by analogy with the documented admin checkout form.
    Source: github.com/wiestju/anny-booking-automation `booking/client.py`;
    https://developers.anny.co/guides/admin-booking-creation (admin counterpart).

    Args:
        oid (str):
        oat (str):
        stateless (int | Unset): A JSON:API boolean query flag, sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutForm | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            oid=oid,
            oat=oat,
            stateless=stateless,
        )
    ).parsed
