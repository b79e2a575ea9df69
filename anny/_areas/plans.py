"""``client.plans``: an organization's plans (memberships), subscribing and cancelling.

Operations: listPlans, getPlan, listPlanSubscriptions, getPlanSubscription,
createPlanSubscription, cancelPlanSubscription (spec tag ``plans``).
"""

from __future__ import annotations

from collections.abc import Sequence

from anny._account_types import Plan, PlanSubscription, SubscriptionStatus
from anny._areas._account_common import (
    envelope,
    every_item,
    is_numeric_id,
    linkage,
    object_id,
    organization_slug,
    page_param,
    slug_of,
)
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import id_of, op_plan, read_back, view_parser
from anny._flow import Flow, perform
from anny._ids import validate_id
from anny._models import Organization
from anny.errors import InvalidParameterError

__all__ = ["PlanRef", "Plans", "SubscriptionRef"]

#: A plan: its slug (``"acme-membership"``), its id (``"9001"``) or a :class:`~anny.types.Plan`.
PlanRef = str | int | Plan
#: A plan subscription: its id or a :class:`~anny.types.PlanSubscription` already fetched.
SubscriptionRef = str | int | PlanSubscription

#: Statuses of a subscription that a create leaves behind (a read-back looks for these).
_CREATED = (SubscriptionStatus.ACTIVE, SubscriptionStatus.REQUESTED)


def list_plans(
    ctx: Context,
    organization: str | Organization,
    *,
    include: Sequence[str] | None = None,
    page_size: int | None = None,
) -> Paged[Plan]:
    """An organization's public plans (``listPlans``; inferred operation), all pages.

    ``organization`` is its slug (``"acme-gmbh"``) or an :class:`~anny.types.Organization`.
    """
    return Paged(
        op_plan(
            "listPlans",
            path={"org_slug": organization_slug(organization)},
            query={"include": include, "pagesize": page_param(page_size)},
        ),
        Plan.from_resource,
    )


def get_plan(ctx: Context, plan: str | Plan, *, include: Sequence[str] | None = None) -> Flow[Plan]:
    """A plan by its slug (``getPlan``; inferred operation)."""
    request = op_plan(
        "getPlan",
        path={"plan_slug": slug_of(plan, what="plan")},
        query={"include": include},
        parser=view_parser(Plan),
    )
    found = yield from perform(request)
    if found.slug:
        ctx.cache[("plan-id", found.slug)] = found.id
    return found


def _plan_id(ctx: Context, plan: PlanRef) -> Flow[str]:
    """The id the subscription body needs; a slug is looked up once per client (getPlan)."""
    known = object_id(plan, what="plan")
    if known is not None:
        return known
    if is_numeric_id(plan):
        return validate_id(plan, what="plan")
    slug = slug_of(plan, what="plan")
    if ("plan-id", slug) not in ctx.cache:
        yield from get_plan(ctx, slug)
    ident: str = ctx.cache[("plan-id", slug)]
    return ident


def list_subscriptions(
    ctx: Context, *, include: Sequence[str] | None = None, page_size: int | None = None
) -> Paged[PlanSubscription]:
    """The customer's plan subscriptions (``listPlanSubscriptions``; inferred operation)."""
    query = {"include": include, "pagesize": page_param(page_size)}
    return Paged(op_plan("listPlanSubscriptions", query=query), PlanSubscription.from_resource)


def get_subscription(
    ctx: Context, subscription: SubscriptionRef, *, include: Sequence[str] | None = None
) -> Flow[PlanSubscription]:
    """One plan subscription (``getPlanSubscription``; inferred operation)."""
    plan = op_plan(
        "getPlanSubscription",
        path={"subscription_id": id_of(subscription, what="subscription")},
        query={"include": include},
        parser=view_parser(PlanSubscription),
    )
    return (yield from perform(plan))


def subscribe(
    ctx: Context, plan: PlanRef, *, payment_method: str | None = None
) -> Flow[PlanSubscription]:
    """Subscribe to a plan (``createPlanSubscription``; inferred operation).

    ``plan`` is a slug, an id or a :class:`~anny.types.Plan`; a paid plan needs a
    ``payment_method``. A plan that requires confirmation starts ``REQUESTED``. Never resent
    blindly: after a lost answer the subscriptions are read back (``listPlanSubscriptions``)
    and the newest active or requested one of this plan is returned; if there is none,
    :class:`~anny.OutcomeUnknownError` is raised.
    """
    if payment_method is not None and (
        not isinstance(payment_method, str) or not payment_method.strip()
    ):
        raise InvalidParameterError("payment_method must be a non-empty string")
    plan_id = yield from _plan_id(ctx, plan)
    body = envelope(
        "plan-subscriptions",
        {"payment_method": payment_method} if payment_method is not None else None,
        {"plan": linkage("plans", plan_id)},
    )
    action = op_plan("createPlanSubscription", body=body, parser=view_parser(PlanSubscription))

    def check() -> Flow[PlanSubscription | None]:
        subscriptions = yield from every_item(
            op_plan("listPlanSubscriptions"), PlanSubscription.from_resource
        )
        mine = [s for s in subscriptions if s.plan_id == plan_id and s.status in _CREATED]
        return mine[-1] if mine else None  # the list is oldest first

    return (yield from read_back(action, check))


def cancel_subscription(ctx: Context, subscription: SubscriptionRef) -> Flow[PlanSubscription]:
    """Cancel at the end of the period (``cancelPlanSubscription``; inferred operation).

    Returns the subscription, canceled.

    Never resent blindly: after a lost answer the subscription is read back
    (``getPlanSubscription``) and returned when it is canceled, else
    :class:`~anny.OutcomeUnknownError` is raised.
    """
    ident = id_of(subscription, what="subscription")
    action = op_plan(
        "cancelPlanSubscription",
        path={"subscription_id": ident},
        parser=view_parser(PlanSubscription),
    )

    def check() -> Flow[PlanSubscription | None]:
        current = yield from get_subscription(ctx, ident)
        return current if current.status is SubscriptionStatus.CANCELED else None

    return (yield from read_back(action, check))


class Plans(Area[M]):
    """Plans and subscriptions: ``client.plans.list(org)``, ``.get(slug)``,
    ``.subscriptions()``, ``.subscription(id)``, ``.subscribe(plan)``,
    ``.cancel_subscription(id)``."""

    list = paged(list_plans)
    get = endpoint(get_plan)
    subscriptions = paged(list_subscriptions)
    subscription = endpoint(get_subscription)
    subscribe = endpoint(subscribe)
    cancel_subscription = endpoint(cancel_subscription)
