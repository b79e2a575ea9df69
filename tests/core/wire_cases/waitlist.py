"""Wire cases of client.waitlist."""

from __future__ import annotations

import datetime as dt

import anny
from anny_api.models import WaitlistEntryCreateRequest

from . import WireCase, first_page

AREA = ("waitlist", anny.Waitlist)

ENTRY = {
    "data": {
        "type": "waitlist-entries",
        "id": "610",
        "attributes": {
            "status": "waiting",
            "start_date": "2026-11-24T09:00:00+00:00",
            "end_date": "2026-11-24T10:00:00+00:00",
        },
        "relationships": {
            "resource": {"data": {"type": "resources", "id": "8001"}},
            "service": {"data": {"type": "services", "id": "7001"}},
        },
    }
}
ENTRIES = {"data": [ENTRY["data"]], "links": {"next": None}}
BERLIN = dt.timezone(dt.timedelta(hours=1))


def _body(start: str, end: str) -> WaitlistEntryCreateRequest:
    return WaitlistEntryCreateRequest.from_dict(
        {
            "data": {
                "type": "waitlist-entries",
                "attributes": {"start_date": start, "end_date": end},
                "relationships": {
                    "resource": {"data": {"type": "resources", "id": "8001"}},
                    "service": {"data": {"type": "services", "id": "7001"}},
                },
            }
        }
    )


def _check_entry(entry: anny.WaitlistEntry) -> None:
    assert (entry.status, entry.resource_id, entry.service_id) == (
        anny.WaitlistStatus.WAITING,
        "8001",
        "7001",
    )
    assert entry.start_date == dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)


def expect(condition: bool) -> None:
    """A check that fails the case (a bare lambda's False would be ignored)."""
    assert condition


CASES: list[WireCase] = [
    WireCase(
        "waitlist",
        "list",
        "listWaitlistEntries",
        lambda c: first_page(c.waitlist.list(include=["resource"])),
        {"include": "resource"},
        ENTRIES,
        check=lambda page: _check_entry(page.items[0]),
    ),
    WireCase(
        "waitlist",
        "join",
        "joinWaitlist",
        lambda c: c.waitlist.join(
            "8001",
            anny.Service(id="7001"),
            dt.datetime(2026, 11, 24, 10, tzinfo=BERLIN),
            dt.datetime(2026, 11, 24, 11, tzinfo=BERLIN),
        ),
        {"body": _body("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00")},
        ENTRY,
        status=201,
        check=_check_entry,
    ),
    WireCase(
        "waitlist",
        "join",
        "joinWaitlist",
        lambda c: c.waitlist.join(
            anny.BookableResource(id="8001"),
            7001,
            dt.datetime(2026, 11, 24, 10),
            dt.datetime(2026, 11, 24, 11),
            tz="Europe/Berlin",
        ),
        {"body": _body("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00")},
        ENTRY,
        status=201,
        label="naive times with tz",
    ),
    WireCase(
        "waitlist",
        "leave",
        "leaveWaitlist",
        lambda c: c.waitlist.leave(anny.WaitlistEntry(id="610")),
        {"entry_id": "610"},
        "",
        {"entry_id": "610"},
        status=204,
        check=lambda result: expect(result is None),
    ),
]
