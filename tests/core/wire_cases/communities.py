"""Wire cases of client.communities."""

from __future__ import annotations

import anny
from anny_api.models import CommunityJoinRequest

from . import WireCase, first_page

AREA = ("communities", anny.Communities)

COMMUNITY = {
    "data": {
        "type": "communities",
        "id": "3001",
        "attributes": {"name": "ACME Members", "slug": "acme-members", "is_member": True},
    }
}
COMMUNITIES = {"data": [COMMUNITY["data"]], "links": {"next": None}}
# joinCommunity answers a membership; the helper then reads the community (a second request,
# which answers the same canned membership document here: only the first request is compared).
MEMBERSHIP = {
    "data": {
        "type": "community-memberships",
        "id": "9001",
        "attributes": {"status": "active", "joined_at": "2026-11-24T23:00:00+00:00"},
    }
}


def expect(condition: bool) -> None:
    """A check that fails the case (a bare lambda's False would be ignored)."""
    assert condition


CASES: list[WireCase] = [
    WireCase(
        "communities",
        "list",
        "listCommunities",
        lambda c: first_page(c.communities.list(page_size=10)),
        {"pagesize": 10},
        COMMUNITIES,
        check=lambda page: expect([x.slug for x in page.items] == ["acme-members"]),
    ),
    WireCase(
        "communities",
        "get",
        "getCommunity",
        lambda c: c.communities.get("3001", include=["organization"]),
        {"community_id": "3001", "include": "organization"},
        COMMUNITY,
        {"community_id": "3001"},
        check=lambda x: expect(isinstance(x, anny.Community) and x.is_member is True),
    ),
    WireCase(
        "communities",
        "join",
        "joinCommunity",
        lambda c: c.communities.join(3001, access_code="ACME-2026"),
        {
            "community_id": "3001",
            "body": CommunityJoinRequest.from_dict(
                {
                    "data": {
                        "type": "community-memberships",
                        "attributes": {"access_code": "ACME-2026"},
                    }
                }
            ),
        },
        MEMBERSHIP,
        {"community_id": "3001"},
    ),
    WireCase(
        "communities",
        "join",
        "joinCommunity",
        lambda c: c.communities.join(anny.Community(id="3002", slug="acme-newsletter")),
        {
            "community_id": "3002",
            "body": CommunityJoinRequest.from_dict({"data": {"type": "community-memberships"}}),
        },
        MEMBERSHIP,
        {"community_id": "3002"},
        label="no access code, fetched community",
    ),
    WireCase(
        "communities",
        "leave",
        "leaveCommunity",
        lambda c: c.communities.leave("3001"),
        {"community_id": "3001"},
        "",
        {"community_id": "3001"},
        status=204,
        check=lambda result: expect(result is None),
    ),
]
