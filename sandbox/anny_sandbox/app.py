"""Build the sandbox ASGI application (Starlette routes wrapped by the fault middleware)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from anny_sandbox import (
    account,
    auth,
    availability,
    bookings,
    cart,
    cart_extras,
    catalog,
    checkout,
    communities,
    control,
    instant,
    orders,
    passes,
    payment,
    plans,
    queue,
    waitlist,
)
from anny_sandbox.errors import ApiError, error_response, locale_of
from anny_sandbox.faults import ASGIApp, SandboxMiddleware
from anny_sandbox.runtime import Runtime
from anny_sandbox.web import Handler, make_endpoint

API_MODULES = (
    catalog,
    availability,
    cart,
    checkout,
    instant,
    cart_extras,
    bookings,
    orders,
    account,
    communities,
    plans,
    passes,
    waitlist,
    queue,
)


Endpoint = Callable[[Request], Awaitable[Response]]


def _dispatch(methods: dict[str, Endpoint]) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await methods[method](request)

    return endpoint


def build_app(runtime: Runtime) -> ASGIApp:
    """The complete sandbox: anny's Customer API, OAuth, and the ``/__sandbox`` controls."""
    store = runtime.store
    table: list[tuple[str, str, Handler, bool]] = []
    for module in API_MODULES:
        table += [(m, p, h, True) for m, p, h in module.ROUTES]
    table += [(m, p, h, False) for m, p, h in auth.ROUTES]
    table += [(m, p, h, False) for m, p, h in payment.SANDBOX_ROUTES]
    table += [(m, p, h, False) for m, p, h in control.routes(runtime)]
    # One route per path (so a 405 lists every allowed method in `Allow`); literal segments
    # (…/by-number, …/locations) must win over {id} placeholders.
    by_path: dict[str, dict[str, Endpoint]] = {}
    for method, path, handler, auth_ in table:
        by_path.setdefault(path, {})[method] = make_endpoint(store, handler, authenticate=auth_)
    routes = [
        Route(path, _dispatch(methods), methods=list(methods))
        for path, methods in sorted(by_path.items(), key=lambda item: item[0].count("{"))
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        locale = locale_of(request.headers.get("accept-language"))
        if exc.status_code == 405:
            err = ApiError(405, "method_not_allowed", method=request.method)
        else:
            err = ApiError(404, "not_found", what="Path", ident=request.url.path)
        response = error_response([err], locale)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def server_error(request: Request, exc: Exception) -> Response:
        err = ApiError(500, "server_error", problem=type(exc).__name__)
        return error_response([err], locale_of(request.headers.get("accept-language")))

    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    return SandboxMiddleware(app, store, runtime.faults, runtime.limits)
