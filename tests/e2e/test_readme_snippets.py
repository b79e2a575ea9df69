"""The README's usage snippets run, in order, against the sandbox over real HTTP.

`client` (anonymous) and `me` (signed in as the seeded customer) are the clients the README
introduces; both follow the sandbox's frozen clock, and `anny.AsyncAnny()` in a snippet reaches the
sandbox through ``ANNY_BASE_URL``. The everyday tasks must not need an API path, a numeric id or a
hand-built body.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import pytest

import anny
from anny_sandbox import Sandbox

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def snippet_sections() -> list[list[str]]:
    """The python blocks of every `<!-- snippets:begin -->` … `end` section, in order."""
    text = README.read_text(encoding="utf-8")
    sections = re.findall(r"<!-- snippets:begin -->(.*?)<!-- snippets:end -->", text, re.S)
    return [BLOCK.findall(section) for section in sections]


def test_the_readme_has_the_everyday_tasks_and_every_area() -> None:
    everyday, areas, *further = snippet_sections()
    titles = [block.splitlines()[0] for block in everyday]
    assert [t.split(":")[0].split(",")[0] for t in titles] == [
        "# The catalog",
        "# Free slots tomorrow morning",
        "# Book the first one as a guest",
        "# A confirmation page",
        "# My upcoming bookings (signed in)",
    ]
    joined = "\n".join(everyday)
    assert "/api/" not in joined  # no URL path
    assert not re.search(r"""["']\d+["']""", joined)  # no numeric id
    assert "json=" not in joined  # no hand-built body
    covered = "\n".join(areas)
    areas_named = ("orders", "account", "communities", "plans", "passes", "waitlist")
    for area in (*areas_named, "queue_tickets"):
        assert f"me.{area}." in covered, area
    assert "series" in covered
    # The task sections further down run too: async, pages, errors, options, raw responses.
    rest = "\n".join(block for section in further for block in section)
    for shown in ("AsyncAnny", ".pages()", "except anny.", ".with_options(", "with_raw_response"):
        assert shown in rest, shown


def test_the_snippets_run_in_order(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNY_BASE_URL", sandbox.url)
    token = sandbox.issue_token("erika.mustermann@example.com")["access_token"]
    client = anny.Anny(base_url=sandbox.url, token=None, clock=sandbox.clock.now)
    me = anny.Anny(base_url=sandbox.url, token=token, clock=sandbox.clock.now)
    namespace: dict[str, object] = {"anny": anny, "client": client, "me": me}
    out = io.StringIO()
    ran = 0
    try:
        for section in snippet_sections():
            for block in section:
                with contextlib.redirect_stdout(out):
                    exec(compile(block, f"README snippet {ran + 1}", "exec"), namespace)
                ran += 1
    finally:
        client.close()
        me.close()
    assert ran == sum(len(section) for section in snippet_sections()) >= 16
    printed = out.getvalue()
    assert "conference-room-berlin Conference room Berlin" in printed
    assert "2026-11-24 08:00:00+01:00 1" in printed  # tomorrow's first morning slot, local time
    assert re.search(r"BO\d+ \('BB\d+',\)", printed)  # the guest's order and booking number
    assert re.search(r"BB\d+ canceled", printed)
    assert "refused: booking number 'BO559015923' is invalid" in printed
    assert "404 Not found" in printed  # anny's refusal, typed
    assert "200 0 Conference room Berlin" in printed  # the raw response: status, resends, parsed
    assert token not in printed
    orders = sandbox.ledger()["totals"]["orders_created"]
    assert orders == 2  # the guest's and the signed-in customer's: nothing twice


def quickstart() -> str:
    """The one python block of the README's Quickstart."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Quickstart\n", 1)[1].split("\n## ", 1)[0]
    (block,) = BLOCK.findall(section)
    return block


def test_the_quickstart_books_against_its_own_sandbox(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quickstart starts a sandbox and a client on the system clock; here both are the
    session's sandbox on its frozen clock, so the run does not depend on the time of day."""

    class SessionSandbox:
        def __init__(self) -> None:
            pass

        def __enter__(self) -> Sandbox:
            return sandbox

        def __exit__(self, *exc: object) -> None:
            return None

    real = anny.Anny

    def on_the_sandbox_clock(**kwargs: Any) -> anny.Anny:
        return real(clock=sandbox.clock.now, **kwargs)

    monkeypatch.setattr("anny_sandbox.Sandbox", SessionSandbox)
    monkeypatch.setattr(anny, "Anny", on_the_sandbox_clock)
    code = quickstart()
    assert len(code.strip().splitlines()) <= 20  # a quick start
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README quickstart", "exec"), {})
    printed = out.getvalue()
    assert "price: 0.0 EUR" in printed  # the free desk
    assert re.search(r"booked: BO\d+ \('BB\d+',\)", printed)
    assert sandbox.ledger()["totals"]["orders_created"] == 1
