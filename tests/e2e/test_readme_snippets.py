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
    everyday, areas = snippet_sections()
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
    assert "AsyncAnny" in covered
    assert "series" in covered


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
    assert ran == 11
    printed = out.getvalue()
    assert "conference-room-berlin Conference room Berlin" in printed
    assert "2026-11-24 08:00:00+01:00 1" in printed  # tomorrow's first morning slot, local time
    assert re.search(r"BO\d+ \('BB\d+',\)", printed)  # the guest's order and booking number
    assert re.search(r"BB\d+ canceled", printed)
    assert token not in printed
    orders = sandbox.ledger()["totals"]["orders_created"]
    assert orders == 2  # the guest's and the signed-in customer's: nothing twice
