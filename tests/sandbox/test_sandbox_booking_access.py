"""A booking number alone never grants a cancellation (reference Addendum C14), raw HTTP.

The booking's ``code`` (which opens and cancels it) is shown only to a caller who proves
access: the code itself (``hash`` on by-number, ``code`` elsewhere), the owner's token, or the
order's access token (``oat``). Without proof, cancel is refused the way anny refuses.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_helpers import add_to_cart, cart_body, checkout, order_ids

from anny_sandbox import Sandbox

SLOT = ("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00")
BY_NUMBER = "/api/v1/bookings/by-number"


def guest_booking(client: httpx.Client) -> tuple[dict[str, Any], str, str]:
    """A guest's booking (its JSON:API record from the checkout answer), the order id and oat."""
    oid, oat = order_ids(add_to_cart(client, cart_body(*SLOT)))
    done = checkout(client, oid, oat, include="bookings")
    assert done.status_code == 200, done.text
    [booking] = [r for r in done.json()["included"] if r["type"] == "bookings"]
    return booking, oid, oat


def test_the_checkout_answer_gives_the_guest_the_code(client: httpx.Client) -> None:
    booking, _, _ = guest_booking(client)
    assert len(booking["attributes"]["code"]) >= 16  # proven by the order's oat


def test_the_confirmation_mail_carries_the_code(client: httpx.Client, sandbox: Sandbox) -> None:
    booking, _, _ = guest_booking(client)
    [mail] = httpx.get(f"{sandbox.url}/__sandbox/outbox").json()["messages"]
    number = booking["attributes"]["number"]
    assert mail["data"]["booking_codes"] == {number: booking["attributes"]["code"]}


@pytest.mark.parametrize("accept", ["application/vnd.api+json", "application/json"])
def test_an_anonymous_lookup_by_number_carries_no_code(
    client: httpx.Client, sandbox: Sandbox, accept: str
) -> None:
    booking, _, _ = guest_booking(client)
    number = booking["attributes"]["number"]
    with httpx.Client(base_url=sandbox.url, headers={"Accept": accept}) as stranger:
        found = stranger.get(BY_NUMBER, params={"number": number, "include": "order"})
    assert found.status_code == 200
    body = found.json()
    record = body["data"]["attributes"] if accept.endswith("api+json") else body["data"]
    assert record["number"] == number
    assert "code" not in record
    assert booking["attributes"]["code"] not in found.text


@pytest.mark.parametrize("proof", ["hash", "owner", "oat"])
def test_a_proof_reveals_the_code_on_lookup(
    client: httpx.Client, erika: httpx.Client, proof: str
) -> None:
    caller = erika if proof == "owner" else client  # signed in, Erika owns what she books
    booking, _, oat = guest_booking(caller)
    code = booking["attributes"]["code"]
    params = {"number": booking["attributes"]["number"]}
    params |= {"hash": {"hash": code}, "owner": {}, "oat": {"oat": oat}}[proof]
    found = caller.get(BY_NUMBER, params=params)
    assert found.status_code == 200
    assert found.json()["data"]["attributes"]["code"] == code


def test_a_wrong_hash_finds_nothing(client: httpx.Client) -> None:
    booking, _, _ = guest_booking(client)
    found = client.get(
        BY_NUMBER, params={"number": booking["attributes"]["number"], "hash": "x" * 16}
    )
    assert found.status_code == 404


def test_cancel_without_proof_is_refused(client: httpx.Client, sandbox: Sandbox) -> None:
    booking, _, _ = guest_booking(client)
    cancel = f"/api/v1/bookings/{booking['id']}/cancel"
    refused = client.get(cancel)
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("application/vnd.api+json")
    [error] = refused.json()["errors"]
    assert (error["status"], error["code"]) == ("401", "unauthenticated")
    wrong = client.get(cancel, params={"code": "x" * 16})
    assert wrong.status_code == 401
    # Signed in as another customer: the booking does not exist for them.
    token = sandbox.issue_token("max.power@example.com")["access_token"]
    other = client.get(cancel, headers={"Authorization": f"Bearer {token}"})
    assert other.status_code == 404
    state = client.get(f"/api/v1/bookings/{booking['id']}", params={"code": "x"})
    assert state.status_code == 401
    still = client.get(
        f"/api/v1/bookings/{booking['id']}", params={"code": booking["attributes"]["code"]}
    )
    assert still.json()["data"]["attributes"]["status"] == "accepted"


@pytest.mark.parametrize("proof", ["code", "owner", "oat"])
def test_cancel_with_each_proof_is_accepted(
    client: httpx.Client, erika: httpx.Client, proof: str
) -> None:
    booking, _, oat = guest_booking(erika if proof == "owner" else client)
    params = {
        "code": {"code": booking["attributes"]["code"]},
        "owner": {},
        "oat": {"oat": oat},
    }[proof]
    canceled = (erika if proof == "owner" else client).get(
        f"/api/v1/bookings/{booking['id']}/cancel", params=params
    )
    assert canceled.status_code == 200, canceled.text
    assert canceled.json()["data"]["attributes"]["status"] == "canceled"
