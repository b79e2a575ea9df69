from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_verification_request import EmailVerificationRequest
from ...models.email_verification_sent import EmailVerificationSent
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: EmailVerificationRequest,
    oid: str,
    oat: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["oid"] = oid

    params["oat"] = oat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/order/email-verification",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailVerificationSent | ErrorDocument | None:
    if response.status_code == 202:
        response_202 = EmailVerificationSent.from_dict(response.json())

        return response_202

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
) -> Response[EmailVerificationSent | ErrorDocument]:
    if not (
        response.status_code == 202
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
    body: EmailVerificationRequest,
    oid: str,
    oat: str,
) -> Response[EmailVerificationSent | ErrorDocument]:
    """Inferred (unverified): send a verification code to a guest's e-mail address

     Step 5 of the documented checkout ("optionally verify a guest's email"), required where the
    resource has `settings.checkout.verifyGuestEmail`. The path is not public.
    Source: inferred from https://developers.anny.co/guides/checkout (step list).

    Args:
        oid (str):
        oat (str):
        body (EmailVerificationRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailVerificationSent | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        oid=oid,
        oat=oat,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EmailVerificationRequest,
    oid: str,
    oat: str,
) -> EmailVerificationSent | ErrorDocument | None:
    """Inferred (unverified): send a verification code to a guest's e-mail address

     Step 5 of the documented checkout ("optionally verify a guest's email"), required where the
    resource has `settings.checkout.verifyGuestEmail`. The path is not public.
    Source: inferred from https://developers.anny.co/guides/checkout (step list).

    Args:
        oid (str):
        oat (str):
        body (EmailVerificationRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailVerificationSent | ErrorDocument
    """

    return sync_detailed(
        client=client,
        body=body,
        oid=oid,
        oat=oat,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailVerificationRequest,
    oid: str,
    oat: str,
) -> Response[EmailVerificationSent | ErrorDocument]:
    """Inferred (unverified): send a verification code to a guest's e-mail address

     Step 5 of the documented checkout ("optionally verify a guest's email"), required where the
    resource has `settings.checkout.verifyGuestEmail`. The path is not public.
    Source: inferred from https://developers.anny.co/guides/checkout (step list).

    Args:
        oid (str):
        oat (str):
        body (EmailVerificationRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailVerificationSent | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        oid=oid,
        oat=oat,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailVerificationRequest,
    oid: str,
    oat: str,
) -> EmailVerificationSent | ErrorDocument | None:
    """Inferred (unverified): send a verification code to a guest's e-mail address

     Step 5 of the documented checkout ("optionally verify a guest's email"), required where the
    resource has `settings.checkout.verifyGuestEmail`. The path is not public.
    Source: inferred from https://developers.anny.co/guides/checkout (step list).

    Args:
        oid (str):
        oat (str):
        body (EmailVerificationRequest): Inferred (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailVerificationSent | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            oid=oid,
            oat=oat,
        )
    ).parsed
