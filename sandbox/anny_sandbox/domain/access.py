"""Who may see a member-only resource, and how anny says no.

A resource with ``viewing_requires_community`` is visible to members of one of its
communities. Requested anonymously, anny answered with an HTML "Forbidden" page rather than
JSON (tue-client tests, Addendum B5); a signed-in non-member gets the JSON:API 403.
"""

from __future__ import annotations

from anny_sandbox.models import Customer, Resource
from anny_sandbox.store import Store

FORBIDDEN_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Forbidden</title>'
    "</head><body><h1>403 Forbidden</h1><p>You are not allowed to access this page.</p>"
    "</body></html>"
)


def may_view(store: Store, customer: Customer | None, resource: Resource) -> bool:
    if not resource.viewing_requires_community:
        return True
    return store.is_member(customer, resource.community_ids)


def refuses_with_html(customer: Customer | None) -> bool:
    """The Forbidden page is what an anonymous caller gets; a token gets JSON:API."""
    return customer is None
