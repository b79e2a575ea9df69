"""The JSON:API types that the store does not keep as entities of their own: a resource's
address and category, the signed-in user and their customer account (views of a customer)."""

from __future__ import annotations

from dataclasses import dataclass

from anny_sandbox.models import Customer


@dataclass(frozen=True)
class Address:
    id: str
    address_line: str


@dataclass(frozen=True)
class Category:
    id: str
    name: str


@dataclass(frozen=True)
class User:
    customer: Customer

    @property
    def id(self) -> str:
        return self.customer.user_id


@dataclass(frozen=True)
class CustomerAccount:
    """A person's one global customer account (reference Addendum C9), seen through one of
    their customer records; it links every record that carries the same account id."""

    customer: Customer

    @property
    def id(self) -> str:
        return self.customer.account_id
