"""The binding: one way from the core to the areas, the raw-response mode, discoverable helpers.

* The core (every module outside ``anny/_areas`` and the sandbox) does not import the area
  layer, except the client's one import of the area registry.
* ``with_raw_response`` is a binding mode: client calls, area helpers (single plans, flows,
  lists) and your own flows answer with an :class:`~anny.APIResponse`, in both colours.
* Pagers fetch every page as a flow run by the client's ``run``.
* ``help()`` and ``inspect.signature`` show each helper's public signature and docstring.
"""

from __future__ import annotations

import ast
import inspect
import pydoc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from annycore_helpers import BASE, jsonapi

import anny
import anny.flows
import anny.types
from anny._areas._clients import Areas, area
from anny._binding import endpoint, helpers_of, paged
from anny.types import Bookings

ANNY = Path(anny.__file__).resolve().parent


# Layers above the areas, not the core: the public namespaces (`anny`, `anny.types`,
# `anny.flows`) re-export the area classes, and the `anny` command (`_cli*.py`) is a program
# written with them.
def is_consumer(relative: Path) -> bool:
    facade = str(relative) in {"__init__.py", "types.py", "flows.py"}
    return facade or relative.stem == "_cli" or relative.stem.startswith("_cli_")


# The one way in: the client's base class listing every area (a registry, see the module).
HOOK = ("_client.py", "anny._areas._clients")

BOOKING = {
    "data": {
        "type": "bookings",
        "id": "3581903",
        "attributes": {"number": "BB81592797", "status": "accepted"},
    }
}


def area_imports(source: str) -> Iterator[str]:
    """The ``anny._areas`` modules ``source`` imports: statements, at any depth, and lazy
    ``importlib.import_module("anny._areas…")`` (any string naming the package)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names = [node.value]
        else:
            continue
        for name in names:
            if name == "anny._areas" or name.startswith("anny._areas."):
                yield name
                break


def core_modules() -> list[Path]:
    return [
        path
        for path in sorted(ANNY.rglob("*.py"))
        if path.relative_to(ANNY).parts[0] not in {"_areas", "sandbox"}
        and not is_consumer(path.relative_to(ANNY))
    ]


def test_the_core_does_not_import_the_area_layer() -> None:
    modules = core_modules()
    assert {"_client.py", "_base.py", "_binding.py", "_pagination.py", "_flow.py"} <= {
        p.name for p in modules
    }
    found = {
        (str(path.relative_to(ANNY)), name)
        for path in modules
        for name in area_imports(path.read_text(encoding="utf-8"))
    }
    assert found == {HOOK}


@pytest.mark.parametrize(
    "source",
    [
        "from anny._areas.bookings import Bookings",
        "import anny._areas.catalog",
        "from anny._areas import bookings",
        "from anny import _areas",
        "def f():\n    from anny._areas._binding import Paged",
        "import importlib\nimportlib.import_module('anny._areas.cart')",
    ],
)
def test_the_import_check_sees_every_way_in(source: str) -> None:
    assert list(area_imports(source)), source


def test_the_import_check_ignores_the_core() -> None:
    assert list(area_imports("from anny._binding import Paged\nimport anny._flow")) == []


def private_httpx_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        found += [n for n in names if n.startswith("httpx._")]
    return found


def test_no_module_imports_a_private_httpx_module() -> None:
    assert private_httpx_imports("from httpx._client import USE_CLIENT_DEFAULT")  # the check sees
    assert [
        (str(path.relative_to(ANNY)), name)
        for path in sorted(ANNY.rglob("*.py"))
        for name in private_httpx_imports(path.read_text(encoding="utf-8"))
    ] == []


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_the_generated_client_gets_auth_unless_it_passes_its_own(kind: str) -> None:
    """``client.generated`` sends through a view whose ``send`` fills in its own auth when none was
    given (our default, or httpx's public ``USE_CLIENT_DEFAULT`` that ``request()`` passes)."""
    import httpx

    seen: list[str | None] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(record)
    if kind == "sync":
        client: Any = anny.Anny(
            base_url=BASE, token="tok", http_client=httpx.Client(transport=transport)
        )
        view = client.generated.get_httpx_client()
        view.get("/a")
        view.send(view.build_request("GET", "/b"))
        view.send(view.build_request("GET", "/c"), auth=None)
    else:
        client = anny.AsyncAnny(
            base_url=BASE, token="tok", http_client=httpx.AsyncClient(transport=transport)
        )
        view = client.generated.get_async_httpx_client()
        await view.get("/a")
        await view.send(view.build_request("GET", "/b"))
        await view.send(view.build_request("GET", "/c"), auth=None)
    assert seen == ["Bearer tok", "Bearer tok", None]


# --------------------------------------------------------------------------- the raw mode


async def test_raw_mode_of_a_client_call_sends_the_same_request(make):
    h = make(lambda r: jsonapi(200, BOOKING, headers={"x-request-id": "rid-7"}), token="tok")
    raw = await h.call(
        h.client.with_raw_response.get,
        "/api/v1/bookings/3581903",
        params={"include": "resource"},
        headers={"X-Trace": "t1"},
    )
    assert isinstance(raw, anny.APIResponse)
    request = h.last
    assert (request.method, request.url.path) == ("GET", "/api/v1/bookings/3581903")
    assert dict(request.url.params) == {"include": "resource"}
    assert request.headers["x-trace"] == "t1"
    assert request.headers["authorization"] == "Bearer tok"
    assert raw.request_id == "rid-7"
    assert raw.parse().data.id == "3581903"

    raw = await h.call(h.client.with_raw_response.post, "/api/v1/order", json={"a": 1})
    assert (h.last.method, h.last.url.path, h.last.content) == (
        "POST",
        "/api/v1/order",
        b'{"a": 1}',
    )
    assert len(h.requests) == 2


async def test_raw_mode_of_an_area_helper(make):
    h = make(lambda r: jsonapi(200, BOOKING, headers={"x-request-id": "rid-8"}))
    for view in (h.client.bookings.with_raw_response, h.client.with_raw_response.bookings):
        raw = await h.call(view.get, "3581903", code="secret-code")
        assert isinstance(raw, anny.APIResponse)
        assert raw.request_id == "rid-8"
        request = h.last
        assert (request.method, request.url.path) == ("GET", "/api/v1/bookings/3581903")
        assert dict(request.url.params) == {"include": "resource", "code": "secret-code"}
        booking = raw.parse()  # the helper's result: the booking, its guest code kept
        assert isinstance(booking, anny.types.Booking)
        assert (booking.number, booking.code) == ("BB81592797", "secret-code")
    assert len(h.requests) == 2
    # The plain area is untouched by its raw view.
    assert isinstance(await h.call(h.client.bookings.get, "3581903"), anny.types.Booking)


async def test_raw_mode_of_a_list_is_its_first_page(make):
    listing = {"data": [BOOKING["data"]], "meta": {"page": {"current-page": 1, "last-page": 3}}}
    h = make(lambda r: jsonapi(200, listing))
    raw = await h.call(h.client.with_raw_response.bookings.list, upcoming_only=True)
    assert isinstance(raw, anny.APIResponse)
    assert len(h.requests) == 1
    assert h.last.url.path == "/api/v1/bookings"
    assert h.last.url.params["page[size]"]  # anny's largest page, like the pager asks
    assert h.last.url.params["filter[upcoming_only]"] in {"1", "true"}
    assert isinstance(raw.parse(), anny.Document)
    assert raw.parse()[0].id == "3581903"


async def test_raw_mode_of_a_flow_is_its_last_response(make):
    answers = iter([jsonapi(200, BOOKING), jsonapi(200, {"data": None}, {"x-request-id": "2nd"})])
    h = make(lambda r: next(answers))

    def two_calls() -> anny.flows.Flow[tuple[str, str]]:
        first = yield from anny.flows.perform(
            anny.flows.RequestPlan("GET", "/api/v1/bookings/3581903")
        )
        yield from anny.flows.perform(anny.flows.RequestPlan("GET", "/api/v1/order"))
        return ("done", first.data.id)

    raw = await h.call(h.client.with_raw_response.run, two_calls())
    assert [r.url.path for r in h.requests] == ["/api/v1/bookings/3581903", "/api/v1/order"]
    assert raw.request_id == "2nd"
    assert raw.parse() == ("done", "3581903")


async def test_raw_mode_of_a_flow_that_sends_nothing_is_an_error(make):
    h = make(lambda r: jsonapi(200, BOOKING))

    def nothing() -> anny.flows.Flow[int]:
        return 1
        yield  # a generator

    with pytest.raises(anny.AnnyError, match="no raw response"):
        await h.call(h.client.with_raw_response.run, nothing())
    assert h.requests == []


async def test_raw_mode_keeps_errors_typed(make):
    h = make(lambda r: jsonapi(404, {"errors": [{"status": "404", "title": "Not Found"}]}))
    with pytest.raises(anny.NotFoundError):
        await h.call(h.client.bookings.with_raw_response.get, "3581903")
    with pytest.raises(anny.InvalidParameterError):
        await h.call(h.client.with_raw_response.bookings.get, "")
    assert len(h.requests) == 1


# --------------------------------------------------------------------------- pagers


async def test_pages_are_flows_run_by_the_client(make):
    pages = {
        "1": {"data": [BOOKING["data"]], "meta": {"page": {"current-page": 1, "last-page": 2}}},
        "2": {"data": [BOOKING["data"]], "meta": {"page": {"current-page": 2, "last-page": 2}}},
    }
    h = make(lambda r: jsonapi(200, pages[r.url.params.get("page[number]", "1")]))
    ran: list[Any] = []
    real_run = h.client.run

    def recording_run(work: Any) -> Any:
        ran.append(work)
        return real_run(work)

    async def recording_arun(work: Any) -> Any:
        return await recording_run(work)

    # Set before the helpers are bound: they bind this one.
    h.client.run = recording_run if h.kind == "sync" else recording_arun
    for pager in (h.client.bookings.list(), h.client.paginate("/api/v1/bookings")):
        ran.clear()
        items = await h.collect(pager)
        assert [b.id for b in items] == ["3581903", "3581903"]
        assert len(ran) == 2
        assert all(inspect.isgenerator(work) for work in ran)


# --------------------------------------------------------------------------- discoverable


#: Every area of the registry, and the cart (a workflow object made by ``client.cart()``).
AREAS = [name for name, member in vars(Areas).items() if isinstance(member, area)] + ["cart"]


def area_of(client: Any, name: str) -> Any:
    return client.cart() if name == "cart" else getattr(client, name)


@pytest.mark.parametrize("name", AREAS)
def test_help_shows_every_helper_with_its_signature_and_docstring(name: str) -> None:
    cls = type(area_of(anny.Anny(base_url=BASE, token=None), name))
    text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    helpers = dict(helpers_of(cls))
    assert helpers
    for helper_name, helper in helpers.items():
        line = f"{helper_name}{inspect.signature(getattr(cls, helper_name))}"
        assert line in text, f"help({cls.__name__}) lacks {line}"
        first = inspect.getdoc(helper.fn).splitlines()[0]
        assert first in text, f"help({cls.__name__}) lacks the docstring of {helper_name}"


@pytest.mark.parametrize("name", AREAS)
async def test_signature_of_the_class_attribute_and_the_bound_methods(name: str) -> None:
    sync_client = anny.Anny(base_url=BASE, token=None)
    async_client = anny.AsyncAnny(base_url=BASE, token=None)
    sync_area, async_area = area_of(sync_client, name), area_of(async_client, name)
    cls = type(sync_area)
    for helper_name, helper in helpers_of(cls):
        public = list(inspect.signature(helper.fn).parameters.values())[1:]
        on_class = inspect.signature(getattr(cls, helper_name))
        assert list(on_class.parameters.values()) == public, helper_name
        for owner in (sync_area, async_area, sync_area.with_raw_response):
            shown = inspect.signature(getattr(owner, helper_name))
            assert shown.parameters == on_class.parameters, helper_name
        assert inspect.getdoc(getattr(cls, helper_name)) == inspect.getdoc(helper.fn)
    sync_client.close()
    await async_client.close()


async def test_signatures_show_what_a_call_returns_in_each_mode() -> None:
    sync_client = anny.Anny(base_url=BASE, token=None)
    async_client = anny.AsyncAnny(base_url=BASE, token=None)

    def returns(fn: Any) -> Any:
        return inspect.signature(fn).return_annotation

    assert returns(Bookings.cancel) == returns(sync_client.bookings.cancel) == "Booking"
    assert returns(async_client.bookings.cancel) == "Booking"  # an async def: its result
    assert returns(sync_client.bookings.with_raw_response.cancel) == "APIResponse[Booking]"
    assert returns(Bookings.list) == returns(sync_client.bookings.list) == "Pager[Booking]"
    assert returns(async_client.bookings.list) == "AsyncPager[Booking]"
    assert returns(async_client.with_raw_response.bookings.list) == "APIResponse[Document]"
    assert returns(sync_client.get) == returns(anny.AsyncAnny.get) == "Document"
    assert returns(async_client.with_raw_response.get) == "APIResponse[Document]"
    # The function's own declaration stays where the wire tests read it.
    assert dict(helpers_of(Bookings))["cancel"].signature.return_annotation == "Flow[Booking]"
    sync_client.close()
    await async_client.close()


def test_a_helper_on_the_class_says_how_to_call_it() -> None:
    with pytest.raises(TypeError, match="client"):
        Bookings.cancel("3581903")


def test_client_calls_are_discoverable_too() -> None:
    for name in ("request", "get", "post", "patch", "delete"):
        on_class = inspect.signature(getattr(anny.Anny, name))
        assert "client" not in on_class.parameters
        for owner in (anny.Anny(base_url=BASE, token=None), anny.AsyncAnny(base_url=BASE)):
            assert inspect.signature(getattr(owner, name)) == on_class
        assert inspect.getdoc(getattr(anny.AsyncAnny, name))


def test_helpers_are_still_endpoint_or_paged_descriptors() -> None:
    kinds = {name: type(member) for name, member in helpers_of(Bookings)}
    assert kinds["list"] is paged
    assert kinds["cancel"] is endpoint


async def test_a_carts_raw_view_shares_the_cart(make):
    order = {"data": {"type": "orders", "id": "oid1", "attributes": {"number": "ORD-1"}}}
    h = make(lambda r: jsonapi(200, order, headers={"x-request-id": "cart-1"}))
    cart = h.client.cart(("oid1", "oat-secret"))
    raw = await h.call(cart.with_raw_response.refresh)
    assert isinstance(raw, anny.APIResponse)
    assert raw.request_id == "cart-1"
    assert h.last.method == "GET"
    assert h.last.url.path == "/api/v1/order"
    assert (h.last.url.params["oid"], h.last.url.params["oat"]) == ("oid1", "oat-secret")
    assert raw.parse().number == "ORD-1"
    assert cart.order is not None  # the cart itself saw the answer: one state, two modes
    assert cart.order.number == "ORD-1"


async def test_a_lists_look_up_runs_again_after_it_failed(make):
    """A list whose query needs a look-up (a service slug's id): when the look-up fails, asking
    for the first page again looks it up again, then lists (no stale or half-run flow)."""
    resource = {
        "data": {
            "type": "resources",
            "id": "8001",
            "attributes": {"slug": "room"},
            "relationships": {"services": {"data": [{"type": "services", "id": "7001"}]}},
        },
        "included": [{"type": "services", "id": "7001", "attributes": {"slug": "desk"}}],
    }
    lookups = iter([jsonapi(500, {"errors": [{"status": "500"}]}), jsonapi(200, resource)])
    children = {"data": [{"type": "resources", "id": "8002", "attributes": {"slug": "desk-1"}}]}

    def handler(request: Any) -> Any:
        return (
            next(lookups)
            if request.url.path == "/api/v1/resources/room"
            else jsonapi(200, children)
        )

    h = make(handler, max_retries=0)
    pager = h.client.resources.children("room", service="desk")
    with pytest.raises(anny.InternalServerError):
        await h.call(pager.first_page)
    page = await h.call(pager.first_page)
    assert [item.id for item in page.items] == ["8002"]
    assert [r.url.path for r in h.requests] == [
        "/api/v1/resources/room",
        "/api/v1/resources/room",
        "/api/v1/resources/room/children",
    ]
    assert h.last.url.params["filter[availability_service_id]"] == "7001"
