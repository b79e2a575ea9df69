"""Communities: list own memberships, detail, join (with access code) and leave."""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.errors import invalid, not_found
from anny_sandbox.models import Community, Membership
from anny_sandbox.serializers import collection, document
from anny_sandbox.web import Ctx


def _community(ctx: Ctx) -> Community:
    """By numeric id, as anny's own tools address communities (B7); a slug is not found."""
    ref = ctx.path_params["community_id"]
    community = ctx.store.communities.get(ref) if ref.isdigit() else None
    if community is None:
        raise not_found("Community", ref)
    return community


def _membership(ctx: Ctx, community: Community) -> Membership | None:
    customer = ctx.require_customer()
    for membership in ctx.store.memberships.values():
        if (
            membership.customer_id == customer.id
            and membership.community_id == community.id
            and membership.status == "active"
        ):
            return membership
    return None


def list_communities(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    ids = {
        m.community_id
        for m in ctx.store.memberships.values()
        if m.customer_id == customer.id and m.status == "active"
    }
    communities = sorted(
        (ctx.store.communities[i] for i in ids if i in ctx.store.communities),
        key=lambda c: c.name,
    )
    return collection(ctx, communities)


def get_community(ctx: Ctx) -> Response:
    return document(ctx, _community(ctx))


def join_community(ctx: Ctx) -> Response:
    community = _community(ctx)
    customer = ctx.require_customer()
    attributes: dict[str, object] = {}
    if ctx.body.strip():
        attributes, _relationships = ctx.envelope("community-memberships")
    else:
        ctx.json_body(required=False)  # still enforce the media type on an empty write
    code = attributes.get("access_code")
    if code is not None and not isinstance(code, str):
        raise invalid("/data/attributes/access_code", "must be a string")
    if community.access_code is not None and (
        not isinstance(code, str) or code.strip().upper() != community.access_code.upper()
    ):
        raise invalid("/data/attributes/access_code", "is missing or wrong")
    existing = _membership(ctx, community)
    if existing is not None:
        return document(ctx, existing)  # joining twice is harmless: 200 with the membership
    membership = Membership(
        ctx.store.next_id("membership"), customer.id, community.id, "active", ctx.clock.now()
    )
    ctx.store.memberships[membership.id] = membership
    return document(ctx, membership, status=201)


def leave_community(ctx: Ctx) -> Response:
    community = _community(ctx)
    membership = _membership(ctx, community)
    if membership is None:
        raise not_found("Community", community.id)
    membership.status = "left"
    return Response(status_code=204)


ROUTES = [
    ("GET", "/api/v1/communities", list_communities),
    ("GET", "/api/v1/communities/{community_id}", get_community),
    ("POST", "/api/v1/communities/{community_id}/join", join_community),
    ("DELETE", "/api/v1/communities/{community_id}/membership", leave_community),
]
