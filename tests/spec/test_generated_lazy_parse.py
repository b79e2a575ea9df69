"""`Response.parsed` of the generated package is computed on first read, once (issue 13).

The regeneration step (openapi/templates/types.py.jinja and endpoint_module.py.jinja) makes
every `sync_detailed` / `asyncio_detailed` hand the response its parse function instead of the
parsed model tree. For callers nothing else changes: the same fields, types, repr, equality and
attrs helpers; an undeclared status still raises from the call when the client asks for that.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import attrs
import httpx
import pytest

import anny_api
from anny_api import errors
from anny_api.api.bookings import list_bookings
from anny_api.models import BookingCollection, ErrorDocument
from anny_api.types import Response

BODY = {
    "data": [
        {
            "type": "bookings",
            "id": "3000000",
            "attributes": {"number": "BB81000000", "status": "accepted"},
        }
    ],
    "links": {"next": None},
}


def client_answering(
    status: int, content: bytes, *, raise_on_unexpected_status: bool = False
) -> anny_api.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=content, headers={"content-type": "application/vnd.api+json"}
        )

    client = anny_api.Client(
        base_url="https://b.anny.co", raise_on_unexpected_status=raise_on_unexpected_status
    )
    client.set_httpx_client(
        httpx.Client(base_url="https://b.anny.co", transport=httpx.MockTransport(handler))
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="https://b.anny.co", transport=httpx.MockTransport(handler))
    )
    return client


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every `BookingCollection.from_dict` call, in order."""
    calls: list[object] = []
    original: Callable[[Any], BookingCollection] = BookingCollection.from_dict

    def counting(src_dict: Any) -> BookingCollection:
        calls.append(src_dict)
        return original(src_dict)

    monkeypatch.setattr(BookingCollection, "from_dict", counting)
    return calls


def test_parsed_is_computed_on_first_read_and_then_kept(parses: list[object]) -> None:
    response = list_bookings.sync_detailed(client=client_answering(200, json.dumps(BODY).encode()))
    assert parses == []
    assert response.status_code == HTTPStatus.OK
    assert json.loads(response.content) == BODY
    assert response.headers["content-type"] == "application/vnd.api+json"
    assert parses == []  # status, content and headers do not parse

    first = response.parsed
    assert isinstance(first, BookingCollection)
    assert first.to_dict() == BODY
    assert len(parses) == 1
    assert response.parsed is first
    assert response.parsed is first
    assert len(parses) == 1  # computed once
    assert not hasattr(response, "_parse")  # the parse function (and the httpx response) let go


def test_concurrent_first_reads_parse_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    original: Callable[[Any], BookingCollection] = BookingCollection.from_dict

    def slow(src_dict: Any) -> BookingCollection:
        calls.append(src_dict)
        time.sleep(0.02)  # every reader arrives while the first one is still parsing
        return original(src_dict)

    monkeypatch.setattr(BookingCollection, "from_dict", slow)
    response = list_bookings.sync_detailed(client=client_answering(200, json.dumps(BODY).encode()))
    seen: list[object] = []
    readers = [threading.Thread(target=lambda: seen.append(response.parsed)) for _ in range(8)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert len(calls) == 1
    assert len(seen) == 8
    assert all(parsed is seen[0] for parsed in seen)


async def test_the_async_call_is_lazy_too(parses: list[object]) -> None:
    client = client_answering(200, json.dumps(BODY).encode())
    response = await list_bookings.asyncio_detailed(client=client)
    assert parses == []
    assert isinstance(response.parsed, BookingCollection)
    assert response.parsed is response.parsed
    assert len(parses) == 1


def test_sync_returns_the_parsed_model_as_before() -> None:
    parsed = list_bookings.sync(client=client_answering(200, json.dumps(BODY).encode()))
    assert isinstance(parsed, BookingCollection)
    assert parsed.to_dict() == BODY


def test_a_malformed_body_fails_on_access_not_on_the_call() -> None:
    response = list_bookings.sync_detailed(client=client_answering(200, b"{not json"))
    assert response.status_code == HTTPStatus.OK
    assert response.content == b"{not json"
    with pytest.raises(json.JSONDecodeError):
        _ = response.parsed
    with pytest.raises(json.JSONDecodeError):  # not cached: each read tries again
        _ = response.parsed


def test_a_body_the_model_does_not_fit_fails_on_access() -> None:
    response = list_bookings.sync_detailed(client=client_answering(200, b'{"links": {}}'))
    with pytest.raises(KeyError):
        _ = response.parsed


def test_documented_errors_parse_lazily_as_error_documents() -> None:
    body = {"errors": [{"status": "401", "title": "Unauthenticated"}]}
    response = list_bookings.sync_detailed(client=client_answering(401, json.dumps(body).encode()))
    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert isinstance(response.parsed, ErrorDocument)
    assert response.parsed.errors[0].status == "401"


def test_an_undeclared_status_still_raises_from_the_call() -> None:
    client = client_answering(418, b"{not json", raise_on_unexpected_status=True)
    with pytest.raises(errors.UnexpectedStatus) as caught:
        list_bookings.sync_detailed(client=client)
    assert caught.value.status_code == 418
    quiet = list_bookings.sync_detailed(client=client_answering(418, b"{not json"))
    assert quiet.parsed is None


def test_fields_repr_equality_and_attrs_helpers_are_unchanged() -> None:
    content = json.dumps(BODY).encode()
    lazy = list_bookings.sync_detailed(client=client_answering(200, content))
    eager = Response(
        status_code=HTTPStatus.OK,
        content=content,
        headers=lazy.headers,
        parsed=BookingCollection.from_dict(BODY),
    )
    assert [f.name for f in attrs.fields(Response)] == [
        "status_code",
        "content",
        "headers",
        "parsed",
    ]
    assert repr(lazy) == repr(eager)
    assert lazy == eager
    assert attrs.asdict(lazy, recurse=False) == attrs.asdict(eager, recurse=False)
    assert attrs.evolve(lazy, status_code=HTTPStatus.CREATED).parsed == eager.parsed


def test_setting_parsed_before_reading_it_skips_the_parse(parses: list[object]) -> None:
    response = list_bookings.sync_detailed(client=client_answering(200, b"{not json"))
    response.parsed = None
    assert response.parsed is None
    assert parses == []


def test_other_missing_attributes_still_raise_attribute_error() -> None:
    response = list_bookings.sync_detailed(client=client_answering(200, json.dumps(BODY).encode()))
    with pytest.raises(AttributeError, match="no attribute 'pased'"):
        _ = response.pased  # type: ignore[attr-defined]
    assert response.parsed is not None
    del response.parsed  # once read and deleted, it is gone, as on any attrs instance
    with pytest.raises(AttributeError, match="no attribute 'parsed'"):
        _ = response.parsed
