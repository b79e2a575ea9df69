"""JSON:API serialization of the sandbox's entities, split by job:

- :mod:`.documents`: the type registry and document assembly (``document``, ``collection``,
  ``include=`` paths);
- :mod:`.rules`: how each type looks on the wire, registered once per type, and the values the
  API derives (order totals, payment flow, pass status);
- :mod:`.entities`: the JSON:API types that are views rather than stored entities.

Importing the package registers every type, so ``document()`` knows them all.
"""

from __future__ import annotations

from anny_sandbox.serializers.documents import collection, document, identifier, resource_object
from anny_sandbox.serializers.entities import Address, Category, CustomerAccount, User
from anny_sandbox.serializers.rules import (
    cancelable_until,
    category_id,
    order_amounts,
    order_items,
    pass_status,
    payment_flow,
)

__all__ = [
    "Address",
    "Category",
    "CustomerAccount",
    "User",
    "cancelable_until",
    "category_id",
    "collection",
    "document",
    "identifier",
    "order_amounts",
    "order_items",
    "pass_status",
    "payment_flow",
    "resource_object",
]
