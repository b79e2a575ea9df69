"""api.md, the helpers' reference: up to date, complete, and true to what the helpers send.

The operations api.md lists are read from the helpers' code (``scripts/api_md.py``); here they
are checked against what running each helper sends (``helper_calls``), and the scan itself on a
probe module with every way a flow can name or reach an operation.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from helper_calls import AREAS, every_helper, helper_operations, required, run

from anny._operations import operation

import api_md


@pytest.fixture(scope="module")
def rendered() -> str:
    return api_md.render()


def test_api_md_is_up_to_date(rendered: str) -> None:
    assert api_md.TARGET.read_text(encoding="utf-8") == rendered, "api.md is stale: make api-md"


def test_check_mode_notices_a_stale_file(
    rendered: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stale = tmp_path / "api.md"
    stale.write_text(rendered.replace("-> Booking", "-> Bo"), encoding="utf-8")
    monkeypatch.setattr(api_md, "TARGET", stale)
    monkeypatch.setattr(api_md, "render", lambda: rendered)  # rendered once, by the fixture
    assert api_md.main(["--check"]) == 1
    assert "-> Bo" in capsys.readouterr().out
    assert api_md.main([]) == 0  # writing it ...
    assert api_md.main(["--check"]) == 0  # ... makes it current


def sections(text: str) -> dict[str, str]:
    """Each helper's section of api.md by its heading (``client.bookings.cancel``)."""
    parts = re.split(r"^### `([^`]+)`\n", text, flags=re.M)
    return {parts[i]: parts[i + 1].split("\n## ")[0] for i in range(1, len(parts), 2)}


def listed(section: str) -> list[str]:
    return re.findall(r"^\| `(\w+)` \| `[A-Z]+ /", section, flags=re.M)


def heading(area: str, name: str) -> str:
    return f"cart.{name}" if area == "cart" else f"client.{area}.{name}"


def test_every_helper_of_every_area_has_its_section(rendered: str) -> None:
    found = sections(rendered)
    expected = {heading(area, name) for area, name, _ in every_helper()}
    assert set(found) == expected
    assert set(AREAS) == {h.area for h in api_md.helpers()}


def test_a_section_shows_the_sync_signature_the_docstring_and_the_operations(
    rendered: str,
) -> None:
    cancel = sections(rendered)["client.bookings.cancel"]
    assert "client.bookings.cancel(booking: BookingRef, *, code: str | None = None) -> Booking" in (
        cancel
    )
    assert "Cancel a booking (`cancelBooking`; anny's `GET …/cancel`) and return it" in cancel
    # Its own operation first, then the read-back it runs after a lost answer.
    assert listed(cancel) == ["cancelBooking", "getBooking"]
    assert "| `cancelBooking` | `GET /api/v1/bookings/{booking_id}/cancel` | documented" in cancel
    listing = sections(rendered)["client.bookings.list"]
    assert "-> Pager[Booking]" in listing
    # An inferred operation says so; a default that is a function shows by name, not address.
    assert "| `getCustomer` | `GET /api/v1/customer` | **inferred** |" in rendered
    assert "jitter: Callable[[], float] = random.random" in rendered
    assert " at 0x" not in rendered


def test_inferred_is_marked_exactly_for_the_inferred_operations(rendered: str) -> None:
    for section in sections(rendered).values():
        for row in re.findall(
            r"^\| `(\w+)` \| `[A-Z]+ [^`]+` \| ([^|]+?)(?: \(|\s\|)", section, re.M
        ):
            op_id, evidence = row
            assert (evidence == "**inferred**") == operation(op_id).inferred, op_id


def test_what_a_helper_sends_is_what_api_md_lists(rendered: str) -> None:
    """Running each helper (with its required arguments) sends only operations its section
    lists: the scan of the code misses none."""
    found = sections(rendered)
    for (area, name), sent in helper_operations().items():
        assert sent, f"{area}.{name} sent nothing"
        missing = set(sent) - set(listed(found[heading(area, name)]))
        assert not missing, f"{area}.{name} sends {sorted(missing)}, not in api.md"


def test_each_not_performed_entry_is_reached_by_the_code_and_never_sent() -> None:
    for (area, name), (skipped, reason) in api_md.NOT_PERFORMED.items():
        helper = dict(api_md.helpers_of_key(AREAS[area]))[name]
        assert skipped <= set(api_md.operations_of(helper)), "stale entry"
        assert reason
        descriptor = next(h for a, n, h in every_helper() if (a, n) == (area, name))
        sent = {s.operation_id for s in run(area, name, **required(area, name, descriptor))}
        assert sent, f"{area}.{name} sent nothing"
        assert not sent & skipped


# --------------------------------------------------------------------------- the scan itself

PROBE = '''
from anny._areas import checkout
from anny._areas._common import op_plan, read_back


def own(ctx, number):
    """Names two operations, one in a nested read-back."""
    plan = op_plan(
        "getBookingByNumber",
        query={"number": number},
    )

    def check():
        return (yield from helper_b(ctx))

    return (yield from read_back(plan, check))


def helper_b(ctx):
    yield op_plan("getBooking", path={"booking_id": "1"})
    return (yield from own(ctx, "BB1"))  # a cycle ends


def by_module(ctx, state):
    return (yield from checkout.get(ctx, state))


def handed_on(ctx):
    return (yield from read_back(op_plan("cancelBooking"), helper_b))


def shadowed(ctx, items):
    for helper_b in items:  # a loop variable, not the flow of that name
        print(helper_b)
    return []


def unreadable(ctx, which):
    return op_plan(which)
'''


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """A module of flows that counts as part of ``anny._areas`` (its name says so)."""
    path = tmp_path_factory.mktemp("probe") / "apimd_probe.py"
    path.write_text(textwrap.dedent(PROBE), encoding="utf-8")
    name = "anny._areas._apimd_probe"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[name]


def test_the_scan_reads_literals_nested_flows_modules_and_callbacks(probe: ModuleType) -> None:
    assert api_md.operations_of(probe.own) == ("getBookingByNumber", "getBooking")
    assert api_md.operations_of(probe.helper_b) == ("getBooking", "getBookingByNumber")
    assert api_md.operations_of(probe.by_module) == ("getCart",)
    assert api_md.operations_of(probe.handed_on) == (
        "cancelBooking",
        "getBooking",
        "getBookingByNumber",
    )
    assert api_md.operations_of(probe.shadowed) == ()


def test_the_scan_refuses_an_operation_it_cannot_read(probe: ModuleType) -> None:
    with pytest.raises(api_md.ScanError, match=r"unreadable: op_plan\(\) without a literal"):
        api_md.operations_of(probe.unreadable)


ORPHAN = '''
from anny._areas._binding import Area, endpoint
from anny._areas._common import op_plan


def get_thing(ctx):
    """A helper no client attribute reaches."""
    return op_plan("getPass", path={"pass_id": "1"})


class Things(Area):
    get = endpoint(get_thing)
'''


def test_an_area_no_client_reaches_stops_the_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new area module whose class is not bound to the clients would be missing from api.md:
    the script refuses instead."""
    import anny._areas

    (tmp_path / "_apimd_orphan.py").write_text(textwrap.dedent(ORPHAN), encoding="utf-8")
    monkeypatch.setattr(anny._areas, "__path__", [*anny._areas.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "anny._areas._apimd_orphan", raising=False)
    try:
        with pytest.raises(api_md.ScanError, match="Things has helpers but no client"):
            api_md.areas()
    finally:
        sys.modules.pop("anny._areas._apimd_orphan", None)
