"""The regeneration pipeline: deterministic output, a clean --check, and a --check that notices."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import coverage_table
import regenerate
from spec_tools import operations as spec_operations

pytestmark = pytest.mark.slow


def test_generated_package_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert regenerate.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_two_runs_give_byte_identical_trees(tmp_path: Path) -> None:
    first = regenerate.generate(regenerate.DEFAULT_SPEC, tmp_path / "one")
    second = regenerate.generate(regenerate.DEFAULT_SPEC, tmp_path / "two")
    assert regenerate.compare(first, second) == []
    assert len(regenerate._files(first)) > 100


def test_check_reports_a_hand_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "anny_api"
    shutil.copytree(regenerate.TARGET, copy)
    (copy / "client.py").write_text("# edited by hand\n", encoding="utf-8")
    (copy / "stray.py").write_text("", encoding="utf-8")
    assert regenerate.main(["--check", "--output", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "changed: client.py" in out
    assert "stale (would be removed): stray.py" in out


def test_regenerates_from_another_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec: dict[str, Any] = yaml.safe_load(regenerate.DEFAULT_SPEC.read_text(encoding="utf-8"))
    del spec["paths"]["/api/v1/passes/{pass_id}"]
    other = tmp_path / "official.yaml"
    other.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    assert regenerate.main(["--spec", str(other), "--check"]) == 1
    assert "stale (would be removed): api/passes/get_pass.py" in capsys.readouterr().out
    target = tmp_path / "out" / "anny_api"
    assert regenerate.main(["--spec", str(other), "--output", str(target)]) == 0
    assert (target / "api" / "passes" / "list_passes.py").exists()
    assert not (target / "api" / "passes" / "get_pass.py").exists()


def test_readme_coverage_table_matches_the_spec(spec: dict[str, Any]) -> None:
    readme = coverage_table.README.read_text(encoding="utf-8")
    assert coverage_table.readme_section(readme) == coverage_table.table(spec)


def test_runtime_operation_table_matches_the_spec() -> None:
    import operations_table

    assert operations_table.TARGET.read_text(encoding="utf-8") == operations_table.render(), (
        "anny/_spec_table.py is stale: run `make generate`"
    )


def test_every_spec_operation_is_known_at_run_time(spec: dict[str, Any]) -> None:
    from anny._operations import find_operation, operation

    for path, method, op in spec_operations(spec):
        found = operation(op["operationId"])
        assert (found.method, found.path) == (method.upper(), path)
        concrete = path.replace("{", "").replace("}", "")  # any value fills a parameter
        assert find_operation(method, concrete) == found, op["operationId"]


def test_without_the_template_the_pipeline_refuses_the_stock_deep_object_wire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stock template would send `7003=1`; the guard must notice if ours is not applied."""
    empty = tmp_path / "no-templates"
    empty.mkdir()
    monkeypatch.setattr(regenerate, "TEMPLATES", empty)
    with pytest.raises(SystemExit, match="deepObject template was not applied"):
        regenerate.generate(regenerate.DEFAULT_SPEC, tmp_path / "out")


@pytest.mark.parametrize("dropped", ["types.py.jinja", "endpoint_module.py.jinja"])
def test_without_the_lazy_templates_the_pipeline_refuses_eager_parsing(
    dropped: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stock templates build `Response.parsed` inside every call (issue 13): refused."""
    partial = tmp_path / "templates"
    shutil.copytree(regenerate.TEMPLATES, partial)
    (partial / dropped).unlink()
    monkeypatch.setattr(regenerate, "TEMPLATES", partial)
    with pytest.raises(SystemExit, match="lazy-parsing templates were not applied"):
        regenerate.generate(regenerate.DEFAULT_SPEC, tmp_path / "out")


def test_every_generated_operation_parses_lazily() -> None:
    assert regenerate.check_lazy_parsing(regenerate.TARGET) == []


def test_generated_package_ships_py_typed() -> None:
    assert (regenerate.TARGET / "py.typed").is_file()
    assert "py.typed" in regenerate._files(regenerate.TARGET)


def test_unexploded_array_parameters_go_out_comma_joined() -> None:
    """`filter[resources]` is declared `explode: false` (B4): the regeneration step makes the
    generated function send one comma-separated value, not a repeated key."""
    import httpx

    from anny_api import Client
    from anny_api.api.bookings import list_bookings

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": []})

    client = Client(base_url="https://api.test")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler))
    )
    list_bookings.sync_detailed(client=client, filterresources=["8001", "8002"])
    assert seen[0].url.params.get_list("filter[resources]") == ["8001,8002"]


def test_the_join_pass_stops_when_it_cannot_find_the_assignment(tmp_path: Path) -> None:
    module = tmp_path / "api" / "bookings" / "list_bookings.py"
    module.parent.mkdir(parents=True)
    module.write_text("params = {}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no assignment of 'filter\\[resources\\]'"):
        regenerate.join_unexploded_arrays(regenerate.DEFAULT_SPEC, tmp_path)
