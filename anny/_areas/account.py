"""``client.account``: the user behind the token, the customer profile and its update, the
customer accounts.

Operations: getCurrentUser, getCustomer, updateCustomer, listCustomerAccounts (spec tag
``account``).
"""

from __future__ import annotations

from collections.abc import Sequence

from anny._account_types import CustomerAccount, User
from anny._areas._account_common import envelope, page_param
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import op_plan, read_back, view_parser
from anny._config import NOT_GIVEN, NotGiven
from anny._flow import Flow, perform
from anny._models import Customer
from anny.errors import InvalidParameterError

__all__ = ["Account"]

#: Fields ``update`` may set to ``None`` (clears them); the others only take text.
_NULLABLE = frozenset({"title", "phone", "mobile", "company"})


def current_user(ctx: Context, *, include: Sequence[str] | None = None) -> Flow[User]:
    """The user the token belongs to (``getCurrentUser``)."""
    plan = op_plan("getCurrentUser", query={"include": include}, parser=view_parser(User))
    return (yield from perform(plan))


def get_customer(ctx: Context, *, include: Sequence[str] | None = None) -> Flow[Customer]:
    """The signed-in customer's profile (``getCustomer``; inferred operation)."""
    plan = op_plan("getCustomer", query={"include": include}, parser=view_parser(Customer))
    return (yield from perform(plan))


def update_customer(
    ctx: Context,
    *,
    given_name: str | NotGiven = NOT_GIVEN,
    family_name: str | NotGiven = NOT_GIVEN,
    title: str | NotGiven | None = NOT_GIVEN,
    phone: str | NotGiven | None = NOT_GIVEN,
    mobile: str | NotGiven | None = NOT_GIVEN,
    company: str | NotGiven | None = NOT_GIVEN,
    locale: str | NotGiven = NOT_GIVEN,
) -> Flow[Customer]:
    """Change the signed-in customer's profile (``updateCustomer``; inferred operation).

    Only the fields passed are sent; ``None`` clears ``title``, ``phone``, ``mobile`` or
    ``company``. Never resent blindly: after a lost answer the profile is read back
    (``getCustomer``) and returned if it shows every change, else
    :class:`~anny.OutcomeUnknownError` is raised.
    """
    given = {
        "given_name": given_name,
        "family_name": family_name,
        "title": title,
        "phone": phone,
        "mobile": mobile,
        "company": company,
        "locale": locale,
    }
    changes: dict[str, str | None] = {}
    for name, value in given.items():
        if isinstance(value, NotGiven):
            continue
        if value is None:
            if name not in _NULLABLE:
                raise InvalidParameterError(f"{name} cannot be cleared (None); pass a string")
        elif not isinstance(value, str) or not value.strip():
            raise InvalidParameterError(f"{name} must be a non-empty string, got {value!r}")
        changes[name] = value
    if not changes:
        raise InvalidParameterError("update() needs at least one field to change")
    action = op_plan(
        "updateCustomer", body=envelope("customers", changes), parser=view_parser(Customer)
    )

    def check() -> Flow[Customer | None]:
        current = yield from get_customer(ctx)
        attributes = current.raw.attributes if current.raw is not None else {}
        applied = all(attributes.get(name) == value for name, value in changes.items())
        return current if applied else None

    return (yield from read_back(action, check))


def list_customer_accounts(
    ctx: Context, *, include: Sequence[str] | None = None, page_size: int | None = None
) -> Paged[CustomerAccount]:
    """The signed-in customer's accounts (``listCustomerAccounts``; inferred operation)."""
    query = {"include": include, "pagesize": page_param(page_size)}
    return Paged(op_plan("listCustomerAccounts", query=query), CustomerAccount.from_resource)


class Account(Area[M]):
    """The signed-in account: ``client.account.user()``, ``.customer()``, ``.update(...)``,
    ``.customer_accounts()``."""

    user = endpoint(current_user)
    customer = endpoint(get_customer)
    update = endpoint(update_customer)
    customer_accounts = paged(list_customer_accounts)
