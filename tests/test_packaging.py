"""Both distributions as users get them (scripts/check_dist.py, run once per session in the
background): built, `twine check`ed, installed from their wheels into a fresh venv outside the
checkout and used there; and the archive check itself sees a missing file."""

from __future__ import annotations

import tarfile
import tomllib
import zipfile
from pathlib import Path

import anny
import anny_sandbox

import check_dist

ROOT = Path(__file__).resolve().parents[1]


def test_both_distributions_build_install_and_run(
    built_distributions: check_dist.Checked,
) -> None:
    assert [p.name for p in built_distributions.dists] == [
        f"anny_client-{anny.__version__}-py3-none-any.whl",
        f"anny_client-{anny.__version__}.tar.gz",
        f"anny_sandbox-{anny_sandbox.__version__}-py3-none-any.whl",
        f"anny_sandbox-{anny_sandbox.__version__}.tar.gz",
    ]
    assert built_distributions.problems == []


def _without(archive: Path, member: str, out: Path) -> Path:
    """A copy of the wheel or sdist ``archive`` in ``out`` without the file ``member``."""
    copy = out / archive.name
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as src, zipfile.ZipFile(copy, "w") as dst:
            for item in src.infolist():
                if not item.filename.endswith(member):
                    dst.writestr(item, src.read(item))
    else:
        with tarfile.open(archive) as src, tarfile.open(copy, "w:gz") as dst:
            for item in src.getmembers():
                if not item.name.endswith(member):
                    dst.addfile(item, src.extractfile(item) if item.isfile() else None)
    return copy


def test_the_archive_check_sees_a_missing_license(
    built_distributions: check_dist.Checked, tmp_path: Path
) -> None:
    dists = built_distributions.dists
    assert check_dist.inspect(dists) == []
    client_wheel, client_sdist, *sandbox = dists
    broken = [
        _without(client_wheel, "/licenses/LICENSE", tmp_path),
        _without(client_sdist, "/LICENSE", tmp_path),
        *sandbox,
    ]
    assert check_dist.inspect(broken) == [
        f"{client_wheel.name}: no LICENSE (or not the repository's)",
        # The client sdist also carries the sandbox's copy: both are missed.
        f"{client_sdist.name}: LICENSE missing",
        f"{client_sdist.name}: sandbox/LICENSE missing",
    ]


def test_the_sandbox_licence_is_the_repositorys() -> None:
    # The sandbox distribution is built from sandbox/, so it carries a copy of LICENSE.
    assert (ROOT / "sandbox" / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()


def test_the_client_extra_asks_for_the_sandbox_of_the_same_minor_version() -> None:
    # Both are released together (CHANGELOG.md, "Versioning"): same version, and the client's
    # `sandbox` extra admits exactly that MINOR series.
    assert anny.__version__ == anny_sandbox.__version__
    major, minor, _ = (int(x) for x in anny.__version__.split("."))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["optional-dependencies"]["sandbox"] == [
        f"anny-sandbox>={major}.{minor}.0,<{major}.{minor + 1}"
    ]
