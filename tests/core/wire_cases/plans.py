"""Wire cases of client.plans."""

from __future__ import annotations

from decimal import Decimal

import anny
from anny_api.models import PlanSubscriptionCreateRequest

from . import WireCase, first_page

AREA = ("plans", anny.Plans)

PLAN = {
    "data": {
        "type": "plans",
        "id": "9001",
        "attributes": {"name": "ACME membership", "slug": "acme-membership", "price": 49},
    }
}
PLANS = {"data": [PLAN["data"]], "links": {"next": None}}
SUBSCRIPTION = {
    "data": {
        "type": "plan-subscriptions",
        "id": "340",
        "attributes": {"status": "active", "start_date": "2026-11-01T00:00:00+00:00"},
        "relationships": {"plan": {"data": {"type": "plans", "id": "9001"}}},
    }
}
SUBSCRIPTIONS = {"data": [SUBSCRIPTION["data"]], "links": {"next": None}}


def subscription_body(plan_id: str, payment_method: str | None) -> PlanSubscriptionCreateRequest:
    data: dict[str, object] = {
        "type": "plan-subscriptions",
        "relationships": {"plan": {"data": {"type": "plans", "id": plan_id}}},
    }
    if payment_method is not None:
        data["attributes"] = {"payment_method": payment_method}
    return PlanSubscriptionCreateRequest.from_dict({"data": data})


def _check_subscription(sub: anny.PlanSubscription) -> None:
    assert isinstance(sub, anny.PlanSubscription)
    assert (sub.id, sub.plan_id, sub.status) == ("340", "9001", anny.SubscriptionStatus.ACTIVE)


def expect(condition: bool) -> None:
    """A check that fails the case (a bare lambda's False would be ignored)."""
    assert condition


CASES: list[WireCase] = [
    WireCase(
        "plans",
        "list",
        "listPlans",
        lambda c: first_page(c.plans.list("acme-gmbh", page_size=20)),
        {"org_slug": "acme-gmbh", "pagesize": 20},
        PLANS,
        {"org_slug": "acme-gmbh"},
        check=lambda page: expect([p.price for p in page.items] == [anny.Money(Decimal(49), None)]),
    ),
    WireCase(
        "plans",
        "list",
        "listPlans",
        lambda c: first_page(c.plans.list(anny.Organization(id="1001", slug="acme-gmbh"))),
        # No page_size given: anny's largest (50), so a list takes as few requests as can be.
        {"org_slug": "acme-gmbh", "pagesize": 50},
        PLANS,
        {"org_slug": "acme-gmbh"},
        label="fetched organization",
    ),
    WireCase(
        "plans",
        "get",
        "getPlan",
        lambda c: c.plans.get("acme-membership", include=["community"]),
        {"plan_slug": "acme-membership", "include": "community"},
        PLAN,
        {"plan_slug": "acme-membership"},
        check=lambda p: expect(isinstance(p, anny.Plan) and p.slug == "acme-membership"),
    ),
    WireCase(
        "plans",
        "subscriptions",
        "listPlanSubscriptions",
        lambda c: first_page(c.plans.subscriptions(include=["plan"])),
        {"include": "plan", "pagesize": 50},
        SUBSCRIPTIONS,
    ),
    WireCase(
        "plans",
        "subscription",
        "getPlanSubscription",
        lambda c: c.plans.subscription("340"),
        {"subscription_id": "340"},
        SUBSCRIPTION,
        {"subscription_id": "340"},
        check=_check_subscription,
    ),
    WireCase(
        "plans",
        "subscribe",
        "createPlanSubscription",
        lambda c: c.plans.subscribe("9001", payment_method="invoice"),
        {"body": subscription_body("9001", "invoice")},
        SUBSCRIPTION,
        status=201,
        check=_check_subscription,
    ),
    WireCase(
        "plans",
        "subscribe",
        "createPlanSubscription",
        lambda c: c.plans.subscribe(anny.Plan(id="9002", slug="acme-friends")),
        {"body": subscription_body("9002", None)},
        SUBSCRIPTION,
        status=201,
        label="fetched plan, no payment method",
    ),
    WireCase(
        "plans",
        "cancel_subscription",
        "cancelPlanSubscription",
        lambda c: c.plans.cancel_subscription(anny.PlanSubscription(id="340")),
        {"subscription_id": "340"},
        SUBSCRIPTION,
        {"subscription_id": "340"},
    ),
]
