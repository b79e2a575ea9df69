#!/usr/bin/env python3
"""Write ``api.md``: every helper of every area, its signature, and the operations it performs.

The reference is generated, never written by hand, so it cannot drift from the code:

* the areas are what a client really has (``client.bookings``, ``client.cart()`` …), and their
  helpers are the descriptors ``anny._areas._binding.helpers_of`` finds;
* a helper's signature is its flow's, without the context argument, in the form ``Anny`` gives
  it (``Flow[T]`` → ``T``, ``Paged[T]`` → ``Pager[T]``);
* the operations a helper performs are read from its code (:func:`operations_of`): every
  ``op_plan("operationId", …)`` in the helper's flow and in every flow of ``anny._areas`` it
  calls or hands on (look-ups, read-backs), the way the flow is written;
* method, path and evidence come from ``anny/_spec_table.py`` (generated from the spec), and
  the response body's evidence from the spec itself.

``make generate`` and ``make api-md`` write it; ``--check`` exits 1 when api.md is stale, and
``tests/spec/test_api_md.py`` fails the same way in ``make test``.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import functools
import importlib
import inspect
import pkgutil
import re
import sys
import textwrap
import types
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from spec_tools import ROOT, load_spec
from spec_tools import operations as spec_operations

TARGET = ROOT / "api.md"
AREAS_PACKAGE = "anny._areas"
#: The calls that name an operation: their first argument is its operationId, a literal.
OPERATION_CALLS = frozenset({"op_plan", "operation"})


#: Operations a helper's code reaches but never performs, with the reason: the scan reads every
#: branch, and these branches are closed by an argument the helper always passes.
#: ``tests/core/test_api_md.py`` checks that the scan still finds each (no stale entry) and that
#: running the helper sends none of them.
NOT_PERFORMED: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("series", "plan"): (
        frozenset(
            {"addToCart", "listOrders", "getCart", "getCheckoutForm", "submitCheckout", "emptyCart"}
        ),
        "it runs `series.book` with `dry_run=True`, which returns before anything is added to "
        "a cart",
    ),
}


class ScanError(Exception):
    """A helper's code names an operation in a way the scan cannot read (not a literal)."""


# --------------------------------------------------------------------------- the operations


def _source_tree(fn: Callable[..., Any]) -> ast.Module:
    return ast.parse(textwrap.dedent(inspect.getsource(fn)))


def _in_source_order(tree: ast.AST) -> list[ast.AST]:
    nodes = [n for n in ast.walk(tree) if hasattr(n, "lineno")]
    return sorted(nodes, key=lambda n: (n.lineno, n.col_offset))  # type: ignore[attr-defined]


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _bound_names(tree: ast.AST) -> set[str]:
    """The names a function's source binds anywhere (so they are not the module's globals)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    return names


def _resolve(node: ast.expr, scope: dict[str, Any]) -> Any:
    """The object a name or a dotted name (``checkout.item``) stands for in ``scope``, if any."""
    if isinstance(node, ast.Name):
        return scope.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, scope)
        if isinstance(owner, (types.ModuleType, type)):
            return getattr(owner, node.attr, None)
    return None


def _is_flow_code(obj: Any) -> bool:
    """A plain function of the areas package (a flow or a plan builder), not the plan kit."""
    return (
        inspect.isfunction(obj)
        and obj.__module__.startswith(AREAS_PACKAGE)
        and obj.__name__ not in OPERATION_CALLS
    )


def _scan(fn: Callable[..., Any], seen: set[Any]) -> tuple[list[str], list[Callable[..., Any]]]:
    """The operations ``fn``'s own source names (nested functions included), in source order,
    and the flows of the areas package it refers to (calls, callbacks), in source order."""
    own: list[str] = []
    refers: list[Callable[..., Any]] = []
    tree = _source_tree(fn)
    # A name the function binds itself (an argument, a loop or comprehension variable, a nested
    # function) is not the module's function of that name: ``for item in items`` is no call of
    # ``checkout.item``.
    local = _bound_names(tree)
    scope = {k: v for k, v in fn.__globals__.items() if k not in local}
    for node in _in_source_order(tree):
        if isinstance(node, ast.Call) and _called_name(node) in OPERATION_CALLS:
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                where = f"{fn.__module__}.{fn.__qualname__}"
                raise ScanError(
                    f"{where}: {_called_name(node)}() without a literal operationId "
                    f"(line {node.lineno} of its source): api.md cannot say what it performs"
                )
            own.append(first.value)
        elif isinstance(node, (ast.Name, ast.Attribute)) and isinstance(
            getattr(node, "ctx", None), ast.Load
        ):
            target = _resolve(node, scope)
            if _is_flow_code(target) and target not in seen:
                seen.add(target)
                refers.append(target)
    return own, refers


def operations_of(fn: Callable[..., Any]) -> tuple[str, ...]:
    """Every operation ``fn`` may perform: those its own code names first, then those of the
    flows it calls or hands on (slug look-ups, read-backs), depth first, each once.

    It is a reading of the code, so it lists every branch (a read-back that runs only after a
    lost answer, a look-up the client's cache usually saves).
    """
    seen: set[Any] = {fn}
    found: list[str] = []
    pending = [fn]
    while pending:
        own, refers = _scan(pending.pop(0), seen)
        found.extend(own)
        pending[:0] = refers  # depth first: a callee's operations before the next caller's
    return tuple(dict.fromkeys(found))


# --------------------------------------------------------------------------- the helpers


@dataclass(frozen=True)
class Helper:
    """One helper as the reference shows it."""

    area: str  # how it is reached: "bookings", or "cart" for ``client.cart()``
    name: str
    fn: Callable[..., Any]
    paged: bool

    @property
    def call(self) -> str:
        return f"cart.{self.name}" if self.area == "cart" else f"client.{self.area}.{self.name}"


def areas() -> dict[str, type]:
    """Every area class by how a client reaches it: ``client.<name>``, and ``cart`` for the
    object ``client.cart()`` returns. Fails when an area class of the package is unreachable."""
    import anny
    from anny._areas._binding import Area, helpers_of
    from anny._areas._clients import area

    found: dict[str, type] = {}
    with anny.Anny(base_url="http://127.0.0.1:9") as client:  # nothing is sent
        for name in dir(client):
            static = inspect.getattr_static(client, name, None)
            is_property = isinstance(static, (functools.cached_property, property, area))
            if name.startswith("_") or not is_property:
                continue
            with warnings.catch_warnings():
                # A deprecated alias (``client.raw``) is not an area: its warning skips it.
                warnings.simplefilter("error", DeprecationWarning)
                try:
                    value = getattr(client, name)
                except DeprecationWarning:
                    continue
            if isinstance(value, Area):
                found[name] = type(value)
        found["cart"] = type(client.cart())
    reachable = {helpers_of_key(cls) for cls in found.values()}
    package = importlib.import_module(AREAS_PACKAGE)
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{AREAS_PACKAGE}.{module_info.name}")
        for cls in vars(module).values():
            is_area = (
                isinstance(cls, type)
                and issubclass(cls, Area)
                and cls.__module__ == module.__name__
            )
            if (
                is_area
                and any(True for _ in helpers_of(cls))
                and helpers_of_key(cls) not in reachable
            ):
                raise ScanError(
                    f"{cls.__qualname__} has helpers but no client attribute reaches it"
                )
    return dict(sorted(found.items()))


def helpers_of_key(cls: type) -> tuple[tuple[str, Any], ...]:
    """An area's helpers as a comparable key (``SyncCart`` and ``Cart`` have the same ones)."""
    from anny._areas._binding import helpers_of

    return tuple((name, helper.fn) for name, helper in helpers_of(cls))


def helpers(by_area: dict[str, type] | None = None) -> Iterator[Helper]:
    """Every helper of every area (``by_area``: :func:`areas`), areas by name, helpers in the
    order the area declares them."""
    from anny._areas._binding import helpers_of, paged

    for area, cls in (by_area or areas()).items():
        for name, helper in helpers_of(cls):
            yield Helper(area, name, helper.fn, isinstance(helper, paged))


def performed(helper: Helper) -> tuple[str, ...]:
    """The operations api.md lists for ``helper``: the scan's, less :data:`NOT_PERFORMED`."""
    skipped = NOT_PERFORMED.get((helper.area, helper.name), (frozenset(), ""))[0]
    return tuple(op for op in operations_of(helper.fn) if op not in skipped)


# --------------------------------------------------------------------------- rendering


def cell(text: str) -> str:
    """Text for a Markdown table cell: a ``|`` would end the cell, even inside code."""
    return text.replace("|", "\\|")


def _default(value: Any) -> str:
    """A default value as code; a function by its name (its repr holds a memory address)."""
    if callable(value) and not isinstance(value, type):
        owner = getattr(value, "__self__", None)
        module = getattr(value, "__module__", None) or type(owner).__module__
        return f"{module}.{value.__name__}"
    return repr(value)


def returns(helper: Helper) -> str:
    """The result of the sync call: ``Flow[T]`` / ``RequestPlan[T]`` → ``T``, ``Paged[T]`` →
    ``Pager[T]``."""
    annotation = inspect.signature(helper.fn).return_annotation
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    match = re.fullmatch(r"(Flow|RequestPlan|Paged)\[(.*)\]", text)
    if match is None:
        raise ScanError(f"{helper.call}: cannot read its result from {text!r}")
    kind, inner = match.groups()
    return f"Pager[{inner}]" if kind == "Paged" else inner


def signature(helper: Helper) -> str:
    """``client.area.name(arg: T, *, opt: U = default) -> R``, one parameter per line if long."""
    params = list(inspect.signature(helper.fn).parameters.values())[1:]  # the context
    parts: list[str] = []
    star = False
    for p in params:
        if p.kind is p.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = p.name if p.annotation is p.empty else f"{p.name}: {p.annotation}"
        if p.default is not p.empty:
            text += f" = {_default(p.default)}"
        parts.append(text)
    one_line = f"{helper.call}({', '.join(parts)}) -> {returns(helper)}"
    if len(one_line) <= 100:
        return one_line
    body = "".join(f"    {part},\n" for part in parts)
    return f"{helper.call}(\n{body}) -> {returns(helper)}"


_ROLE = re.compile(r":(?:class|meth|func|attr|mod|exc|data):`~?([^`]+)`")


def markdown(text: str) -> str:
    """reStructuredText inline markup as Markdown (````x```` → ```x```, roles → their name)."""
    text = _ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", text)
    return text.replace("``", "`")


def summary(obj: Any) -> str:
    """The first paragraph of a docstring, as one line."""
    doc = inspect.getdoc(obj) or ""
    return markdown(" ".join(doc.split("\n\n", 1)[0].split()))


def aliases(every: list[Helper]) -> dict[str, tuple[str, str]]:
    """The type aliases the signatures use (``BookingRef``): name → (definition, its comment)."""
    used: dict[str, Any] = {}
    for helper in every:
        for p in inspect.signature(helper.fn).parameters.values():
            for word in re.findall(r"[A-Za-z_]\w*", str(p.annotation)):
                value = helper.fn.__globals__.get(word)
                if isinstance(value, types.UnionType):
                    used[word] = value
    out: dict[str, tuple[str, str]] = {}
    package = importlib.import_module(AREAS_PACKAGE)
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{AREAS_PACKAGE}.{module_info.name}")
        source = inspect.getsource(module)
        lines = source.splitlines()
        for node in ast.parse(source).body:
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                continue
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in used and target.id not in out:
                comment = []
                for line in reversed(lines[: node.lineno - 1]):
                    if not line.startswith("#:"):
                        break
                    comment.insert(0, line[2:].strip())
                out[target.id] = (ast.unparse(node.value), markdown(" ".join(comment)))
    missing = set(used) - set(out)
    if missing:
        raise ScanError(f"aliases without a definition in {AREAS_PACKAGE}: {sorted(missing)}")
    return dict(sorted(out.items()))


def _body_evidence(spec: dict[str, Any]) -> dict[str, str]:
    """operationId → the evidence of its success response bodies, when the spec gives one."""
    out = {}
    for _path, _method, op in spec_operations(spec):
        levels = {
            response["x-anny-evidence"]
            for status, response in op.get("responses", {}).items()
            if str(status).startswith("2") and "x-anny-evidence" in response
        }
        if levels:
            out[op["operationId"]] = ", ".join(sorted(levels))
    return out


def _evidence(op: Any, body: dict[str, str]) -> str:
    text = "**inferred**" if op.inferred else op.evidence
    if op.operation_id in body:
        level = body[op.operation_id]
        text += f" (response body: {'**inferred**' if level == 'inferred' else level})"
    return text


def _anchor(title: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


HEADER = """\
# API reference

<!-- Generated by scripts/api_md.py (`make api-md`, also run by `make generate`); do not edit.
     `make test` fails when it is stale. -->

Every helper of every area, as `anny.Anny` has it: its signature, what it returns, the first
paragraph of its docstring (`help(client.bookings.cancel)` shows all of it), and the spec
operations it performs, with the method, the path and how sure the spec is of each
(`x-anny-evidence`; **inferred** means designed after anny's conventions where no public source
shows it: unverified).

- **`AsyncAnny`** has the same areas and helpers with the same arguments: `await` each call;
  a helper that returns `Pager[T]` returns an `AsyncPager[T]` there (`async for`), without
  `await`. The cart is `async with aclient.cart() as cart`.
- **`cart`** below is the object `client.cart()` returns (`with client.cart() as cart:`).
- **Operations** are listed as the helper's code names them: its own first, then those of the
  flows it calls, such as a slug's look-up (cached per client) or the read-back after a lost
  answer (sent only then). `client.get(path)` and the generated layer (`client.generated`) reach the
  operations no helper performs ([the last table](#operations-no-helper-performs)).
"""


def render() -> str:
    """The whole of api.md."""
    from anny._operations import operation

    area_classes = areas()
    every = list(helpers(area_classes))
    spec = load_spec()
    body = _body_evidence(spec)
    by_area: dict[str, list[Helper]] = {}
    for helper in every:
        by_area.setdefault(helper.area, []).append(helper)
    out = [HEADER]
    out.append("## Contents\n")
    for area, members in by_area.items():
        title = "cart = client.cart()" if area == "cart" else f"client.{area}"
        names = ", ".join(f"[`{h.name}`](#{_anchor(h.call)})" for h in members)
        out.append(f"- [`{title}`](#{_anchor(title)}): {names}")
    out.append("- [Reference types](#reference-types)")
    out.append("- [Operations no helper performs](#operations-no-helper-performs)\n")

    used: set[str] = set()
    for area, members in by_area.items():
        title = "cart = client.cart()" if area == "cart" else f"client.{area}"
        out.append(f"## `{title}`\n")
        out.append(summary(area_classes[area]) + "\n")
        for helper in members:
            out.append(f"### `{helper.call}`\n")
            out.append(f"```python\n{signature(helper)}\n```\n")
            out.append(summary(helper.fn) + "\n")
            ops = performed(helper)
            if not ops:
                out.append("Sends nothing itself.\n")
                continue
            out.append("| operation | method and path | evidence |")
            out.append("|---|---|---|")
            for op_id in ops:
                op = operation(op_id)
                used.add(op_id)
                out.append(f"| `{op_id}` | `{op.method} {op.path}` | {_evidence(op, body)} |")
            skipped = NOT_PERFORMED.get((helper.area, helper.name))
            if skipped:
                names = ", ".join(f"`{op}`" for op in sorted(skipped[0]))
                out.append("")
                out.append(f"Its code also reaches {names}, never sent: {skipped[1]}.")
            out.append("")

    out.append("## Reference types\n")
    out.append("What the helpers accept where they take an object of the API:\n")
    out.append("| name | is | meaning |")
    out.append("|---|---|---|")
    for name, (definition, comment) in aliases(every).items():
        out.append(f"| `{name}` | `{cell(definition)}` | {cell(comment)} |")
    out.append("")

    out.append("## Operations no helper performs\n")
    rest = [
        operation(op["operationId"])
        for _path, _method, op in spec_operations(spec)
        if op["operationId"] not in used
    ]
    if not rest:
        out.append("None: every operation of the spec has a helper.\n")
    else:
        out.append("Reach them with `client.get(path, params=…)` / `client.post(path, json=…)`")
        out.append("(a `Document`, with anny's retries and errors) or the generated layer.\n")
        out.append("| operation | method and path | evidence |")
        out.append("|---|---|---|")
        for op in sorted(rest, key=lambda o: (o.path, o.method)):
            out.append(f"| `{op.operation_id}` | `{op.method} {op.path}` | {_evidence(op, body)} |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if api.md is stale")
    args = parser.parse_args(argv)
    rendered = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if args.check:
        if current == rendered:
            return 0
        diff = difflib.unified_diff(
            current.splitlines(), rendered.splitlines(), "api.md", "rendered", lineterm=""
        )
        print("\n".join(list(diff)[:60]))
        print("api.md is stale: run `make api-md`", file=sys.stderr)
        return 1
    if current != rendered:
        TARGET.write_text(rendered, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
