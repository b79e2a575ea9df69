"""The regeneration pipeline: deterministic output, a clean --check, and a --check that notices."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import coverage_table
import regenerate
from spec_tools import load_spec, subset
from spec_tools import operations as spec_operations

# Slow, and long and self-contained: runs on the other core (tests/offload_plugin.py).
pytestmark = [pytest.mark.slow, pytest.mark.offload]


# A few operations of the spec: the deepObject map (service-configuration), an `explode: false`
# list (bookings) and a path the "official" spec below drops. The generator runs ~3x faster on it
# than on the whole spec, and the pipeline's guards behave the same on any spec.
SMALL_SPEC_PATHS = [
    "/api/v1/service-configuration",
    "/api/v1/bookings",
    "/api/v1/passes",
    "/api/v1/passes/{pass_id}",
]


@pytest.fixture(scope="module")
def small_spec(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small-spec") / "small.yaml"
    path.write_text(yaml.safe_dump(subset(spec, SMALL_SPEC_PATHS), sort_keys=False), "utf-8")
    return path


def _reuse(tree: Path, calls: list[Path]) -> Callable[[Path, Path], Path]:
    """A stand-in for `regenerate.generate` that hands back a tree generated earlier, for the
    tests of what `main` does with a fresh tree (the generator's run is the fixture's)."""

    def generate(spec: Path, workdir: Path) -> Path:
        calls.append(spec)
        return tree

    return generate


def test_generated_package_is_up_to_date(
    generated_tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`regenerate.py --check` (which `make test` no longer runs separately): the committed
    package is byte for byte what the generator makes from the spec in this session. The
    committed tree was written by an earlier run in another directory, so this also shows that
    the output depends neither on the time nor on the working directory."""
    calls: list[Path] = []
    monkeypatch.setattr(regenerate, "generate", _reuse(generated_tree, calls))
    assert regenerate.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert calls == [regenerate.DEFAULT_SPEC]
    assert regenerate.compare(generated_tree, regenerate.TARGET) == []
    assert len(regenerate._files(generated_tree)) > 100


def test_two_runs_give_byte_identical_trees(small_spec: Path, tmp_path: Path) -> None:
    first = regenerate.generate(small_spec, tmp_path / "one")
    second = regenerate.generate(small_spec, tmp_path / "two")
    assert regenerate.compare(first, second) == []
    assert "api/catalog/get_service_configuration.py" in regenerate._files(first)


def test_check_reports_a_hand_edit(
    generated_tree: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    copy = tmp_path / "anny_api"
    shutil.copytree(regenerate.TARGET, copy)
    (copy / "client.py").write_text("# edited by hand\n", encoding="utf-8")
    (copy / "stray.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(regenerate, "generate", _reuse(generated_tree, []))
    assert regenerate.main(["--check", "--output", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "changed: client.py" in out
    assert "stale (would be removed): stray.py" in out
    assert "run `make generate`" in out


def test_regenerates_from_another_spec(
    small_spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec: dict[str, Any] = load_spec(small_spec)
    del spec["paths"]["/api/v1/passes/{pass_id}"]
    other = tmp_path / "official.yaml"
    other.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    target = tmp_path / "out" / "anny_api"
    assert regenerate.main(["--spec", str(other), "--output", str(target)]) == 0
    assert (target / "api" / "passes" / "list_passes.py").exists()
    assert not (target / "api" / "passes" / "get_pass.py").exists()
    # --check with --spec compares what that spec makes (the tree just written) with generated/.
    calls: list[Path] = []
    monkeypatch.setattr(regenerate, "generate", _reuse(target, calls))
    assert regenerate.main(["--spec", str(other), "--check"]) == 1
    assert calls == [other]
    assert "stale (would be removed): api/passes/get_pass.py" in capsys.readouterr().out


def test_contributing_coverage_table_matches_the_spec(spec: dict[str, Any]) -> None:
    doc = coverage_table.DOC.read_text(encoding="utf-8")
    assert coverage_table.doc_section(doc) == coverage_table.table(spec)


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
    small_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stock template would send `7003=1`; the guard must notice if ours is not applied."""
    empty = tmp_path / "no-templates"
    empty.mkdir()
    monkeypatch.setattr(regenerate, "TEMPLATES", empty)
    with pytest.raises(SystemExit, match="deepObject template was not applied"):
        regenerate.generate(small_spec, tmp_path / "out")


@pytest.mark.parametrize("dropped", ["types.py.jinja", "endpoint_module.py.jinja"])
def test_without_the_lazy_templates_the_pipeline_refuses_eager_parsing(
    dropped: str, small_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stock templates build `Response.parsed` inside every call (issue 13): refused."""
    partial = tmp_path / "templates"
    shutil.copytree(regenerate.TEMPLATES, partial)
    (partial / dropped).unlink()
    monkeypatch.setattr(regenerate, "TEMPLATES", partial)
    with pytest.raises(SystemExit, match="lazy-parsing templates were not applied"):
        regenerate.generate(small_spec, tmp_path / "out")


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


def test_the_coverage_table_names_the_addendum_items_an_operation_rests_on(
    spec: dict[str, Any],
) -> None:
    """Issue 20 item 9: the README's table says which Addendum items back each operation."""
    assert coverage_table.addendum_items({"description": "see Addendum C9, C10 and B7."}) == (
        "B7, C9, C10"
    )
    assert coverage_table.addendum_items({"description": "B7 without the word"}) == ""
    rows = {o["operationId"]: o for o in coverage_table.operations(spec)}
    assert rows["joinCommunity"]["addendum"] == "B7, B8, C7"
    assert rows["applyVoucher"]["addendum"] == "C12"
    assert rows["listPasses"]["addendum"] == "C8"
    assert "| inferred; reference Addendum C9, C10 |" in coverage_table.table(spec)
