"""Replay: the requests real, independent clients of anny send, byte for byte, to the sandbox
AND to Stoplight Prism mocking the spec.

Each case is one request shape from /work/shared/reference/anny-customer-api.md (Appendix A
clients, the query lines of §4, Addendum B): same method, path, raw query string (brackets,
``%3A``/``%2B`` escapes and parameter order exactly as the client writes them), headers and
body. Only the ids are the sandbox seed's (service 7003 and desks under 8002 stand in for a
library's desk service 449 and its child resources). The URL is handed to httpx pre-encoded,
so nothing is re-encoded or reordered on the way.

- The sandbox must answer as the evidence says (status and body shape), and its answer must
  match the spec (``ResponseValidator``).
- Prism must find no violation: no ``sl-violations`` header, a 2xx status. What that proves is
  limited by Prism 5.x: it validates the path, the method, the security requirement, the
  request body against its schema, the ``Content-Type``, and query parameters whose declared
  names have no brackets (``date``, ``timezone``, ``resource_id``, ``date_time``, ``duration``,
  ``include``, ``oid``/``oat``, ``access_token``). It does not validate bracketed names
  (``filter[x]``, ``page[size]``, ``r[]``; stoplightio/prism#2017), and it reads a
  ``deepObject`` only by declared ``properties``, so the service-quantity map arrives as ``{}``
  and its keys and values are not checked (the sandbox and tests/spec check them instead).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from contract_helpers import SPEC_PATH

from anny_sandbox import Clock, Sandbox
from anny_sandbox.flatten import prefers_flat

from spec_tools import ResponseValidator, resolve

# Long and self-contained: runs on the other core (tests/offload_plugin.py).
pytestmark = pytest.mark.offload

JSONAPI = "application/vnd.api+json"
# Monday 2026-11-23, 08:00 in Berlin, frozen.
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
ERIKA = "erika.mustermann@example.com"
ACCOUNT = "3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c"

# The headers each client family sends (§2.1, §3.8).
DESK_BOTS = {
    "accept": JSONAPI,
    "content-type": JSONAPI,
    "origin": "https://anny.eu",
    "referer": "https://anny.eu/",
    "user-agent": "Mozilla/5.0",
}
N8N_AVAILABILITY = {"Accept": "application/json", "Content-Type": "application/json"}
TUE_CLIENT = {"Accept": JSONAPI, "x-app-key": "anny_shop"}
EMP_ACCESS = {"Accept": "application/vnd.api+json, application/json"}
EDGE_EXT = {"accept": JSONAPI, "content-type": JSONAPI, "x-app-key": "anny_shop"}


def is_list(body: Any) -> bool:
    return isinstance(body, list)


def is_collection(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("data"), list) and "meta" in body


def is_document(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("data"), dict) and "id" in body["data"]


@dataclass
class Replay:
    """One recorded request shape and what the evidence says comes back."""

    id: str
    source: str
    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    token: bool = False
    status: int = 200
    check: Callable[[Any], bool] = is_list

    def url(self, base: str) -> str:
        return f"{base}{self.path}" + (f"?{self.query}" if self.query else "")


WINDOW_FROM = "2026-11-24T09:00:00%2B01:00"
WINDOW_TO = "2026-11-24T11:00:00%2B01:00"
INCLUDE_CART = (
    "customer,voucher,bookings.booking_add_ons.add_on.cover_image,bookings.sub_bookings.resource,"
    "bookings.sub_bookings.service,bookings.customer,bookings.service.custom_forms.custom_fields,"
    "bookings.cancellation_policy,bookings.resource.cover_image,bookings.resource.parent,"
    "bookings.resource.location,bookings.resource.category,sub_orders.bookings"
)
CART_BODY = {
    "resource_id": ["8003"],
    "service_id": {"7003": 1},
    "start_date": "2026-11-24T09:00:00+01:00",
    "end_date": "2026-11-24T10:00:00+01:00",
    "description": "",
    "customer_note": "",
    "add_ons_by_service": {"7003": [[]]},
    "sub_bookings_by_service": {},
    "strategy": "multi-resource",
}

CASES = [
    Replay(
        "volta-availability-start",
        "Volta Pong edge function, sent with no headers at all (§4.2)",
        "GET",
        "/api/v1/availability/start",
        "service_id=7001&resource_id=8001&date=2026-11-24&duration=60&timezone=Europe/Zurich",
    ),
    Replay(
        "emp-access-start-dates",
        "emp-access anny-availability.ts, plain service_id (§4.2, B2)",
        "GET",
        "/api/v1/availability/start-dates",
        "service_id=7003&start_date=2026-11-24&end_date=2026-11-30&timezone=Europe/Berlin"
        "&resource_id=8002",
        EMP_ACCESS,
    ),
    Replay(
        "tue-client-start-dates",
        "Tübingen client fetch_start_dates, the quantity map (B2)",
        "GET",
        "/api/v1/availability/start-dates",
        "service_id[7003]=1&start_date=2026-11-24&end_date=2026-11-30&timezone=Europe/Berlin",
        TUE_CLIENT,
    ),
    Replay(
        "emp-access-periods",
        "emp-access anny-slot-usage.ts: r[] and URL-encoded offsets (§4.2)",
        "GET",
        "/api/v1/availability/periods",
        "r[]=8001&start_date=2026-11-24T00%3A00%3A00%2B01%3A00"
        "&end_date=2026-11-24T23%3A59%3A59%2B01%3A00&timezone=Europe%2FBerlin",
        EMP_ACCESS,
        check=lambda b: isinstance(b, dict) and isinstance(b.get("8001"), list) and b["8001"],
    ),
    Replay(
        "emp-access-slots",
        "emp-access tries slots before periods (§4.2)",
        "GET",
        "/api/v1/availability/slots",
        "r[]=8020&start_date=2026-11-28T00%3A00%3A00%2B01%3A00"
        "&end_date=2026-11-28T23%3A59%3A59%2B01%3A00&timezone=Europe%2FBerlin",
        EMP_ACCESS,
        check=lambda b: isinstance(b, dict) and isinstance(b.get("8020"), list),
    ),
    Replay(
        "tue-client-service-configuration",
        "Tübingen client fetch_service_configuration (§4.1, B2)",
        "GET",
        "/api/v1/service-configuration",
        "service_id[7003]=1&resource_id=8002&timezone=Europe/Berlin"
        "&include=services.add_ons,services.add_ons.cover_image,services.add_ons.group,"
        "services.cover_image,services.service_sub_resources",
        TUE_CLIENT,
        check=lambda b: is_document(b) and "next_available_date" in b["meta"],
    ),
    Replay(
        "n8n-upcoming-intervals",
        "anny-n8n Anny.node.ts lines 1463-1468, availability headers (B1, B2)",
        "GET",
        "/api/v1/availability/upcoming-intervals",
        "service_id[7003]=1&timezone=Europe/Berlin&start_date=2026-11-24T00:00:00%2B01:00",
        N8N_AVAILABILITY,
        check=lambda b: (
            isinstance(b, dict) and isinstance(b["data"], list) and "page_end_date" in b
        ),
    ),
    Replay(
        "n8n-intervals-start-without-resource",
        "anny-n8n: resource_id sent only when set (B3)",
        "GET",
        "/api/v1/intervals/start",
        "date=2026-11-24&service_id[7003]=1&timezone=Europe/Berlin",
        N8N_AVAILABILITY,
    ),
    Replay(
        "tue-client-intervals-start",
        "Tübingen client _fetch_intervals (§4.2)",
        "GET",
        "/api/v1/intervals/start",
        "date=2026-11-24&resource_id=8002&service_id[7003]=1&timezone=Europe/Berlin",
        TUE_CLIENT,
        check=lambda b: is_list(b) and len(b) > 0,
    ),
    Replay(
        "kit-script-intervals-start",
        "KIT desk script, with the misspelt ressource_id (§4.2)",
        "GET",
        "/api/v1/intervals/start",
        "date=2026-11-24&service_id[7003]=1&ressource_id=8003&timezone=Europe/Berlin",
        check=lambda b: is_list(b) and len(b) > 0,
    ),
    Replay(
        "tue-client-intervals-end",
        "Tübingen client: possible ends once a start is chosen (§4.2)",
        "GET",
        "/api/v1/intervals/end",
        "date_time=2026-11-24T09:00:00%2B01:00&resource_id=8003&service_id[7003]=1"
        "&timezone=Europe/Berlin",
        TUE_CLIENT,
        check=lambda b: is_list(b) and len(b) > 0,
    ),
    Replay(
        "tue-client-calendar-events",
        "Tübingen client: calendar with resource_id[] (§4.2)",
        "GET",
        "/api/v1/calendar-events",
        "start_date=2026-11-24T00:00:00%2B01:00&end_date=2026-11-25T00:00:00%2B01:00"
        "&resource_id[]=8001&timezone=Europe/Berlin",
        TUE_CLIENT,
        check=lambda b: isinstance(b["data"]["events"], list),
    ),
    Replay(
        "desk-bots-children",
        "desk bots and KIT script: the children filter line (§4.1)",
        "GET",
        "/api/v1/resources/open-space-desks/children",
        f"page[number]=1&page[size]=250&filter[available_from]={WINDOW_FROM}"
        f"&filter[available_to]={WINDOW_TO}&filter[availability_exact_match]=1"
        "&filter[availability_service_id]=7003&filter[exclude_hidden]=0"
        "&filter[exclude_child_resources]=0&filter[include_unavailable]=0&filter[pre_order_ids]="
        "&sort=name",
        DESK_BOTS,
        token=True,
        check=lambda b: is_collection(b) and len(b["data"]) == 4,
    ),
    Replay(
        "desk-bots-locations",
        "schlagmichdoch/anny-booking-automation: planner locations (§4.1)",
        "GET",
        "/api/v1/resources/locations",
        f"filter[include_unavailable]=1&filter[customer_account_id]={ACCOUNT}"
        "&filter[exclude_child_resources]=0&filter[use_view_options]=1"
        "&filter[start_date]=2026-11-24+00:00:00&filter[end_date]=2026-11-24+23:59:59",
        DESK_BOTS,
        token=True,
        check=lambda b: isinstance(b.get("resourceLocations"), list),
    ),
    Replay(
        "tue-client-organization-resources",
        "Tübingen client: the organization's resource list (§4.1)",
        "GET",
        "/api/v1/organizations/acme-gmbh/all-resources",
        "include=category,cover_image,resource_properties.property,services,organization,"
        "location,communities&page[number]=1&page[size]=50&sort=name&stateless=1",
        TUE_CLIENT,
        check=is_collection,
    ),
    Replay(
        "desk-bots-customer-account-resources",
        "desk bots: the resources of the signed-in customer account (§4.1)",
        "GET",
        f"/api/v1/customer-accounts/{ACCOUNT}/all-resources",
        "page[number]=1&page[size]=50&sort=name&include=services",
        DESK_BOTS,
        token=True,
        check=is_collection,
    ),
    Replay(
        "tue-client-resource-detail",
        "Tübingen client: resource detail includes (§4.1)",
        "GET",
        "/api/v1/resources/open-space-desks",
        "include=cover_image,schedules,gallery_images,category,location,files,"
        "organization.address,organization.logo_image,services.cancellation_policy,"
        "services.cover_image,services.group,resource_properties.property,communities,"
        "all_communities",
        TUE_CLIENT,
        check=is_document,
    ),
    Replay(
        "plexams-bookings",
        "obcode/plexams.go: upcoming bookings, page size 100 (§4.4)",
        "GET",
        "/api/v1/bookings",
        "filter[upcoming_only]=1&page[size]=100&sort=start_date",
        {"Accept": JSONAPI},
        token=True,
        check=is_collection,
    ),
    Replay(
        "py-client-bookings-by-resource",
        "bookings filtered by one resource, filter[resources]=<id> (B4)",
        "GET",
        "/api/v1/bookings",
        "filter[resources]=8002&include=resource,service,order&page[size]=30",
        {"Accept": JSONAPI},
        token=True,
        check=is_collection,
    ),
    Replay(
        "tue-client-quote",
        "Tübingen client: a price quote with the flat body (§4.3)",
        "POST",
        "/api/v1/order/bookings/calculate",
        "check_availability=1",
        {"Accept": JSONAPI, "Content-Type": JSONAPI},
        body={
            **{k: v for k, v in CART_BODY.items() if k != "strategy"},
            "timeslot_series_id": None,
            "prevent_applying_default_quota": False,
        },
        check=lambda b: isinstance(b, dict) and "total" in b and "currency" in b,
    ),
    Replay(
        "desk-bots-add-to-cart",
        "wiestju/anny-booking-automation booking/client.py: add to cart (§4.3)",
        "POST",
        "/api/v1/order/bookings",
        f"stateless=1&include={INCLUDE_CART}",
        DESK_BOTS,
        body=CART_BODY,
        token=True,
        status=201,
        check=lambda b: is_document(b) and b["data"]["attributes"]["status"] == "draft",
    ),
]


def is_flat(body: Any) -> bool:
    """The flattened form (B11): records with ``id`` and their attributes side by side."""
    if not isinstance(body, dict) or "data" not in body:
        return False
    if isinstance(body["data"], list):  # a page: the normalized page meta, maybe no records
        records = body["data"]
        if "current_page" not in body.get("meta", {}):
            return False
    else:
        records = [body["data"]]
    return all(
        isinstance(r, dict) and "id" in r and "attributes" not in r and "relationships" not in r
        for r in records
    )


def answers_jsonapi(case: Replay) -> bool:
    """Whether the case's success answer is a JSON:API document, which the sandbox (like
    anny) flattens for ``Accept: application/json``: then the spec must declare that form."""
    found = ResponseValidator().operation(case.method, case.path)
    assert found is not None, case.id
    response = found[1]["responses"].get(str(case.status), {})
    return JSONAPI in response.get("content", {})


def flat_twin(case: Replay) -> Replay:
    """The same request with anny's connector's ``Accept: application/json`` (B11)."""
    headers = {k: v for k, v in case.headers.items() if k.lower() != "accept"}
    return Replay(
        **{
            **case.__dict__,
            "id": f"{case.id}-flat",
            "source": f"{case.source}, flattened (Accept: application/json, B11)",
            "headers": {**headers, "Accept": "application/json"},
            "check": is_flat,
        }
    )


#: Every JSON:API read and write of the replay suite once more, asking for the flattened form,
#: plus the connector's own credential test (anny-n8n `transport.ts`, B11).
FLAT_CASES = [flat_twin(c) for c in CASES if answers_jsonapi(c)] + [
    Replay(
        "n8n-user-flat",
        "anny-n8n credential test: GET /api/v1/user with Accept: application/json (B11)",
        "GET",
        "/api/v1/user",
        "",
        {"Accept": "application/json"},
        token=True,
        check=lambda b: is_flat(b) and b["data"]["email"] == ERIKA,
    ),
]
assert len(FLAT_CASES) >= 8, [c.id for c in FLAT_CASES]

CASES_BY_ID = {c.id: c for c in CASES}
CASES_BY_ID["desk-bots-add-to-cart-later"] = Replay(
    **{
        **CASES_BY_ID["desk-bots-add-to-cart"].__dict__,
        "id": "desk-bots-add-to-cart-later",
        "body": {
            **CART_BODY,
            "start_date": "2026-11-24T15:00:00+01:00",
            "end_date": "2026-11-24T16:00:00+01:00",
        },
    }
)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(clock=Clock(start=START, frozen=True)) as sb:
        yield sb


@pytest.fixture(scope="module")
def validator() -> ResponseValidator:
    return ResponseValidator()


def send(base: str, case: Replay, token: str | None) -> httpx.Response:
    headers = dict(case.headers)
    if case.token and token:
        headers["authorization"] = f"Bearer {token}"
    content = json.dumps(case.body).encode() if case.body is not None else None
    with httpx.Client(timeout=15.0) as http:
        request = http.build_request(case.method, case.url(base), headers=headers, content=content)
        # Byte for byte: the query string is exactly the recorded one.
        assert request.url.raw_path.decode().partition("?")[2] == case.query
        return http.send(request)


@pytest.mark.parametrize("case", CASES + FLAT_CASES, ids=[c.id for c in CASES + FLAT_CASES])
def test_replay_against_the_sandbox(
    sandbox: Sandbox, validator: ResponseValidator, case: Replay
) -> None:
    sandbox.reset()
    token = sandbox.issue_token(ERIKA)["access_token"] if case.token else None
    response = send(sandbox.url, case, token)
    assert response.status_code == case.status, f"{case.source}: {response.text[:500]}"
    assert case.check(response.json()), f"{case.source}: {response.text[:500]}"
    validator.validate(response)


SPEC_VALIDATOR = ResponseValidator()
assert SPEC_VALIDATOR.spec["info"]["title"] in SPEC_PATH.read_text(encoding="utf-8")


def plain_json_only(case: Replay) -> bool:
    """The operation answers only plain ``application/json`` and the client does not accept it.

    anny answers such calls anyway (the Tübingen client and the desk bots send only
    ``Accept: application/vnd.api+json`` to plain-JSON endpoints and read the answer); Prism's
    mock negotiates strictly and says 406 before producing a body. That is no request violation.
    """
    found = SPEC_VALIDATOR.operation(case.method, case.path)
    assert found is not None
    _, op = found
    media = {
        m
        for status, response in op["responses"].items()
        if str(status).startswith("2")
        for m in resolve(SPEC_VALIDATOR.spec, response).get("content", {})
    }
    accept = " ".join(v for h, v in case.headers.items() if h.lower() == "accept")
    return media == {"application/json"} and bool(accept) and "application/json" not in accept


def assert_prism_accepts(response: httpx.Response, case: Replay) -> None:
    found = response.headers.get("sl-violations")
    assert found is None, f"{case.source}: Prism violations {found}"
    if response.status_code == 406 and plain_json_only(case):
        assert response.json()["type"].endswith("#NOT_ACCEPTABLE")
        return
    assert 200 <= response.status_code < 300, f"{case.source}: {response.text[:500]}"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_replay_against_prism(prism_url: str, case: Replay) -> None:
    # The flattened twins go through the proxies below: Prism's mock cannot answer them (it
    # judges its own flattened example by the JSON:API schema, see `flattened_first`).
    assert_prism_accepts(send(prism_url, case, "prism-token"), case)


@pytest.mark.parametrize("case", CASES + FLAT_CASES, ids=[c.id for c in CASES + FLAT_CASES])
def test_replay_through_a_prism_proxy_of_the_sandbox(
    sandbox: Sandbox, prism_proxies: tuple[str, str], case: Replay
) -> None:
    """Prism as a proxy in front of the sandbox: the request AND the sandbox's real answer
    are validated against the spec; zero violations, the flattened answers included."""
    sandbox.reset()
    token = sandbox.issue_token(ERIKA)["access_token"] if case.token else None
    jsonapi_proxy, flat_proxy = prism_proxies
    accept = " ".join(v for h, v in case.headers.items() if h.lower() == "accept")
    response = send(flat_proxy if prefers_flat(accept) else jsonapi_proxy, case, token)
    found = response.headers.get("sl-violations")
    assert found is None, f"{case.source}: Prism violations {found}"
    assert response.status_code == case.status, f"{case.source}: {response.text[:500]}"
    assert case.check(response.json()), f"{case.source}: {response.text[:500]}"
    if case in FLAT_CASES:
        assert response.headers["content-type"] == "application/json"


def test_prism_proxy_flags_a_flattened_answer_judged_as_json_api(
    sandbox: Sandbox, prism_proxies: tuple[str, str]
) -> None:
    """The canary for ``flattened_first``: through the proxy of the spec as written, Prism
    judges an ``application/json`` answer by the JSON:API schema (it matches media types by
    suffix and takes the first), so the flattened form must go through the other proxy."""
    sandbox.reset()
    [case] = [c for c in FLAT_CASES if c.id == "tue-client-resource-detail-flat"]
    response = send(prism_proxies[0], case, None)
    assert response.status_code == 200  # a proxy passes the answer through, and reports
    assert "required property 'type'" in (response.headers.get("sl-violations") or "")


def test_cart_flow_replay(sandbox: Sandbox, prism_url: str, prism_proxies: tuple[str, str]) -> None:
    """The desk bots' whole sequence (§5.2): add, checkout form, submit, and on failure
    delete-all, with oid/oat in the query exactly as they send them. Every step goes to the
    sandbox through the Prism proxy (request and real answer validated: zero violations)."""
    sandbox.reset()
    token = sandbox.issue_token(ERIKA)["access_token"]
    via = prism_proxies[0]

    def through_proxy(step: Replay) -> httpx.Response:
        answer = send(via, step, token)
        found = answer.headers.get("sl-violations")
        assert found is None, f"{step.source}: Prism proxy violations {found}"
        return answer

    cart = through_proxy(CASES[-1]).json()["data"]
    oid, oat = cart["id"], cart["attributes"]["access_token"]
    steps = [
        Replay(
            "checkout-form",
            "desk bots: checkout form (§4.3)",
            "GET",
            "/api/ui/checkout-form",
            f"oid={oid}&oat={oat}&stateless=1",
            DESK_BOTS,
            token=True,
            check=lambda b: "default" in b,
        ),
        Replay(
            "submit",
            "desk bots: submit checkout (§4.3)",
            "POST",
            "/api/v1/order",
            f"oid={oid}&oat={oat}&stateless=1&include={INCLUDE_CART}",
            DESK_BOTS,
            body={
                "customer": {
                    "given_name": "Erika",
                    "family_name": "Mustermann",
                    "email": ERIKA,
                },
                "accept_terms": True,
                "payment_method": "",
                "success_url": f"https://anny.eu/checkout/success?oids={oid}&oats={oat}",
                "cancel_url": "https://anny.eu/checkout?step=checkout&childResource=8003",
                "meta": {"timezone": "Europe/Berlin"},
            },
            token=True,
            check=lambda b: is_document(b) and b["data"]["attributes"]["status"] == "accepted",
        ),
    ]
    validator = ResponseValidator()
    for step in steps:
        answer = through_proxy(step)
        assert answer.status_code == step.status, f"{step.source}: {answer.text[:500]}"
        assert step.check(answer.json()), step.source
        validator.validate(answer)
        assert_prism_accepts(send(prism_url, step, "prism-token"), step)

    booking_id = next(
        b["id"]
        for b in through_proxy(CASES_BY_ID["plexams-bookings"]).json()["data"]
        if b["attributes"]["start_date"].startswith("2026-11-24T08:00")
    )
    second = through_proxy(CASES_BY_ID["desk-bots-add-to-cart-later"]).json()["data"]
    after = [
        Replay(
            "cancel",
            "anny-n8n / emp-access: GET cancels, with the JSON:API Accept (§4.4)",
            "GET",
            f"/api/v1/bookings/{booking_id}/cancel",
            "",
            {"Accept": JSONAPI, "Content-Type": JSONAPI},
            token=True,
            check=lambda b: b["data"]["attributes"]["status"] == "canceled",
        ),
        Replay(
            "delete-all",
            "wiestju/anny-booking-automation PR 11: empty the cart after a failure (§4.3)",
            "GET",
            "/api/v1/order/bookings/delete-all",
            f"oid={second['id']}&oat={second['attributes']['access_token']}&stateless=1"
            f"&include={INCLUDE_CART}",
            DESK_BOTS,
            token=True,
            check=lambda b: b["data"]["relationships"]["bookings"]["data"] == [],
        ),
        Replay(
            "instant",
            "nightillusions/anny-auto-scheduler bridge-main.js: instant booking (§4.3, B9)",
            "POST",
            "/api/v1/bookings/instant",
            "",
            EDGE_EXT,
            body={
                "resource_id": "8001",
                "service_id": "7001",
                "start_date": "2026-11-25T09:00:00+01:00",
                "end_date": "2026-11-25T10:00:00+01:00",
            },
            token=True,
            status=201,
            check=lambda b: b["data"]["type"] == "bookings",
        ),
    ]
    for step in after:
        answer = through_proxy(step)
        assert answer.status_code == step.status, f"{step.source}: {answer.text[:500]}"
        assert step.check(answer.json()), step.source
        validator.validate(answer)
        assert_prism_accepts(send(prism_url, step, "prism-token"), step)


@pytest.mark.parametrize("target", ["sandbox", "prism"])
def test_replay_with_a_bad_date_is_refused(sandbox: Sandbox, prism_url: str, target: str) -> None:
    (good,) = [c for c in CASES if c.id == "tue-client-intervals-start"]
    bad = Replay(**{**good.__dict__, "query": good.query.replace("2026-11-24", "24.11.2026")})
    response = send(sandbox.url if target == "sandbox" else prism_url, bad, None)
    assert response.status_code == 422
    if target == "prism":
        assert "date" in (response.headers.get("sl-violations") or "")
    else:
        assert response.json()["errors"][0]["source"] == {"parameter": "date"}
