"""The spec-mutation drill: change the spec, regenerate the table, and the client follows.

On a copy of the spec a query parameter, a body property and a response field are renamed the
way anny's own document is most likely to differ from ours (camelCase: ``filter[upcomingOnly]``,
``customerNote``, ``startDate``). openapi-python-client gives those the same Python names as
before (``filterupcoming_only``, ``customer_note``, ``start_date``), so the helpers and views,
which only use Python names, send and read the new wire names with no code edit once the table
(``anny/_spec_table.py``) is regenerated. A rename that changes the Python name, or a removed
operation, stops ``scripts/operations_table.py`` (run by ``make test``), naming the helper.

Only the table is regenerated here (in-process, ~0.1 s): the generated package is not what
anny runs, and the property test (tests/core/test_wire_table.py) ties the two together.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import anny
import anny._models
import anny._operations
import anny._pagination
from anny._areas.checkout import CartItem

from operations_table import helper_problems, main, render

CET = dt.timezone(dt.timedelta(hours=1))


def _rename(mapping: dict[str, Any], old: str, new: str) -> None:
    items = [(new if key == old else key, value) for key, value in mapping.items()]
    assert old in mapping
    mapping.clear()
    mapping.update(items)


@pytest.fixture
def mutated(spec: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    for param in changed["paths"]["/api/v1/bookings"]["get"]["parameters"]:
        if param.get("name") == "filter[upcoming_only]":
            param["name"] = "filter[upcomingOnly]"
    schemas = changed["components"]["schemas"]
    _rename(schemas["CartBookingRequest"]["properties"], "customer_note", "customerNote")
    _rename(schemas["BookingAttributes"]["properties"], "start_date", "startDate")
    return changed


def _reset_caches() -> None:
    anny._operations._by_id.cache_clear()
    anny._operations._matchers.cache_clear()
    anny._operations._find.cache_clear()
    anny._pagination._cap.cache_clear()
    anny._models._COMPILED.clear()


@pytest.fixture
def use_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Install a table rendered from another spec as ``anny._spec_table`` (undone after)."""

    def install(spec: dict[str, Any]) -> None:
        module = types.ModuleType("anny._spec_table")
        exec(compile(render(spec), "<mutated _spec_table>", "exec"), module.__dict__)
        monkeypatch.setitem(sys.modules, "anny._spec_table", module)
        _reset_caches()

    yield install
    monkeypatch.undo()
    _reset_caches()


def _client(answer: dict[str, Any]) -> tuple[anny.Anny, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(
            200,
            content=json.dumps(answer).encode(),
            headers={"content-type": "application/vnd.api+json"},
        )

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return anny.Anny(base_url="https://api.test", http_client=http, token="t", max_retries=0), seen


BOOKINGS = {
    "data": [
        {
            "type": "bookings",
            "id": "7",
            "attributes": {"startDate": "2026-11-25T09:00:00+01:00", "status": "accepted"},
        }
    ],
    "meta": {"page": {"current-page": 1, "last-page": 1}},
}


@pytest.mark.slow
def test_renamed_names_are_sent_and_read_with_no_code_edit(
    mutated: dict[str, Any], use_table: Any
) -> None:
    use_table(mutated)

    client, seen = _client(BOOKINGS)
    bookings = list(client.bookings.list(upcoming_only=True))
    query = dict(seen[0].url.params.multi_items())
    assert query["filter[upcomingOnly]"] == "1"
    assert "filter[upcoming_only]" not in query
    # The response field renamed in the spec is read under its new name.
    assert bookings[0].start_date == dt.datetime(2026, 11, 25, 9, tzinfo=CET)

    order = {"data": {"type": "orders", "id": "5", "attributes": {"access_token": "oat-1"}}}
    client, seen = _client(order)
    start = dt.datetime(2026, 11, 25, 9, tzinfo=CET)
    wanted = CartItem("8001", "7003", start, start + dt.timedelta(hours=1), customer_note="hi")
    client.checkout.add(wanted)
    body = json.loads(seen[0].content)
    assert body["customerNote"] == "hi"
    assert "customer_note" not in body


@pytest.mark.slow
def test_the_unchanged_table_reads_the_old_names(use_table: Any, spec: dict[str, Any]) -> None:
    # The control: the same calls with the project's own spec send the old names (so the
    # test above shows the table's doing, not a helper that happens to send both).
    use_table(spec)
    client, seen = _client(BOOKINGS)
    bookings = list(client.bookings.list(upcoming_only=True))
    assert dict(seen[0].url.params.multi_items())["filter[upcoming_only]"] == "1"
    assert bookings[0].start_date is None  # `startDate` is not this spec's name


def test_a_removed_operation_fails_the_build_naming_the_helper(
    spec: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    import yaml

    changed = copy.deepcopy(spec)
    del changed["paths"]["/api/v1/bookings/{booking_id}/cancellation-preview"]
    problems = helper_problems(changed)
    assert problems
    assert all("getBookingCancellationPreview" in p for p in problems)
    assert any("bookings.py" in p and "cancellation_preview()" in p for p in problems)

    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(changed), encoding="utf-8")
    out = tmp_path / "_spec_table.py"
    assert main(["--spec", str(path), "--output", str(out)]) == 1
    assert "cancellation_preview()" in capsys.readouterr().out
    assert not out.exists()  # nothing written for a spec the helpers do not fit


def test_a_rename_that_changes_the_python_name_fails_naming_the_helper(
    spec: dict[str, Any],
) -> None:
    changed = copy.deepcopy(spec)
    # `filter[search]` is the shared parameter `FilterSearch`; its helpers all use the name.
    changed["components"]["parameters"]["FilterSearch"]["name"] = "filter[q]"
    problems = helper_problems(changed)
    assert any("list_bookings()" in p and "no query name 'filtersearch'" in p for p in problems), (
        problems
    )


@pytest.mark.slow
def test_a_changed_page_size_cap_is_followed_with_no_code_edit(
    spec: dict[str, Any], use_table: Any
) -> None:
    # The caps are written once, as the spec's `maximum` of `page[size]`: a new one is what the
    # pager asks for and what the client refuses above, before sending.
    changed = copy.deepcopy(spec)
    changed["components"]["parameters"]["PageSize500"]["schema"]["maximum"] = 200
    use_table(changed)
    client, seen = _client(BOOKINGS)
    list(client.bookings.list())
    assert seen[0].url.params["page[size]"] == "200"
    with pytest.raises(anny.InvalidParameterError, match="limit of 200"):
        client.bookings.list(page_size=201)
    assert len(seen) == 1
