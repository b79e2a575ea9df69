"""Seeded generator of hostile HTTP answers for the fuzz target (a uniquely named module).

`answer(case, seed)` is a pure function of its arguments: case N of seed S is the same
bytes, status and headers on every machine and every run, so a failure is replayed by its
number alone.
"""

from __future__ import annotations

import json
import random
from typing import Any

import attrs

JSONAPI = "application/vnd.api+json"

CONTENT_TYPES = [
    JSONAPI,
    JSONAPI,
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "text/html; charset=utf-8",
    "text/plain",
    "",
    "application/json; charset=latin-1",
]
STATUSES = [200] * 12 + [201, 202, 204, 400, 401, 403, 404, 409, 415, 422, 429, 500, 503]
TYPES = ["bookings", "orders", "resources", "services", "organizations", "customers", "x-new"]
VIEW_FIELDS = [
    "number",
    "status",
    "start_date",
    "end_date",
    "created_at",
    "canceled_at",
    "expires_at",
    "total",
    "price",
    "currency",
    "min_duration",
    "max_duration",
    "name",
    "slug",
    "description",
    "customer_note",
    "access_token",
    "has_children",
    "bookings_enabled",
    "timezone",
    "full_name",
    "email",
    "locale",
]
META_FIELDS = ["cancelable_until", "pay_now_amount", "download_url", "supports_instant_booking"]

# Raw JSON number tokens a server (or a proxy, or an attacker) might send.
HUGE_TOKENS = [
    "1e2000000",
    "-1e2000000",
    "1e-2000000",
    "1E400",
    "-0",
    "0e99999999",
    "9" * 4300,
    "9" * 4301,
    "1" + "0" * 5000,
    "123456789012345678901234567890.123456789",
    "NaN",
    "Infinity",
    "-Infinity",
    "1.7976931348623157e309",
]
HOSTILE_STRINGS = [
    "",
    " ",
    "²",
    "1" * 4301,
    "٣",
    "\x00",
    "\ud800",
    "9" * 40,
    "-1",
    "2026-02-30T25:61:61+99:99",
    "2026-04-15T09:00:00." + "1" * 5000 + "+02:00",
    "9999-12-31T23:59:59-23:59",
    "0000-01-01",
    "http://[::1",
    "//evil.test/x",
    "https://evil.test/api/v1/bookings?page[number]=2",
    "/api/v1/bookings?page[number]=2",
    "/api/v1/bookings?page%5Bnumber%5D=%ZZ",
    "javascript:alert(1)",
    "\u202e\u0000\uffff",
    "a" * 10_000,
    "1e2000000",
    "NaN",
    "reserved",
    "ACCEPTED",
    "EUR",
]


_ALPHABET = "abc-_./?&=%[]0123456789 xyz"


@attrs.frozen
class Answer:
    """One fuzzed HTTP answer."""

    status: int
    headers: dict[str, str]
    body: bytes
    kind: str


def scalar(rng: random.Random) -> Any:
    pick = rng.randrange(10)
    if pick == 0:
        return None
    if pick == 1:
        return rng.choice([True, False])
    if pick == 2:
        return rng.randint(-(2**70), 2**70)
    if pick == 3:
        return rng.choice([0.0, -0.0, 1e308, 5e-324, rng.uniform(-1e6, 1e6)])
    if pick in (4, 5):
        return rng.choice(HOSTILE_STRINGS)
    start = rng.randrange(len(_ALPHABET))
    return _ALPHABET[start : start + rng.randrange(12)]


def any_json(rng: random.Random, depth: int = 0) -> Any:
    pick = rng.randrange(10 if depth < 5 else 4)
    if pick < 4:
        return scalar(rng)
    if pick < 7:
        return [any_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [*VIEW_FIELDS, "data", "type", "id", "links", "meta", "errors", "included"]
    return {rng.choice(keys): any_json(rng, depth + 1) for _ in range(rng.randrange(4))}


def wrong(rng: random.Random, right: Any) -> Any:
    """Mostly the right value, often a value of the wrong type."""
    return right if rng.random() < 0.5 else any_json(rng, 3)


def resource(rng: random.Random, ids: list[str]) -> Any:
    if rng.random() < 0.05:
        return any_json(rng, 2)
    attributes = {name: wrong(rng, scalar(rng)) for name in rng.sample(VIEW_FIELDS, 6)}
    relationships = {}
    for name in rng.sample(["service", "order", "bookings", "customer", "resource"], 2):
        linkage: Any = {"type": rng.choice(TYPES), "id": rng.choice(ids)}
        if rng.random() < 0.4:
            linkage = [linkage, {"type": rng.choice(TYPES), "id": rng.choice(ids)}]
        relationships[name] = wrong(rng, {"data": wrong(rng, linkage), "meta": wrong(rng, {})})
    obj = {
        "type": wrong(rng, rng.choice(TYPES)),
        "id": wrong(rng, rng.choice(ids)),
        "attributes": wrong(rng, attributes),
        "relationships": wrong(rng, relationships),
        "meta": wrong(rng, {name: scalar(rng) for name in rng.sample(META_FIELDS, 2)}),
        "links": wrong(rng, {"self": scalar(rng)}),
    }
    for name in rng.sample(list(obj), rng.randrange(3)):
        del obj[name]
    return obj


def document(rng: random.Random) -> Any:
    ids = [str(rng.randrange(5)) for _ in range(3)]
    data: Any
    shape = rng.randrange(4)
    if shape == 0:
        data = None
    elif shape == 1:
        data = resource(rng, ids)
    else:
        data = [resource(rng, ids) for _ in range(rng.randrange(5))]
    page_value = rng.choice([*HOSTILE_STRINGS[:10], 1, 2, 3, -1, 2.0, 1e300, None, 10**40])
    doc: dict[str, Any] = {
        "data": wrong(rng, data),
        "included": wrong(rng, [resource(rng, ids) for _ in range(rng.randrange(3))]),
        "meta": wrong(
            rng,
            rng.choice(
                [
                    {"page": {"current-page": page_value, "last-page": scalar(rng)}},
                    {"current_page": page_value, "last_page": page_value},
                    {},
                ]
            ),
        ),
        "links": wrong(rng, {"next": rng.choice([*HOSTILE_STRINGS, None, {"href": 5}])}),
        "jsonapi": wrong(rng, {"version": "1.1"}),
        "errors": wrong(rng, [{"title": scalar(rng), "detail": any_json(rng, 3)}]),
    }
    for name in rng.sample(list(doc), rng.randrange(4)):
        del doc[name]
    if rng.random() < 0.1:
        doc[rng.choice(["x-new", "foo", "debug"])] = any_json(rng, 3)
    return doc


def encode(rng: random.Random, value: Any) -> bytes:
    # ensure_ascii=False writes lone surrogates as raw bytes: invalid UTF-8 on the wire.
    text = json.dumps(value, ensure_ascii=rng.random() < 0.5)
    return text.encode("utf-8", "surrogatepass")


def with_huge_number(rng: random.Random, body: bytes) -> bytes:
    token = rng.choice(HUGE_TOKENS).encode()
    spots = [i for i, ch in enumerate(body) if ch in b":[,"][:50]
    if not spots:
        return token
    at = rng.choice(spots) + 1
    # Replace the value that follows with the bare number token.
    end = at
    while end < len(body) and body[end : end + 1] not in (b",", b"]", b"}"):
        end += 1
    return body[:at] + b" " + token + body[end:]


def nested(rng: random.Random) -> bytes:
    depth = rng.choice([50, 900, 1_000, 3_000, 100_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}"), (b'{"data":', b"}")])
    inner = b"1" if opener != b"[" else b""
    body = opener * depth + inner + closer * depth
    if rng.random() < 0.3:
        body = b'{"errors": [{"detail": ' + body + b"}]}"
    if rng.random() < 0.3:
        body = body[: rng.randrange(len(body))]  # truncated
    return body


def garbage(rng: random.Random) -> bytes:
    pick = rng.randrange(5)
    if pick == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(64)))
    if pick == 1:
        return (
            json.dumps({"data": {"type": "bookings", "id": "1", "attributes": {"n": "é"}}})
            .encode("latin-1", "replace")
            .replace(b"\\u00e9", b"\xe9")
        )
    if pick == 2:
        return b"\xef\xbb\xbf" + encode(rng, document(rng))  # UTF-8 BOM
    if pick == 3:
        return json.dumps(document(rng)).encode("utf-16")  # ASCII JSON, UTF-16 bytes
    body = encode(rng, document(rng))
    return body[: rng.randrange(len(body) + 1)]


def answer(case: int, seed: int) -> Answer:
    rng = random.Random(seed * 1_000_003 + case)
    roll = rng.random()
    if roll < 0.55:
        kind, body = "document", encode(rng, document(rng))
    elif roll < 0.70:
        kind, body = "any-json", encode(rng, any_json(rng))
    elif roll < 0.80:
        kind, body = "huge-number", with_huge_number(rng, encode(rng, document(rng)))
    elif roll < 0.90:
        kind, body = "nested", nested(rng)
    else:
        kind, body = "garbage", garbage(rng)
    headers = {"content-type": rng.choice(CONTENT_TYPES)}
    if not headers["content-type"]:
        del headers["content-type"]
    if rng.random() < 0.1:
        headers["retry-after"] = rng.choice(["1e400", "nan", "-5", "inf", "Wed, 99 Foo", "2"])
    if rng.random() < 0.1:
        headers["x-request-id"] = (
            rng.choice(HOSTILE_STRINGS[:6]).encode("ascii", "replace").decode()
        )
    return Answer(rng.choice(STATUSES), headers, body, kind)
