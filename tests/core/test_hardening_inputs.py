"""Bad input is refused with `InvalidParameterError` before anything is sent.

One table of bad inputs over the public surface (constructor arguments, paths, methods,
params, JSON bodies, headers, pagination arguments, `build_query`, the `validate_*` helpers).
Each client case runs against `Anny` and `AsyncAnny`; every one must raise exactly
`InvalidParameterError`, name what was wrong, never show a secret, and send zero requests.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import traceback
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from annycore_helpers import BASE, Harness, jsonapi

import anny
from anny.flows import build_query

SECRET = "s3cr3t-T0KEN-value"


def cyclic_dict() -> dict[str, Any]:
    d: dict[str, Any] = {"a": 1}
    d["self"] = d
    return d


def cyclic_list() -> list[Any]:
    items: list[Any] = [1]
    items.append([items])
    return items


def deep_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


NAIVE = dt.datetime(2026, 4, 15, 9, 0)  # a naive datetime is the bad input

# --------------------------------------------------------------------------- the table
# (id, how to call it on a client `c`, a substring the message must contain)

Call = Callable[[Any], Any]

CLIENT_CASES: list[tuple[str, Call, str]] = [
    # paths
    ("path-empty", lambda c: c.get(""), "path"),
    ("path-none", lambda c: c.get(None), "path"),
    ("path-int", lambda c: c.get(5), "path"),
    ("path-no-slash-oat", lambda c: c.get(f"api/v1/order?oat={SECRET}"), "api/v1/order"),
    ("path-nul", lambda c: c.get("/api/v1/\x00x"), "control character"),
    ("path-newline", lambda c: c.get("/api/v1/or\nder"), "control character"),
    ("path-del", lambda c: c.get("/api\x7f"), "control character"),
    ("path-tab-oat", lambda c: c.get(f"/api/v1/order\t?oat={SECRET}"), "control character"),
    ("path-scheme-relative", lambda c: c.get("//evil.test/x"), "single '/'"),
    ("path-foreign-host", lambda c: c.get("https://evil.test/x"), "base_url host"),
    ("path-bad-url", lambda c: c.get("http://[::1/x"), "not a valid URL"),
    ("path-surrogate", lambda c: c.get("/api/\ud800"), "Unicode"),
    ("post-path-bad", lambda c: c.post("orders", json={}), "path"),
    ("patch-path-bad", lambda c: c.patch("/x\r\n", json={}), "control character"),
    ("delete-path-bad", lambda c: c.delete(None), "path"),
    # methods
    ("method-space", lambda c: c.request("GE T", "/x"), "method"),
    ("method-empty", lambda c: c.request("", "/x"), "method"),
    ("method-none", lambda c: c.request(None, "/x"), "method"),
    ("method-crlf", lambda c: c.request("GET\r\n", "/x"), "method"),
    # params
    ("params-str", lambda c: c.get("/x", params="a=1"), "params"),
    ("params-int", lambda c: c.get("/x", params=5), "params"),
    ("params-short-pair", lambda c: c.get("/x", params=[("a",)]), "pairs"),
    ("params-long-pair", lambda c: c.get("/x", params=[("a", 1, 2)]), "pairs"),
    ("params-int-key", lambda c: c.get("/x", params={1: "x"}), "names"),
    ("params-none-key", lambda c: c.get("/x", params={None: "x"}), "names"),
    ("params-empty-key", lambda c: c.get("/x", params={"": "x"}), "names"),
    ("params-ctrl-key", lambda c: c.get("/x", params={"a\nb": 1}), "control character"),
    ("params-nan", lambda c: c.get("/x", params={"x": float("nan")}), "nan"),
    ("params-inf-decimal", lambda c: c.get("/x", params={"x": Decimal("Infinity")}), "Infinity"),
    ("params-bytes", lambda c: c.get("/x", params={"x": b"raw"}), "bytes"),
    ("params-object", lambda c: c.get("/x", params={"x": object()}), "object"),
    ("params-surrogate", lambda c: c.get("/x", params={"x": "\ud800"}), "Unicode"),
    ("params-cycle", lambda c: c.get("/x", params={"filter": cyclic_dict()}), "nested"),
    ("params-naive", lambda c: c.get("/x", params={"from": NAIVE}), "naive"),
    ("params-oat-nan", lambda c: c.get("/x", params={"oat": float("nan")}), "oat"),
    ("params-tuple-key", lambda c: c.get("/x", params={"f": {(1, 2): 1}}), "(1, 2)"),
    ("paginate-params", lambda c: c.paginate("/x", params=3.5), "params"),
    # JSON bodies
    ("body-tuple-key", lambda c: c.post("/x", json={(1, 2): 1}), "tuple"),
    ("body-none-key", lambda c: c.post("/x", json={None: 1}), "NoneType"),
    ("body-bool-key", lambda c: c.post("/x", json={True: 1}), "bool"),
    ("body-cycle-dict", lambda c: c.post("/x", json=cyclic_dict()), "circular"),
    ("body-cycle-list", lambda c: c.patch("/x", json=cyclic_list()), "circular"),
    ("body-nan", lambda c: c.post("/x", json={"a": float("nan")}), "nan"),
    ("body-inf", lambda c: c.post("/x", json=[1, float("-inf")]), "$[1]"),
    ("body-decimal-nan", lambda c: c.post("/x", json={"p": Decimal("NaN")}), "NaN"),
    ("body-decimal-inf", lambda c: c.post("/x", json={"p": Decimal("-Infinity")}), "Infinity"),
    ("body-naive", lambda c: c.post("/x", json={"d": NAIVE}), "naive"),
    ("body-bytes", lambda c: c.post("/x", json={"b": b"x"}), "bytes"),
    ("body-surrogate", lambda c: c.post("/x", json={"s": "\ud800"}), "Unicode"),
    ("body-object", lambda c: c.request("PUT", "/x", json=object()), "object"),
    ("body-too-deep", lambda c: c.post("/x", json=deep_list(500)), "deeper"),
    ("body-nan-in-set", lambda c: c.post("/x", json={"s": {float("nan")}}), "nan"),
    # headers
    ("header-newline", lambda c: c.get("/x", headers={"X-A": "b\nc"}), "X-A"),
    ("header-name-space", lambda c: c.get("/x", headers={"X A": "1"}), "header name"),
    ("header-int", lambda c: c.get("/x", headers={"X-A": 5}), "int"),
    ("header-non-ascii", lambda c: c.get("/x", headers={"X-A": "ü"}), "X-A"),
    (
        "header-auth-crlf",
        lambda c: c.get("/x", headers={"Authorization": f"Bearer {SECRET}\r\n"}),
        "Authorization",
    ),
    ("headers-str", lambda c: c.get("/x", headers="X-A: 1"), "headers"),
    ("headers-bad-pairs", lambda c: c.post("/x", headers=[("X-A",)]), "pairs"),
    # pagination arguments
    ("page-size-zero", lambda c: c.paginate("/x", page_size=0), "page_size"),
    ("page-size-negative", lambda c: c.paginate("/x", page_size=-1), "page_size"),
    ("page-size-str", lambda c: c.paginate("/x", page_size="10"), "page_size"),
    ("page-size-bool", lambda c: c.paginate("/x", page_size=True), "page_size"),
    ("max-pages-zero", lambda c: c.paginate("/x", max_pages=0), "max_pages"),
    ("max-pages-str", lambda c: c.paginate("/x", max_pages="5"), "max_pages"),
    ("paginate-path", lambda c: c.paginate("no-slash"), "path"),
    # raw responses take the same checks
    ("raw-path", lambda c: c.with_raw_response.get("x"), "path"),
    ("raw-body", lambda c: c.with_raw_response.post("/x", json={"a": float("inf")}), "inf"),
    # with_options copies are validated as well
    ("options-locale", lambda c: c.with_options(locale="de\r\nX-Evil: 1"), "Accept-Language"),
    ("options-headers", lambda c: c.with_options(default_headers={"X-A": "\x00"}), "X-A"),
    ("options-timeout", lambda c: c.with_options(timeout=float("nan")), "timeout"),
]

CONSTRUCTOR_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("token-inner-space", {"token": f"tok {SECRET}"}, "token"),
    ("token-inner-newline", {"token": f"{SECRET}\nX-Evil: 1"}, "token"),
    ("token-nul", {"token": f"{SECRET}\x00"}, "token"),
    ("token-non-ascii", {"token": f"{SECRET}é"}, "token"),
    ("token-blank", {"token": " \n"}, "blank"),
    ("token-int", {"token": 12345}, "token"),
    ("base-url-int", {"base_url": 123}, "base_url"),
    ("base-url-ftp", {"base_url": "ftp://x.test"}, "http(s)"),
    ("base-url-newline", {"base_url": "https://api.te\nst"}, "control character"),
    ("base-url-invalid", {"base_url": "http://[::1"}, "valid URL"),
    ("base-url-secret", {"base_url": f"ftp://x.test/?oat={SECRET}"}, "base_url"),
    ("environment-int", {"environment": 5, "base_url": anny.NOT_GIVEN}, "environment"),
    ("environment-unknown", {"environment": "prod", "base_url": anny.NOT_GIVEN}, "prod"),
    ("timeout-nan", {"timeout": float("nan")}, "timeout"),
    ("timeout-inf", {"timeout": float("inf")}, "timeout"),
    ("timeout-negative", {"timeout": -1}, "timeout"),
    ("timeout-str", {"timeout": "5"}, "timeout"),
    ("retries-negative", {"max_retries": -1}, "max_retries"),
    ("retries-bool", {"max_retries": True}, "max_retries"),
    ("locale-crlf", {"locale": "de\r\nX-Evil: 1"}, "Accept-Language"),
    ("locale-int", {"locale": 5}, "Accept-Language"),
    ("default-headers-newline", {"default_headers": {"X-A": "b\nc"}}, "X-A"),
    ("default-headers-name", {"default_headers": {"X A": "b"}}, "header name"),
    ("default-headers-int", {"default_headers": {"X-A": 5}}, "int"),
    ("default-headers-str", {"default_headers": "X-A: b"}, "headers"),
    (
        "default-headers-auth",
        {"default_headers": {"Authorization": f"Bearer {SECRET}\n"}},
        "Authorization",
    ),
]

HELPER_CASES: list[tuple[str, Call, str]] = [
    ("bq-include-none", lambda _: build_query(include=[None]), "None"),
    ("bq-include-mixed", lambda _: build_query(include=["a", None]), "include"),
    ("bq-sort-none", lambda _: build_query(sort=["-start_date", None]), "sort"),
    ("bq-include-int", lambda _: build_query(include=5), "include"),
    ("bq-include-comma", lambda _: build_query(include=["a,b"]), "','"),
    ("bq-include-empty-item", lambda _: build_query(include=["a", ""]), "include"),
    ("bq-include-bytes", lambda _: build_query(include=b"a"), "include"),
    ("bq-fields-list", lambda _: build_query(fields=["x"]), "fields"),
    ("bq-fields-none-item", lambda _: build_query(fields={"r": [None]}), "fields[r]"),
    ("bq-filter-pairs", lambda _: build_query(filter=[("a", 1)]), "filter"),
    ("bq-page-int", lambda _: build_query(page=5), "page"),
    ("bq-filter-inf", lambda _: build_query(filter={"a": float("inf")}), "filter[a]"),
    ("bq-extra-str", lambda _: build_query(extra="abc"), "params"),
    ("bq-filter-cycle", lambda _: build_query(filter={"a": cyclic_dict()}), "nested"),
    ("slug-slash", lambda _: anny.flows.validate_slug("a/b"), "a/b"),
    ("slug-none", lambda _: anny.flows.validate_slug(None), "NoneType"),
    ("slug-bool", lambda _: anny.flows.validate_slug(True), "bool"),
    ("id-space", lambda _: anny.flows.validate_id("1 2"), "'1 2'"),
    ("id-nul", lambda _: anny.flows.validate_id("a\x00"), "control"),
    ("booking-number", lambda _: anny.flows.validate_booking_number("BX1"), "BX1"),
    ("order-number-float", lambda _: anny.flows.validate_order_number(5.5), "float"),
    ("segment-dotdot", lambda _: anny.flows.path_segment(".."), "'..'"),
    ("segment-nul", lambda _: anny.flows.path_segment("a\x00b"), "control"),
    ("segment-surrogate", lambda _: anny.flows.path_segment("\ud800"), "Unicode"),
]


def test_the_table_has_at_least_60_inputs():
    assert len(CLIENT_CASES) + len(CONSTRUCTOR_CASES) + len(HELPER_CASES) >= 60
    ids = [c[0] for c in (*CLIENT_CASES, *CONSTRUCTOR_CASES, *HELPER_CASES)]
    assert len(ids) == len(set(ids))


def check_refusal(exc: BaseException, expect: str) -> None:
    assert type(exc) is anny.InvalidParameterError, repr(exc)
    message = str(exc)
    assert expect in message, message
    shown = "".join(traceback.format_exception(exc))
    for text in (message, repr(exc), shown):
        assert SECRET not in text, text


async def call(h: Harness, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a client method; its flavour must match the client's (a coroutine iff async)."""
    result = fn(*args, **kwargs)
    assert inspect.isawaitable(result) == (h.kind == "async"), f"{h.kind} client: {result!r}"
    return await result if inspect.isawaitable(result) else result


def never_sends(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.method} {request.url}")


@pytest.mark.parametrize(("case", "call", "expect"), CLIENT_CASES, ids=[c[0] for c in CLIENT_CASES])
async def test_client_input_is_refused_before_sending(kind, case, call, expect):
    h = Harness(kind, never_sends)
    try:
        result = call(h.client)
    except anny.InvalidParameterError as exc:
        # Both flavours build the plan when called (sync) or when awaited (async); pagers and
        # `with_options` are plain methods in both.
        is_coroutine_method = kind == "async" and not case.startswith(
            ("page-", "max-pages", "paginate", "options-")
        )
        assert not is_coroutine_method, "an async method raised before being awaited"
        check_refusal(exc, expect)
    else:
        # Only an async request method may defer the error to the await.
        assert kind == "async"
        assert inspect.iscoroutine(result), result
        with pytest.raises(anny.InvalidParameterError) as info:
            await result
        check_refusal(info.value, expect)
    assert h.requests == []


@pytest.mark.parametrize(
    ("case", "kwargs", "expect"), CONSTRUCTOR_CASES, ids=[c[0] for c in CONSTRUCTOR_CASES]
)
def test_constructor_input_is_refused(kind, case, kwargs, expect):
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or jsonapi(200, {"data": None}))
    cls = anny.Anny if kind == "sync" else anny.AsyncAnny
    http = httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient()
    args: dict[str, Any] = {"base_url": BASE, "token": None, "http_client": http, **kwargs}
    with pytest.raises(anny.InvalidParameterError) as info:
        cls(**args)
    check_refusal(info.value, expect)
    assert sent == []


@pytest.mark.parametrize(("case", "call", "expect"), HELPER_CASES, ids=[c[0] for c in HELPER_CASES])
def test_helper_input_is_refused(case, call, expect):
    with pytest.raises(anny.InvalidParameterError) as info:
        call(None)
    check_refusal(info.value, expect)


def test_token_from_the_environment_is_checked(monkeypatch):
    monkeypatch.setenv("ANNY_TOKEN", f"{SECRET} x")
    with pytest.raises(anny.InvalidParameterError) as info:
        anny.Anny(base_url=BASE)
    check_refusal(info.value, "token")


# --------------------------------------------------------------------------- what is accepted


async def test_token_read_with_its_newline_is_stripped(make):
    h = make(lambda r: jsonapi(200, {"data": None}), token=f"{SECRET}\n")
    await call(h, h.client.get, "/api/v1/order")
    assert len(h.requests) == 1  # no pointless retries
    assert h.last.headers["authorization"] == f"Bearer {SECRET}"
    assert SECRET not in repr(h.client)


async def test_valid_inputs_still_go_out_exactly(make):
    h = make(lambda r: jsonapi(200, {"data": None}))
    when = dt.datetime(2026, 4, 15, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    query = build_query(include=["bookings"], sort=["-start_date"], filter={"from": when})
    await call(
        h,
        h.client.request,
        "POST",
        "/api/v1/order",
        params=[*query, ("oid", "42")],
        headers={"X-Trace": "a b\tc"},
        json={"amount": Decimal("12345678901234567.89"), "n": [1, 2.5, True, None], 7: "k"},
    )
    request = h.last
    assert request.method == "POST"
    assert request.url.path == "/api/v1/order"
    assert list(request.url.params.multi_items()) == [
        ("include", "bookings"),
        ("filter[from]", "2026-04-15T09:00:00+02:00"),
        ("sort", "-start_date"),
        ("oid", "42"),
    ]
    assert request.headers["x-trace"] == "a b\tc"
    assert request.headers["content-type"] == "application/vnd.api+json"
    assert request.content == (
        b'{"amount": 12345678901234567.89, "n": [1, 2.5, true, null], "7": "k"}'
    )


@pytest.mark.parametrize(
    "value",
    ["12345678901234567.89", "0.1", "-0", "1E+2", "1.000", "0E-7", "-123456789.000000001"],
)
async def test_decimal_bodies_keep_every_digit(make, value):
    h = make(lambda r: jsonapi(201, {"data": None}))
    await call(h, h.client.post, "/api/v1/order/bookings", json={"price": Decimal(value)})
    sent = h.last.content
    assert sent == b'{"price": ' + str(Decimal(value)).encode() + b"}"
    assert json.loads(sent, parse_float=Decimal)["price"] == Decimal(value)
