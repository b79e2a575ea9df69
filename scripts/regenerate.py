#!/usr/bin/env python3
"""Regenerate the low-level package `generated/anny_api` from the OpenAPI document.

Usage::

    python scripts/regenerate.py                  # from openapi/customer-api.yaml
    python scripts/regenerate.py --check          # exit 1 + diff summary if generated/ is stale
    python scripts/regenerate.py --spec URL|PATH  # from another document (the official one)

The generator (openapi-python-client, pinned in pyproject's dev extra) always runs into a fresh
temporary directory with ``--fail-on-warning``; its output is then compared with, or copied over,
``generated/anny_api``. Two things the generator gets wrong are fixed here, never by hand in
generated/: ``openapi/templates`` overrides the query-parameter macro so a ``deepObject`` map goes
on the wire as ``service_id[7003]=1`` (the stock template sends ``7003=1``), and the package gets a
``py.typed`` marker (the generator writes one only when it also writes project metadata); and an
array query parameter declared ``explode: false`` is sent comma-joined (the generator ignores
``explode`` and repeats the key; :func:`join_unexploded_arrays`). The templates also make
``Response.parsed`` lazy (``types.py.jinja``, ``endpoint_module.py.jinja``): the body becomes
models on the first read of ``parsed``, not inside every ``sync_detailed`` (issue 13;
:func:`check_lazy_parsing`).
Running twice gives byte-identical trees: nothing in the output depends on time, the machine or
the working directory.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi" / "customer-api.yaml"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
# The custom templates are patched copies of this version's; another version must re-copy them.
GENERATOR_VERSION = "0.29.1"
# What the stock template writes for a dict-valued query parameter; none may survive.
_STOCK_DICT_QUERY = re.compile(r"params\.update\(json_\w+\)")
# What the lazy-parsing templates write: every `_build_response` hands over the parse function.
_BUILD_RESPONSE = re.compile(r"^def _build_response\(.*?(?=^def )", re.M | re.S)
_LAZY_RETURN = "return Response.lazy(\n"
TARGET = ROOT / "generated" / "anny_api"
PACKAGE = "anny_api"


def _tool(name: str) -> str:
    """Find a console script next to the running interpreter (the project's venv) first."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"regenerate: {name!r} not found; run `make install` first")
    return found


def fetch_spec(spec: str, workdir: Path) -> Path:
    """Return a local path for ``spec``, downloading it first when it is an http(s) URL."""
    if urllib.parse.urlsplit(spec).scheme in ("http", "https"):
        import httpx  # only needed for the rare "official spec by URL" case

        response = httpx.get(spec, follow_redirects=True, timeout=30.0)
        response.raise_for_status()
        suffix = ".json" if spec.endswith(".json") else ".yaml"
        local = workdir / f"downloaded-spec{suffix}"
        local.write_bytes(response.content)
        return local
    path = Path(spec)
    if not path.exists():
        sys.exit(f"regenerate: no such spec file: {spec}")
    return path.resolve()


def generate(spec: Path, workdir: Path) -> Path:
    """Run openapi-python-client into ``workdir`` and return the generated package directory."""
    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / PACKAGE
    env = dict(os.environ)
    # The post hooks call `ruff`: make the pinned one from this venv win over any other.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    cmd = [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--custom-template-path",
        str(TEMPLATES),
        "--fail-on-warning",
        "--overwrite",
    ]
    _check_generator_version()
    result = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not out.is_dir():
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"regenerate: openapi-python-client failed (exit {result.returncode})")
    for pattern in ("__pycache__", ".ruff_cache"):
        for cache in list(out.rglob(pattern)):
            shutil.rmtree(cache)
    (out / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    stock = sorted(
        p.relative_to(out).as_posix()
        for p in out.rglob("*.py")
        if _STOCK_DICT_QUERY.search(p.read_text(encoding="utf-8"))
    )
    if stock:
        sys.exit(f"regenerate: the deepObject template was not applied in {', '.join(stock)}")
    eager = check_lazy_parsing(out)
    if eager:
        sys.exit(f"regenerate: the lazy-parsing templates were not applied in {', '.join(eager)}")
    join_unexploded_arrays(spec, out)
    return out


def check_lazy_parsing(out: Path) -> list[str]:
    """The generated files where ``Response.parsed`` would still be computed eagerly.

    ``types.py`` must define ``Response.lazy``, and every endpoint module's ``_build_response``
    must end in ``return Response.lazy(...)`` (the stock one returns ``Response(parsed=...)``).
    """
    eager: list[str] = []
    if "    def lazy(\n" not in (out / "types.py").read_text(encoding="utf-8"):
        eager.append("types.py")
    for module in sorted((out / "api").rglob("*.py")):
        if module.name == "__init__.py":
            continue
        found = _BUILD_RESPONSE.search(module.read_text(encoding="utf-8"))
        if found is None or _LAZY_RETURN not in found.group(0):
            eager.append(module.relative_to(out).as_posix())
    return eager


def join_unexploded_arrays(spec: Path, out: Path) -> list[str]:
    """Send ``style: form, explode: false`` array query parameters comma-joined, as declared.

    openapi-python-client ignores ``explode: false`` and repeats the key
    (``filter[resources]=1&filter[resources]=2``); anny documents one comma-separated value
    (``filter[resources]=1,2``, reference B4). The generated assignment of each such parameter
    is rewritten here; a parameter whose assignment is not found stops the regeneration.
    Returns the ``module: parameter`` pairs it patched.
    """
    from spec_tools import load_yaml  # needs PyYAML, a dev dependency like the generator itself

    document = load_yaml(spec.read_text(encoding="utf-8"))
    patched: list[str] = []
    for item in document.get("paths", {}).values():
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                schema = param.get("schema", {})
                unexploded = param.get("explode") is False and param.get("style", "form") == "form"
                if param.get("in") != "query" or not unexploded or schema.get("type") != "array":
                    continue
                module = out / "api" / op["tags"][0] / f"{_snake(op['operationId'])}.py"
                text = module.read_text(encoding="utf-8")
                name = param["name"]
                pattern = re.compile(rf'^([ \t]*)params\["{re.escape(name)}"\] = (json_\w+)$', re.M)
                if not pattern.search(text):
                    sys.exit(f"regenerate: no assignment of {name!r} in {module.name} to join")
                text = pattern.sub(
                    lambda m, name=name: (
                        f'{m.group(1)}params["{name}"] = (\n'
                        f'{m.group(1)}    ",".join({m.group(2)}) '
                        f"if isinstance({m.group(2)}, list) else {m.group(2)}\n"
                        f"{m.group(1)})"
                    ),
                    text,
                )
                module.write_text(text, encoding="utf-8")
                patched.append(f"{module.name}: {name}")
    return patched


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def _check_generator_version() -> None:
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        sys.exit(
            f"regenerate: openapi-python-client {found} is installed, {TEMPLATES} was copied "
            f"from {GENERATOR_VERSION}; re-copy its *.jinja there and bump GENERATOR_VERSION"
        )


def _files(tree: Path) -> set[str]:
    return {
        p.relative_to(tree).as_posix()
        for p in tree.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def compare(fresh: Path, committed: Path) -> list[str]:
    """Describe every difference between two trees, one line each (empty when identical)."""
    if not committed.is_dir():
        return [f"{committed} does not exist"]
    new, old = _files(fresh), _files(committed)
    lines = [f"missing (would be added): {name}" for name in sorted(new - old)]
    lines += [f"stale (would be removed): {name}" for name in sorted(old - new)]
    for name in sorted(new & old):
        a, b = committed / name, fresh / name
        if not filecmp.cmp(a, b, shallow=False):
            diff = list(
                difflib.unified_diff(
                    a.read_text(encoding="utf-8").splitlines(),
                    b.read_text(encoding="utf-8").splitlines(),
                    lineterm="",
                    n=0,
                )
            )
            plus = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
            minus = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
            lines.append(f"changed: {name} (+{plus} -{minus})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", default=str(DEFAULT_SPEC), help="path or http(s) URL of the spec")
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if generated/ is out of date"
    )
    parser.add_argument(
        "--output", default=str(TARGET), help="where the package goes (default generated/anny_api)"
    )
    args = parser.parse_args(argv)
    target = Path(args.output).resolve()

    with tempfile.TemporaryDirectory(prefix="anny-regen-") as tmp:
        workdir = Path(tmp)
        spec = fetch_spec(args.spec, workdir)
        fresh = generate(spec, workdir)
        if args.check:
            problems = compare(fresh, target)
            if problems:
                print(f"generated/ is out of date with {args.spec} ({len(problems)} file(s)):")
                for line in problems:
                    print(f"  {line}")
                print("run `make generate` and commit the result")
                return 1
            print(
                f"generated/ is up to date with {Path(args.spec).name} ({len(_files(fresh))} files)"
            )
            return 0
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, target)
        print(f"wrote {len(_files(target))} files to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
