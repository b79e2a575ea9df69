from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.community_account_document import CommunityAccountDocument
from ...models.community_join_request import CommunityJoinRequest
from ...models.error_document import ErrorDocument
from ...types import Response


def _get_kwargs(
    community_id: str,
    *,
    body: CommunityJoinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/communities/{community_id}/join".format(
            community_id=quote(str(community_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunityAccountDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = CommunityAccountDocument.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CommunityAccountDocument.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

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
) -> Response[CommunityAccountDocument | ErrorDocument]:
    if not (
        response.status_code == 200
        or response.status_code == 201
        or response.status_code == 401
        or response.status_code == 403
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
    community_id: str,
    *,
    client: AuthenticatedClient,
    body: CommunityJoinRequest,
) -> Response[CommunityAccountDocument | ErrorDocument]:
    """Inferred (unverified): join a community or ask to join it

     anny's assistant tools join with a `join` action on the `communities` type, addressed by
    the community **id**, which "joins the signed-in user"; under anny's JSON:API framework a
    custom action is a sub-route of the record (`{record}/join`; Addendum B7, B8). Signed-in
    customers perform the membership actions (Addendum C7).
    The answer is the customer's **community account** (C7): `status` `accepted` (an active
    member: the community lets customers in at once, `auto_join_enabled`) or `pending`
    (awaiting approval: the community takes requests, `allow_customer_requests`, that a
    manager approves). A community that takes no requests is joined by invitation only
    (403). Joining again answers the existing community account (200).
    Inferred: the verb and the body, the `access_code` attribute (a hint: resource detail
    carries `service_access_code`) and the JSON:API type `community-accounts` (dasherized
    from the relation `community_accounts`, B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json`; anny-co/laravel-integrations.

    Args:
        community_id (str):
        body (CommunityJoinRequest): Inferred (unverified): the body of a join (Addendum C7
            documents the action, not its body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityAccountDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        community_id=community_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    community_id: str,
    *,
    client: AuthenticatedClient,
    body: CommunityJoinRequest,
) -> CommunityAccountDocument | ErrorDocument | None:
    """Inferred (unverified): join a community or ask to join it

     anny's assistant tools join with a `join` action on the `communities` type, addressed by
    the community **id**, which "joins the signed-in user"; under anny's JSON:API framework a
    custom action is a sub-route of the record (`{record}/join`; Addendum B7, B8). Signed-in
    customers perform the membership actions (Addendum C7).
    The answer is the customer's **community account** (C7): `status` `accepted` (an active
    member: the community lets customers in at once, `auto_join_enabled`) or `pending`
    (awaiting approval: the community takes requests, `allow_customer_requests`, that a
    manager approves). A community that takes no requests is joined by invitation only
    (403). Joining again answers the existing community account (200).
    Inferred: the verb and the body, the `access_code` attribute (a hint: resource detail
    carries `service_access_code`) and the JSON:API type `community-accounts` (dasherized
    from the relation `community_accounts`, B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json`; anny-co/laravel-integrations.

    Args:
        community_id (str):
        body (CommunityJoinRequest): Inferred (unverified): the body of a join (Addendum C7
            documents the action, not its body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityAccountDocument | ErrorDocument
    """

    return sync_detailed(
        community_id=community_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    community_id: str,
    *,
    client: AuthenticatedClient,
    body: CommunityJoinRequest,
) -> Response[CommunityAccountDocument | ErrorDocument]:
    """Inferred (unverified): join a community or ask to join it

     anny's assistant tools join with a `join` action on the `communities` type, addressed by
    the community **id**, which "joins the signed-in user"; under anny's JSON:API framework a
    custom action is a sub-route of the record (`{record}/join`; Addendum B7, B8). Signed-in
    customers perform the membership actions (Addendum C7).
    The answer is the customer's **community account** (C7): `status` `accepted` (an active
    member: the community lets customers in at once, `auto_join_enabled`) or `pending`
    (awaiting approval: the community takes requests, `allow_customer_requests`, that a
    manager approves). A community that takes no requests is joined by invitation only
    (403). Joining again answers the existing community account (200).
    Inferred: the verb and the body, the `access_code` attribute (a hint: resource detail
    carries `service_access_code`) and the JSON:API type `community-accounts` (dasherized
    from the relation `community_accounts`, B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json`; anny-co/laravel-integrations.

    Args:
        community_id (str):
        body (CommunityJoinRequest): Inferred (unverified): the body of a join (Addendum C7
            documents the action, not its body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityAccountDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        community_id=community_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    community_id: str,
    *,
    client: AuthenticatedClient,
    body: CommunityJoinRequest,
) -> CommunityAccountDocument | ErrorDocument | None:
    """Inferred (unverified): join a community or ask to join it

     anny's assistant tools join with a `join` action on the `communities` type, addressed by
    the community **id**, which "joins the signed-in user"; under anny's JSON:API framework a
    custom action is a sub-route of the record (`{record}/join`; Addendum B7, B8). Signed-in
    customers perform the membership actions (Addendum C7).
    The answer is the customer's **community account** (C7): `status` `accepted` (an active
    member: the community lets customers in at once, `auto_join_enabled`) or `pending`
    (awaiting approval: the community takes requests, `allow_customer_requests`, that a
    manager approves). A community that takes no requests is joined by invitation only
    (403). Joining again answers the existing community account (200).
    Inferred: the verb and the body, the `access_code` attribute (a hint: resource detail
    carries `service_access_code`) and the JSON:API type `community-accounts` (dasherized
    from the relation `community_accounts`, B7).
    Source: https://developers.anny.co/guides/communities (reference Addendum C7);
    github.com/anny-co/grok-plugin `review/test-cases.json`; anny-co/laravel-integrations.

    Args:
        community_id (str):
        body (CommunityJoinRequest): Inferred (unverified): the body of a join (Addendum C7
            documents the action, not its body).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityAccountDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            community_id=community_id,
            client=client,
            body=body,
        )
    ).parsed
