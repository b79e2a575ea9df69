"""Small helpers for reading openapi/customer-api.yaml, shared by the scripts and the tests.

One place for what several tools need: loading the spec, following local ``$ref``s, listing
the operations, and the naming rules that connect an operationId and a parameter's wire name to
what openapi-python-client generates (``getResource`` → ``get_resource``,
``filter[start_date]`` → ``filterstart_date``).
"""

from __future__ import annotations

import json
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_URI = "urn:anny-customer-api"
SPEC_PATH = ROOT / "openapi" / "customer-api.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# libyaml's loader when PyYAML was built with it: the same documents, ~4x faster than the pure
# Python SafeLoader (the spec is parsed by several scripts and test modules).
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)


#: Parsed specs by (file, mtime, size), kept pickled: the test session parses the same spec in
#: about thirty places (~90 ms each); unpickling a private copy takes ~2 ms, and every caller
#: still gets a document of its own to change.
_PARSED: dict[tuple[str, int, int], bytes] = {}


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The parsed spec (YAML); a fresh copy per call (callers may change it)."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _PARSED:
        _PARSED[key] = pickle.dumps(load_yaml(path.read_text(encoding="utf-8")), protocol=-1)
    spec: dict[str, Any] = pickle.loads(_PARSED[key])  # noqa: S301 (our own bytes)
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
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


def subset(spec: dict[str, Any], paths: list[str]) -> dict[str, Any]:
    """A smaller valid document: only ``paths`` and the components they reach through ``$ref``.

    Security schemes and tags are kept whole. The generator takes ~1 s for a handful of
    operations instead of ~3 s for the whole spec, which is what the pipeline's guard tests need.
    """
    small = {key: value for key, value in spec.items() if key not in ("paths", "components")}
    small["paths"] = {path: spec["paths"][path] for path in paths}
    components: dict[str, dict[str, Any]] = {}
    if "securitySchemes" in spec.get("components", {}):
        components["securitySchemes"] = spec["components"]["securitySchemes"]
    pending = _refs(small["paths"])
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen:
            continue
        seen.add(ref)
        _, _, kind, name = ref.split("/", 3)
        node = spec["components"][kind][name]
        components.setdefault(kind, {})[name] = node
        pending |= _refs(node)
    small["components"] = {kind: dict(sorted(nodes.items())) for kind, nodes in components.items()}
    return small


def _refs(node: Any) -> set[str]:
    """Every local ``$ref`` target under ``node``."""
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        for value in node.values():
            found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(value) for value in node)) if node else set()
    return set()


def snake(operation_id: str) -> str:
    """The generated module name of an operationId (``getResource`` → ``get_resource``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def squash(name: str) -> str:
    """Wire or Python name → comparable key (``filter[start_date]`` ~ ``filterstart_date``)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


SCALAR_TYPES = frozenset({"integer", "number", "string", "boolean"})


def is_handled_deep_object(spec: dict[str, Any], param: dict[str, Any]) -> bool:
    """Whether the regeneration step puts this ``deepObject`` parameter on the wire correctly.

    openapi-python-client 0.29.1 sends a dict-valued query parameter as ``key=value`` pairs;
    the project's template (openapi/templates/endpoint_macros.py.jinja) rewrites that to
    ``name[key]=value``. That is right only for a flat map: a query parameter with
    ``style: deepObject``, ``explode: true`` and an object schema with scalar
    ``additionalProperties`` and no declared ``properties`` (nested objects would need
    ``name[a][b]``, which nothing here writes).
    """
    if param.get("in") != "query" or param.get("style") != "deepObject":
        return False
    if param.get("explode") is not True:
        return False
    schema = resolve(spec, param.get("schema", {}))
    values = resolve(spec, schema.get("additionalProperties"))
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and isinstance(values, dict)
        and values.get("type") in SCALAR_TYPES
    )


def example_of(spec: dict[str, Any], content: dict[str, Any]) -> Any:
    """A media type's ``example``, or the value of its first ``examples`` entry."""
    if "example" in content:
        return content["example"]
    first = next(iter(content["examples"].values()))
    return resolve(spec, first)["value"]


def _pointer_escape(text: str) -> str:
    return text.replace("~", "~0").replace("/", "~1")


@dataclass
class ResponseValidator:
    """Validate HTTP responses against the response schemas of the spec.

    Used as an httpx response hook by the sandbox and end-to-end tests, so that every answer the
    sandbox gives in the suite is checked. Paths outside the spec (``/__sandbox``, ``/oauth``) and
    responses tampered with by a fault (``x-sandbox-fault`` header) are skipped; everything else
    must match a declared status, content type and schema. ``validate`` raises AssertionError;
    ``record`` collects the message in ``violations`` instead (for hooks inside a client whose
    exceptions would be mapped).
    """

    spec: dict[str, Any] = field(default_factory=dict)
    checked: int = 0
    seen: set[tuple[str, str]] = field(default_factory=set)
    violations: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Imported here: only the tests need jsonschema, not the scripts that use this module.
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        if not self.spec:
            self.spec = load_spec()
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self.registry: Any = Registry().with_resource(SPEC_URI, resource)
        self.templates: list[tuple[re.Pattern[str], str]] = []
        for template in self.spec["paths"]:
            regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            self.templates.append((re.compile(regex), template))
        # Literal paths first, so /bookings/by-number never matches /bookings/{booking_id}.
        self.templates.sort(key=lambda item: item[1].count("{"))

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
        """The path template and operation object that ``method path`` matches, if any."""
        for regex, template in self.templates:
            if regex.match(path):
                op = self.spec["paths"][template].get(method.lower())
                if op is not None:
                    return template, op
        return None

    def validate(self, response: httpx.Response) -> None:
        """Assert that ``response`` (body already read) is what the spec declares."""
        from jsonschema import Draft202012Validator

        request = response.request
        path = request.url.path
        if path.startswith(("/__sandbox", "/oauth")) or "x-sandbox-fault" in response.headers:
            return
        found = self.operation(request.method, path)
        assert found is not None, f"{request.method} {path} is not in the spec"
        template, op = found
        self.seen.add((request.method.upper(), template))
        where = f"{request.method} {template} -> {response.status_code}"
        responses = op["responses"]
        status = str(response.status_code)
        key = status if status in responses else f"{status[0]}XX"
        if key not in responses:
            key = "default"
        assert key in responses, f"{where}: status not declared ({sorted(responses)})"
        content = resolve(self.spec, responses[key]).get("content")
        response.read()  # a no-op for a body already read (async hooks read it first)
        if not content:
            assert not response.content, f"{where}: a body where the spec declares none"
            self.checked += 1
            return
        media = response.headers.get("content-type", "").split(";")[0].strip()
        assert media in content, f"{where}: content type {media!r} not in {sorted(content)}"
        if content[media].get("schema") is None or "json" not in media:
            self.checked += 1
            return
        try:
            body = response.json()
        except json.JSONDecodeError as exc:
            raise AssertionError(f"{where}: body is not JSON") from exc
        if "$ref" in responses[key]:
            name = responses[key]["$ref"].rsplit("/", 1)[-1]
            pointer = f"{SPEC_URI}#/components/responses/{name}"
        else:
            method = request.method.lower()
            pointer = f"{SPEC_URI}#/paths/{_pointer_escape(template)}/{method}/responses/{key}"
        pointer += f"/content/{_pointer_escape(media)}/schema"
        validator = Draft202012Validator({"$ref": pointer}, registry=self.registry)
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
        assert not errors, f"{where}: {errors[0].message} at {list(errors[0].path)}"
        self.checked += 1

    def record(self, response: httpx.Response) -> None:
        """Like ``validate``, but keep a violation in ``violations`` instead of raising."""
        try:
            self.validate(response)
        except AssertionError as exc:
            self.violations.append(str(exc))

    def all_operations(self) -> set[tuple[str, str]]:
        """Every ``(METHOD, path template)`` of the spec."""
        return {(method.upper(), path) for path, method, _ in operations(self.spec)}

    def hook(self, response: httpx.Response) -> None:
        """A sync httpx response event hook (raises on a violation)."""
        self.validate(response)

    async def ahook(self, response: httpx.Response) -> None:
        """An async httpx response event hook that records violations."""
        await response.aread()
        self.record(response)
