"""Wire cases of client.passes."""

from __future__ import annotations

import anny

from . import WireCase, first_page

AREA = ("passes", anny.Passes)

PASS = {
    "data": {
        "type": "passes",
        "id": "9501",
        "attributes": {
            "name": "10-visit desk card",
            "status": "active",
            "total_uses": 10,
            "remaining_uses": 7,
        },
    }
}
PASSES = {"data": [PASS["data"]], "links": {"next": None}}


def _check_pass(p: anny.Pass) -> None:
    assert (p.status, p.remaining_uses, p.total_uses) == (anny.PassStatus.ACTIVE, 7, 10)


CASES: list[WireCase] = [
    WireCase(
        "passes",
        "list",
        "listPasses",
        lambda c: first_page(
            c.passes.list(status=[anny.PassStatus.ACTIVE, "used_up"], page_size=10)
        ),
        {"filterstatus": "active,used_up", "pagesize": 10},
        PASSES,
        check=lambda page: _check_pass(page.items[0]),
    ),
    WireCase(
        "passes",
        "get",
        "getPass",
        lambda c: c.passes.get("9501", include=["services"]),
        {"pass_id": "9501", "include": "services"},
        PASS,
        {"pass_id": "9501"},
        check=_check_pass,
    ),
]
