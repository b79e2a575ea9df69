"""Load a seed (JSON/YAML file, dict, or the packaged default) into the store.

Relations in a seed may name their target by id or by slug, so hand-written seeds stay
readable: ``"services": ["hourly-desk-booking"]``. Times may be ISO-8601 or relative to the
sandbox clock (``"now"``, ``"now+30d"``, ``"now-2h"``).
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from anny_sandbox.models import (
    CancellationPolicy,
    Community,
    Customer,
    Membership,
    Organization,
    Pass,
    Plan,
    PolicyTier,
    Resource,
    Service,
    Voucher,
)
from anny_sandbox.store import Store

SeedSource = str | Path | dict[str, Any] | None

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_RELATIVE = re.compile(r"^now(?:([+-])(\d+)([dhm]))?$")


class SeedError(ValueError):
    """The seed file is malformed or refers to something that does not exist."""


#: The lists a seed may have, in the order they are applied (relations point backwards).
SECTIONS = (
    "organizations",
    "communities",
    "cancellation_policies",
    "services",
    "resources",
    "customers",
    "memberships",
    "vouchers",
    "plans",
    "passes",
)


def load_seed_data(source: SeedSource) -> dict[str, Any]:
    """Return the seed as a dict: the packaged default, a dict, or a JSON/YAML file."""
    if source is None:
        text = resources.files("anny_sandbox").joinpath("data/default_seed.json").read_text()
        data: Any = json.loads(text)
    elif isinstance(source, dict):
        data = source
    else:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise SeedError(f"cannot read the seed {path}: {why}") from None
        if path.suffix.lower() in (".yaml", ".yml"):
            try:
                # Imported by name so that mypy needs no PyYAML stubs for an optional extra.
                yaml = importlib.import_module("yaml")
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise SeedError("YAML seeds need PyYAML: pip install 'anny-sandbox[yaml]'") from exc
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                raise SeedError(f"the seed {path} is not valid YAML: {exc}") from None
        else:
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise SeedError(f"the seed {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise SeedError("A seed must be a mapping with lists such as 'organizations'")
    # A misspelt section would otherwise start an empty sandbox without a word.
    unknown = sorted(str(key) for key in data if key not in SECTIONS)
    if unknown:
        known = ", ".join(SECTIONS)
        raise SeedError(f"unknown seed section(s) {', '.join(unknown)}; known: {known}")
    return data


class _Where:
    """Which seed entry is being applied, to name it when it is malformed."""

    text = "the seed"


def _items(data: dict[str, Any], section: str, where: _Where) -> Iterator[dict[str, Any]]:
    items = data.get(section, [])
    if not isinstance(items, list):
        raise SeedError(f"seed section {section!r} must be a list")
    for index, item in enumerate(items):
        where.text = f"{section}[{index}]"
        if not isinstance(item, dict):
            raise SeedError(f"{where.text} must be a mapping")
        yield item


def apply_seed(store: Store, data: dict[str, Any]) -> None:
    """Replace the store's content with ``data``; :class:`SeedError` names a malformed entry."""
    where = _Where()
    try:
        _apply(store, data, where)
    except SeedError:
        raise
    except KeyError as exc:  # a required field such as `id` or `slug` is missing
        raise SeedError(f"{where.text} lacks {exc}") from None
    except (TypeError, ValueError, AttributeError, IndexError) as exc:
        raise SeedError(f"{where.text} is malformed: {exc}") from None


def _apply(store: Store, data: dict[str, Any], where: _Where) -> None:
    with store.lock:
        store.clear()
        now = store.clock.now()
        for item in _items(data, "organizations", where):
            org = Organization(
                id=str(item["id"]),
                slug=item["slug"],
                name=item["name"],
                timezone=item.get("timezone", "Europe/Berlin"),
                currency=item.get("currency", "EUR"),
                description=item.get("description"),
                address_line=item.get("address_line"),
                created_at=now - timedelta(days=365),
            )
            store.organizations[org.id] = org
        for item in _items(data, "communities", where):
            community = Community(
                id=str(item["id"]),
                slug=item["slug"],
                name=item["name"],
                organization_id=_org(store, item),
                description=item.get("description"),
                access_code=item.get("access_code"),
                is_private=item.get("is_private", False),
                allow_customer_requests=item.get("allow_customer_requests", False),
                auto_join_enabled=item.get("auto_join_enabled", False),
                include_all_services=item.get("include_all_services", False),
                welcome_text=item.get("welcome_text"),
            )
            store.communities[community.id] = community
        for item in _items(data, "cancellation_policies", where):
            policy = CancellationPolicy(
                id=str(item["id"]),
                name=item["name"],
                organization_id=_org(store, item),
                tiers=sorted(
                    (
                        PolicyTier(float(t["hours_before"]), float(t["fee_percentage"]))
                        for t in item.get("tiers", [])
                    ),
                    key=lambda t: -t.hours_before,
                ),
            )
            store.policies[policy.id] = policy
        for item in _items(data, "services", where):
            _add_service(store, item)
        for item in _items(data, "resources", where):
            _add_resource(store, item, parent=None)
        for item in _items(data, "customers", where):
            customer = Customer(
                id=str(item["id"]),
                account_id=item.get("account_id") or store.new_uuid(),
                user_id=str(item.get("user_id") or store.next_id("user")),
                organization_id=_org(store, item),
                email=item["email"],
                given_name=item.get("given_name", ""),
                family_name=item.get("family_name", ""),
                locale=item.get("locale", "de"),
                phone=item.get("phone"),
                company=item.get("company"),
                mobile=item.get("mobile"),
                sex=item.get("sex"),
                birth_date=item.get("birth_date"),
                created_at=now - timedelta(days=90),
            )
            store.customers[customer.id] = customer
        for item in _items(data, "memberships", where):
            member = _customer(store, item["customer"])
            membership_id = str(item.get("id") or store.next_id("membership"))
            store.memberships[membership_id] = Membership(
                membership_id,
                member.id,
                _community(store, item["community"]),
                item.get("status", "accepted"),
                now - timedelta(days=30),
                role=item.get("role", "member"),
                start_date=_when(item.get("start_date", "now-30d"), now),
                end_date=_when(item["end_date"], now) if item.get("end_date") else None,
            )
        for item in _items(data, "vouchers", where):
            voucher = Voucher(
                id=str(item["id"]),
                code=item["code"].upper(),
                organization_id=_org(store, item),
                discount_type=item.get("discount_type", "percentage"),
                value=float(item["value"]),
                active=item.get("active", True),
            )
            store.vouchers[voucher.id] = voucher
        for item in _items(data, "plans", where):
            plan_community = _community(store, item["community"]) if item.get("community") else None
            plan = Plan(
                id=str(item["id"]),
                slug=item["slug"],
                name=item["name"],
                organization_id=_org(store, item),
                description=item.get("description"),
                price=float(item.get("price", 0)),
                currency=item.get("currency", "EUR"),
                billing_interval=item.get("billing_interval", "month"),
                community_id=plan_community,
                requires_confirmation=item.get("requires_confirmation", False),
            )
            store.plans[plan.id] = plan
        for item in _items(data, "passes", where):
            pass_ = Pass(
                id=str(item["id"]),
                customer_id=_customer(store, item["customer"]).id,
                organization_id=_org(store, item),
                name=item["name"],
                quota_type=item.get("quota_type", "quantity"),
                total=item.get("total"),
                remaining=item.get("remaining", item.get("total")),
                currency=item.get("currency"),
                recurrence=item.get("recurrence"),
                source=item.get("source"),
                valid_from=_when(item.get("valid_from", "now"), now),
                valid_until=_when(item["valid_until"], now) if item.get("valid_until") else None,
                service_ids=[_service(store, s).id for s in item.get("services", [])],
                status=item.get("status", "active"),
            )
            store.passes[pass_.id] = pass_


def _add_service(store: Store, item: dict[str, Any]) -> None:
    policy = item.get("cancellation_policy")
    service = Service(
        id=str(item["id"]),
        slug=item["slug"],
        name=item["name"],
        organization_id=_org(store, item),
        description=item.get("description"),
        price=float(item.get("price", 0)),
        price_unit=item.get("price_unit", "hour"),
        currency=item.get("currency", "EUR"),
        tax_rate=float(item.get("tax_rate", 19)),
        min_duration=int(item.get("min_duration", 60)),
        max_duration=int(item.get("max_duration", item.get("min_duration", 60))),
        default_duration=int(item.get("default_duration", item.get("min_duration", 60))),
        booking_interval=int(item.get("booking_interval", 60)),
        lead_time=int(item.get("lead_time", 0)),
        advance_booking_period=int(item.get("advance_booking_period", 28)),
        payment_flow=item.get("payment_flow", "free" if not item.get("price") else "pay-online"),
        auto_accept_bookings=item.get("auto_accept_bookings", True),
        supports_instant_booking=item.get("supports_instant_booking", False),
        cancellation_policy_id=str(policy) if policy is not None else None,
        booking_requires_community=item.get("booking_requires_community", False),
        hidden=item.get("hidden", False),
        quota_per_day=int(item["quota_per_day"]) if "quota_per_day" in item else None,
    )
    if service.quota_per_day is not None and service.quota_per_day < 1:
        raise SeedError(f"service {service.slug!r}: quota_per_day must be at least 1")
    if service.booking_interval <= 0 or service.min_duration <= 0:
        raise SeedError(f"service {service.slug!r} needs positive durations")
    store.services[service.id] = service


def _add_resource(store: Store, item: dict[str, Any], parent: Resource | None) -> None:
    org_id = parent.organization_id if parent else _org(store, item)
    resource = Resource(
        id=str(item["id"]),
        slug=item["slug"],
        name=item["name"],
        organization_id=org_id,
        description=item.get("description"),
        timezone=item.get("timezone", parent.timezone if parent else _org_tz(store, org_id)),
        quantity=int(item.get("quantity", 1)),
        parent_id=parent.id if parent else None,
        service_ids=[_service(store, s).id for s in item.get("services", [])],
        schedule=_schedule(item.get("schedule", {})),
        community_ids=[_community(store, c) for c in item.get("communities", [])],
        booking_requires_community=item.get("booking_requires_community", False),
        viewing_requires_community=item.get("viewing_requires_community", False),
        waitlist_enabled=item.get("waitlist_enabled", False),
        slot_taken_page=bool(item.get("slot_taken_page", False)),
        category=item.get("category", parent.category if parent else None),
        address_line=item.get("address_line")
        or (store.organizations[org_id].address_line if org_id in store.organizations else None),
        hidden=item.get("hidden", False),
    )
    store.resources[resource.id] = resource
    for child in item.get("children", []):
        _add_resource(store, child, parent=resource)


def _schedule(spec: dict[str, list[str]]) -> dict[int, list[tuple[time, time]]]:
    """Parse ``{"mon-fri": ["08:00-20:00"], "sat": [...], "daily": [...]}``."""
    result: dict[int, list[tuple[time, time]]] = {}
    for key, ranges in spec.items():
        days = _days(key)
        parsed = [_range(r) for r in ranges]
        for day in days:
            result.setdefault(day, []).extend(parsed)
    for day in result:
        result[day].sort()
    return result


def _days(key: str) -> list[int]:
    key = key.lower()
    if key == "daily":
        return list(range(7))
    if "-" in key:
        first, last = (_DAYS.index(part) for part in key.split("-", 1))
        return list(range(first, last + 1))
    return [_DAYS.index(key)]


def _range(text: str) -> tuple[time, time]:
    start, end = text.split("-")
    close = time(23, 59, 59) if end.strip() == "24:00" else time.fromisoformat(end.strip())
    return time.fromisoformat(start.strip()), close


def _when(value: str, now: datetime) -> datetime:
    match = _RELATIVE.match(value.strip())
    if not match:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise SeedError(f"seed time {value!r} needs an offset")
        return parsed
    sign, amount, unit = match.groups()
    if not sign:
        return now
    delta = {"d": timedelta(days=1), "h": timedelta(hours=1), "m": timedelta(minutes=1)}[unit]
    return now + delta * int(amount) * (1 if sign == "+" else -1)


def _org(store: Store, item: dict[str, Any]) -> str:
    ref = str(item.get("organization") or next(iter(store.organizations), ""))
    org = store.organization_by_slug(ref)
    if org is None:
        raise SeedError(f"unknown organization {ref!r} in {item.get('slug') or item.get('id')}")
    return org.id


def _org_tz(store: Store, org_id: str) -> str:
    return store.organizations[org_id].timezone


def _service(store: Store, ref: Any) -> Service:
    for service in store.services.values():
        if str(ref) in (service.id, service.slug):
            return service
    raise SeedError(f"unknown service {ref!r}")


def _community(store: Store, ref: Any) -> str:
    community = store.community_by_slug(str(ref))
    if community is None:
        raise SeedError(f"unknown community {ref!r}")
    return community.id


def _customer(store: Store, ref: Any) -> Customer:
    customer = store.customer_by_hint(str(ref))
    if customer is None:
        raise SeedError(f"unknown customer {ref!r}")
    return customer
