"""Passes (multi-visit cards) owned by the signed-in customer."""

from __future__ import annotations

from starlette.responses import Response

from anny_sandbox.errors import not_found
from anny_sandbox.serializers import collection, document, pass_status
from anny_sandbox.web import Ctx


def list_passes(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    passes = sorted(
        (p for p in ctx.store.passes.values() if p.customer_id == customer.id),
        key=lambda p: p.valid_from,
    )
    status = ctx.q("filter[status]")
    if status:
        passes = [p for p in passes if pass_status(ctx, p) in status.split(",")]
    return collection(ctx, passes)


def get_pass(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    pass_ = ctx.store.passes.get(ctx.path_params["pass_id"])
    if pass_ is None or pass_.customer_id != customer.id:
        raise not_found("Pass", ctx.path_params["pass_id"])
    return document(ctx, pass_)


ROUTES = [
    ("GET", "/api/v1/passes", list_passes),
    ("GET", "/api/v1/passes/{pass_id}", get_pass),
]
