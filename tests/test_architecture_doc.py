"""ARCHITECTURE.md names only what exists: every `path` and `path: name` it cites."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "ARCHITECTURE.md"

# `anny/_flow.py`, `sandbox/anny_sandbox/`, `anny/_flow.py: run_flow_sync`, `anny/x.py: C.method`
CITE = re.compile(r"`((?:anny|sandbox|scripts|tests|openapi|generated)/[\w./-]*)(?::\s*([\w.]+))?`")


def _defines(source: str, name: str) -> bool:
    pattern = rf"^\s*(?:async\s+def|def|class)\s+{re.escape(name)}\b|^\s*{re.escape(name)}\s*[:=]"
    return re.search(pattern, source, re.MULTILINE) is not None


def cites() -> list[tuple[str, str | None]]:
    return [(m.group(1), m.group(2)) for m in CITE.finditer(DOC.read_text(encoding="utf-8"))]


def test_the_doc_cites_files_and_names() -> None:
    found = cites()
    assert len(found) > 40  # the pattern really reads the doc
    assert ("anny/_flow.py", "run_flow_sync") in found


def test_every_cited_path_and_name_exists() -> None:
    missing = []
    for path, dotted in cites():
        target = ROOT / path
        if not target.exists():
            missing.append(path)
            continue
        if dotted is None:
            continue
        source = target.read_text(encoding="utf-8")
        for name in dotted.split("."):
            if not _defines(source, name):
                missing.append(f"{path}: {dotted}")
                break
    assert missing == []
