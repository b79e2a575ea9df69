"""The flattened form (``Accept: application/json``, Addendum B11) is declared wherever the
sandbox serves it: every success answer that is a JSON:API document, reads and writes alike.

The sandbox flattens every 2xx JSON:API answer (``anny/sandbox/web.py: _negotiate``), so an
operation that declares ``application/vnd.api+json`` for a success status and not
``application/json`` would make a Prism proxy (or any validator) flag the sandbox's own answer.
The JSON:API media type stays first: openapi-python-client generates from the first JSON media
type, and the generated client must keep parsing JSON:API documents.
"""

from __future__ import annotations

from typing import Any

import pytest

from spec_tools import load_spec, operations, resolve

SPEC = load_spec()
JSONAPI = "application/vnd.api+json"
SUCCESSES = [
    (op["operationId"], str(status), resolve(SPEC, response).get("content", {}))
    for _, _, op in operations(SPEC)
    for status, response in op["responses"].items()
    if str(status).startswith("2") and JSONAPI in resolve(SPEC, response).get("content", {})
]


@pytest.mark.parametrize(("operation", "status", "content"), SUCCESSES)
def test_every_jsonapi_success_declares_the_flattened_form(
    operation: str, status: str, content: dict[str, Any]
) -> None:
    assert "application/json" in content, f"{operation} {status}"
    flat = content["application/json"]
    assert flat["schema"] == {"$ref": "#/components/schemas/FlatDocument"}, operation
    # JSON:API first: the generated client parses the first JSON media type.
    assert next(iter(content)) == JSONAPI, operation


def test_reads_and_writes_are_both_covered() -> None:
    operations_with_flat = {operation for operation, _, _ in SUCCESSES}
    assert {"getResource", "addToCart", "submitCheckout", "joinWaitlist"} <= operations_with_flat
