"""The pytest plugin of anny-sandbox, as a user's test run gets it: registered through its
`pytest11` entry point, the README's "Testing your app" example passing as written, and what
each fixture promises (a reset per test, clients on the sandbox clock, a signed-in customer)."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from anny_sandbox.pytest_plugin import DEFAULT_START

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parents[2] / "README.md"
# The users' own pytest run: no ini of ours, the installed plugins auto-loaded (schemathesis's,
# slow to import and unrelated, stays off).
INNER = ("-p", "no:schemathesis", "-p", "no:cacheprovider")


def readme_example() -> dict[str, str]:
    """The files of the README's example, by the name in each block's first line."""
    text = README.read_text(encoding="utf-8")
    section = re.search(
        r"<!-- testing-your-app:begin -->(.*?)<!-- testing-your-app:end -->", text, re.S
    )
    assert section is not None
    blocks = re.findall(r"```python\n# (\S+\.py)\b[^\n]*\n(.*?)```", section[1], re.S)
    return dict(blocks)


def test_the_plugin_is_registered_through_its_entry_point() -> None:
    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("anny_sandbox") == "anny_sandbox.pytest_plugin"


def test_the_readme_example_and_every_fixture_in_one_users_run(pytester: pytest.Pytester) -> None:
    # One pytest run of a user's project (one session, so one sandbox server): the README's
    # example as written, and the promises it does not show.
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    files = readme_example()
    assert sorted(files) == ["my_app.py", "test_my_app.py"]
    pytester.makepyfile(**{name[:-3]: body for name, body in files.items()})
    pytester.makepyfile(test_fixtures=FIXTURE_TESTS)
    result = pytester.runpytest_inprocess(*INNER, "-W", "error::DeprecationWarning", "-s", "-v")
    result.assert_outcomes(passed=5 + 4)
    # The two reset tests ran in this order (the second checks what the first left behind).
    result.stdout.fnmatch_lines(["*test_one_leaves_a_mess PASSED*", "*test_two_sees_none*PASSED*"])
    assert "SignedInCustomer(email='max.power@example.com')" in result.stdout.str()


FIXTURE_TESTS = f"""
import datetime as dt

import pytest

START = dt.datetime.fromisoformat({DEFAULT_START.isoformat()!r})


def test_one_leaves_a_mess(anny_sandbox, anny_clock, anny_faults, anny_customer):
    anny_faults.add("status", "/api/v1/*", status=503, times=None)
    assert anny_clock.now() == START
    assert anny_clock.advance(days=2) == START + dt.timedelta(days=2)


def test_two_sees_none_of_it(anny_sandbox, anny_clock, anny_faults, anny_client):
    assert anny_faults.list() == []
    assert anny_clock.now() == START
    assert anny_sandbox.ledger()["totals"]["requests"] == 0
    # The client reads the sandbox clock: its "today" moves when the sandbox's does.
    assert anny_client.availability.today("conference-room-berlin") == dt.date(2026, 11, 23)
    anny_clock.set(dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC))
    assert anny_client.availability.today("conference-room-berlin") == dt.date(2026, 11, 26)


@pytest.fixture
def anny_customer_email():
    return "max.power@example.com"


def test_signed_in(anny_customer):
    assert anny_customer.email == "max.power@example.com"
    assert anny_customer.client.account.user().email == "max.power@example.com"
    assert anny_customer.token not in repr(anny_customer)
    print(repr(anny_customer))


@pytest.mark.asyncio
async def test_signed_in_async(anny_async_customer):
    user = await anny_async_customer.client.account.user()
    assert user.email == "max.power@example.com"
"""
