"""Every argument of every helper lands under the spec name it means, and nowhere else.

``test_wire_table.py`` proves, for every operation and parameter, that ``op_plan`` sends what the
generated function sends. What is left to prove is each *helper*'s own part: that its Python
arguments reach the right operation under the right names. Here every helper runs on a client
over a MockTransport (``helper_calls.py``): once with its required arguments, then once per
argument with that argument changed (or, when optional, given). Which operation the requests
are comes from the spec table (method and path), never from the test. For every request:

* an operation with a parameter or body property of the argument's name (the spec's own name:
  ``search`` → ``filter[search]``, ``page_size`` → ``page[size]``, ``booking`` →
  ``booking_id``; the few that differ are in ``ALIASES``) must carry the new value there, encoded
  exactly as ``op_plan`` encodes it, and be unchanged everywhere else;
* any other request must be unchanged.

So ``bookings.list(search=..., end=..., include=...)`` is proven as surely as the arguments a
hand-written case happened to pass, and a helper that sends ``start`` as ``filter[end_date]``, or
a new argument that goes nowhere, fails here. Every argument of every helper is either checked
or listed in ``NOT_ON_THE_WIRE`` with the behaviour test that covers it
(``test_every_argument_of_every_helper_is_covered``).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from helper_calls import (
    BASE_KWARGS,
    HELPER_VALUES,
    NINE,
    VALUES,
    Sent,
    every_helper,
    helper_operations,
    required,
    run,
    tokens,
    values,
    wire_value,
)

import anny
from anny._operations import Field, Operation

#: Arguments whose spec name is not their own (or one of the spelled-out forms in ``names``).
ALIASES: dict[str, tuple[str, ...]] = {
    "day": ("date",),
    "after": ("start_date", "date"),
    "exact_match": ("filteravailability_exact_match",),
    "exclude_children": ("filterexclude_child_resources",),
    "organization": ("org_slug",),
    "state": ("oid", "oat"),
    "wanted": ("resource_id", "service_id", "start_date", "end_date"),
}
#: Per helper, the arguments whose spec name is a different one than elsewhere.
_ITEM = {"service": ("service_id", "add_ons_by_service"), "quantity": ("service_id",)}
HELPER_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "resources.children": {"service": ("filteravailability_service_id",)},
    "availability.periods": {"resource": ("r",)},
    "availability.calendar": {"resources": ("resource_id",)},
    "cart.add": _ITEM,
    "checkout.quote": _ITEM,
    "checkout.add": {"wanted": (*ALIASES["wanted"], "add_ons_by_service")},
    # The voucher code goes as `voucher_code`, the only documented name (Addendum C12).
    "cart.apply_voucher": {"code": ("voucher_code",)},
    "checkout.apply_voucher": {"code": ("voucher_code",)},
}

#: Arguments that shape *how many* requests a helper makes, or what it does with the answers,
#: rather than a value on the wire; each names the test that covers it.
NOT_ON_THE_WIRE: dict[str, dict[str, str]] = {
    "availability.slots": {
        "start": "fan-out over days: test_catalog_availability_helpers (window, DST)",
        "end": "fan-out over days: test_catalog_availability_helpers",
        "available_only": "free days first: test_slot_window_fans_out_by_day... (here)",
        "concurrency": "fan-out bound: test_async_slot_search_fans_out_with_its_bound...",
    },
    "availability.next_free": {
        "after": "where the search starts: test_next_free_searches_window_by_window...",
        "within_days": "search horizon: test_next_free_searches_window_by_window...",
        "window": "days per batch: test_next_free_searches_window_by_window...",
        "duration": "the route (the range endpoint takes none): test_next_free_searches_window_...",
        "concurrency": "fan-out bound: test_async_slot_search_fans_out_with_its_bound...",
    },
    "availability.upcoming": {
        "limit": "stops paging: test_upcoming_stops_at_its_limit...",
        "max_pages": "stops paging: test_upcoming_stops_at_its_limit...",
    },
    "availability.intervals": {
        "start": "switches to getEndIntervals: test_intervals_ends_after_a_start (here)",
    },
    "availability.wait_for": {
        "start": "date and duration of the window: test_wait_for_asks_for_the_window (here)",
        "end": "duration of the window: test_wait_for_asks_for_the_window (here)",
        "until": "polling: tests/e2e/test_e2e_series_and_waiting.py",
        "poll": "polling interval: tests/e2e/test_e2e_series_and_waiting.py",
        "max_poll": "polling back-off: tests/e2e/test_e2e_series_and_waiting.py",
        "max_requests": "polling budget: tests/e2e/test_e2e_series_and_waiting.py",
        "jitter": "polling jitter: tests/e2e/test_e2e_series_and_waiting.py",
    },
    "checkout.item": {
        # item only resolves references into a CartItem; the body it makes is checked through
        # the helpers that send it (checkout.quote, cart.add, bookings.instant).
        "service": "slug resolution: test_a_slug_is_resolved_once_then_its_id_is_sent (here)",
        **dict.fromkeys(("start", "end", "quantity"), "sent by checkout.quote / cart.add"),
        **dict.fromkeys(("add_ons", "description", "customer_note"), "sent by cart.add"),
    },
    "cart.add": {"add_ons": "test_add_ons_go_by_service (here)"},
    "checkout.add": {
        "before": "the cart as last seen, for the read-back: tests/e2e/test_e2e_cart.py"
    },
    "cart.submit": {"accept_terms": "must be True: test_terms_must_be_accepted (here)"},
    "checkout.submit": {"accept_terms": "must be True: test_terms_must_be_accepted (here)"},
    **{
        f"series.{name}": dict.fromkeys(
            (*("rule", "start_time", "duration", "until", "concurrency"), "customer"),
            "occurrences and their checkout: tests/e2e/test_e2e_series_and_waiting.py",
        )
        | {"dry_run": "plans only", "accept_terms": "checkout: tests/e2e"}
        for name in ("plan", "book")
    },
    "waitlist.join": {"tz": "reads naive times: test_account_areas"},
}


def names_for(helper: str, argument: str) -> tuple[tuple[str, ...], bool]:
    """``(names, all_of_them)``: the spec names an argument goes by. An alias lists every place
    it goes; otherwise the candidates are tried in order and the first the operation has wins."""
    special = HELPER_ALIASES.get(helper, {}).get(argument) or ALIASES.get(argument)
    if special:
        return special, True
    bare = argument.rstrip("_")
    return (
        argument,
        f"{argument}_",
        f"filter{argument}",
        f"filter{bare}_date",
        f"filter{bare}_id",
        f"page{argument.removeprefix('page_')}",
        f"{bare}_id",
        f"{bare}_slug",
        f"{bare}_date",
    ), False


def _body_fields(
    field: Field, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every property of a body: ``(Python name, path of JSON keys)``, parents first."""
    for child in field.children or ():
        assert child.wire is not None
        assert child.python is not None
        yield child.python, (*prefix, child.wire)
        yield from _body_fields(child, (*prefix, child.wire))


def targets(op: Operation, helper: str, argument: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """Where ``argument`` goes in ``op``: parameter wire names and body key paths."""
    wanted, every = names_for(helper, argument)
    params = {p.python: p.wire for p in op.params}
    body: dict[str, tuple[str, ...]] = {}
    for python, path in _body_fields(op.body) if op.body is not None else ():
        body.setdefault(python, path)
    if not every:
        found = next((n for n in wanted if n in params or n in body), None)
        wanted = () if found is None else (found,)
    return [params[n] for n in wanted if n in params], [body[n] for n in wanted if n in body]


def _belongs(name: str, wires: list[str]) -> bool:
    return any(name == w or name.startswith(f"{w}[") for w in wires)


def _replace(text: str, first: Any, second: Any, *, whole: bool = False) -> str:
    """``text`` with every token of ``first`` turned into the matching token of ``second`` at
    once (a start moved to the old end's time is not moved twice); ``whole``: only a text that
    is one token entirely (a body value or key, where ``1`` must not touch ``"7001"``)."""
    mapping = dict(zip(tokens(first), tokens(second), strict=True))
    if whole:
        return mapping.get(text, text)
    pattern = "|".join(re.escape(t) for t in sorted(mapping, key=len, reverse=True))
    return re.sub(pattern, lambda m: mapping[m.group(0)], text) if mapping else text


def _substitute(node: Any, first: Any, second: Any) -> Any:
    if isinstance(node, str):
        return _replace(node, first, second, whole=True)
    if isinstance(node, dict):
        return {
            _replace(k, first, second, whole=True): _substitute(v, first, second)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_substitute(v, first, second) for v in node]
    return wire_value(second) if node == wire_value(first) else node


def _as_json(value: Any) -> Any:
    value = wire_value(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    return value


def _pop(body: Any, path: tuple[str, ...]) -> tuple[Any, Any]:
    """``(body without path, value at path)`` (``None`` if absent); objects left empty by the
    removal go too (``{"meta": {"timezone": …}}`` without its one key is no ``meta``)."""
    body = copy.deepcopy(body)
    trail = [body]
    for key in path[:-1]:
        if not isinstance(trail[-1], dict) or key not in trail[-1]:
            return body, None
        trail.append(trail[-1][key])
    if not isinstance(trail[-1], dict):
        return body, None
    value = trail[-1].pop(path[-1], None)
    for key, parent in zip(reversed(path[:-1]), reversed(trail[:-1]), strict=True):
        if parent[key] == {}:
            del parent[key]
    return body, value


def _part(value: Any, name: str) -> Any:
    """The piece of a value one spec name carries (a cart state's ``oid``), else the value."""
    return getattr(value, name) if attrs.has(type(value)) and hasattr(value, name) else value


def _linked(value: Any) -> Any:
    """A relationship's linkage by its id (``{"data": {"type": …, "id": "7"}}`` → ``"7"``)."""
    if isinstance(value, dict) and isinstance(value.get("data"), dict) and "id" in value["data"]:
        return value["data"]["id"]
    return value


def check_request(
    helper: str, argument: str, given: bool, first: Any, second: Any, base: Sent, new: Sent
) -> bool:
    """Assert ``new`` is ``base`` with ``argument`` changed from ``first`` to ``second`` where
    the spec puts it (``given``: ``first`` is the default, which may not be on the wire) and
    the same everywhere else; return whether this operation has a place for it."""
    op = base.op
    where = f"{helper}({argument}=…) → {op.operation_id}"
    assert new.op is op, f"{where}: now {new.operation_id}"
    wires, paths = targets(op, helper, argument)
    by_wire = {p.wire: p for p in op.params}
    path_wires = [w for w in wires if by_wire[w].location == "path"]
    query_wires = [w for w in wires if w not in path_wires]

    rest = [pair for pair in base.query if not _belongs(pair[0], query_wires)]
    assert [pair for pair in new.query if not _belongs(pair[0], query_wires)] == rest, where
    mine = sorted(pair for pair in new.query if _belongs(pair[0], query_wires))
    before = [pair for pair in base.query if _belongs(pair[0], query_wires)]
    replaced = sorted((_replace(k, first, second), _replace(v, first, second)) for k, v in before)
    if given and not before:
        expected = [
            op.query(
                {
                    by_wire[w].python: wire_value(_part(second, by_wire[w].python))
                    for w in query_wires
                }
            )
        ]
    elif given:
        # A default of the helper's own on the wire: the argument replaces it or adds to it
        # (``resources.get`` always includes the services it reads).
        merged = {w: [v for k, v in before if k == w] for w in query_wires}
        expected = [replaced, op.query({by_wire[w].python: second for w in query_wires})]
        if isinstance(second, list):
            expected.append(
                op.query({by_wire[w].python: [*merged[w], *second] for w in query_wires})
            )
    else:
        expected = [replaced]
    assert mine in [sorted(e) for e in expected], f"{where}: query {mine} not in {expected}"

    if path_wires:
        assert not given, f"{where}: a path parameter is never optional"
        assert new.path == _replace(base.path, first, second) != base.path, f"{where}: path"
    else:
        assert new.path == base.path, f"{where}: path"

    old_body, new_body = base.json, new.json
    for path in paths:
        old_body, old_value = _pop(old_body, path)
        new_body, new_value = _pop(new_body, path)
        shown = f"{where}: body {'.'.join(path)}"
        if given:
            # Absent or a default ("" for no description) before; now the value, or (a
            # quantity inside the service map) the default replaced by it.
            assert _linked(new_value) == _as_json(_part(second, path[-1])) or (
                new_value == _substitute(old_value, first, second) != old_value
            ), shown
        else:
            assert new_value == _substitute(old_value, first, second) != old_value, shown
    assert new_body == old_body, f"{where}: the rest of the body changed"
    return bool(wires or paths)


def arguments() -> Iterator[tuple[str, str, str]]:
    for area, name, helper in every_helper():
        for argument in helper.signature.parameters:
            if argument not in NOT_ON_THE_WIRE.get(f"{area}.{name}", {}):
                yield area, name, argument


@pytest.mark.parametrize(("area", "name", "argument"), list(arguments()))
def test_each_argument_lands_under_its_spec_name(area: str, name: str, argument: str) -> None:
    helper_id = f"{area}.{name}"
    helper = {(a, n): h for a, n, h in every_helper()}[(area, name)]
    base_kwargs = required(area, name, helper)
    first, second = values(area, name, argument)
    given = argument not in base_kwargs
    first = helper.signature.parameters[argument].default if given else base_kwargs[argument]
    base = run(area, name, **base_kwargs)
    new = run(area, name, **{**base_kwargs, argument: second})
    assert len(new) == len(base), f"{helper_id}({argument}=…) changed how many requests are sent"
    placed = [
        check_request(helper_id, argument, given, first, second, b, n)
        for b, n in zip(base, new, strict=True)
    ]
    assert any(placed), f"{helper_id}({argument}=…) went nowhere the spec names"


def test_every_argument_of_every_helper_is_covered() -> None:
    """A new helper, or a new argument, needs values here (or a reason it is not on the wire)."""
    missing = []
    for area, name, argument in arguments():
        helper_id = f"{area}.{name}"
        known = argument in VALUES or argument in HELPER_VALUES.get(helper_id, {})
        if not known and argument not in BASE_KWARGS.get(helper_id, {}):
            missing.append(f"{helper_id}({argument})")
    assert missing == []


def test_every_helper_sends_its_operations() -> None:
    """Each helper, with only its required arguments, performs operations of the spec; the
    docstring tests read which ones from here."""
    found = helper_operations()
    assert {key for key, ops in found.items() if not ops} == set()


def test_slot_window_fans_out_by_day_and_asks_free_days_first() -> None:
    # Fan-out: a window over two days asks for each day, in the resource's zone; asking only
    # for free slots reads the start dates once and then only the bookable days.
    room = VALUES["resource"][0]
    window = {
        "resource": room,
        "service": "7001",
        "start": NINE,
        "end": NINE + dt.timedelta(days=1),
    }
    sent = run("availability", "slots", **window)
    assert [(s.operation_id, dict(s.query)["date"]) for s in sent] == [
        ("getAvailabilityStart", "2026-11-24"),
        ("getAvailabilityStart", "2026-11-25"),
    ]
    # Only free slots: the range endpoint, page by page, from the window's start in whole
    # seconds (anny reads `Y-m-d\TH:i:sP`), even when the caller's start has microseconds.
    odd = {**window, "start": NINE + dt.timedelta(microseconds=123456)}
    sent = run("availability", "slots", **odd, available_only=True)
    assert sent[0].operation_id == "getUpcomingIntervals"
    assert dict(sent[0].query)["start_date"] == NINE.isoformat()
    # With a duration (the range endpoint takes none): start dates once, then bookable days.
    sent = run("availability", "slots", **window, available_only=True, duration=60)
    assert [s.operation_id for s in sent] == ["getAvailabilityStartDates", "getAvailabilityStart"]
    assert dict(sent[1].query)["date"] == "2026-11-24"  # the one day the answer calls bookable


def test_a_slug_is_resolved_once_then_its_id_is_sent() -> None:
    sent = run(
        "checkout",
        "quote",
        resource="conference-room-berlin",
        service="desk",
        start=NINE,
        end=NINE + dt.timedelta(hours=1),
    )
    assert [s.operation_id for s in sent] == ["getResource", "calculateCartBookings"]
    assert sent[0].path.endswith("/conference-room-berlin")
    assert sent[1].json["resource_id"] == ["8001"]
    assert sent[1].json["service_id"] == {"7001": 1}


def test_join_answers_the_membership_without_a_second_read() -> None:
    # The join's answer is the community account itself (Addendum C7): accepted or pending.
    sent = run("communities", "join", community="3001")
    assert [s.operation_id for s in sent] == ["joinCommunity"]


def test_membership_reads_the_community_with_its_accounts() -> None:
    sent = run("communities", "membership", community="3001")
    assert [(s.operation_id, dict(s.query)) for s in sent] == [
        ("getCommunity", {"include": "community_accounts"})
    ]


def test_intervals_ends_after_a_start() -> None:
    # ``start=`` asks for the ends of an interval (another operation), by the spec's names.
    sent = run(
        "availability", "intervals", resource=VALUES["resource"][0], service="7001", start=NINE
    )
    assert [s.operation_id for s in sent] == ["getEndIntervals"]
    assert dict(sent[0].query)["date_time"] == NINE.isoformat()
    assert dict(sent[0].query)["service_id[7001]"] == "1"


def test_wait_for_asks_for_the_window() -> None:
    sent = run(
        "availability",
        "wait_for",
        resource=VALUES["resource"][0],
        service="7001",
        start=NINE,
        end=NINE + dt.timedelta(minutes=90),
    )
    assert [(dict(s.query)["date"], dict(s.query)["duration"]) for s in sent] == [
        ("2026-11-24", "90")
    ]


def test_add_ons_go_by_service() -> None:
    add_on = {"add_on_id": "55", "quantity": 2}
    (sent,) = run(
        "cart",
        "add",
        resource=VALUES["resource"][0],
        service="7001",
        start=NINE,
        end=NINE + dt.timedelta(hours=1),
        add_ons=[add_on],
    )
    assert sent.json["add_ons_by_service"] == {"7001": [[add_on]]}


@pytest.mark.parametrize("area", ["cart", "checkout"])
def test_terms_must_be_accepted(area: str) -> None:
    kwargs: dict[str, Any] = {"customer": VALUES["customer"][0], "accept_terms": False}
    if area == "checkout":
        kwargs["state"] = VALUES["state"][0]
    with pytest.raises(anny.InvalidParameterError, match="accept_terms"):
        run(area, "submit", **kwargs)
    assert run(area, "submit", **{**kwargs, "accept_terms": True})[0].json["accept_terms"] is True


def _declared(helper: Any) -> tuple[str, type | None]:
    """``(Flow, Paged or list, the class it yields)`` from the helper's return annotation, when
    that is a class (``Flow[Booking]`` → ``Booking``, ``Flow[list[Slot]]`` → ``Slot``)."""
    text = str(helper.signature.return_annotation)
    match = re.fullmatch(r"(Flow|Paged)\[(list\[)?([\w.]+)\]?( \| None)?\]", text)
    if match is None:
        return "", None
    found = {"bytes": bytes, "bool": bool, "dt.date": dt.date}.get(match.group(3))
    cls = getattr(anny.types, match.group(3), None) or getattr(anny, match.group(3), found)
    return ("list" if match.group(2) else match.group(1)), cls


def test_each_helper_returns_what_it_declares() -> None:
    """Run once on the canned answers, every helper returns its declared class (a pager: items
    of it), so the answers above are read, not only the requests checked."""
    from helper_calls import call, recording_client

    checked = 0
    for area, name, helper in every_helper():
        kind, cls = _declared(helper)
        if cls is None:
            continue
        client, _ = recording_client()
        result = call(client, area, name, **required(area, name, helper))
        items = result.items if kind == "Paged" else result if kind == "list" else [result]
        assert items, f"{area}.{name}: {result!r}"
        assert all(isinstance(i, cls) for i in items), f"{area}.{name}: {result!r}"
        checked += 1
    assert checked >= 40
