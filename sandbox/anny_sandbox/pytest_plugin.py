"""pytest fixtures for testing an app built on the anny client, against the sandbox.

Loaded by pytest wherever ``anny-sandbox`` is installed (its ``pytest11`` entry point);
``-p no:anny_sandbox`` turns it off. It only defines fixtures, all named ``anny_*``, and
imports neither the server nor the client until a test asks for one of them.

- ``anny_sandbox``: one :class:`~anny_sandbox.Sandbox` per session (``anny_sandbox_server``),
  reset before each test that uses it: seed state, no faults, empty ledger, fresh rate-limit
  windows, clock back at its start.
- ``anny_client`` / ``anny_async_client``: an ``anny.Anny`` / ``anny.AsyncAnny`` on the sandbox,
  anonymous (a guest), bound to the sandbox's clock (``clock=sandbox.clock.now``), so "today"
  and "upcoming" are the sandbox's and moving its clock moves the client's too.
- ``anny_customer`` / ``anny_async_customer``: a signed-in customer
  (:class:`SignedInCustomer`: e-mail, token and a client signed in with it);
  ``anny_customer_email`` picks who (default: the first customer of the seed).
- ``anny_clock``: time travel (:class:`TimeTravel`): ``now()``, ``advance(minutes=15)``,
  ``set(datetime)``; drafts expire and tokens age as on anny.
- ``anny_faults``: arm faults (:class:`~anny_sandbox.FaultSet`), e.g.
  ``anny_faults.add("drop_after", "/api/v1/order", method="POST")``.

The sandbox starts on a frozen clock at :data:`DEFAULT_START`, so a test reads the same "now"
at any hour on any day. Override ``anny_sandbox_options`` (session scope) in a ``conftest.py``
to give ``Sandbox(...)`` other arguments (``seed=``, ``clock=``, ``rate_limits=False`` …).

The async fixtures need pytest-asyncio; the client fixtures need ``anny-client``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pytest

if TYPE_CHECKING:
    import anny
    from anny_sandbox.faults import FaultSet
    from anny_sandbox.server import Sandbox

__all__ = ["DEFAULT_START", "SignedInCustomer", "TimeTravel", "client_module"]

#: Where the sandbox clock of the fixtures stands at the start of every test: a Monday
#: morning in Berlin (08:00 local), frozen until a test moves it.
DEFAULT_START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

#: The customer fixtures' tokens last this long, so a test that travels days keeps its sign-in
#: (issue a short one with ``anny_sandbox.issue_token(email, lifetime=…)`` to test expiry).
CUSTOMER_TOKEN_LIFETIME = timedelta(days=30)

ClientT = TypeVar("ClientT")


def client_module() -> ModuleType:
    """The ``anny`` client, imported when a client fixture is first used (the sandbox itself
    does not need it); a test that asks for one without it installed fails saying so."""
    try:
        import anny
    except ImportError:
        pytest.fail(
            "the anny_* client fixtures need the client: pip install anny-client", pytrace=False
        )
    return anny


@dataclass(frozen=True)
class SignedInCustomer(Generic[ClientT]):
    """A signed-in customer of the sandbox's seed: ``client`` is signed in as them.

    The token is kept out of ``repr`` (it is a credential, even in a test report)."""

    email: str
    token: str = field(repr=False)
    client: ClientT = field(repr=False)


class TimeTravel:
    """Moves the sandbox clock, which the fixtures' clients read as "now"."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox

    def now(self) -> datetime:
        """The sandbox time (UTC, whole seconds)."""
        return self._sandbox.clock.now()

    def advance(
        self, *, days: float = 0, hours: float = 0, minutes: float = 0, seconds: float = 0
    ) -> datetime:
        """Move forward (drafts expire, tokens age) and return the new time."""
        self._sandbox.advance(days=days, hours=hours, minutes=minutes, seconds=seconds)
        return self.now()

    def set(self, when: datetime) -> datetime:
        """Jump to ``when`` (timezone-aware; back in time too) and return the new time."""
        self._sandbox.clock.set(when)
        self._sandbox.store.expire_drafts()  # as advance() does: a jump forward ages drafts
        return self.now()

    def __repr__(self) -> str:
        return f"TimeTravel(now={self.now().isoformat()})"


# --------------------------------------------------------------------------- the server


@pytest.fixture(scope="session")
def anny_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for the session's ``Sandbox(...)``; override it in a conftest.py."""
    from anny_sandbox.clock import Clock

    return {"clock": Clock(start=DEFAULT_START, frozen=True)}


@pytest.fixture(scope="session")
def anny_sandbox_server(anny_sandbox_options: dict[str, Any]) -> Iterator[Sandbox]:
    """One sandbox server on 127.0.0.1 for the whole session, as it is (not reset)."""
    from anny_sandbox.server import Sandbox

    with Sandbox(**anny_sandbox_options) as sandbox:
        yield sandbox


@pytest.fixture
def anny_sandbox(anny_sandbox_server: Sandbox) -> Sandbox:
    """The session's sandbox, reset to its seed (and its clock to its start) for this test."""
    anny_sandbox_server.reset()
    return anny_sandbox_server


@pytest.fixture
def anny_clock(anny_sandbox: Sandbox) -> TimeTravel:
    """Time travel on the sandbox clock (the clients of these fixtures read it too)."""
    return TimeTravel(anny_sandbox)


@pytest.fixture
def anny_faults(anny_sandbox: Sandbox) -> FaultSet:
    """The sandbox's faults, empty at the start of the test: ``anny_faults.add(kind, path)``."""
    return anny_sandbox.faults


# --------------------------------------------------------------------------- clients


def _client_options(sandbox: Sandbox) -> dict[str, Any]:
    # The sandbox's clock, not the wall clock: the client's "today", "upcoming" and token
    # expiry must agree with the server it talks to, whatever the time of the test run.
    return {"base_url": sandbox.url, "clock": sandbox.clock.now}


@pytest.fixture
def anny_customer_email(anny_sandbox: Sandbox) -> str:
    """Who ``anny_customer`` signs in as: the seed's first customer; override to pick another."""
    return anny_sandbox.runtime.default_customer().email


@pytest.fixture
def anny_client(anny_sandbox: Sandbox) -> Iterator[anny.Anny]:
    """An anonymous ``anny.Anny`` on the sandbox, on its clock; closed after the test."""
    with client_module().Anny(token=None, **_client_options(anny_sandbox)) as client:
        yield client


@pytest.fixture
def anny_customer(
    anny_sandbox: Sandbox, anny_customer_email: str
) -> Iterator[SignedInCustomer[anny.Anny]]:
    """A signed-in customer with an ``anny.Anny`` signed in as them (:class:`SignedInCustomer`)."""
    token = _issue(anny_sandbox, anny_customer_email)
    with client_module().Anny(token=token, **_client_options(anny_sandbox)) as client:
        yield SignedInCustomer(anny_customer_email, token, client)


def _issue(sandbox: Sandbox, email: str) -> str:
    response = sandbox.issue_token(email, lifetime=CUSTOMER_TOKEN_LIFETIME)
    token: str = response["access_token"]
    return token


def _async_fixture(fn: Callable[..., Any]) -> Any:
    """``pytest_asyncio.fixture(fn)`` (in its strict mode too); without pytest-asyncio, a
    fixture of the same name that fails saying what is missing."""
    try:
        import pytest_asyncio
    except ImportError:

        def missing() -> None:
            pytest.fail(f"{fn.__name__} needs pytest-asyncio", pytrace=False)

        missing.__doc__ = fn.__doc__
        return pytest.fixture(name=fn.__name__)(missing)
    return pytest_asyncio.fixture(fn)


@_async_fixture
async def anny_async_client(anny_sandbox: Sandbox) -> AsyncIterator[anny.AsyncAnny]:
    """An anonymous ``anny.AsyncAnny`` on the sandbox, on its clock; closed after the test."""
    options = _client_options(anny_sandbox)
    async with client_module().AsyncAnny(token=None, **options) as client:
        yield client


@_async_fixture
async def anny_async_customer(
    anny_sandbox: Sandbox, anny_customer_email: str
) -> AsyncIterator[SignedInCustomer[anny.AsyncAnny]]:
    """A signed-in customer with an ``anny.AsyncAnny`` signed in as them."""
    token = _issue(anny_sandbox, anny_customer_email)
    options = _client_options(anny_sandbox)
    async with client_module().AsyncAnny(token=token, **options) as client:
        yield SignedInCustomer(anny_customer_email, token, client)
