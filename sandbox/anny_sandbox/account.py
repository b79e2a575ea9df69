"""The signed-in customer: user, customer profile (read/update) and customer accounts."""

from __future__ import annotations

import re
from datetime import date

from starlette.responses import Response

from anny_sandbox.errors import ApiError, ApiErrors, invalid
from anny_sandbox.serializers import CustomerAccount, User, collection, document
from anny_sandbox.web import Ctx

EDITABLE = (
    "given_name",
    "family_name",
    "title",
    "phone",
    "mobile",
    "company",
    "sex",
    "birth_date",
    "locale",
)


def current_user(ctx: Ctx) -> Response:
    return document(ctx, User(ctx.require_customer()))


def get_customer(ctx: Ctx) -> Response:
    return document(ctx, ctx.require_customer())


def update_customer(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    attributes, _relationships = ctx.envelope("customers")
    errors: list[ApiError] = []
    changes: dict[str, object] = {}
    for name, value in attributes.items():
        pointer = f"/data/attributes/{name}"
        if name not in EDITABLE:
            errors.append(invalid(pointer, f"cannot be changed (allowed: {', '.join(EDITABLE)})"))
        elif name == "sex":
            # A string (the guide) or a number (anny's connector): reference Addendum C9.
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, (str, int, float))
            ):
                errors.append(invalid(pointer, "must be a string or a number"))
            else:
                changes[name] = value
        elif name == "birth_date":
            if value is not None and not _is_date(value):
                errors.append(invalid(pointer, "must be a date (Y-m-d)"))
            else:
                changes[name] = value
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
    """The person's one global customer account (reference Addendum C9): a list of one."""
    return collection(ctx, [CustomerAccount(ctx.require_customer())])


def _is_date(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


ROUTES = [
    ("GET", "/api/v1/user", current_user),
    ("GET", "/api/v1/customer", get_customer),
    ("PATCH", "/api/v1/customer", update_customer),
    ("GET", "/api/v1/customer-accounts", list_customer_accounts),
]
