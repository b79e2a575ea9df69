"""Communities: the visible list, detail, join (accepted, pending or refused) and leave.

A membership is a *community account* (reference Addendum C7): ``accepted`` (an active member)
or ``pending`` (awaiting a manager's approval), with a role. Private communities are hidden from
the public listing, and from anyone without a community account in them (404).
"""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.errors import ApiError, invalid, not_found
from anny_sandbox.models import Community, Membership
from anny_sandbox.serializers import collection, document
from anny_sandbox.web import Ctx

#: A community account that still exists (a left one is history).
HELD = ("accepted", "pending")


def own_membership(ctx: Ctx, community: Community) -> Membership | None:
    """The caller's accepted or pending community account in ``community`` (none anonymously)."""
    customer = ctx.customer
    if customer is None:
        return None
    for membership in ctx.store.memberships.values():
        if (
            membership.customer_id == customer.id
            and membership.community_id == community.id
            and membership.status in HELD
        ):
            return membership
    return None


def _visible(ctx: Ctx, community: Community) -> bool:
    return not community.is_private or own_membership(ctx, community) is not None


def _community(ctx: Ctx) -> Community:
    """By numeric id, as anny's own tools address communities (B7); a slug is not found, and
    neither is a private community the caller holds no community account in."""
    ref = ctx.path_params["community_id"]
    community = ctx.store.communities.get(ref) if ref.isdigit() else None
    if community is None or not _visible(ctx, community):
        raise not_found("Community", ref)
    return community


def list_communities(ctx: Ctx) -> Response:
    communities = sorted(
        (c for c in ctx.store.communities.values() if _visible(ctx, c)), key=lambda c: c.name
    )
    return collection(ctx, communities)


def get_community(ctx: Ctx) -> Response:
    return document(ctx, _community(ctx))


def _join_status(community: Community, code: str | None) -> str:
    """What a join becomes (reference Addendum C7): ``accepted`` at once where the community
    lets customers in (``auto_join_enabled``) or the access code is right (inferred),
    ``pending`` where it takes requests, else refused (invitation only)."""
    admits_by_code_only = community.access_code is not None and not (
        community.auto_join_enabled or community.allow_customer_requests
    )
    if code is not None or admits_by_code_only:  # then the code must be there and right
        if (
            community.access_code is None
            or code is None
            or code.strip().upper() != community.access_code.upper()
        ):
            raise invalid("/data/attributes/access_code", "is missing or wrong")
        return "accepted"
    if community.auto_join_enabled:
        return "accepted"
    if community.allow_customer_requests:
        return "pending"  # a manager approves it; until then it grants nothing
    raise ApiError(403, "community_invite_only", community=community.name)


def join_community(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    community = _community(ctx)
    attributes: dict[str, object] = {}
    if ctx.body.strip():
        attributes, _relationships = ctx.envelope("community-accounts")
    else:
        ctx.json_body(required=False)  # still enforce the media type on an empty write
    code = attributes.get("access_code")
    if code is not None and not isinstance(code, str):
        raise invalid("/data/attributes/access_code", "must be a string")
    existing = own_membership(ctx, community)
    if existing is not None:
        return document(ctx, existing)  # joining twice is harmless: 200 with the membership
    status = _join_status(community, code)
    now = ctx.clock.now()
    membership = Membership(
        ctx.store.next_id("membership"),
        customer.id,
        community.id,
        status,
        now,
        start_date=now if status == "accepted" else None,
    )
    ctx.store.memberships[membership.id] = membership
    return document(ctx, membership, status=201)


def leave_community(ctx: Ctx) -> Response:
    ctx.require_customer()
    community = _community(ctx)
    membership = own_membership(ctx, community)
    if membership is None:
        raise not_found("Community", community.id)
    membership.status = "left"  # a pending request is withdrawn the same way
    return Response(status_code=204)


ROUTES = [
    ("GET", "/api/v1/communities", list_communities),
    ("GET", "/api/v1/communities/{community_id}", get_community),
    ("POST", "/api/v1/communities/{community_id}/join", join_community),
    ("DELETE", "/api/v1/communities/{community_id}/membership", leave_community),
]
