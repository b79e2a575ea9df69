"""`make demo`: a full booking flow through `anny` against the embedded local sandbox.

Nothing leaves this machine: the sandbox (``anny.sandbox``) listens on 127.0.0.1 and `anny` talks
to it over real HTTP, exactly as it would talk to https://b.anny.co. Every request is printed
with its method, path and status (order access tokens redacted).

The flow:

1. catalog — the organization's resources, then one resource by slug with its services;
2. availability — bookable dates, then start times on the first one;
3. quote — price the first free slot;
4. cart — add it: a draft order (``oid`` + ``oat``) that holds the slot for 15 minutes;
5. checkout — read the checkout form, submit with the customer's details: a confirmed order;
6. confirmation — find the booking by its number, preview and perform the cancellation;
7. availability again — the slot is free again;
8. a paid booking — checkout answers with a payment URL; paying on the sandbox's payment page
   confirms the order, which is then read back with the customer's token.

Run ``python -m anny.demo --help`` for options.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import httpx

import anny
from anny._logging import redact_url

ORGANIZATION = "acme-gmbh"
FREE_RESOURCE = "conference-room-berlin"
FREE_SERVICE = "hourly-desk-booking"
PAID_RESOURCE = "meeting-room-alex"
PAID_SERVICE = "meeting-room-hourly"
TIMEZONE = "Europe/Berlin"
CUSTOMER = {
    "given_name": "Erika",
    "family_name": "Mustermann",
    "email": "erika.mustermann@example.com",
}


class Printer:
    """Prints steps and, through an httpx event hook, every request on the wire."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.requests = 0

    def step(self, title: str) -> None:
        self.out(f"\n== {title}")

    def say(self, text: str) -> None:
        self.out(f"   {text}")

    def on_response(self, response: httpx.Response) -> None:
        self.requests += 1
        request = response.request
        target = redact_url(request.url.raw_path.decode("ascii"))
        self.out(f"   -> {request.method} {target}  [{response.status_code}]")


def _included(resource: anny.Resource, name: str) -> list[anny.Resource]:
    """The included resources of a relationship (to-one or to-many), as a list."""
    linkage = resource.related(name)
    items = linkage if isinstance(linkage, list) else [linkage]
    return [item for item in items if isinstance(item, anny.Resource)]


def _service_id(resource: anny.Resource, slug: str) -> str:
    for service in _included(resource, "services"):
        if service.get("slug") == slug:
            return str(service.id)
    raise SystemExit(f"demo: service {slug!r} is not offered on {resource.get('slug')!r}")


def _first_free_slot(
    client: anny.Anny, p: Printer, service_id: str, resource_id: str, today: dt.date
) -> dict[str, Any]:
    dates = client.get(
        "/api/v1/availability/start-dates",
        params={
            "service_id": service_id,
            "resource_id": resource_id,
            "start_date": today.isoformat(),
            "end_date": (today + dt.timedelta(days=6)).isoformat(),
            "timezone": TIMEZONE,
        },
    ).data
    open_days = [d["date"] for d in dates if isinstance(d, dict) and d.get("available")]
    p.say(f"bookable days this week: {', '.join(open_days) or 'none'}")
    for day in open_days:
        slots = client.get(
            "/api/v1/availability/start",
            params={
                "service_id": service_id,
                "resource_id": resource_id,
                "date": day,
                "timezone": TIMEZONE,
            },
        ).data
        slots = slots["data"] if isinstance(slots, dict) else slots
        free = [s for s in slots if s.get("available")]
        if free:
            first = free[0]["start_date"]
            p.say(f"{day}: {len(free)} of {len(slots)} start times free, first {first}")
            return dict(free[0])
    raise SystemExit("demo: no free slot in the next 7 days")


def _cart_body(slot: dict[str, Any], service_id: str, resource_id: str) -> dict[str, Any]:
    # The flat body the web shop sends (not a JSON:API envelope), as application/vnd.api+json.
    return {
        "resource_id": [resource_id],
        "service_id": {service_id: 1},
        "start_date": slot["start_date"],
        "end_date": slot["end_date"],
        "description": "",
        "customer_note": "",
        "add_ons_by_service": {service_id: [[]]},
        "sub_bookings_by_service": {},
        "strategy": "multi-resource",
    }


def _slot_is_free(
    client: anny.Anny, service_id: str, resource_id: str, slot: dict[str, Any]
) -> bool:
    day = slot["start_date"][:10]
    slots = client.get(
        "/api/v1/availability/start",
        params={"service_id": service_id, "resource_id": resource_id, "date": day,
                "timezone": TIMEZONE},
    ).data  # fmt: skip
    slots = slots["data"] if isinstance(slots, dict) else slots
    return any(s["start_date"] == slot["start_date"] and s.get("available") for s in slots)


def run(client: anny.Anny, p: Printer, *, today: dt.date, token: str | None) -> None:
    """The booking flow on ``client`` (anonymous), then a paid booking with ``token``."""
    p.step(f"1. Catalog: the resources of {ORGANIZATION}")
    resources = client.paginate(
        f"/api/v1/organizations/{ORGANIZATION}/all-resources",
        params=anny.build_query(include=["services"], sort=["name"]),
        page_size=10,
    )
    for res in resources:
        services = ", ".join(str(s.get("name")) for s in _included(res, "services"))
        p.say(f"{res.get('slug')}: {res.get('name')} ({services})")
    room = client.get(
        f"/api/v1/resources/{anny.path_segment(anny.validate_slug(FREE_RESOURCE))}",
        params=anny.build_query(include=["services", "organization"]),
    ).data
    service_id = _service_id(room, FREE_SERVICE)
    view = anny.BookableResource.from_resource(room)
    p.say(f"{view.name} (id {view.id}, {view.timezone}), service {FREE_SERVICE} = {service_id}")

    p.step("2. Availability")
    slot = _first_free_slot(client, p, service_id, str(room.id), today)

    p.step("3. Quote")
    quote = client.post(
        "/api/v1/order/bookings/calculate",
        json=_cart_body(slot, service_id, str(room.id)),
        params={"check_availability": True},
        idempotent=True,  # a quote saves nothing, so it may be retried like a GET
    ).data
    p.say(f"total {quote['total']} {quote['currency']} for {quote['charged_duration']} minutes")

    p.step("4. Add to cart")
    cart = anny.Order.from_document(
        client.post("/api/v1/order/bookings", json=_cart_body(slot, service_id, str(room.id)))
    )
    p.say(f"draft order {cart.number} (oid {cart.id}), status {cart.status}, "
          f"held until {cart.expires_at:%H:%M:%S %Z}")  # fmt: skip
    access = {"oid": cart.id, "oat": cart.access_token or ""}

    p.step("5. Checkout")
    form = client.get("/api/ui/checkout-form", params=access).data
    required = [c["key"] for c in form.get("components", []) if c.get("required")]
    p.say(f"the form asks for: {', '.join(required)}")
    order_doc = client.post(
        "/api/v1/order",
        params=[*access.items(), *anny.build_query(include=["bookings"])],
        json={
            "customer": CUSTOMER,
            "accept_terms": True,
            "payment_method": "",
            "success_url": "https://shop.example.com/checkout/success",
            "cancel_url": "https://shop.example.com/checkout",
            "meta": {"timezone": TIMEZONE},
        },
    )
    order = anny.Order.from_document(order_doc)
    booking = anny.Booking.from_resource(_included(order_doc.data, "bookings")[0])
    p.say(f"order {order.number}: {order.status}, total {order.total}")

    p.step("6. Confirmation page and cancellation")
    found = anny.Booking.from_document(
        client.get(
            "/api/v1/bookings/by-number",
            params={"number": anny.validate_booking_number(booking.number or "")},
        )
    )
    local = ZoneInfo(view.timezone or TIMEZONE)
    start, end = found.start_date, found.end_date
    when = (
        f"{start.astimezone(local):%Y-%m-%d %H:%M}-{end.astimezone(local):%H:%M}"
        if start and end
        else "?"
    )
    p.say(f"booking {found.number}: {found.status.value}, {when} {local.key}")
    code = found.resource.get("code") if found.resource is not None else None
    by_code = {"code": code} if code else {}
    preview = client.get(f"/api/v1/bookings/{found.id}/cancellation-preview", params=by_code).data
    fee = f"{preview['fee_amount']} {preview['currency']}"
    p.say(f"cancellable: {preview['cancelable']}, fee {fee}, refund {preview['refund_amount']}")
    canceled = anny.Booking.from_document(
        client.get(f"/api/v1/bookings/{found.id}/cancel", params=by_code)
    )
    p.say(f"booking {canceled.number}: {canceled.status.value}")

    p.step("7. Availability again")
    p.say(f"slot {slot['start_date']} free again: "
          f"{_slot_is_free(client, service_id, str(room.id), slot)}")  # fmt: skip

    if token is None:
        return
    p.step("8. A paid booking, paid on the (sandbox) payment page")
    customer = client.with_options(default_headers={"Authorization": f"Bearer {token}"})
    paid_room = customer.get(
        f"/api/v1/resources/{PAID_RESOURCE}", params=anny.build_query(include=["services"])
    ).data
    paid_service = _service_id(paid_room, PAID_SERVICE)
    paid_slot = _first_free_slot(customer, p, paid_service, str(paid_room.id), today)
    cart = anny.Order.from_document(
        customer.post(
            "/api/v1/order/bookings", json=_cart_body(paid_slot, paid_service, str(paid_room.id))
        )
    )
    access = {"oid": cart.id, "oat": cart.access_token or ""}
    pending = customer.post(
        "/api/v1/order",
        params=access,
        json={
            "customer": CUSTOMER,
            "accept_terms": True,
            "payment_method": "sandbox-card",
            "success_url": "https://shop.example.com/checkout/success",
            "cancel_url": "https://shop.example.com/checkout",
            "meta": {"timezone": TIMEZONE},
        },
    )
    payment_url = pending.data.meta.get("payment_url")
    p.say(f"order {cart.number}: {pending.data.get('status')}, pay at {redact_url(payment_url)}")
    # The customer's browser would open payment_url; here the demo presses "Pay" itself.
    paid = httpx.post(payment_url, data={"action": "pay", "oat": access["oat"]})
    p.say(f"payment page answered {paid.status_code}, redirecting to {paid.headers['location']}")
    final = anny.Order.from_document(customer.get("/api/v1/order", params=access))
    p.say(f"order {final.number}: {final.status}, total {final.total}")
    mine = [b.get("number") for b in customer.paginate("/api/v1/bookings", page_size=10)]
    p.say(f"the customer's bookings: {', '.join(str(n) for n in mine)}")


def main(argv: list[str] | None = None, out: Callable[[str], None] = print) -> int:
    """Start the sandbox, run the flow through `anny`, stop the sandbox."""
    parser = argparse.ArgumentParser(description="A booking flow through anny on the sandbox.")
    parser.add_argument("--seed", help="a sandbox seed file (JSON or YAML) instead of the default")
    args = parser.parse_args(argv)

    from anny.sandbox import Sandbox  # optional extra: installed by `make demo`

    p = Printer(out)
    with Sandbox(seed=args.seed) as sb:
        p.out(f"anny {anny.__version__} -> sandbox at {sb.url}")
        http = httpx.Client(event_hooks={"response": [p.on_response]})
        with anny.Anny(base_url=sb.url, http_client=http, locale="en-US") as client:
            token = sb.issue_token(CUSTOMER["email"])["access_token"]
            # From tomorrow: a slot later today may already be inside the 2-hour cancellation
            # cut-off, and step 6 cancels it; tomorrow's first slot never is.
            run(client, p, today=dt.date.today() + dt.timedelta(days=1), token=token)
        http.close()
        ledger = sb.ledger()
    p.out(f"\n{p.requests} requests; sandbox ledger: {ledger.get('totals', ledger)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
