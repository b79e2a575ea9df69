"""Deprecated: the sandbox is its own distribution now, ``anny-sandbox``, imported as
``anny_sandbox`` (``pip install 'anny-client[sandbox]'`` brings it).

This alias keeps ``from anny.sandbox import Sandbox``, ``import anny.sandbox.limits`` and
``python -m anny.sandbox`` working for one more release (0.2.x); importing it emits a
:class:`DeprecationWarning` that points at the importing line. Write ``anny_sandbox`` instead.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings
from types import ModuleType
from typing import Any

_OLD = "anny.sandbox"  # not __name__, which is "__main__" under `python -m anny.sandbox`
_NEW = "anny_sandbox"
_INSTALL = "pip install 'anny-client[sandbox]'"


class _SubmoduleAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """``import anny.sandbox.X`` gives the module ``anny_sandbox.X`` itself (one module object,
    so one ``Clock`` class), not a second copy loaded under the old name."""

    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(_OLD + "."):
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None  # a blank module; exec_module swaps in the real one

    def exec_module(self, module: ModuleType) -> None:
        # The import system returns whatever sys.modules holds after exec_module: the real
        # module, whose own __spec__ and __name__ stay untouched.
        sys.modules[module.__name__] = importlib.import_module(_NEW + module.__name__[len(_OLD) :])


try:
    from anny_sandbox import Clock, ConnectionDropped, Fault, FaultSet, Sandbox, SeedError
except ModuleNotFoundError as exc:
    if (exc.name or "").partition(".")[0] not in (_NEW, "starlette", "uvicorn"):
        raise
    raise ImportError(f"the sandbox is not installed: {_INSTALL}") from exc

warnings.warn(
    f"{_OLD} is deprecated and goes away in anny-client 0.3: import {_NEW} "
    f"(the anny-sandbox distribution, {_INSTALL})",
    DeprecationWarning,
    # 2: the importing line; warnings skips the import machinery's own frames in between.
    stacklevel=2,
)

__all__ = ["Clock", "ConnectionDropped", "Fault", "FaultSet", "Sandbox", "SeedError"]

# A package with no folder of its own: its submodules are the aliases above.
__path__: list[str] = []
if not any(isinstance(finder, _SubmoduleAlias) for finder in sys.meta_path):
    sys.meta_path.append(_SubmoduleAlias())

if __name__ == "__main__":  # `python -m anny.sandbox …`, the old command line
    from anny_sandbox.__main__ import main

    # The warning above is not shown here (it is not raised in __main__): say it once.
    print("note: `python -m anny.sandbox` is deprecated: run `anny-sandbox`", file=sys.stderr)
    sys.exit(main())
