"""Helpers anny refuses anonymously say so before sending (the waitlist, Addendum C6).

"Signed in" is any customer credential the client sends: a ``token``, an ``Authorization``
default header (also one added by ``with_options``), or an injected client's own ``auth``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from typing import Any

import httpx
import pytest
from annycore_helpers import Harness, jsonapi

import anny

EMPTY = {"data": [], "links": {"next": None}}
SLOT = (dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC), dt.datetime(2026, 11, 24, 11, tzinfo=dt.UTC))


def answer(request: httpx.Request) -> httpx.Response:
    return jsonapi(200, EMPTY)


class StaticAuth(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = "Bearer injected"
        yield request


async def test_no_credential_is_refused_before_sending(make: Callable[..., Harness]) -> None:
    h = make(answer)
    with pytest.raises(anny.errors.SignInRequiredError, match="signed-in customer"):
        h.client.waitlist.list()  # a pager: refused when it is made
    for fn, args in (
        (h.client.waitlist.join, ("8001", "7001", *SLOT)),
        (h.client.waitlist.leave, ("610",)),
    ):
        with pytest.raises(anny.errors.SignInRequiredError, match="signed-in customer") as caught:
            await h.call(fn, *args)
        assert isinstance(caught.value, anny.AnnyError)
        assert not isinstance(caught.value, anny.InvalidParameterError)  # the input was fine
    assert h.requests == []


@pytest.mark.parametrize(
    "options",
    [{"token": "t0k"}, {"default_headers": {"Authorization": "Bearer t0k"}}],
    ids=["token", "authorization-header"],
)
async def test_a_credential_counts_as_signed_in(
    make: Callable[..., Harness], options: dict[str, Any]
) -> None:
    h = make(answer, **options)
    assert await h.collect(h.client.waitlist.list()) == []
    assert h.last.headers["authorization"] == "Bearer t0k"


async def test_a_copy_with_an_authorization_header_is_signed_in(
    make: Callable[..., Harness],
) -> None:
    h = make(answer)
    signed = h.client.with_options(default_headers={"Authorization": "Bearer t0k"})
    assert await h.collect(signed.waitlist.list()) == []
    with pytest.raises(anny.errors.SignInRequiredError):
        h.client.waitlist.list()  # the original is still anonymous


def test_an_injected_clients_auth_counts_as_signed_in() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    http = httpx.Client(transport=httpx.MockTransport(record), auth=StaticAuth())
    with anny.Anny(base_url="https://api.test", http_client=http, token=None) as client:
        assert list(client.waitlist.list()) == []
    assert seen[0].headers["authorization"] == "Bearer injected"
