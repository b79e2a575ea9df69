"""Every operation in the spec, called through its generated `sync_detailed` on a MockTransport.

For each operation this checks, on the wire: the HTTP method; the path, with path parameters
percent-escaped (a slug such as ``a/b c`` must not create extra path segments); every declared query
parameter under its exact wire name (``filter[upcoming_only]``, ``page[size]``, ``r[]`` …) with the
value encoded as the spec says; the ``Content-Type`` of request bodies; and that the example body
round-trips. On the way back, the operation's canned example response must parse into the generated
model and serialize back to the same JSON.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import typing
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import anny_api

from spec_tools import example_of as spec_example_of
from spec_tools import load_spec, operations, snake, squash
from spec_tools import resolve as spec_resolve

SPEC = load_spec()
BERLIN = datetime.timezone(datetime.timedelta(hours=1))
PATH_VALUE = "a/b c"  # must travel as a%2Fb%20c
OPERATIONS = operations(SPEC)


def resolve(node: Any) -> Any:
    return spec_resolve(SPEC, node)


def sample(schema: dict[str, Any]) -> tuple[Any, list[str]]:
    """A Python argument for a parameter schema and the wire value(s) it must produce."""
    schema = resolve(schema)
    kind = schema.get("type")
    if kind == "array":
        return ["11", "22"], ["11", "22"]
    if kind == "integer":
        value = max(1, schema.get("minimum", 1))
        return value, [str(value)]
    if schema.get("format") == "date-time":
        moment = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
        return moment, ["2026-11-25T09:00:00+01:00"]
    if schema.get("format") == "date":
        return datetime.date(2026, 11, 25), ["2026-11-25"]
    if "pattern" in schema:  # booking/order numbers
        value = "BB81592797" if "BB" in schema["pattern"] else "BO559015923"
        return value, [value]
    return "v:x&y", ["v:x&y"]  # reserved characters must be escaped, and decode back


def example_of(content: dict[str, Any]) -> Any:
    return spec_example_of(SPEC, content)


def to_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def success_response(op: dict[str, Any]) -> tuple[int, str | None, Any]:
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            response = resolve(response)
            content = response.get("content")
            if not content:
                return int(status), None, None
            media, body = next(iter(content.items()))
            return int(status), media, example_of(body) if media.endswith("json") else None
    raise AssertionError("no success response")


@pytest.mark.parametrize(
    ("path", "method", "op"),
    OPERATIONS,
    ids=[op["operationId"] for _, _, op in OPERATIONS],
)
def test_generated_operation_on_the_wire(path: str, method: str, op: dict[str, Any]) -> None:
    module = importlib.import_module(f"anny_api.api.{op['tags'][0]}.{snake(op['operationId'])}")
    arg_names = [
        n for n in typing.get_type_hints(module.sync_detailed) if n not in ("client", "return")
    ]
    by_key = {squash(n): n for n in arg_names}

    kwargs: dict[str, Any] = {}
    expected_path = path
    expected_query: list[tuple[str, str]] = []
    for param in [resolve(p) for p in op.get("parameters", [])]:
        name = param["name"]
        arg = by_key.pop(squash(name))
        if param["in"] == "path":
            kwargs[arg] = PATH_VALUE
            expected_path = expected_path.replace("{" + name + "}", "a%2Fb%20c")
        elif param.get("style") == "deepObject":
            # The service-quantity map: one unit of service 7003 must travel as
            # service_id[7003]=1 (the stock generator template would send 7003=1).
            model = typing.get_type_hints(module.sync_detailed)[arg]
            model = next(t for t in typing.get_args(model) or (model,) if hasattr(t, "from_dict"))
            kwargs[arg] = model.from_dict({"7003": 1, "449": 2})
            expected_query += [(f"{name}[7003]", "1"), (f"{name}[449]", "2")]
        else:
            assert param["in"] == "query", param
            value, wire = sample(param["schema"])
            kwargs[arg] = value
            if param.get("explode") is False and len(wire) > 1:
                wire = [",".join(wire)]  # declared comma-separated (form, explode: false)
            expected_query += [(name, w) for w in wire]

    body_example = None
    body_media = None
    if "requestBody" in op:
        body_media, content = next(iter(op["requestBody"]["content"].items()))
        body_example = example_of(content)
        body_type = typing.get_type_hints(module.sync_detailed)[by_key.pop("body")]
        kwargs["body"] = body_type.from_dict(body_example)
    assert not by_key, f"generated arguments not in the spec: {sorted(by_key.values())}"

    status, media, response_example = success_response(op)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if media is None:
            return httpx.Response(status)
        if response_example is None:  # binary download
            return httpx.Response(status, content=b"%PDF-1.7\n", headers={"content-type": media})
        return httpx.Response(
            status, content=json.dumps(response_example).encode(), headers={"content-type": media}
        )

    client = anny_api.Client(base_url="https://b.anny.co")
    client.set_httpx_client(
        httpx.Client(base_url="https://b.anny.co", transport=httpx.MockTransport(handler))
    )
    response = module.sync_detailed(client=client, **kwargs)

    (request,) = seen
    assert request.method == method.upper()
    assert request.url.raw_path.split(b"?")[0].decode() == expected_path
    query = parse_qsl(urlsplit(str(request.url)).query, keep_blank_values=True)
    assert sorted(query) == sorted(expected_query)
    if body_example is not None:
        assert request.headers["content-type"] == body_media
        assert json.loads(request.content) == body_example
    else:
        assert not request.content

    assert int(response.status_code) == status
    if media is None:
        assert response.parsed is None
    elif response_example is None:
        assert response.parsed is not None
        assert response.parsed.payload.read() == b"%PDF-1.7\n"
    else:
        assert response.parsed is not None, "example did not parse"
        assert to_json(response.parsed) == response_example


def test_every_operation_is_covered() -> None:
    ids = {op["operationId"] for _, _, op in OPERATIONS}
    modules = {
        m.group(1)
        for m in (
            re.search(r"anny_api/api/\w+/(\w+)\.py$", str(p).replace("\\", "/"))
            for p in Path(anny_api.__file__).parent.glob("api/*/*.py")
        )
        if m and m.group(1) != "__init__"
    }
    assert modules == {snake(i) for i in ids}
    assert len(ids) == len(OPERATIONS) == 59


SERVICE_MAP_OPERATIONS = {
    "getServiceConfiguration",
    "getStartIntervals",
    "getEndIntervals",
    "getUpcomingIntervals",
    "getAvailabilityStartDates",
}


def test_the_service_quantity_map_is_declared_where_callers_send_it() -> None:
    """The parametrized wire test above covers every deepObject parameter; this pins which."""
    found = {
        op["operationId"]
        for _, _, op in OPERATIONS
        for p in op.get("parameters", [])
        if resolve(p).get("style") == "deepObject" and resolve(p)["name"] == "service_id"
    }
    assert found == SERVICE_MAP_OPERATIONS


def test_service_quantity_map_raw_query_string() -> None:
    """Byte for byte: the brackets travel percent-encoded exactly as httpx writes any bracket."""
    from anny_api.api.catalog import get_service_configuration
    from anny_api.models import ServiceQuantities

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"errors": []})

    client = anny_api.Client(base_url="https://b.anny.co")
    client.set_httpx_client(
        httpx.Client(base_url="https://b.anny.co", transport=httpx.MockTransport(handler))
    )
    get_service_configuration.sync_detailed(
        client=client, service_id=ServiceQuantities.from_dict({"7003": 1}), resource_id="8522"
    )
    (request,) = seen
    assert request.url.query == b"service_id%5B7003%5D=1&resource_id=8522"


def test_documented_error_statuses_parse_as_error_documents() -> None:
    """The generator returns documented errors as values; they must at least parse."""
    from anny_api.api.bookings import get_booking_by_number
    from anny_api.models import ErrorDocument

    body = {"errors": [{"status": "404", "code": "not_found", "title": "Not Found", "detail": "x"}]}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json=body, headers={"content-type": "application/vnd.api+json"})

    client = anny_api.Client(base_url="https://b.anny.co")
    client.set_httpx_client(
        httpx.Client(base_url="https://b.anny.co", transport=httpx.MockTransport(handler))
    )
    response = get_booking_by_number.sync_detailed(client=client, number="BB1")
    assert isinstance(response.parsed, ErrorDocument)
    assert response.parsed.errors[0].status == "404"


def _direct_models(op: dict[str, Any]) -> set[str]:
    """Schemas an operation's request body and success responses name directly."""
    nodes = []
    if "requestBody" in op:
        nodes += [c.get("schema", {}) for c in op["requestBody"]["content"].values()]
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            nodes += [c.get("schema", {}) for c in resolve(response).get("content", {}).values()]
    return {n["$ref"].rsplit("/", 1)[-1] for n in nodes if isinstance(n, dict) and "$ref" in n}


INFERRED = [op for _, _, op in OPERATIONS if op["x-anny-evidence"] == "inferred"]


@pytest.mark.parametrize("op", INFERRED, ids=[op["operationId"] for op in INFERRED])
def test_inferred_operations_say_so_first(op: dict[str, Any]) -> None:
    """What an IDE shows of a guessed operation: its functions' first docstring line."""
    module = importlib.import_module(f"anny_api.api.{op['tags'][0]}.{snake(op['operationId'])}")
    for name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
        first = (getattr(module, name).__doc__ or "").strip().splitlines()[0]
        assert first.startswith("Inferred (unverified): "), (name, first)


def test_models_only_inferred_operations_use_say_so_first() -> None:
    evidenced = set().union(
        *(_direct_models(op) for _, _, op in OPERATIONS if op["x-anny-evidence"] != "inferred")
    )
    guessed = set().union(*(_direct_models(op) for op in INFERRED)) - evidenced
    assert len(guessed) >= 20
    for name in sorted(guessed):
        model = getattr(anny_api.models, name)
        first = (model.__doc__ or "").strip().splitlines()[0]
        assert first.startswith("Inferred (unverified)"), (name, first)
    for name in sorted(evidenced):
        model = getattr(anny_api.models, name, None)  # arrays and maps are no model classes
        assert not (model.__doc__ or "").startswith("Inferred"), name
