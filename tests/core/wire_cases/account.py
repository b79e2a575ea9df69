"""Wire cases of client.account."""

from __future__ import annotations

import anny
from anny_api.models import CustomerUpdateRequest

from . import WireCase, first_page

AREA = ("account", anny.Account)

USER = {"data": {"type": "users", "id": "12001", "attributes": {"name": "Erika Mustermann"}}}
CUSTOMER = {
    "data": {
        "type": "customers",
        "id": "5001",
        "attributes": {"full_name": "Erika Musterfrau", "family_name": "Musterfrau"},
    }
}
ACCOUNTS = {
    "data": [
        {
            "type": "customer-accounts",
            "id": "3f1c2b9e-8a47-4f0e-9c57-2d7f0a1e5b21",
            "attributes": {"name": "ACME GmbH", "is_default": True},
        }
    ],
    "links": {"next": None},
}


def _check_accounts(page: anny.Page[anny.CustomerAccount]) -> None:
    [account] = page.items
    assert (account.name, account.is_default) == ("ACME GmbH", True)


def expect(condition: bool) -> None:
    """A check that fails the case (a bare lambda's False would be ignored)."""
    assert condition


CASES: list[WireCase] = [
    WireCase(
        "account",
        "user",
        "getCurrentUser",
        lambda c: c.account.user(),
        {},
        USER,
        check=lambda u: expect(isinstance(u, anny.User) and u.name == "Erika Mustermann"),
    ),
    WireCase(
        "account",
        "customer",
        "getCustomer",
        lambda c: c.account.customer(include=["organization"]),
        {"include": "organization"},
        CUSTOMER,
        check=lambda cu: expect(isinstance(cu, anny.Customer) and cu.id == "5001"),
    ),
    WireCase(
        "account",
        "update",
        "updateCustomer",
        lambda c: c.account.update(family_name="Musterfrau", phone=None, company="ACME"),
        {
            "body": CustomerUpdateRequest.from_dict(
                {
                    "data": {
                        "type": "customers",
                        "attributes": {
                            "family_name": "Musterfrau",
                            "phone": None,
                            "company": "ACME",
                        },
                    }
                }
            )
        },
        CUSTOMER,
        check=lambda cu: expect(cu.family_name == "Musterfrau"),
    ),
    WireCase(
        "account",
        "customer_accounts",
        "listCustomerAccounts",
        lambda c: first_page(c.account.customer_accounts(page_size=5)),
        {"pagesize": 5},
        ACCOUNTS,
        check=_check_accounts,
    ),
]
