"""The user and contributor docs hold together: the README keeps its task headings in order,
contributor material stays in CONTRIBUTING.md, and every relative link between the docs reaches
a file and a heading."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["README.md", "CONTRIBUTING.md", "ARCHITECTURE.md", "api.md"]

#: The README's top-level headings, in this order (other sections may sit between them).
README_HEADINGS = [
    "Install",
    "Quickstart",
    "Everyday tasks",
    "Configuration",
    "Async",
    "Pagination",
    "Errors",
    "Retries and lost answers",
    "Timeouts and per-call options",
    "Rate limits",
    "Raw responses and the generated layer",
    "Sign-in",
    "Command line",
    "The sandbox",
    "Testing your app",
    "Versioning",
    "Contributing",
]

LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def text_of(doc: str) -> str:
    return (ROOT / doc).read_text(encoding="utf-8")


def headings(text: str, level: str = "#+") -> list[str]:
    return re.findall(rf"^{level} (.+)$", FENCE.sub("", text), re.M)


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_readme_keeps_its_task_headings_in_order() -> None:
    found = headings(text_of("README.md"), "##")
    assert [h for h in found if h in README_HEADINGS] == README_HEADINGS


def test_contributor_material_is_not_in_the_readme() -> None:
    readme = text_of("README.md")
    for moved in ("<!-- coverage:begin -->", "make bench", "scripts/regenerate.py", "## Layout"):
        assert moved not in readme, moved
    assert "<!-- coverage:begin -->" in text_of("CONTRIBUTING.md")


def links() -> list[tuple[str, str]]:
    return [
        (doc, target)
        for doc in DOCS
        for target in LINK.findall(FENCE.sub("", text_of(doc)))
        if "://" not in target
    ]


def test_the_docs_link_to_each_other() -> None:
    found = links()
    assert ("README.md", "api.md") in found
    assert ("README.md", "CONTRIBUTING.md") in found
    assert any(doc == "api.md" and target.startswith("#") for doc, target in found)


def test_every_relative_link_reaches_a_file_and_heading() -> None:
    broken = []
    for doc, target in links():
        path, _, fragment = target.partition("#")
        linked = path or doc
        exists = (ROOT / linked).exists()
        anchors = {anchor(h) for h in headings(text_of(linked))} if exists else set()
        if not exists or (fragment and fragment not in anchors):
            broken.append(f"{doc}: {target}")
    assert broken == []
