"""Build and check both distributions as a user gets them: ``anny-client`` and ``anny-sandbox``.

    python scripts/check_dist.py                  # build, twine check, install, smoke test
    python scripts/check_dist.py --fetch-wheels   # fill the wheelhouse (needs the network)

1. Builds the wheel and the sdist of each (hatchling, no isolated build env) into a temporary
   folder, and runs ``twine check --strict`` on all four.
2. Reads the archives: LICENSE in every wheel and sdist, the metadata (name, licence, project
   URLs), the client wheel without the sandbox (nor starlette/uvicorn), the sandbox wheel with its
   data, ``py.typed``, its command and its pytest plugin.
3. Makes a fresh venv outside the checkout, installs ``anny-client[sandbox]`` from those wheels
   and the wheelhouse only (``--no-index``: nothing from the checkout, nothing from the network),
   and from outside the checkout imports both, books nothing but reads a resource from a sandbox
   through the client, and runs both commands.

The wheelhouse (``.venv/wheelhouse``, filled by ``make install``) holds the wheels of the
dependencies, so the check itself needs no network.
"""

from __future__ import annotations

import argparse
import email.parser
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SANDBOX = ROOT / "sandbox"
WHEELHOUSE = ROOT / ".venv" / "wheelhouse"
BIN = Path(sys.executable).parent

#: Run inside the fresh venv, from a folder outside the checkout, with ``python -I`` (no
#: PYTHONPATH, no user site, no current folder on sys.path): only the installed wheels count.
SMOKE = """
import sys
from importlib.metadata import entry_points, version
from pathlib import Path

import anny
import anny_api
import anny_sandbox
from anny_sandbox import Sandbox

prefix = Path(sys.prefix).resolve()
for module in (anny, anny_api, anny_sandbox):
    where = Path(module.__file__).resolve()
    assert prefix in where.parents, f"{module.__name__} imported from {where}"
assert anny.__version__ == version("anny-client"), anny.__version__
plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
assert plugins.get("anny_sandbox") == "anny_sandbox.pytest_plugin", plugins
with Sandbox() as sb, anny.Anny(base_url=sb.url, token=None, clock=sb.clock.now) as client:
    room = client.resources.get("conference-room-berlin")
    print(room.slug)
"""


def build(out: Path) -> list[Path]:
    """The sdist and wheel of both distributions, built into ``out``."""
    hatchling = BIN / "hatchling"
    for project in (ROOT, SANDBOX):
        subprocess.run(
            [str(hatchling), "build", "-d", str(out)],
            cwd=project,
            check=True,
            capture_output=True,
            text=True,
        )
    return sorted(out.iterdir())


def _wheel_metadata(wheel: zipfile.ZipFile) -> email.message.Message:
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    return email.parser.Parser().parsestr(wheel.read(name).decode())


def inspect(dists: list[Path]) -> list[str]:
    """What is wrong with the archives (empty when nothing is)."""
    problems: list[str] = []
    wheels = {p.name.split("-")[0]: p for p in dists if p.suffix == ".whl"}
    sdists = {p.name.split("-")[0]: p for p in dists if p.name.endswith(".tar.gz")}
    for dist in ("anny_client", "anny_sandbox"):
        if dist not in wheels or dist not in sdists:
            problems.append(f"{dist}: wheel or sdist missing in {[p.name for p in dists]}")
            return problems
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    for dist, path in wheels.items():
        with zipfile.ZipFile(path) as wheel:
            names = wheel.namelist()
            licenses = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
            if not licenses or wheel.read(licenses[0]).decode() != license_text:
                problems.append(f"{path.name}: no LICENSE (or not the repository's)")
            meta = _wheel_metadata(wheel)
            if meta["Name"] != dist.replace("_", "-"):
                problems.append(f"{path.name}: Name is {meta['Name']!r}")
            if meta["License-Expression"] != "MIT":
                problems.append(
                    f"{path.name}: License-Expression is {meta['License-Expression']!r}"
                )
            if not meta.get_all("Project-URL"):
                problems.append(f"{path.name}: no Project-URL")
            requires = meta.get_all("Requires-Dist") or []
            tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
            entry = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
            entry_points = wheel.read(entry).decode()
            if dist == "anny_client":
                if tops != {"anny", "anny_api"}:
                    problems.append(f"{path.name}: top-level packages {sorted(tops)}")
                for name in ("anny/py.typed", "anny_api/__init__.py", "anny/sandbox.py"):
                    if name not in names:
                        problems.append(f"{path.name}: {name} missing")
                heavy = [r for r in requires if r.startswith(("starlette", "uvicorn"))]
                if heavy:
                    problems.append(f"{path.name}: the client requires {heavy}")
                if "anny = anny.__main__:main" not in entry_points:
                    problems.append(f"{path.name}: no `anny` command")
            else:
                if tops != {"anny_sandbox"}:
                    problems.append(f"{path.name}: top-level packages {sorted(tops)}")
                for name in ("anny_sandbox/py.typed", "anny_sandbox/data/default_seed.json"):
                    if name not in names:
                        problems.append(f"{path.name}: {name} missing")
                for line in (
                    "anny-sandbox = anny_sandbox.__main__:main",
                    "anny_sandbox = anny_sandbox.pytest_plugin",
                ):
                    if line not in entry_points:
                        problems.append(f"{path.name}: entry point {line!r} missing")
    for dist, path in sdists.items():
        with tarfile.open(path) as sdist:
            names = set(sdist.getnames())
        base = path.name.removesuffix(".tar.gz")
        needed = ["LICENSE", "README.md", "pyproject.toml", "PKG-INFO"]
        if dist == "anny_client":
            needed += ["CHANGELOG.md", "sandbox/pyproject.toml", "sandbox/LICENSE"]
        problems += [f"{path.name}: {n} missing" for n in needed if f"{base}/{n}" not in names]
    return problems


def twine_check(dists: list[Path]) -> list[str]:
    done = subprocess.run(
        [str(BIN / "twine"), "check", "--strict", *map(str, dists)],
        capture_output=True,
        text=True,
    )
    return [] if done.returncode == 0 else [f"twine check failed:\n{done.stdout}{done.stderr}"]


def install_and_smoke(dists: list[Path], wheelhouse: Path, workdir: Path) -> list[str]:
    """Install ``anny-client[sandbox]`` into a fresh venv in ``workdir`` and try it there."""
    venv = workdir / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    folder = dists[0].parent
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--isolated"]
    done = subprocess.run(
        [
            *pip,
            "install",
            "-q",
            "--no-index",
            *("--find-links", str(folder), "--find-links", str(wheelhouse)),
            "anny-client[sandbox]",
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return [f"installing the wheels failed:\n{done.stdout}{done.stderr}"]
    problems = []
    runs = {
        "import and a request": [str(python), "-I", "-c", SMOKE],
        "anny --version": [str(venv / "bin" / "anny"), "--version"],
        "anny-sandbox --help": [str(venv / "bin" / "anny-sandbox"), "--help"],
    }
    expected = {
        "import and a request": "conference-room-berlin\n",
        "anny --version": f"anny {_version()}\n",
    }
    for what, argv in runs.items():
        done = subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=120)
        if done.returncode != 0 or done.stdout != expected.get(what, done.stdout):
            problems.append(
                f"{what} in the fresh venv: rc={done.returncode}\n{done.stdout}{done.stderr}"
            )
    return problems


def _version() -> str:
    text = (ROOT / "anny" / "_version.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert found is not None, "anny/_version.py names no __version__"
    return found[1]


class Checked(NamedTuple):
    """The built archives and the problems found with them (none: all is well)."""

    dists: list[Path]
    problems: list[str]


def check(workdir: Path, wheelhouse: Path = WHEELHOUSE) -> Checked:
    """Every check above, in ``workdir`` (a folder outside the checkout)."""
    dists = build(workdir / "dist")
    problems = inspect(dists) + twine_check(dists)
    return Checked(dists, problems + install_and_smoke(dists, wheelhouse, workdir))


def fetch_wheels(wheelhouse: Path = WHEELHOUSE) -> None:
    """Download the wheels of both distributions' dependencies (and extras) into
    ``wheelhouse``, resolved as pip resolves them for a user; our own wheels are not kept."""
    with tempfile.TemporaryDirectory(prefix="anny-dist-") as tmp:
        dists = build(Path(tmp))
        wheels = [str(p) for p in dists if p.suffix == ".whl"]
        client = next(w for w in wheels if Path(w).name.startswith("anny_client-"))
        subprocess.run(
            [
                *(sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:"),
                *("-d", str(wheelhouse), f"{client}[sandbox,yaml]", *wheels),
            ],
            check=True,
        )
    for own in (*wheelhouse.glob("anny_client-*"), *wheelhouse.glob("anny_sandbox-*")):
        own.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fetch-wheels", action="store_true", help="fill the wheelhouse")
    parser.add_argument("--wheelhouse", type=Path, default=WHEELHOUSE)
    args = parser.parse_args(argv)
    if args.fetch_wheels:
        fetch_wheels(args.wheelhouse)
        return 0
    if not args.wheelhouse.is_dir():
        print(f"no wheelhouse at {args.wheelhouse}: run `make install`", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="anny-dist-"))
    try:
        problems = check(workdir, args.wheelhouse).problems
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("distributions: ok" if not problems else f"distributions: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
