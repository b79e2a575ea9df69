"""Status → exception mapping, every observed error body shape, HTML with status 200."""

from __future__ import annotations

import httpx
import pytest
from annycore_helpers import jsonapi

import anny
from anny.errors import ErrorObject, parse_error_body

QUOTA_ERROR = {
    "errors": [
        {
            "status": "400",
            "code": "Du hast das Buchungslimit für {name} erreicht.",
            "title": "Universitätsbibliothek",
            "detail": "Du hast das Buchungslimit für {name} erreicht.",
        },
        {"status": "400", "code": "second", "title": "Second", "source": {"pointer": "/x"}},
    ]
}


@pytest.mark.parametrize(
    ("status", "exc_type"),
    [
        (400, anny.BadRequestError),
        (401, anny.AuthenticationError),
        (403, anny.PermissionDeniedError),
        (404, anny.NotFoundError),
        (409, anny.ConflictError),
        (415, anny.UnsupportedMediaTypeError),
        (422, anny.UnprocessableEntityError),
        (429, anny.RateLimitError),
        (500, anny.InternalServerError),
        (503, anny.InternalServerError),
        (418, anny.APIStatusError),
    ],
)
async def test_status_maps_to_exception_with_request_id_and_all_errors(make, status, exc_type):
    h = make(
        lambda r: jsonapi(status, QUOTA_ERROR, headers={"x-request-id": "req-42"}), max_retries=0
    )
    with pytest.raises(exc_type) as info:
        await h.call(h.client.post, "/api/v1/order", json={}, params={"oid": "1", "oat": "s3cr3t"})
    err = info.value
    if status >= 500:
        # A 5xx to a checkout POST: the order may exist, so it is also an OutcomeUnknownError
        # naming the read-back, and it was sent exactly once.
        assert isinstance(err, anny.OutcomeUnknownError)
        assert err.operation == "submitCheckout"
        assert err.read_back == "getCart"
        assert "read the state back (getCart)" in str(err)
    else:
        assert type(err) is exc_type
        assert not isinstance(err, anny.OutcomeUnknownError)
    assert err.status_code == status
    assert err.request_id == "req-42"
    assert err.errors == [
        ErrorObject(
            status="400",
            code=QUOTA_ERROR["errors"][0]["code"],
            title="Universitätsbibliothek",
            detail=QUOTA_ERROR["errors"][0]["detail"],
        ),
        ErrorObject(status="400", code="second", title="Second", source={"pointer": "/x"}),
    ]
    assert err.response.status_code == status
    text = str(err)
    assert "\n" not in text
    assert str(status) in text
    assert "req-42" in text
    assert "Universitätsbibliothek: Du hast das Buchungslimit" in text
    assert "(+1 more)" in text
    assert "s3cr3t" not in text
    assert "oat=[REDACTED]" in text
    assert len(h.requests) == 1


@pytest.mark.parametrize(
    ("header", "value"), [("x-request-id", "a"), ("request-id", "b"), ("cf-ray", "8c1-FRA")]
)
async def test_request_id_headers(make, header, value):
    h = make(lambda r: jsonapi(404, {"errors": []}, headers={header: value}))
    with pytest.raises(anny.NotFoundError) as info:
        await h.call(h.client.get, "/api/v1/bookings/1")
    assert info.value.request_id == value


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"errors":[{"status":"404","title":"Not Found"}]}',
            [ErrorObject(status="404", title="Not Found")],
        ),
        (b'{"error":"invalid_grant"}', [ErrorObject(title="invalid_grant")]),
        (b'{"error":"x","message":"why"}', [ErrorObject(title="x", detail="why")]),
        (b'{"error":{"code":"E1","message":"boom"}}', [ErrorObject(code="E1", detail="boom")]),
        (
            b'{"title":"Oops","message":"Something"}',
            [ErrorObject(title="Oops", detail="Something")],
        ),
        (b'{"message":"Unauthenticated."}', [ErrorObject(detail="Unauthenticated.")]),
        (
            b'{"errors":{"email":["The email is invalid."]}}',
            [
                ErrorObject(
                    detail="The email is invalid.", source={"pointer": "/data/attributes/email"}
                )
            ],
        ),
        (b"<html><body><h1>Forbidden</h1></body></html>", []),
        (b"", []),
        (b'{"errors":[{"status":"400","ti', []),  # truncated JSON
        (b'"just a string"', [ErrorObject(detail="just a string")]),
        (b'{"errors":[42, null]}', [ErrorObject(detail="42"), ErrorObject()]),
        (b"\xff\xfe", []),
    ],
)
def test_every_observed_error_body_shape_parses(content, expected):
    errors, _body = parse_error_body(content)
    assert errors == expected


async def test_html_forbidden_page(make):
    html = "<!DOCTYPE html><html><head><title>Forbidden</title></head><body>Forbidden</body></html>"
    h = make(lambda r: httpx.Response(403, text=html, headers={"content-type": "text/html"}))
    with pytest.raises(anny.PermissionDeniedError) as info:
        await h.call(h.client.get, "/api/v1/resources/members-only")
    assert info.value.errors == []
    assert info.value.body == html
    assert "non-JSON body" in str(info.value)
    assert "Forbidden" in str(info.value)


async def test_html_with_status_200_is_a_validation_error(make):
    html = "<html><body>Dieser Zeitslot ist bereits vergeben</body></html>"
    h = make(
        lambda r: httpx.Response(
            200, text=html, headers={"content-type": "text/html; charset=UTF-8"}
        )
    )
    with pytest.raises(anny.APIResponseValidationError) as info:
        await h.call(h.client.post, "/api/v1/order/bookings", json={"resource_id": ["1"]})
    assert info.value.status_code == 200
    assert "text/html" in str(info.value)
    assert len(h.requests) == 1  # a POST: never resent


async def test_truncated_json_with_status_200_is_a_validation_error(make):
    h = make(
        lambda r: httpx.Response(
            200,
            content=b'{"data": {"type": "or',
            headers={"content-type": "application/vnd.api+json"},
        )
    )
    with pytest.raises(anny.APIResponseValidationError):
        await h.call(h.client.get, "/api/v1/order")


async def test_empty_error_body(make):
    h = make(lambda r: httpx.Response(422), max_retries=0)
    with pytest.raises(anny.UnprocessableEntityError) as info:
        await h.call(h.client.get, "/x")
    assert info.value.errors == []
    assert "empty body" in str(info.value)


async def test_parser_failure_is_wrapped(make):
    h = make(lambda r: jsonapi(200, {"data": []}))

    def broken(resp):
        raise KeyError("id")

    plan = anny.flows.RequestPlan("GET", "/x", parser=broken)
    with pytest.raises(anny.APIResponseValidationError) as info:
        await h.call(h.client.run, plan)
    assert isinstance(info.value.__cause__, KeyError)


def test_hierarchy():
    assert issubclass(anny.APITimeoutError, anny.APIConnectionError)
    assert issubclass(anny.APIConnectionError, anny.AnnyError)
    assert issubclass(anny.InternalServerError, anny.APIStatusError)
    assert issubclass(anny.InvalidParameterError, ValueError)
