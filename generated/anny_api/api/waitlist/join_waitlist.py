from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.waitlist_entry_create_request import WaitlistEntryCreateRequest
from ...models.waitlist_entry_document import WaitlistEntryDocument
from ...types import Response


def _get_kwargs(
    *,
    body: WaitlistEntryCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/waitlist-entries",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | WaitlistEntryDocument | None:
    if response.status_code == 201:
        response_201 = WaitlistEntryDocument.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorDocument.from_dict(response.json())

        return response_409

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
) -> Response[ErrorDocument | WaitlistEntryDocument]:
    if not (
        response.status_code == 201
        or response.status_code == 401
        or response.status_code == 404
        or response.status_code == 409
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
    client: AuthenticatedClient,
    body: WaitlistEntryCreateRequest,
) -> Response[ErrorDocument | WaitlistEntryDocument]:
    """Inferred (unverified): join the waitlist of a fully booked slot

     Offered only when the resource allows waitlist entries (`settings.waitlist.enabled`;
    `metaSettings.waitlist.enabled` in the shop) **and** the requested interval or series is
    unavailable because it is fully booked (`unavailability_type` `booked_out`); not for
    lead-time, off-schedule or duration conflicts (Addendum C6). Needs a signed-in customer
    (401 anonymously). A resource without a waitlist is refused with 422 (pointer at the
    resource), a slot that is not booked out (or already waited for) with 409; these
    statuses and the error codes are inferred. Series can be waitlisted (C6): the optional
    `timeslot_series_id` is an inferred name (the series id as the quote body sends it).
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature; resources
    carry `settings.waitlist{enabled, backoff}` (github.com/anny-co/anny-n8n schema);
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        body (WaitlistEntryCreateRequest): Inferred (unverified). A spot for one booked-out
            interval, or for a series (`timeslot_series_id`, inferred name; Addendum C6).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | WaitlistEntryDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WaitlistEntryCreateRequest,
) -> ErrorDocument | WaitlistEntryDocument | None:
    """Inferred (unverified): join the waitlist of a fully booked slot

     Offered only when the resource allows waitlist entries (`settings.waitlist.enabled`;
    `metaSettings.waitlist.enabled` in the shop) **and** the requested interval or series is
    unavailable because it is fully booked (`unavailability_type` `booked_out`); not for
    lead-time, off-schedule or duration conflicts (Addendum C6). Needs a signed-in customer
    (401 anonymously). A resource without a waitlist is refused with 422 (pointer at the
    resource), a slot that is not booked out (or already waited for) with 409; these
    statuses and the error codes are inferred. Series can be waitlisted (C6): the optional
    `timeslot_series_id` is an inferred name (the series id as the quote body sends it).
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature; resources
    carry `settings.waitlist{enabled, backoff}` (github.com/anny-co/anny-n8n schema);
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        body (WaitlistEntryCreateRequest): Inferred (unverified). A spot for one booked-out
            interval, or for a series (`timeslot_series_id`, inferred name; Addendum C6).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | WaitlistEntryDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WaitlistEntryCreateRequest,
) -> Response[ErrorDocument | WaitlistEntryDocument]:
    """Inferred (unverified): join the waitlist of a fully booked slot

     Offered only when the resource allows waitlist entries (`settings.waitlist.enabled`;
    `metaSettings.waitlist.enabled` in the shop) **and** the requested interval or series is
    unavailable because it is fully booked (`unavailability_type` `booked_out`); not for
    lead-time, off-schedule or duration conflicts (Addendum C6). Needs a signed-in customer
    (401 anonymously). A resource without a waitlist is refused with 422 (pointer at the
    resource), a slot that is not booked out (or already waited for) with 409; these
    statuses and the error codes are inferred. Series can be waitlisted (C6): the optional
    `timeslot_series_id` is an inferred name (the series id as the quote body sends it).
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature; resources
    carry `settings.waitlist{enabled, backoff}` (github.com/anny-co/anny-n8n schema);
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        body (WaitlistEntryCreateRequest): Inferred (unverified). A spot for one booked-out
            interval, or for a series (`timeslot_series_id`, inferred name; Addendum C6).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | WaitlistEntryDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WaitlistEntryCreateRequest,
) -> ErrorDocument | WaitlistEntryDocument | None:
    """Inferred (unverified): join the waitlist of a fully booked slot

     Offered only when the resource allows waitlist entries (`settings.waitlist.enabled`;
    `metaSettings.waitlist.enabled` in the shop) **and** the requested interval or series is
    unavailable because it is fully booked (`unavailability_type` `booked_out`); not for
    lead-time, off-schedule or duration conflicts (Addendum C6). Needs a signed-in customer
    (401 anonymously). A resource without a waitlist is refused with 422 (pointer at the
    resource), a slot that is not booked out (or already waited for) with 409; these
    statuses and the error codes are inferred. Series can be waitlisted (C6): the optional
    `timeslot_series_id` is an inferred name (the series id as the quote body sends it).
    Source: inferred from https://docs.anny.co/en/articles/324685-the-waitlist-feature; resources
    carry `settings.waitlist{enabled, backoff}` (github.com/anny-co/anny-n8n schema);
    https://developers.anny.co/guides/waitlist (reference Addendum C6).

    Args:
        body (WaitlistEntryCreateRequest): Inferred (unverified). A spot for one booked-out
            interval, or for a series (`timeslot_series_id`, inferred name; Addendum C6).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | WaitlistEntryDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
