"""`make demo` end to end: the booking flow through anny against the embedded sandbox."""

from __future__ import annotations

import re

from anny import demo


def test_demo_books_pays_and_cancels_without_leaking_tokens() -> None:
    lines: list[str] = []
    assert demo.main([], out=lines.append) == 0
    text = "\n".join(lines)

    assert re.search(r"order BO\d+: accepted, total 0(\.0)? EUR", text)
    assert re.search(
        r"booking BB\d+: accepted, \d{4}-\d\d-\d\d \d\d:\d\d-\d\d:\d\d Europe/Berlin", text
    )
    assert re.search(r"booking BB\d+: canceled", text)
    assert "free again: True" in text
    assert re.search(r"order BO\d+: pending_payment, pay at http://127\.0\.0\.1:\d+/", text)
    assert "payment page answered 303" in text
    assert re.search(r"order BO\d+: accepted, total 25(\.0)? EUR", text)
    # Every request went over the wire and was printed; two orders, no duplicates.
    assert "'orders_created': 2" in text
    assert "'bookings_created': 2" in text
    # Order access tokens and the booking code are redacted wherever a URL is printed.
    assert "oat=[REDACTED]" in text
    assert not re.search(r"oat=(?!\[REDACTED\])", text)
    assert not re.search(r"code=(?!\[REDACTED\])", text)
