#!/usr/bin/env python3
"""Print the spec's coverage table (area → operations → evidence) as Markdown.

`make test` checks that the table in CONTRIBUTING.md is exactly what this prints, so it never
drifts from openapi/customer-api.yaml. Update it with ``python scripts/coverage_table.py --write``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from spec_tools import ROOT, load_spec
from spec_tools import operations as spec_operations

DOC = ROOT / "CONTRIBUTING.md"
BEGIN = "<!-- coverage:begin -->"
END = "<!-- coverage:end -->"
LEVELS = ("documented", "official-code", "client-code", "inferred")
#: An item of the reference's addenda (``B7``, ``C12``), as descriptions name them.
ADDENDUM_ITEM = re.compile(r"\b([BC])([0-9]{1,2})\b")


def addendum_items(op: dict) -> str:
    """The reference's addendum items an operation's description names (``B7, C7``), in order
    of letter and number; empty when it names no addendum."""
    text = str(op.get("description", ""))
    if "Addendum" not in text:
        return ""
    found = {(letter, int(number)) for letter, number in ADDENDUM_ITEM.findall(text)}
    return ", ".join(f"{letter}{number}" for letter, number in sorted(found))


def operations(spec: dict) -> list[dict[str, str]]:
    """Every operation of the spec as {tag, operationId, method, path, evidence}, in spec order."""
    return [
        {
            "tag": op["tags"][0],
            "operationId": op["operationId"],
            "method": method.upper(),
            "path": path,
            "evidence": op["x-anny-evidence"],
            "body": _body_evidence(op),
            "addendum": addendum_items(op),
        }
        for path, method, op in spec_operations(spec)
    ]


def _body_evidence(op: dict) -> str:
    """``x-anny-evidence`` of the success responses (a body less evidenced than its path)."""
    levels = {
        response["x-anny-evidence"]
        for status, response in op.get("responses", {}).items()
        if str(status).startswith("2") and "x-anny-evidence" in response
    }
    return ", ".join(sorted(levels))


def table(spec: dict) -> str:
    """The Markdown coverage table plus per-area and per-evidence counts."""
    ops = operations(spec)
    tag_order = [t["name"] for t in spec.get("tags", [])]
    ops.sort(key=lambda o: (tag_order.index(o["tag"]), o["path"], o["method"]))
    lines = [
        "| area | operationId | method and path | evidence |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {o['tag']} | `{o['operationId']}` | `{o['method']} {o['path']}` | {o['evidence']}"
        + (f" (response body: {o['body']})" if o["body"] else "")
        + (f"; reference Addendum {o['addendum']}" if o["addendum"] else "")
        + " |"
        for o in ops
    ]
    per_area = Counter(o["tag"] for o in ops)
    per_level = Counter(o["evidence"] for o in ops)
    lines.append("")
    lines.append(
        f"{len(ops)} operations. Per area: "
        + ", ".join(f"{tag} {per_area[tag]}" for tag in tag_order if per_area[tag])
        + ". Per evidence: "
        + ", ".join(f"{level} {per_level[level]}" for level in LEVELS)
        + "."
    )
    return "\n".join(lines)


def doc_section(text: str) -> str:
    """The part of CONTRIBUTING.md between the coverage markers."""
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="rewrite the table in CONTRIBUTING.md")
    args = parser.parse_args(argv)
    spec = load_spec()
    rendered = table(spec)
    if args.write:
        text = DOC.read_text(encoding="utf-8")
        start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
        DOC.write_text(text[:start] + "\n" + rendered + "\n" + text[end:], encoding="utf-8")
    else:
        print(rendered)
    return 0


if __name__ == "__main__":
    sys.exit(main())
