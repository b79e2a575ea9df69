"""``client.communities``: the communities the caller may see, one by id, the customer's
membership, join and leave.

Operations: listCommunities, getCommunity, joinCommunity, leaveCommunity (spec tag
``communities``). Communities gate member-only resources (reference Addendum C7). anny
addresses a community by its numeric id (reference B7); a slug works for a community in the
caller's list (looked up once per client). A membership is a *community account* (C7):
``ACCEPTED`` (an active member) or ``PENDING`` (a request awaiting approval), with a role.
"""

from __future__ import annotations

from collections.abc import Sequence

from anny._account_types import Community, CommunityMembership
from anny._areas._account_common import (
    envelope,
    every_item,
    page_param,
    require_sign_in,
    slug_of,
)
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import op_plan, read_back, view_parser
from anny._flow import Flow, perform
from anny._ids import validate_id
from anny._jsonapi import Document, Resource
from anny._response import document_parser, parse_none
from anny.errors import APIResponseValidationError, InvalidParameterError

__all__ = ["Communities", "CommunityRef"]

#: A community: its id (``"3001"``), a :class:`~anny.types.Community` already fetched, or the slug
#: of one in the caller's list (``client.communities.list()``).
CommunityRef = str | int | Community

#: The relation anny's own tools read a membership back through (reference Addendum B7).
_MEMBERSHIP_RELATION = "community_accounts"
#: Signed-in customers perform the membership actions (reference Addendum C7).
_MEMBERSHIP = "a community membership"


def community_id(ctx: Context, community: CommunityRef) -> Flow[str]:
    """The community's numeric id: given, taken from the object, or found by slug among the
    communities the caller may see (``listCommunities``, once per client)."""
    if isinstance(community, Community):
        return community.id
    if isinstance(community, int) and not isinstance(community, bool):
        return validate_id(community, what="community")
    slug = slug_of(community, what="community")
    if slug.isdigit():
        return slug
    cached = ctx.cache.get(("community-slug", slug))
    if cached is not None:
        return str(cached)
    mine = list_communities(ctx)
    for item in (yield from every_item(mine.plan, mine.map_item)):
        if item.slug:
            ctx.cache[("community-slug", item.slug)] = item.id
    found = ctx.cache.get(("community-slug", slug))
    if found is None:
        raise InvalidParameterError(
            f"community {slug!r} is not in your list (a private one is listed only to its "
            "members): anny addresses communities by id, pass its id (e.g. from the "
            "member-only resource that names it)"
        )
    return str(found)


def list_communities(
    ctx: Context, *, include: Sequence[str] | None = None, page_size: int | None = None
) -> Paged[Community]:
    """The communities the caller may see (``listCommunities``; inferred operation): the
    public ones and, signed in, the private ones the customer holds a membership in (a private
    community is hidden from the public listing, reference Addendum C7)."""
    query = {"include": include, "pagesize": page_param(page_size)}
    return Paged(op_plan("listCommunities", query=query), Community.from_resource)


def get_community(
    ctx: Context, community: CommunityRef, *, include: Sequence[str] | None = None
) -> Flow[Community]:
    """A community by its id (``getCommunity``; inferred operation)."""
    plan = op_plan(
        "getCommunity",
        path={"community_id": (yield from community_id(ctx, community))},
        query={"include": include},
        parser=view_parser(Community),
    )
    return (yield from perform(plan))


def _own_membership(doc: Document) -> CommunityMembership | None:
    """The caller's community account among a community's ``community_accounts``."""
    community = doc.data
    if not isinstance(community, Resource):
        raise APIResponseValidationError("getCommunity: expected one community in `data`")
    linked = community.related(_MEMBERSHIP_RELATION)
    for item in linked if isinstance(linked, list) else [linked]:
        if isinstance(item, Resource) and item.type == CommunityMembership.TYPE:
            return CommunityMembership.from_resource(item)
    return None


def get_membership(ctx: Context, community: CommunityRef) -> Flow[CommunityMembership | None]:
    """The customer's membership of a community (``getCommunity``; inferred operation).

    Read through ``include=community_accounts`` (the relation anny's tools use, reference
    Addendum B7): ``ACCEPTED``, ``PENDING`` (awaiting approval, no access yet) or ``None`` when
    the customer holds none. Needs a signed-in customer
    (:class:`~anny.errors.SignInRequiredError` before sending).
    """
    require_sign_in(ctx, _MEMBERSHIP)
    plan = op_plan(
        "getCommunity",
        path={"community_id": (yield from community_id(ctx, community))},
        query={"include": [_MEMBERSHIP_RELATION]},
        parser=document_parser(_own_membership),
    )
    return (yield from perform(plan))


def join_community(
    ctx: Context, community: CommunityRef, *, access_code: str | None = None
) -> Flow[CommunityMembership]:
    """Join a community, or ask to (``joinCommunity``; inferred operation), with its
    ``access_code`` where one is required (inferred). Returns the membership (a *community
    account*, reference Addendum C7): ``ACCEPTED`` when the community lets customers in at
    once, ``PENDING`` when it takes requests a manager must approve; a pending membership
    grants no access yet. A community that takes no requests refuses
    (:class:`~anny.errors.PermissionDeniedError`).

    Never resent blindly: after a lost answer the membership is read back
    (:func:`get_membership`); if there is none, :class:`~anny.errors.OutcomeUnknownError` is
    raised. Needs a signed-in customer (:class:`~anny.errors.SignInRequiredError` before
    sending, C7).
    """
    require_sign_in(ctx, _MEMBERSHIP)
    if access_code is not None and (not isinstance(access_code, str) or not access_code.strip()):
        raise InvalidParameterError("access_code must be a non-empty string")
    attributes = {"access_code": access_code} if access_code is not None else None
    ident = yield from community_id(ctx, community)
    action = op_plan(
        "joinCommunity",
        path={"community_id": ident},
        body=envelope(CommunityMembership.TYPE, attributes),
        parser=view_parser(CommunityMembership),
    )

    def check() -> Flow[CommunityMembership | None]:
        return (yield from get_membership(ctx, ident))

    return (yield from read_back(action, check))


def leave_community(ctx: Context, community: CommunityRef) -> Flow[None]:
    """Leave a community or withdraw a request (``leaveCommunity``; inferred operation).

    Needs a signed-in customer (:class:`~anny.errors.SignInRequiredError` before sending, C7).
    """
    require_sign_in(ctx, _MEMBERSHIP)
    plan = op_plan(
        "leaveCommunity",
        path={"community_id": (yield from community_id(ctx, community))},
        parser=parse_none,
    )
    return (yield from perform(plan))


class Communities(Area[M]):
    """Communities: ``client.communities.list()``, ``.get(id)``, ``.membership(id)``,
    ``.join(id, access_code=...)``, ``.leave(id)``."""

    list = paged(list_communities)
    get = endpoint(get_community)
    membership = endpoint(get_membership)
    join = endpoint(join_community)
    leave = endpoint(leave_community)
