"""Sandbox-only endpoints under ``/__sandbox``: reset, clock, faults, ledger, limits, tokens,
outbox.

They accept plain ``application/json`` (they are test plumbing, not part of the anny API).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from starlette.responses import JSONResponse, Response

from anny_sandbox.auth import token_response
from anny_sandbox.errors import invalid, not_found
from anny_sandbox.faults import Fault
from anny_sandbox.runtime import Runtime
from anny_sandbox.seed import SeedError
from anny_sandbox.web import Ctx, Handler, iso_utc, parse_datetime


def _body(ctx: Ctx) -> dict[str, Any]:
    if not ctx.body.strip():
        return {}
    try:
        data = json.loads(ctx.body)
    except ValueError:
        raise invalid("", "the body must be JSON") from None
    if not isinstance(data, dict):
        raise invalid("", "the body must be a JSON object")
    return data


def routes(runtime: Runtime) -> list[tuple[str, str, Handler]]:
    """Control routes bound to one runtime."""

    def reset(ctx: Ctx) -> Response:
        body = _body(ctx)
        seed = body.get("seed")
        if seed is not None and not isinstance(seed, dict):
            raise invalid("/seed", "must be a seed object")
        try:
            runtime.reset(seed)
        except SeedError as exc:
            raise invalid("/seed", str(exc)) from None
        return JSONResponse({"reset": True, "now": iso_utc(runtime.clock.now())})

    def clock_now(ctx: Ctx) -> Response:
        return JSONResponse({"now": iso_utc(runtime.clock.now())})

    def clock_advance(ctx: Ctx) -> Response:
        body = _body(ctx)
        amounts = {}
        for unit in ("days", "hours", "minutes", "seconds"):
            value = body.get(unit, 0)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise invalid(f"/{unit}", "must be a non-negative number")
            amounts[unit] = float(value)
        runtime.clock.advance(**amounts)
        runtime.store.expire_drafts()
        return JSONResponse({"now": iso_utc(runtime.clock.now())})

    def clock_set(ctx: Ctx) -> Response:
        raw = _body(ctx).get("now")
        try:
            when = parse_datetime(raw) if isinstance(raw, str) else None
        except ValueError:
            when = None
        if when is None:
            raise invalid("/now", "must be an ISO-8601 date-time with offset")
        runtime.clock.set(when)
        runtime.store.expire_drafts()
        return JSONResponse({"now": iso_utc(runtime.clock.now())})

    def faults_list(ctx: Ctx) -> Response:
        return JSONResponse({"faults": [f.as_dict() for f in runtime.faults.list()]})

    def faults_add(ctx: Ctx) -> Response:
        body = _body(ctx)
        allowed = {
            "kind", "path", "method", "times", "status", "retry_after", "delay_ms", "message",
        }  # fmt: skip
        unknown = set(body) - allowed
        if unknown:
            raise invalid(f"/{sorted(unknown)[0]}", f"unknown field; allowed: {sorted(allowed)}")
        try:
            fault: Fault = runtime.faults.add(**body)
        except (TypeError, ValueError) as exc:
            raise invalid("/kind", str(exc)) from None
        return JSONResponse(fault.as_dict(), status_code=201)

    def faults_clear(ctx: Ctx) -> Response:
        runtime.faults.clear()
        return Response(status_code=204)

    def faults_remove(ctx: Ctx) -> Response:
        if not runtime.faults.remove(ctx.path_params["fault_id"]):
            raise not_found("Fault", ctx.path_params["fault_id"])
        return Response(status_code=204)

    def ledger(ctx: Ctx) -> Response:
        return JSONResponse(runtime.store.ledger_report())

    def tokens(ctx: Ctx) -> Response:
        body = _body(ctx)
        customer = body.get("customer")
        minutes = body.get("expires_in_minutes", 24 * 60)
        if customer is not None and not isinstance(customer, str):
            raise invalid("/customer", "must be an e-mail, customer id or account UUID")
        if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or minutes <= 0:
            raise invalid("/expires_in_minutes", "must be a positive number")
        try:
            token = runtime.issue_token(customer, lifetime=timedelta(minutes=minutes))
        except LookupError:
            raise not_found("Customer", str(customer)) from None
        return JSONResponse(token_response(token), status_code=201)

    def limits_report(ctx: Ctx) -> Response:
        return JSONResponse(runtime.limits.report())

    def limits_configure(ctx: Ctx) -> Response:
        body = _body(ctx)
        allowed = {"reads", "writes", "window", "enabled"}
        unknown = set(body) - allowed
        if unknown:
            raise invalid(f"/{sorted(unknown)[0]}", f"unknown field; allowed: {sorted(allowed)}")
        enabled = body.get("enabled")
        if enabled is not None and not isinstance(enabled, bool):
            raise invalid("/enabled", "must be true or false")
        try:
            runtime.limits.configure(
                reads=body.get("reads"),
                writes=body.get("writes"),
                window=body.get("window"),
                enabled=enabled,
            )
        except ValueError as exc:
            raise invalid("/" + str(exc).split(" ", 1)[0], str(exc)) from None
        return JSONResponse(runtime.limits.report())

    def outbox(ctx: Ctx) -> Response:
        return JSONResponse(
            {
                "messages": [
                    {
                        "to": m.to,
                        "subject": m.subject,
                        "body": m.body,
                        "sent_at": iso_utc(m.sent_at),
                        "data": m.data,
                    }
                    for m in runtime.store.outbox
                ]
            }
        )

    def state(ctx: Ctx) -> Response:
        store = runtime.store
        return JSONResponse(
            {
                "now": iso_utc(runtime.clock.now()),
                "organizations": [o.slug for o in store.organizations.values()],
                "resources": {r.slug: r.id for r in store.resources.values()},
                "services": {s.slug: s.id for s in store.services.values()},
                "customers": {
                    c.email: {"id": c.id, "account_id": c.account_id}
                    for c in store.customers.values()
                    if not c.is_guest
                },
                "counts": {
                    "orders": len(store.orders),
                    "bookings": len(store.bookings),
                    "tokens": len(store.tokens),
                },
            }
        )

    return [
        ("POST", "/__sandbox/reset", reset),
        ("GET", "/__sandbox/clock", clock_now),
        ("POST", "/__sandbox/clock/advance", clock_advance),
        ("POST", "/__sandbox/clock/set", clock_set),
        ("GET", "/__sandbox/faults", faults_list),
        ("POST", "/__sandbox/faults", faults_add),
        ("DELETE", "/__sandbox/faults", faults_clear),
        ("DELETE", "/__sandbox/faults/{fault_id}", faults_remove),
        ("GET", "/__sandbox/ledger", ledger),
        ("GET", "/__sandbox/limits", limits_report),
        ("POST", "/__sandbox/limits", limits_configure),
        ("POST", "/__sandbox/tokens", tokens),
        ("GET", "/__sandbox/outbox", outbox),
        ("GET", "/__sandbox/state", state),
    ]
