"""The error bodies anny really sends besides JSON:API ``errors[]`` (Addendum B5), produced by
the sandbox's fault knobs and read through ``anny.Anny`` / ``anny.AsyncAnny`` ``.get``.

anny's own connector reads ``{"error": "…"}`` and ``{"title": "…", "message": "…"}``; a
member-only resource was once answered with an HTML "Forbidden" page. Each must become the
typed error of its status with the server's message kept.
"""

from __future__ import annotations

import pytest
from e2e_helpers import E2E

import anny

ROOM = "/api/v1/resources/conference-room-berlin"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, anny.BadRequestError),
        (401, anny.AuthenticationError),
        (403, anny.PermissionDeniedError),
        (404, anny.NotFoundError),
        (409, anny.ConflictError),
        (422, anny.UnprocessableEntityError),
    ],
)
async def test_error_member_body(
    e2e: E2E, status: int, expected: type[anny.APIStatusError]
) -> None:
    e2e.sb.faults.add("error_body", ROOM, status=status, message=f"Refused with {status}.")
    client = e2e.client()
    err = await e2e.raises(expected, client.get, ROOM)
    assert err.status_code == status
    assert err.body == {"error": f"Refused with {status}."}
    [error] = err.errors
    assert error.title == f"Refused with {status}."
    assert f"Refused with {status}." in str(err)
    assert err.request_id == err.response.headers["x-request-id"]
    [seen] = e2e.ledger("GET", ROOM)  # 4xx is not retried
    assert seen["outcome"] == "fault:error_body"


async def test_title_and_message_body(e2e: E2E) -> None:
    e2e.sb.faults.add(
        "title_message", ROOM, status=422, message="The end date must be after the start date."
    )
    client = e2e.client()
    err = await e2e.raises(anny.UnprocessableEntityError, client.get, ROOM)
    assert err.body == {
        "title": "Unprocessable Entity",
        "message": "The end date must be after the start date.",
    }
    [error] = err.errors
    assert (error.title, error.detail) == (
        "Unprocessable Entity",
        "The end date must be after the start date.",
    )
    assert "Unprocessable Entity: The end date must be after the start date." in str(err)


async def test_error_body_on_a_server_error_is_retried_then_raised(e2e: E2E) -> None:
    e2e.sb.faults.add("error_body", ROOM, status=503, times=None, message="Maintenance.")
    client = e2e.client(max_retries=2)
    err = await e2e.raises(anny.InternalServerError, client.get, ROOM)
    assert err.errors[0].title == "Maintenance."
    assert len(e2e.ledger("GET", ROOM)) == 3
    assert e2e.sleeps == [0.5, 1.0]


async def test_html_forbidden_page_fault(e2e: E2E) -> None:
    e2e.sb.faults.add("html_forbidden", ROOM)
    client = e2e.client()
    err = await e2e.raises(anny.PermissionDeniedError, client.get, ROOM)
    assert err.status_code == 403
    assert err.response.headers["content-type"].startswith("text/html")
    assert err.errors == []
    assert isinstance(err.body, str)
    assert "403 Forbidden" in err.body
    assert "non-JSON body" in str(err)
    assert "403 Forbidden" in str(err)
