"""Lazy, deprecation-aware exports for the public namespaces (``anny``, ``anny.types`` …).

Each public module keeps a table ``name -> private module`` and gets its module-level
``__getattr__``/``__dir__`` (PEP 562) from :func:`lazy_exports`: a name is imported on first
use, so ``import anny`` stays cheap (no asyncio, dateutil or sign-in machinery), and each
class reports the public module it belongs to (``anny.types.Booking``), not the private one.
"""

from __future__ import annotations

import contextlib
import importlib
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["adopt", "lazy_exports"]


def adopt(obj: object, public: str) -> None:
    """Make a class defined in a private module report ``public`` as its module (reprs, docs)."""
    if isinstance(obj, type) and obj.__module__.startswith("anny._"):
        with contextlib.suppress(AttributeError, TypeError):
            obj.__module__ = public


def lazy_exports(
    module: str,
    namespace: dict[str, Any],
    lazy: Mapping[str, str],
    public: Iterable[str],
    moved: Mapping[str, str] | None = None,
    submodules: Iterable[str] = (),
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the public module ``module``.

    ``lazy`` maps a public name to the private module that defines it (imported on first use
    and cached in ``namespace``). ``moved`` maps an old name to the public module it moved to:
    it still works, with a :class:`DeprecationWarning` naming the new place, and is never
    cached (every use warns, so no use goes unnoticed) nor listed by ``dir()``.
    ``submodules`` are public submodules, imported on first use (``anny.types``).
    """
    children = frozenset(submodules)
    listed = sorted({*public, *children})
    old = dict(moved or {})

    def __getattr__(name: str) -> Any:
        home = lazy.get(name)
        if home is not None:
            value = getattr(importlib.import_module(home), name)
            adopt(value, module)
            namespace[name] = value  # later lookups are plain module attributes
            return value
        if name in children:
            return importlib.import_module(f"{module}.{name}")
        target = old.get(name)
        if target is not None:
            new_name = name
            if ":" in target:  # renamed as well as moved: "module:NewName"
                target, new_name = target.split(":", 1)
            warnings.warn(
                f"{module}.{name} is deprecated and will be removed in the next release; "
                f"use {target}.{new_name}",
                DeprecationWarning,
                stacklevel=2,
            )
            return getattr(importlib.import_module(target), new_name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return listed

    return __getattr__, __dir__
