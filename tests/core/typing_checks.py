"""What ``mypy --strict`` infers for users (checked by ``mypy``, see ``[tool.mypy] files``).

Never run: each ``assert_type`` is a static check of the binding's types, sync and async, in
the plain and the raw-response mode.
"""

from __future__ import annotations

from typing import assert_type

import anny
from anny import APIResponse, AsyncPager, Document, Pager, Resource
from anny.types import Booking


def sync_surface(client: anny.Anny, plan: anny.flows.RequestPlan[int]) -> None:
    assert_type(client.get("/x"), Document)
    assert_type(client.request("GET", "/x", params={"a": 1}), Document)
    assert_type(client.with_raw_response.post("/x", json={}), APIResponse[Document])
    assert_type(client.run(plan), int)
    assert_type(client.with_raw_response.run(plan), APIResponse[int])
    assert_type(client.paginate("/x"), Pager[Resource])
    assert_type(client.paginate("/x", map_item=Booking.from_resource), Pager[Booking])
    assert_type(client.bookings.cancel("1"), Booking)
    assert_type(client.bookings.list(), Pager[Booking])
    assert_type(client.with_raw_response.bookings.get("1"), APIResponse[Booking])
    assert_type(client.with_raw_response.bookings.list(), APIResponse[Document])
    assert_type(client.cart(), anny.types.Cart)
    assert_type(client.cart().quote(), anny.types.Quote)


async def async_surface(client: anny.AsyncAnny, plan: anny.flows.RequestPlan[int]) -> None:
    # Awaiting is the check of the colour: a plain value cannot be awaited.
    assert_type(await client.get("/x"), Document)
    assert_type(await client.with_raw_response.delete("/x"), APIResponse[Document])
    assert_type(await client.run(plan), int)
    assert_type(await client.with_raw_response.run(plan), APIResponse[int])
    assert_type(client.paginate("/x"), AsyncPager[Resource])
    assert_type(await client.bookings.cancel("1"), Booking)
    assert_type(client.bookings.list(), AsyncPager[Booking])
    assert_type(await client.with_raw_response.bookings.get("1"), APIResponse[Booking])
    assert_type(await client.with_raw_response.bookings.list(), APIResponse[Document])
    assert_type(client.cart(), anny.types.AsyncCart)
