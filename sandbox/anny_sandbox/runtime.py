"""The state of one sandbox instance: store, clock, faults and the seed to reset to."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from anny_sandbox.auth import TOKEN_LIFETIME, issue_token
from anny_sandbox.clock import Clock
from anny_sandbox.faults import FaultSet
from anny_sandbox.limits import Limits
from anny_sandbox.models import Customer, Token
from anny_sandbox.seed import SeedError, SeedSource, apply_seed, load_seed_data
from anny_sandbox.store import Store


class Runtime:
    """Everything the app and the Python API share."""

    def __init__(
        self, seed: SeedSource = None, clock: Clock | None = None, limits: Limits | None = None
    ) -> None:
        self.clock = clock or Clock()
        self.store = Store(self.clock)
        self.faults = FaultSet()
        self.limits = limits if limits is not None else Limits()
        self.seed_data: dict[str, Any] = load_seed_data(seed)
        apply_seed(self.store, self.seed_data)

    def reset(self, seed: SeedSource | dict[str, Any] = None) -> None:
        """Back to the seed: state, ledger, faults, clock and rate-limit usage."""
        data = self.seed_data if seed is None else load_seed_data(seed)
        self.faults.clear()
        self.limits.reset()
        self.clock.reset()
        try:
            apply_seed(self.store, data)
        except SeedError:
            apply_seed(self.store, self.seed_data)  # a bad new seed leaves the old one in place
            raise
        self.seed_data = data

    def default_customer(self) -> Customer:
        """The seed's first customer (not a guest): who a token is for when nobody is named."""
        with self.store.lock:
            candidates = [c for c in self.store.customers.values() if not c.is_guest]
        if not candidates:
            raise LookupError("the seed has no customers")
        return candidates[0]

    def issue_token(
        self, customer: str | None = None, *, lifetime: timedelta = TOKEN_LIFETIME
    ) -> Token:
        """A customer token without the OAuth dance; ``customer`` is an e-mail, id or UUID."""
        with self.store.lock:
            if customer is None:
                found = self.default_customer()
            else:
                match = self.store.customer_by_hint(customer)
                if match is None:
                    raise LookupError(f"unknown customer {customer!r}")
                found = match
            return issue_token(self.store, found, lifetime=lifetime)
