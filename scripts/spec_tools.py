"""Small helpers for reading openapi/customer-api.yaml, shared by the scripts and the tests.

One place for what several tools need: loading the spec, following local ``$ref``s, listing
the operations, and the naming rules that connect an operationId and a parameter's wire name to
what openapi-python-client generates (``getResource`` → ``get_resource``,
``filter[start_date]`` → ``filterstart_date``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "customer-api.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The parsed spec (YAML)."""
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every operation as ``(path, method, operation object)``, in document order."""
    return [
        (path, method, item[method])
        for path, item in spec.get("paths", {}).items()
        for method in METHODS
        if method in item
    ]


def snake(operation_id: str) -> str:
    """The generated module name of an operationId (``getResource`` → ``get_resource``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def squash(name: str) -> str:
    """Wire or Python name → comparable key (``filter[start_date]`` ~ ``filterstart_date``)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def example_of(spec: dict[str, Any], content: dict[str, Any]) -> Any:
    """A media type's ``example``, or the value of its first ``examples`` entry."""
    if "example" in content:
        return content["example"]
    first = next(iter(content["examples"].values()))
    return resolve(spec, first)["value"]
