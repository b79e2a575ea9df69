"""``client.communities``: the communities the customer belongs to, one by id, join and leave.

Operations: listCommunities, getCommunity, joinCommunity, leaveCommunity (spec tag
``communities``). Communities gate member-only resources. anny addresses a community by its
numeric id (reference B7); a slug works for a community the customer is a member of (it is
looked up in their list once per client).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import httpx

from anny._account_types import Community, CommunityMembership
from anny._areas._account_common import envelope, every_item, page_param, slug_of
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import op_plan, read_back, view_parser
from anny._flow import Flow, perform
from anny._ids import validate_id
from anny._response import parse_none
from anny.errors import InvalidParameterError

__all__ = ["Communities", "CommunityRef"]

#: A community: its id (``"3001"``), a :class:`~anny.Community` already fetched, or the slug
#: of one the customer belongs to.
CommunityRef = str | int | Community


def community_id(ctx: Context, community: CommunityRef) -> Flow[str]:
    """The community's numeric id: given, taken from the object, or found by slug among the
    customer's own communities (``listCommunities``, once per client)."""
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
            f"community {slug!r} is not one of yours: anny addresses communities by id, "
            "pass its id (e.g. from the member-only resource that names it)"
        )
    return str(found)


def list_communities(
    ctx: Context, *, include: Sequence[str] | None = None, page_size: int | None = None
) -> Paged[Community]:
    """The signed-in customer's communities (``listCommunities``; inferred operation)."""
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


def join_community(
    ctx: Context, community: CommunityRef, *, access_code: str | None = None
) -> Flow[Community]:
    """Join a community (``joinCommunity``; inferred operation), with its ``access_code`` where
    one is required; returns the community as it is now (``is_member``).

    Then reads the community (``getCommunity``): the join's answer is only a membership record.
    Never resent blindly: after a lost answer that same read tells whether the join took
    effect; if the customer is not a member, :class:`~anny.OutcomeUnknownError` is raised.
    """
    if access_code is not None and (not isinstance(access_code, str) or not access_code.strip()):
        raise InvalidParameterError("access_code must be a non-empty string")
    attributes = {"access_code": access_code} if access_code is not None else None
    ident = yield from community_id(ctx, community)
    parser: Callable[[httpx.Response], CommunityMembership | Community]
    parser = view_parser(CommunityMembership)
    action = op_plan(
        "joinCommunity",
        path={"community_id": ident},
        body=envelope("community-memberships", attributes),
        parser=parser,
    )

    def check() -> Flow[CommunityMembership | Community | None]:
        current = yield from get_community(ctx, ident)
        return current if current.is_member else None

    outcome = yield from read_back(action, check)
    if isinstance(outcome, Community):
        return outcome  # read back after a lost answer: already the community as it is now
    return (yield from get_community(ctx, ident))


def leave_community(ctx: Context, community: CommunityRef) -> Flow[None]:
    """Leave a community (``leaveCommunity``; inferred operation)."""
    plan = op_plan(
        "leaveCommunity",
        path={"community_id": (yield from community_id(ctx, community))},
        parser=parse_none,
    )
    return (yield from perform(plan))


class Communities(Area[M]):
    """Communities: ``client.communities.list()``, ``.get(id)``, ``.join(id,
    access_code=...)``, ``.leave(id)``."""

    list = paged(list_communities)
    get = endpoint(get_community)
    join = endpoint(join_community)
    leave = endpoint(leave_community)
