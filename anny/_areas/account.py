"""``client.account``: the user behind the token, the customer profile and its update, the
customer accounts.

Operations: getCurrentUser, getCustomer, updateCustomer, listCustomerAccounts (spec tag
``account``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from anny._account_types import CustomerAccount, User
from anny._areas._account_common import envelope, page_param, require_sign_in
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import op_plan, read_back, view_parser
from anny._config import NOT_GIVEN, NotGiven
from anny._flow import Flow, perform
from anny._models import Customer, parse_date
from anny.errors import InvalidParameterError

__all__ = ["Account"]

#: What the customer-record helpers need a signed-in customer for (the spec declares a
#: customer token, no anonymous access).
_RECORD = "the customer record"

#: Fields ``update`` may set to ``None`` (clears them); the others only take text.
_NULLABLE = frozenset({"title", "phone", "mobile", "company", "sex", "birth_date"})


def _sex(value: object) -> str | int | float:
    """``sex`` as anny takes it: a string (the guide) or a number (anny's connector), C9."""
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return value
    raise InvalidParameterError(f"sex must be a non-empty string or a number, got {value!r}")


def _birth_date(value: object) -> str:
    """``birth_date`` as ``Y-m-d`` (reference Addendum C9), from a date or such a string."""
    if isinstance(value, dt.datetime):
        raise InvalidParameterError("birth_date must be a date, not a datetime")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and parse_date(value) is not None:
        return value
    raise InvalidParameterError(f"birth_date must be a date or 'YYYY-MM-DD', got {value!r}")


def current_user(ctx: Context, *, include: Sequence[str] | None = None) -> Flow[User]:
    """The user the token belongs to (``getCurrentUser``)."""
    plan = op_plan("getCurrentUser", query={"include": include}, parser=view_parser(User))
    return (yield from perform(plan))


def get_customer(ctx: Context, *, include: Sequence[str] | None = None) -> Flow[Customer]:
    """The signed-in person's customer record (``getCustomer``; inferred operation).

    anny keeps one such record per organization and one global customer account per person
    (``customer_accounts()``; reference Addendum C9). The record's id is numeric or a UUID.
    """
    require_sign_in(ctx, _RECORD)
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
    sex: str | int | NotGiven | None = NOT_GIVEN,
    birth_date: dt.date | str | NotGiven | None = NOT_GIVEN,
) -> Flow[Customer]:
    """Change the signed-in person's customer record (``updateCustomer``; inferred operation).

    Only the fields passed are sent; ``None`` clears ``title``, ``phone``, ``mobile``,
    ``company``, ``sex`` or ``birth_date``. ``sex`` is a string or a number (anny documents
    both, reference Addendum C9); ``birth_date`` a :class:`datetime.date` or ``"YYYY-MM-DD"``.
    Never resent blindly: after a lost answer the record is read back (``getCustomer``) and
    returned if it shows every change, else :class:`~anny.OutcomeUnknownError` is raised.
    """
    require_sign_in(ctx, _RECORD)
    given: dict[str, object] = {
        "given_name": given_name,
        "family_name": family_name,
        "title": title,
        "phone": phone,
        "mobile": mobile,
        "company": company,
        "locale": locale,
        "sex": sex,
        "birth_date": birth_date,
    }
    changes: dict[str, str | int | float | None] = {}
    for name, value in given.items():
        if isinstance(value, NotGiven):
            continue
        if value is None:
            if name not in _NULLABLE:
                raise InvalidParameterError(f"{name} cannot be cleared (None); pass a string")
            changes[name] = None
        elif name == "sex":
            changes[name] = _sex(value)
        elif name == "birth_date":
            changes[name] = _birth_date(value)
        elif not isinstance(value, str) or not value.strip():
            raise InvalidParameterError(f"{name} must be a non-empty string, got {value!r}")
        else:
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
    """The signed-in person's customer account (``listCustomerAccounts``; inferred operation):
    one global login identity per person, linked to their customer records with each
    organization (``customer_ids``, numeric or UUIDs; reference Addendum C9, C10)."""
    require_sign_in(ctx, "the customer account")
    query = {"include": include, "pagesize": page_param(page_size)}
    return Paged(op_plan("listCustomerAccounts", query=query), CustomerAccount.from_resource)


class Account(Area[M]):
    """The signed-in account: ``client.account.user()``, ``.customer()``, ``.update(...)``,
    ``.customer_accounts()``."""

    user = endpoint(current_user)
    customer = endpoint(get_customer)
    update = endpoint(update_customer)
    customer_accounts = paged(list_customer_accounts)
