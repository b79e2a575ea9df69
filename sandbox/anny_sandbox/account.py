"""The signed-in customer: user, customer profile (read/update) and customer accounts."""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.errors import ApiError, ApiErrors, invalid
from anny_sandbox.serializers import CustomerAccount, User, collection, document
from anny_sandbox.web import Ctx

EDITABLE = ("given_name", "family_name", "title", "phone", "mobile", "company", "locale")


def current_user(ctx: Ctx) -> Response:
    return document(ctx, User(ctx.require_customer()))


def get_customer(ctx: Ctx) -> Response:
    return document(ctx, ctx.require_customer())


def update_customer(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    attributes, _relationships = ctx.envelope("customers")
    errors: list[ApiError] = []
    changes: dict[str, str | None] = {}
    for name, value in attributes.items():
        pointer = f"/data/attributes/{name}"
        if name not in EDITABLE:
            errors.append(invalid(pointer, f"cannot be changed (allowed: {', '.join(EDITABLE)})"))
        elif value is not None and not isinstance(value, str):
            errors.append(invalid(pointer, "must be a string"))
        elif name in ("given_name", "family_name", "locale") and value is None:
            errors.append(invalid(pointer, "must not be null"))
        else:
            changes[name] = value
    if errors:
        raise ApiErrors(errors)
    for name, value in changes.items():
        setattr(customer, name, value)
    return document(ctx, customer)


def list_customer_accounts(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    accounts = [
        CustomerAccount(c)
        for c in ctx.store.customers.values()
        if c.user_id == customer.user_id and not c.is_guest
    ]
    return collection(ctx, accounts)


ROUTES = [
    ("GET", "/api/v1/user", current_user),
    ("GET", "/api/v1/customer", get_customer),
    ("PATCH", "/api/v1/customer", update_customer),
    ("GET", "/api/v1/customer-accounts", list_customer_accounts),
]
