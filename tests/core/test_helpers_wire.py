"""Every helper puts on the wire exactly what the generated function of its operation sends.

For each case, the helper runs on a client over a MockTransport, and the generated
``anny_api.api.<tag>.<operation>.sync_detailed`` runs with the equivalent arguments through
``client.raw``; method, path, query pairs and JSON body must be identical, and the helper's
plan must name the operation. When the spec is regenerated from anny's own document and an
operation changes (path, parameter names), the case of the helper that uses it fails, naming
it. Every helper of every area needs a case (``test_every_helper_has_a_wire_case``).

Add cases for an area in ``wire_cases/<area>.py`` (next to this file).
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest
from wire_cases import WireCase, load_all

import anny
from anny._areas._binding import helpers_of
from anny._operations import operation

BASE = "https://api.test"
AREAS, CASES = load_all()


def snake(operation_id: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in operation_id)


def canonical(request: httpx.Request) -> dict[str, Any]:
    body = json.loads(request.content) if request.content else None
    return {
        "method": request.method,
        "path": request.url.raw_path.split(b"?")[0].decode(),
        "query": sorted(request.url.params.multi_items()),
        "json": body,
    }


def recording_client(case: WireCase) -> tuple[anny.Anny, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(
            case.status,
            content=json.dumps(case.response).encode(),
            headers={"content-type": case.content_type},
        )

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return anny.Anny(base_url=BASE, http_client=http, token=None, max_retries=0), seen


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_helper_wire_equals_generated_function(case: WireCase) -> None:
    pytest.importorskip("anny_api")
    op = operation(case.operation)

    client, seen = recording_client(case)
    result = case.call(client)
    if case.check is not None:
        # A check may assert, or return a bool: False fails the case.
        assert case.check(result) is not False, f"{case.id}: unexpected result {result!r}"
    assert seen, f"{case.id}: sent nothing"
    helper_request = seen[0]

    raw_client, raw_seen = recording_client(case)
    module = importlib.import_module(f"anny_api.api.{op.tag}.{snake(case.operation)}")
    module.sync_detailed(client=raw_client.raw, **case.generated)
    generated_request = raw_seen[0]

    assert canonical(helper_request) == canonical(generated_request), (
        f"{case.id}: the helper and generated {case.operation} disagree on the wire"
    )
    assert (helper_request.method, helper_request.url.path) == (
        op.method,
        op.format_path(**case.path_params) if case.path_params else op.path,
    )


def test_every_helper_has_a_wire_case() -> None:
    covered = {(c.area, c.helper) for c in CASES}
    missing = [
        f"{area}.{name}"
        for area, cls in AREAS.items()
        for name, _ in helpers_of(cls)
        if (area, name) not in covered
    ]
    assert missing == [], "helpers without a wire case"


def test_helpers_name_their_operations() -> None:
    for case in CASES:
        op = operation(case.operation)  # KeyError if the spec lost it
        assert op.tag, case.id
