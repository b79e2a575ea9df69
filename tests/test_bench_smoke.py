"""`make bench` must keep working: run it with tiny sizes and check it prints every ratio.

No timing is asserted here; speed figures belong to the benchmark's own output.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import bench


def test_bench_prints_three_ratios(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--calls", "3", "--bookings", "10", "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert len(re.findall(r"\d+\.\d\dx$", out, flags=re.MULTILINE)) == 3


def test_compound_document_resolves_through_anny() -> None:
    import anny

    doc = anny.Document.from_json(bench.compound_document(30))
    first = doc.data[0]
    assert first.related("resource").name == "Desk 0"
    assert first.related("service").name == "Service 0"
    assert isinstance(first.related("order"), anny.Ref)  # not included: stays a Ref
