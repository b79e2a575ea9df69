"""The sandbox stands on its own: it imports nothing from the client, and the server
configuration it carries (the page-size caps) agrees with the spec.

The sandbox plays anny's server, which has its own configuration; it ships as its own
distribution (``anny-sandbox``, issue 21), so an import of the client (``anny._pagination``,
``anny._cli_common``) would break it wherever it is installed without ``anny-client``. The one
exception is its pytest plugin, whose client fixtures build ``anny`` clients: it imports the
client inside those fixtures only (or for type checking), never when pytest loads it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import anny_sandbox
from anny_sandbox.limits import page_size_cap

from spec_tools import load_spec, operations, resolve

SANDBOX = Path(anny_sandbox.__file__).parent
MODULES = sorted(SANDBOX.rglob("*.py"))
#: The pytest plugin: the client only inside functions or under TYPE_CHECKING.
PLUGIN = SANDBOX / "pytest_plugin.py"


def _package_of(module: Path) -> str:
    """The package ``module`` belongs to (``anny_sandbox`` for ``anny_sandbox/limits.py``)."""
    parts = module.relative_to(SANDBOX.parent).with_suffix("").parts
    return ".".join(parts[:-1])


def _loaded_nodes(tree: ast.AST) -> list[ast.AST]:
    """The nodes that run when the module is imported: not function bodies, not the
    ``if TYPE_CHECKING:`` blocks."""
    found: list[ast.AST] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.If) and ast.unparse(node.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            found += [n for child in node.orelse for n in [child, *_loaded_nodes(child)]]
            continue
        found += [node, *_loaded_nodes(node)]
    return found


def _imports(source: str, package: str, *, on_load_only: bool = False) -> list[tuple[int, str]]:
    """Every module ``source`` (a module of ``package``) imports, absolute, with its line; with
    ``on_load_only``, only those that run when the module is imported."""
    found: list[tuple[int, str]] = []
    tree = ast.parse(source)
    # Otherwise everything: also imports inside functions and under TYPE_CHECKING.
    nodes = _loaded_nodes(tree) if on_load_only else list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = parts[: len(parts) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from anny import x` imports anny (x a module or a name: anny's either way).
            found.append((node.lineno, base))
    return sorted(found)  # in the order of the source


def _outside_the_sandbox(name: str) -> bool:
    # `anny_sandbox` is not `anny.`: the client's old alias `anny.sandbox` counts as the client.
    return name == "anny" or name.startswith("anny.")


def test_the_scan_sees_every_form_of_import() -> None:
    # The scan itself must not be blind: the first six reach into the client (the old alias
    # `anny.sandbox` is the client's module); the relative ones stay in the sandbox.
    source = (
        "import anny\n"
        "import anny._pagination as p\n"
        "from anny import errors\n"
        "from anny._cli_common import say_error\n"
        "def f():\n    from anny.errors import AnnyError\n"
        "from anny.sandbox.seed import SeedError\n"
        "from anny_sandbox.seed import SeedError\n"
        "from .. import clock\n"
        "from . import pricing\n"
        "from .pricing import price_of\n"
    )
    names = [name for _, name in _imports(source, "anny_sandbox.domain")]
    assert names == [
        "anny",
        "anny._pagination",
        "anny",
        "anny._cli_common",
        "anny.errors",
        "anny.sandbox.seed",
        "anny_sandbox.seed",
        "anny_sandbox",
        "anny_sandbox.domain",
        "anny_sandbox.domain.pricing",
    ]
    assert [n for n in names if _outside_the_sandbox(n)] == names[:6]


def test_the_load_time_scan_skips_functions_and_type_checking_only() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "import anny_sandbox\n"
        "if TYPE_CHECKING:\n    import anny\nelse:\n    import anny.errors\n"
        "def fixture():\n    import anny._client\n"
        "class Holder:\n    import anny._flow\n"
        "try:\n    import anny._clock\nexcept ImportError:\n    pass\n"
    )
    names = [name for _, name in _imports(source, "anny_sandbox", on_load_only=True)]
    assert names == ["typing", "anny_sandbox", "anny.errors", "anny._flow", "anny._clock"]


def test_the_sandbox_imports_nothing_from_the_client() -> None:
    assert len(MODULES) > 10  # the walk found the package
    assert PLUGIN in MODULES
    offending = [
        f"{module.relative_to(SANDBOX.parent)}:{line}: {name}"
        for module in MODULES
        for line, name in _imports(
            module.read_text(encoding="utf-8"), _package_of(module), on_load_only=module == PLUGIN
        )
        if _outside_the_sandbox(name)
    ]
    assert offending == []


def test_the_sandbox_and_its_plugin_load_without_the_client() -> None:
    # What the scan promises, run: with `anny` unimportable, the server starts and answers,
    # and pytest can load the plugin (its client fixtures then say what to install).
    code = (
        "import sys\n"
        "sys.modules['anny'] = None\n"
        "import anny_sandbox.pytest_plugin as plugin\n"
        "import httpx\n"
        "from anny_sandbox import Sandbox\n"
        "with Sandbox() as sb:\n"
        "    print(httpx.get(sb.url + '/api/v1/organizations/acme-gmbh').status_code)\n"
        "try:\n"
        "    plugin.client_module()\n"
        "except BaseException as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.splitlines() == [
        "200",
        "Failed the anny_* client fixtures need the client: pip install anny-client",
    ]


# --------------------------------------------------------------------------- page-size caps

_SAMPLE = {
    "org_slug": "acme-gmbh",
    "customer_account_id": "0b7c4bd6-3c2e-4f6e-9d1a-5c2f7e8a9b10",
    "resource_slug": "open-space-desks",
}


def _paged_lists() -> list[tuple[str, str, int | None]]:
    """``(operationId, a path of it, the spec's maximum page size)`` for every operation that
    takes ``page[size]``."""
    spec: dict[str, Any] = load_spec()
    found = []
    for path, method, op in operations(spec):
        params = [
            resolve(spec, raw)
            for raw in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
        ]
        sizes = [p for p in params if p["in"] == "query" and p["name"] == "page[size]"]
        if not sizes:
            continue
        assert method == "get", op["operationId"]
        concrete = re.sub(r"\{([a-z_]+)\}", lambda m: _SAMPLE.get(m[1], "7003"), path)
        found.append(
            (op["operationId"], concrete, resolve(spec, sizes[0]["schema"]).get("maximum"))
        )
    return found


PAGED = _paged_lists()


def test_the_spec_caps_the_lists_anny_caps() -> None:
    # The customer lists of reference Addendum C5 carry their cap in the spec; the others none.
    caps = {op_id: cap for op_id, _, cap in PAGED}
    assert caps == {
        "listOrganizationResources": 50,
        "listCustomerAccountResources": 50,
        "listPlans": 50,
        "listPlanSubscriptions": 50,
        "listBookings": 500,
        "listResourceChildren": None,  # desk bots page by 250 (reference §7.7)
        "listOrders": None,
        "listCustomerAccounts": None,
        "listCommunities": None,
        "listPasses": None,
        "listWaitlistEntries": None,
        "listQueueTickets": None,
    }


@pytest.mark.parametrize(("op_id", "path", "maximum"), PAGED, ids=[p[0] for p in PAGED])
def test_the_sandbox_caps_agree_with_the_spec(op_id: str, path: str, maximum: int | None) -> None:
    assert page_size_cap(path) == maximum, f"{op_id} {path}"


# --------------------------------------------------------------------------- its own CLI kit


@pytest.mark.parametrize("port", ["99999", "-1", "²", "http"])
def test_the_sandbox_command_refuses_a_bad_port(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from anny_sandbox.__main__ import main

    with pytest.raises(SystemExit) as exc:
        main(["--port", port])
    assert exc.value.code == 2
    assert "not a port number (0-65535)" in capsys.readouterr().err


def test_the_sandbox_command_says_a_bad_seed_in_one_safe_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from anny_sandbox.__main__ import main

    seed = tmp_path / "seed\x1b]0;owned\x07\u202e.json"  # a name that would retitle the terminal
    assert main(["--port", "0", "--seed", str(seed)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.startswith("anny sandbox: ")
    assert err.count("\n") == 1
    assert "seed\\x1b]0;owned\\x07\\u202e.json" in err
    assert "\x1b" not in err
    assert "\u202e" not in err
