#!/usr/bin/env python3
"""Lint the OpenAPI document: validity plus the rules that keep the generator's output correct.

openapi-python-client 0.29 has blind spots that silently produce a wrong client rather than an
error, so they are enforced here:

- a ``$ref`` with sibling keys loses the siblings (``type: [.., "null"]`` disappears) → forbidden;
  write ``anyOf: [{$ref: …}, {type: "null"}]``;
- dict-valued query parameters are flattened wrongly (``7003=1`` for ``service_id[7003]=1``); the
  regeneration step's template fixes exactly one kind, a flat ``deepObject`` map (see
  ``spec_tools.is_handled_deep_object``), so that kind is allowed and every other ``deepObject`` or
  object-typed query parameter is forbidden; declare ``filter[x]`` one by one instead;
- ``enum`` makes an unknown server value crash parsing → forbidden in schemas; list the known
  values in ``x-known-values`` instead;
- OpenAPI 3.0's ``nullable: true`` is ignored under 3.1 → forbidden.

Project rules: every operation has a camelCase, unique ``operationId``, exactly one known tag,
``x-anny-evidence`` from the four levels and a ``Source:`` in its description (a response may
carry its own ``x-anny-evidence`` where its body is less evidenced than the path; a schema may
carry one too, from the same levels, and then its description names the reference's addendum
item or the source it rests on); every success
response with a body carries an example. An inferred operation's ``summary`` starts with
"Inferred (unverified): ", so every generated function says so in its first docstring line.
``x-anny-idempotent`` (a boolean) is declared wherever the method does not say it: a GET that
acts (``…/cancel``, ``…/delete-all``) must carry ``false``, because anny decides retries from it
and would otherwise resend a cancellation.
``x-anny-read-back`` names the operationId that tells whether a lost write took effect.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from spec_tools import SPEC_PATH, is_handled_deep_object, load_spec, operations, resolve

EVIDENCE = {"documented", "official-code", "client-code", "inferred"}
INFERRED_MARK = "Inferred (unverified): "
OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$")
# Last path segments that name an action: a GET (or DELETE/PUT) ending in one changes state.
ACTION_SEGMENTS = frozenset({"cancel", "delete-all", "join", "confirm", "pay", "checkout"})
SAFE_BY_METHOD = frozenset({"get", "head", "options", "put", "delete"})


def _walk(node: Any, path: str = "#") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}/{index}")


def lint(spec: dict[str, Any]) -> list[str]:
    """Every problem found in ``spec``, one line each; empty when the document is clean."""
    problems: list[str] = []
    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        problems.append(f"invalid OpenAPI 3.1: {exc.message}")

    for where, node in _walk(spec):
        if not isinstance(node, dict):
            continue
        if "$ref" in node and len(node) > 1:
            siblings = sorted(k for k in node if k != "$ref")
            problems.append(f"{where}: $ref with sibling keys {siblings} (use anyOf)")
        if node.get("style") == "deepObject" and not is_handled_deep_object(spec, node):
            problems.append(
                f"{where}: deepObject parameter the regeneration step does not handle (only a "
                "flat map: in query, explode true, object of scalar additionalProperties)"
            )
        if "nullable" in node:
            problems.append(f"{where}: 'nullable' is OpenAPI 3.0 (use type: [x, 'null'])")
        if "enum" in node and "/schema" in where:
            problems.append(f"{where}: enum on a schema (use x-known-values)")

    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if not isinstance(schema, dict) or "x-anny-evidence" not in schema:
            continue
        if schema["x-anny-evidence"] not in EVIDENCE:
            problems.append(f"schema {name}: x-anny-evidence {schema['x-anny-evidence']!r} unknown")
        described = str(schema.get("description", ""))
        if "Addendum" not in described and "Source:" not in described:
            problems.append(
                f"schema {name}: x-anny-evidence, but the description names no reference"
            )

    tags = {t["name"] for t in spec.get("tags", [])}
    seen: dict[str, str] = {}
    all_ids = {op.get("operationId") for _, _, op in operations(spec)}
    for path, method, op in operations(spec):
        item = spec["paths"][path]
        label = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not op_id:
            problems.append(f"{label}: no operationId")
        elif not OPERATION_ID.match(op_id):
            problems.append(f"{label}: operationId {op_id!r} is not camelCase verb+noun")
        elif op_id in seen:
            problems.append(f"{label}: operationId {op_id!r} also used by {seen[op_id]}")
        else:
            seen[op_id] = label
        op_tags = op.get("tags", [])
        if len(op_tags) != 1 or op_tags[0] not in tags:
            problems.append(f"{label}: needs exactly one declared tag, has {op_tags}")
        evidence = op.get("x-anny-evidence")
        if evidence not in EVIDENCE:
            problems.append(f"{label}: x-anny-evidence {evidence!r} not in {sorted(EVIDENCE)}")
        # The summary is the first docstring line of the generated functions (what an IDE shows).
        if evidence == "inferred" and not str(op.get("summary", "")).startswith(INFERRED_MARK):
            problems.append(f"{label}: inferred, but the summary does not start {INFERRED_MARK!r}")
        idempotent = op.get("x-anny-idempotent")
        if idempotent is not None and not isinstance(idempotent, bool):
            problems.append(f"{label}: x-anny-idempotent must be true or false")
        acts = path.rstrip("/").rsplit("/", 1)[-1] in ACTION_SEGMENTS
        if acts and method in SAFE_BY_METHOD and idempotent is not False:
            problems.append(f"{label}: acts but does not declare x-anny-idempotent: false")
        read_back = op.get("x-anny-read-back")
        if read_back is not None and read_back not in all_ids:
            problems.append(f"{label}: x-anny-read-back {read_back!r} is not an operationId")
        if "Source:" not in op.get("description", ""):
            problems.append(f"{label}: description names no 'Source:'")
        for param in item.get("parameters", []) + op.get("parameters", []):
            param = resolve(spec, param)
            schema = resolve(spec, param.get("schema", {}))
            handled = is_handled_deep_object(spec, param)
            if param.get("in") == "query" and schema.get("type") == "object" and not handled:
                problems.append(f"{label}: object query parameter {param.get('name')!r}")
        for status, response in op.get("responses", {}).items():
            response = resolve(spec, response)
            body_evidence = response.get("x-anny-evidence")
            if body_evidence is not None and body_evidence not in EVIDENCE:
                problems.append(f"{label}: {status} x-anny-evidence {body_evidence!r} unknown")
            if not str(status).startswith("2"):
                continue
            for media, content in response.get("content", {}).items():
                is_json = media.startswith("application/") and media.endswith("json")
                if is_json and "example" not in content and "examples" not in content:
                    problems.append(f"{label}: {status} {media} has no example")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    path = Path(args[0]) if args else SPEC_PATH
    spec = load_spec(path)
    problems = lint(spec)
    for line in problems:
        print(line)
    if problems:
        print(f"{path.name}: {len(problems)} problem(s)")
        return 1
    print(f"{path.name}: clean ({len(operations(spec))} operations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
