"""`make bench` must keep working: every row, run with tiny sizes (`--smoke`).

Smoke mode installs no peers, opens no network beyond 127.0.0.1 and judges no goal: speed
figures belong to the benchmark's own output, never to a timed test.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import bench

# Long and self-contained: runs on the other core (tests/offload_plugin.py).
pytestmark = pytest.mark.offload


def test_every_row_runs_and_lands_in_the_table_and_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "bench.json"
    assert bench.main(["--smoke", "--json", str(out_file)]) == 0
    printed = capsys.readouterr().out
    result = json.loads(out_file.read_text())
    rows = result["rows"]
    assert [r["row"] for r in rows] == list(bench.ROW_NAMES)  # no peers row in smoke mode
    for r in rows:
        assert math.isfinite(r["ratio"])
        assert r["ratio"] >= 0
        assert r["met"] is None  # smoke mode judges nothing
        assert r["goal"]
        assert r["title"] in printed
    assert result["info"]["command"] == "scripts/bench.py --smoke"
    by_row = {r["row"]: r for r in rows}
    assert by_row["import"]["extra"]["loaded by import anny, of asyncio/dateutil/anny._oauth"] == (
        "[]"
    )
    assert "MISSED" not in printed


def test_compound_document_resolves_through_anny_and_the_generated_models() -> None:
    import anny
    from anny_api.models.booking_collection import BookingCollection

    body = bench.compound_document(30, start=5)
    doc = anny.Document.from_json(body)
    first = doc.data[0]
    assert first.id == "3000005"
    assert first.related("resource").name == "Desk 5"
    assert first.related("service").name == "Service 5"
    assert isinstance(first.related("order"), anny.types.Ref)  # not included: stays a Ref
    assert len(doc.included) == 60
    assert len(BookingCollection.from_dict(body).data) == 30  # the generated row parses it too


def test_table_marks_goals() -> None:
    rows = [
        bench.row(
            "x", "a", anchor="b", anchor_value="1", value="2", ratio=2.0, goal="≤ 1x", met=False
        ),
        bench.row(
            "y", "c", anchor="d", anchor_value="1", value="1", ratio=1.0, goal="≤ 1x", met=True
        ),
    ]
    table = bench.format_table(rows)
    assert "MISSED" in table.splitlines()[2]
    assert table.splitlines()[3].endswith("met")
