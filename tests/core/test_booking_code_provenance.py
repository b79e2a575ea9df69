"""The client never attaches a booking code it did not get from the guest (Addendum C14).

Even if anny put a booking's ``code`` into its answer to an anonymous lookup by number, that
code is dropped: a widget that looks a booking up must not thereby cancel a stranger's
booking. The code given as ``hash`` is kept, and then travels to the cancel call.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from annycore_helpers import Harness, jsonapi

BOOKING = {
    "data": {
        "type": "bookings",
        "id": "3581903",
        "attributes": {"number": "BB81592797", "code": "leaked-by-anny-16", "status": "accepted"},
    }
}


def answer(request: httpx.Request) -> httpx.Response:
    return jsonapi(200, BOOKING)


async def test_a_code_in_an_anonymous_lookup_is_dropped(make: Callable[..., Harness]) -> None:
    h = make(answer)
    found = await h.call(h.client.bookings.by_number, "BB81592797")
    assert found.code is None

    await h.call(h.client.bookings.cancel, found)
    cancel = h.last
    assert cancel.url.path == "/api/v1/bookings/3581903/cancel"
    assert "code" not in cancel.url.params  # nothing the guest did not give


async def test_the_guests_hash_is_the_code_kept(make: Callable[..., Harness]) -> None:
    h = make(answer)
    found = await h.call(h.client.bookings.by_number, "BB81592797", hash="guest-code-16ch")
    assert found.code == "guest-code-16ch"
    assert h.last.url.params["hash"] == "guest-code-16ch"

    await h.call(h.client.bookings.cancel, found)
    assert h.last.url.params["code"] == "guest-code-16ch"
