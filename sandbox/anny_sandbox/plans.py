"""Plans and plan subscriptions; an active subscription grants the plan's community."""

from __future__ import annotations

from datetime import timedelta

from starlette.responses import Response

from anny_sandbox.errors import ApiError, invalid, not_found
from anny_sandbox.models import Membership, PlanSubscription
from anny_sandbox.serializers import collection, document
from anny_sandbox.web import Ctx, relationship_id


def list_plans(ctx: Ctx) -> Response:
    org = ctx.store.organization_by_slug(ctx.path_params["org_slug"])
    if org is None:
        raise not_found("Organization", ctx.path_params["org_slug"])
    plans = sorted(
        (p for p in ctx.store.plans.values() if p.organization_id == org.id), key=lambda p: p.name
    )
    return collection(ctx, plans)


def get_plan(ctx: Ctx) -> Response:
    plan = ctx.store.plan_by_slug(ctx.path_params["plan_slug"])
    if plan is None:
        raise not_found("Plan", ctx.path_params["plan_slug"])
    return document(ctx, plan)


def _subscription(ctx: Ctx) -> PlanSubscription:
    customer = ctx.require_customer()
    sub = ctx.store.subscriptions.get(ctx.path_params["subscription_id"])
    if sub is None or sub.customer_id != customer.id:
        raise not_found("Subscription", ctx.path_params["subscription_id"])
    return sub


def list_subscriptions(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    subs = sorted(
        (s for s in ctx.store.subscriptions.values() if s.customer_id == customer.id),
        key=lambda s: (s.created_at, s.id),
    )
    return collection(ctx, subs)


def get_subscription(ctx: Ctx) -> Response:
    return document(ctx, _subscription(ctx))


def create_subscription(ctx: Ctx) -> Response:
    customer = ctx.require_customer()
    attributes, relationships = ctx.envelope("plan-subscriptions")
    plan_id = relationship_id(relationships, "plan", "plans")
    if plan_id is None:
        raise invalid("/data/relationships/plan", "is required")
    plan = ctx.store.plans.get(plan_id) or ctx.store.plan_by_slug(plan_id)
    if plan is None:
        raise not_found("Plan", plan_id)
    method = attributes.get("payment_method")
    if method is not None and not isinstance(method, str):
        raise invalid("/data/attributes/payment_method", "must be a string")
    if plan.price > 0 and not method:
        raise invalid("/data/attributes/payment_method", "is required for a paid plan")
    for sub in ctx.store.subscriptions.values():
        if sub.customer_id == customer.id and sub.plan_id == plan.id and sub.status == "active":
            raise ApiError(409, "conflict", problem=f"already subscribed to {plan.name}")
    now = ctx.clock.now()
    sub = PlanSubscription(
        id=ctx.store.next_id("subscription"),
        plan_id=plan.id,
        customer_id=customer.id,
        status="requested" if plan.requires_confirmation else "active",
        created_at=now,
        start_date=now,
        end_date=now + timedelta(days=365 if plan.billing_interval == "year" else 30),
        payment_method=method,
    )
    ctx.store.subscriptions[sub.id] = sub
    if (
        sub.status == "active"
        and plan.community_id
        and not ctx.store.is_member(customer, [plan.community_id])
    ):
        membership_id = ctx.store.next_id("membership")
        ctx.store.memberships[membership_id] = Membership(
            membership_id, customer.id, plan.community_id, "accepted", now, start_date=now
        )
    return document(ctx, sub, status=201)


def cancel_subscription(ctx: Ctx) -> Response:
    sub = _subscription(ctx)
    if sub.status == "canceled":
        raise ApiError(409, "conflict", problem="the subscription is already canceled")
    now = ctx.clock.now()
    sub.status = "canceled"
    sub.canceled_at = now
    return document(ctx, sub)


ROUTES = [
    ("GET", "/api/v1/organizations/{org_slug}/plans", list_plans),
    ("GET", "/api/v1/plans/{plan_slug}", get_plan),
    ("GET", "/api/v1/plan-subscriptions", list_subscriptions),
    ("POST", "/api/v1/plan-subscriptions", create_subscription),
    ("GET", "/api/v1/plan-subscriptions/{subscription_id}", get_subscription),
    ("GET", "/api/v1/plan-subscriptions/{subscription_id}/cancel", cancel_subscription),
]
