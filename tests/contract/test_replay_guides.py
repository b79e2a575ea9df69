"""Replay of the shapes anny's guides document (reference Addendum C7-C10, C12), raw HTTP,
through a Prism *proxy* of the spec to the sandbox.

Nobody was ever recorded calling communities, passes, the customer profile or vouchers
(Addendum B13), so these requests are written from the guides: the community account's
statuses and roles (C7), the booking passes (C8), the customer record and the global customer
account with `sex` as text or number and `birth_date` as a date (C9, C10), the voucher's
`voucher_code` (C12). Each request is built by hand (no helper of ours), goes through a Prism
proxy of the spec (``prism_proxies``: the flattened-first one for ``Accept: application/json``
twins, B11) to the sandbox and back; it must come back as the guide says, match the spec
(``ResponseValidator``), and Prism must report no violation of the spec in the request or in
the sandbox's answer (no ``sl-violations`` header). The last test shows the proxy does report:
the unevidenced voucher body ``{"code": ...}`` is a violation, and the sandbox refuses it too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from test_replay import (
    CART_BODY,
    DESK_BOTS,
    ERIKA,
    JSONAPI,
    START,
    Replay,
    is_collection,
    is_document,
    is_flat,
    send,
)

from anny_sandbox import Clock, Sandbox
from anny_sandbox.flatten import prefers_flat

from spec_tools import ResponseValidator

# Long and self-contained: runs on the other core (tests/offload_plugin.py).
pytestmark = pytest.mark.offload

MAX = "max.power@example.com"
READ = {"Accept": JSONAPI}
WRITE = {"Accept": JSONAPI, "Content-Type": JSONAPI}
#: The documented community attributes (C7), and nothing else.
COMMUNITY_ATTRIBUTES = {
    "name",
    "slug",
    "is_private",
    "allow_customer_requests",
    "auto_join_enabled",
    "include_all_services",
    "welcome_text",
}
PUBLIC = ["acme-coworkers", "acme-members", "acme-newsletter", "acme-partners"]


@dataclass
class Guide(Replay):
    """A documented request shape; ``who`` signs it in (``None``: anonymous)."""

    who: str | None = ERIKA

    def __post_init__(self) -> None:
        self.token = self.who is not None


def slugs(body: Any) -> list[str]:
    return [c["attributes"]["slug"] for c in body["data"]]


def only_documented(body: Any) -> bool:
    items = body["data"] if isinstance(body["data"], list) else [body["data"]]
    return all(set(c["attributes"]) == COMMUNITY_ATTRIBUTES for c in items)


def account(status: str, role: str) -> Callable[[Any], bool]:
    def check(body: Any) -> bool:
        attributes = body["data"]["attributes"]
        return body["data"]["type"] == "community-accounts" and (
            attributes["status"],
            attributes["role"],
        ) == (status, role)

    return check


def own_account(status: str, role: str) -> Callable[[Any], bool]:
    def check(body: Any) -> bool:
        linked = body["data"]["relationships"]["community_accounts"]["data"]
        return [
            (i["type"], i["attributes"]["status"], i["attributes"]["role"])
            for i in body.get("included", [])
        ] == [("community-accounts", status, role)] and len(linked) == 1

    return check


def customer(sex: object) -> Callable[[Any], bool]:
    def check(body: Any) -> bool:
        attributes = body["data"]["attributes"]
        documented = {"given_name", "family_name", "email", "mobile", "phone", "company"}
        return (
            documented | {"sex", "birth_date", "locale"} <= set(attributes)
            and attributes["sex"] == sex
        )

    return check


READS = [
    Guide(
        "communities-public",
        "C7: the public listing hides private communities",
        "GET",
        "/api/v1/communities",
        headers=READ,
        who=None,
        check=lambda b: is_collection(b) and slugs(b) == PUBLIC and only_documented(b),
    ),
    Guide(
        "communities-of-a-manager",
        "C7: a private community is listed to the customer who holds an account in it",
        "GET",
        "/api/v1/communities",
        "page[size]=10",
        READ,
        who=MAX,
        check=lambda b: sorted(slugs(b)) == sorted([*PUBLIC, "acme-staff"]),
    ),
    Guide(
        "community-with-own-account",
        "C7, B7: the membership read back through community_accounts",
        "GET",
        "/api/v1/communities/3001",
        "include=community_accounts",
        READ,
        check=lambda b: (
            is_document(b) and only_documented(b) and own_account("accepted", "member")(b)
        ),
    ),
    Guide(
        "private-community-of-its-manager",
        "C7: role manager",
        "GET",
        "/api/v1/communities/3004",
        "include=community_accounts",
        READ,
        who=MAX,
        check=own_account("accepted", "manager"),
    ),
    Guide(
        "customer-sex-as-text",
        "C9: the customer record; sex a string, birth_date Y-m-d, mobile, locale",
        "GET",
        "/api/v1/customer",
        headers=READ,
        check=lambda b: (
            customer("female")(b) and b["data"]["attributes"]["birth_date"] == "1990-04-12"
        ),
    ),
    Guide(
        "customer-sex-as-number",
        "C9: sex a number (anny's connector schema)",
        "GET",
        "/api/v1/customer",
        headers=READ,
        who=MAX,
        check=customer(1),
    ),
    Guide(
        "customer-account",
        "C9, C10: one global account (a UUID) linking the per-organization records",
        "GET",
        "/api/v1/customer-accounts",
        headers=READ,
        check=lambda b: (
            [
                (a["id"], [c["id"] for c in a["relationships"]["customers"]["data"]])
                for a in b["data"]
            ]
            == [("3f2b8c1e-6d4a-4b7e-9c21-5a8f0d1e2b3c", ["5001"])]
        ),
    ),
    Guide(
        "booking-passes",
        "C8: booking passes count a quantity, a duration or a budget",
        "GET",
        "/api/v1/passes",
        "filter[status]=active",
        READ,
        check=lambda b: (
            [(p["attributes"]["quota_type"], p["attributes"]["remaining"]) for p in b["data"]]
            == [("quantity", 7), ("duration", 480), ("budget", 62.5)]
        ),
    ),
    Guide(
        "budget-pass",
        "C8: a budget quota counts money",
        "GET",
        "/api/v1/passes/9503",
        headers=READ,
        check=lambda b: (
            (b["data"]["attributes"]["remaining"], b["data"]["attributes"]["currency"])
            == (62.5, "EUR")
        ),
    ),
]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """This module's sandbox on the replay suite's frozen clock; ``prism_proxies`` (conftest)
    puts two Prism proxies of the spec in front of it (JSON:API, and flattened first)."""
    with Sandbox(clock=Clock(start=START, frozen=True)) as sb:
        yield sb


def through(sandbox: Sandbox, proxies: tuple[str, str], case: Guide) -> httpx.Response:
    """``case`` sent raw through a proxy (the flattened-first one for ``Accept:
    application/json``); the answer checked against the guide and the spec."""
    token = sandbox.issue_token(case.who)["access_token"] if case.who else None
    accept = " ".join(v for h, v in case.headers.items() if h.lower() == "accept")
    response = send(proxies[1] if prefers_flat(accept) else proxies[0], case, token)
    assert response.headers.get("sl-violations") is None, (
        f"{case.source}: Prism violations {response.headers['sl-violations']}"
    )
    assert response.status_code == case.status, f"{case.source}: {response.text[:500]}"
    if response.status_code != 204:
        assert case.check(response.json()), f"{case.source}: {response.text[:800]}"
    if not prefers_flat(accept):
        VALIDATOR.validate(response)
    return response


def flat(case: Guide, check: Callable[[Any], bool]) -> Guide:
    """``case`` asking for anny's flattened form (``Accept: application/json``, B11), as the
    replay suite's ``flat_twin`` does."""
    headers = {k: v for k, v in case.headers.items() if k.lower() != "accept"}
    return Guide(
        **{
            **vars(case),
            "id": f"{case.id}-flat",
            "source": f"{case.source}, flattened (Accept: application/json, B11)",
            "headers": {**headers, "Accept": "application/json"},
            "check": lambda b: is_flat(b) and check(b),
        }
    )


VALIDATOR = ResponseValidator()


BY_ID = {c.id: c for c in READS}
#: The same reads flattened: what anny's connector reads (B11), attribute names included.
FLAT_READS = [
    flat(
        BY_ID["communities-public"],
        lambda b: (
            [c["slug"] for c in b["data"]] == PUBLIC
            and all(
                set(c) - {"id", "organization", "community_accounts"} == COMMUNITY_ATTRIBUTES
                for c in b["data"]
            )
        ),
    ),
    flat(
        BY_ID["community-with-own-account"],
        lambda b: (
            [(a["status"], a["role"]) for a in b["data"]["community_accounts"]]
            == [("accepted", "member")]
        ),
    ),
    flat(
        BY_ID["customer-sex-as-number"],
        lambda b: (b["data"]["sex"], b["data"]["mobile"]) == (1, None),
    ),
    flat(
        BY_ID["customer-account"],
        lambda b: [c["id"] for c in b["data"][0]["customers"]] == ["5001"],
    ),
    flat(
        BY_ID["booking-passes"],
        lambda b: [p["quota_type"] for p in b["data"]] == ["quantity", "duration", "budget"],
    ),
]


@pytest.mark.parametrize("case", READS + FLAT_READS, ids=[c.id for c in READS + FLAT_READS])
def test_documented_reads_pass_the_proxy(
    sandbox: Sandbox, prism_proxies: tuple[str, str], case: Guide
) -> None:
    sandbox.reset()
    through(sandbox, prism_proxies, case)


def test_documented_writes_pass_the_proxy(sandbox: Sandbox, prism_proxies: tuple[str, str]) -> None:
    """Join (pending, again, refused, accepted with a code), update the customer record with
    `sex` as text and as a number and a `birth_date`, apply a voucher by `voucher_code`."""
    sandbox.reset()
    bare = {"data": {"type": "community-accounts"}}
    join = "/api/v1/communities/{}/join"
    steps = [
        Guide(
            "join-pending",
            "C7: takes requests",
            "POST",
            join.format(3003),
            headers=WRITE,
            body=bare,
            status=201,
            check=account("pending", "member"),
        ),
        Guide(
            "join-again",
            "C7: the same request",
            "POST",
            join.format(3003),
            headers=WRITE,
            body=bare,
            check=account("pending", "member"),
        ),
        Guide(
            "join-invite-only",
            "C7: takes no requests",
            "POST",
            join.format(3005),
            headers=WRITE,
            body=bare,
            status=403,
            check=lambda b: b["errors"][0]["status"] == "403",
        ),
        Guide(
            "join-auto",
            "C7: auto_join_enabled",
            "POST",
            join.format(3002),
            headers=WRITE,
            body=bare,
            status=201,
            check=account("accepted", "member"),
        ),
        Guide(
            "join-with-code",
            "C7 (access code inferred)",
            "POST",
            join.format(3001),
            headers=WRITE,
            body={
                "data": {"type": "community-accounts", "attributes": {"access_code": "ACME-2026"}}
            },
            who=MAX,
            status=201,
            check=account("accepted", "member"),
        ),
        Guide(
            "update-sex-text",
            "C9",
            "PATCH",
            "/api/v1/customer",
            headers=WRITE,
            body={
                "data": {
                    "type": "customers",
                    "attributes": {
                        "sex": "diverse",
                        "birth_date": "1991-02-28",
                        "mobile": "+49 171 7654321",
                        "locale": "en",
                    },
                }
            },
            check=customer("diverse"),
        ),
        Guide(
            "update-sex-number",
            "C9",
            "PATCH",
            "/api/v1/customer",
            headers=WRITE,
            body={"data": {"type": "customers", "attributes": {"sex": 2}}},
            check=lambda b: customer(2)(b) and b["data"]["attributes"]["locale"] == "en",
        ),
        Guide(
            "leave-pending",
            "C7: withdraw the request",
            "DELETE",
            "/api/v1/communities/3003/membership",
            headers=READ,
            status=204,
            check=lambda b: b is None,
        ),
    ]
    join_again = next(step for step in steps if step.id == "join-auto")
    steps += [
        flat(
            Guide(**{**vars(join_again), "status": 200}),
            lambda b: (b["data"]["status"], b["data"]["role"]) == ("accepted", "member"),
        ),
        flat(
            Guide(
                "update-flat",
                "C9",
                "PATCH",
                "/api/v1/customer",
                headers=WRITE,
                body={"data": {"type": "customers", "attributes": {"sex": "female"}}},
            ),
            lambda b: (b["data"]["sex"], b["data"]["birth_date"]) == ("female", "1991-02-28"),
        ),
    ]
    for step in steps:
        through(sandbox, prism_proxies, step)

    cart = through(
        sandbox,
        prism_proxies,
        Guide(
            "cart",
            "§4.3 add to cart",
            "POST",
            "/api/v1/order/bookings",
            "stateless=1",
            DESK_BOTS,
            body=CART_BODY,
            status=201,
            check=is_document,
        ),
    ).json()["data"]
    ids = f"oid={cart['id']}&oat={cart['attributes']['access_token']}"
    voucher = Guide(
        "voucher",
        "C12: voucher_code",
        "POST",
        "/api/v1/order/voucher",
        ids,
        WRITE,
        body={"voucher_code": "WELCOME10"},
        who=None,
        check=lambda b: b["data"]["meta"]["voucher_code"] == "WELCOME10",
    )
    through(sandbox, prism_proxies, voucher)


def test_the_unevidenced_voucher_body_is_a_violation_and_refused(
    sandbox: Sandbox, prism_proxies: tuple[str, str]
) -> None:
    """The proxy does report: `{"code": ...}` breaks the spec (C12); and the sandbox, asked
    directly, refuses it with a 422 that names the field, as a strict API would."""
    proxy = prism_proxies[0]
    sandbox.reset()
    token = sandbox.issue_token(ERIKA)["access_token"]
    cart = send(
        sandbox.url,
        Guide(
            "cart",
            "§4.3",
            "POST",
            "/api/v1/order/bookings",
            "stateless=1",
            DESK_BOTS,
            body=CART_BODY,
        ),
        token,
    ).json()["data"]
    ids = f"oid={cart['id']}&oat={cart['attributes']['access_token']}"
    old = Guide(
        "old-voucher",
        "no evidence",
        "POST",
        "/api/v1/order/voucher",
        ids,
        WRITE,
        body={"code": "WELCOME10"},
        who=None,
    )
    flagged = send(proxy, old, None)
    # Prism says why in `sl-violations` (under --errors it would answer a 422 of its own).
    if "sl-violations" in flagged.headers:
        messages = [v["message"] for v in json.loads(flagged.headers["sl-violations"])]
    else:
        assert flagged.headers["content-type"] == "application/problem+json"
        messages = [v["message"] for v in flagged.json()["validation"]]
    assert any("voucher_code" in m for m in messages), messages
    assert any("'code'" in m for m in messages), messages
    refused = send(sandbox.url, old, None)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["source"]["pointer"] == "/code"
    assert sandbox.store.orders[cart["id"]].voucher_id is None
