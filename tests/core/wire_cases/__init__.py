"""Wire cases of the helpers (see ../test_helpers_wire.py): one module per area.

Each module defines ``AREA`` (the attribute name on the client and the area class) and
``CASES`` (a list of :class:`WireCase`, one or more per helper of the area).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

import anny

JSONAPI = "application/vnd.api+json"


@attrs.frozen
class WireCase:
    """One helper call and the generated function call that must send the same request."""

    area: str
    helper: str
    operation: str
    call: Callable[[anny.Anny], Any]
    generated: dict[str, Any]
    response: Any = attrs.field(factory=lambda: {"data": None})
    path_params: dict[str, str] = attrs.field(factory=dict)
    status: int = 200
    content_type: str = JSONAPI
    check: Callable[[Any], None] | None = None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.area}.{self.helper}" + (f"[{self.label}]" if self.label else "")


def first_page(pager: Any) -> Any:
    """Fetch one page of a helper's pager (the wire of its first request)."""
    return pager.first_page()


def load_all() -> tuple[dict[str, type], list[WireCase]]:
    """Every area module's ``AREA`` and ``CASES``."""
    import importlib
    import pkgutil

    areas: dict[str, type] = {}
    cases: list[WireCase] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        name, cls = module.AREA
        areas[name] = cls
        cases.extend(module.CASES)
    return areas, cases
