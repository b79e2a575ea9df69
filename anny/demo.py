"""`make demo`: what the client covers today (replaced by the sandbox booking flow).

Prints the spec's coverage from the generated package: one line per operation module, grouped by
area, so a reader can follow an operationId to its generated function.
"""

from __future__ import annotations

import importlib
import pkgutil


def main() -> None:
    """Print every generated operation module, grouped by area."""
    api = importlib.import_module("anny_api.api")
    total = 0
    for area in sorted(m.name for m in pkgutil.iter_modules(api.__path__)):
        package = importlib.import_module(f"anny_api.api.{area}")
        names = sorted(m.name for m in pkgutil.iter_modules(package.__path__))
        total += len(names)
        print(f"{area} ({len(names)}): " + ", ".join(names))
    print(f"{total} operations")


if __name__ == "__main__":
    main()
