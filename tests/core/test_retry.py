"""Retries: which requests are resent, after how long, and which never are."""

from __future__ import annotations

import datetime as dt
import email.utils

import httpx
import pytest
from annycore_helpers import jsonapi

import anny
from anny._retry import RetryPolicy, backoff_delay, parse_retry_after

OK = {"data": None}


def scripted(*outcomes):
    """A handler returning (or raising) the given outcomes in order."""
    queue = list(outcomes)

    def handler(request):
        outcome = queue.pop(0)
        if isinstance(outcome, type) and issubclass(outcome, Exception):
            raise outcome("simulated", request=request)
        return outcome

    return handler


async def test_503_is_retried_with_exponential_backoff(make):
    h = make(scripted(jsonapi(503), jsonapi(503), jsonapi(200, OK)))
    raw = await h.call(h.client.with_raw_response.get, "/api/v1/availability/start")
    assert raw.retries_taken == 2
    assert len(h.requests) == 3
    assert h.sleeps == [0.5, 1.0]


async def test_429_honours_retry_after_seconds(make):
    h = make(scripted(jsonapi(429, headers={"retry-after": "3"}), jsonapi(200, OK)))
    raw = await h.call(h.client.with_raw_response.get, "/x")
    assert raw.retries_taken == 1
    assert h.sleeps == [3.0]


async def test_retry_after_http_date_and_cap(make):
    # The HTTP date is measured from the policy's injected clock, so the delay is exact.
    now = dt.datetime(2026, 3, 29, 0, 59, 50, tzinfo=dt.UTC)
    future = email.utils.format_datetime(now + dt.timedelta(seconds=20), usegmt=True)
    h = make(
        scripted(
            jsonapi(503, headers={"retry-after": future}),
            jsonapi(503, headers={"retry-after": "3600"}),
            jsonapi(200, OK),
        )
    )
    h.client._set_retry_policy(RetryPolicy(jitter=lambda: 0.0, now=lambda: now))
    await h.call(h.client.get, "/x")
    assert h.sleeps == [20.0, 60.0]  # the second one capped


async def test_retry_after_http_date_in_the_past_means_now(make):
    now = dt.datetime(2027, 1, 1, 0, 0, 5, tzinfo=dt.UTC)
    h = make(
        scripted(
            jsonapi(429, headers={"retry-after": "Thu, 31 Dec 2026 23:59:59 GMT"}),
            jsonapi(200, OK),
        )
    )
    h.client._set_retry_policy(RetryPolicy(jitter=lambda: 0.0, now=lambda: now))
    await h.call(h.client.get, "/x")
    # Retried at once: no wait (a paced client yields no zero-length sleep).
    assert sum(h.sleeps) == 0.0
    assert len(h.requests) == 2


def test_the_default_policy_clock_is_aware_utc():
    # The only place the wall clock is read: the default behind the injectable `now`.
    now = RetryPolicy().now()
    assert now.utcoffset() == dt.timedelta(0)


async def test_retries_exhausted_raise_the_last_error(make):
    h = make(scripted(jsonapi(502), jsonapi(502), jsonapi(502)))
    with pytest.raises(anny.InternalServerError) as info:
        await h.call(h.client.get, "/x")
    assert info.value.status_code == 502
    assert len(h.requests) == 3
    assert h.sleeps == [0.5, 1.0]


async def test_500_is_not_retried(make):
    h = make(scripted(jsonapi(500)))
    with pytest.raises(anny.InternalServerError):
        await h.call(h.client.get, "/x")
    assert len(h.requests) == 1


async def test_post_not_retried_after_read_timeout(make):
    h = make(scripted(httpx.ReadTimeout, jsonapi(200, OK)))
    with pytest.raises(anny.APITimeoutError) as info:
        await h.call(h.client.post, "/api/v1/order", json={"accept_terms": True})
    assert len(h.requests) == 1
    assert h.sleeps == []
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize("error", [httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteTimeout])
async def test_post_not_retried_after_it_may_have_arrived(make, error):
    h = make(scripted(error, jsonapi(200, OK)))
    with pytest.raises(anny.APIConnectionError):
        await h.call(h.client.post, "/api/v1/order/bookings", json={})
    assert len(h.requests) == 1


async def test_post_not_retried_on_503(make):
    h = make(scripted(jsonapi(503), jsonapi(200, OK)))
    with pytest.raises(anny.InternalServerError):
        await h.call(h.client.post, "/api/v1/order", json={})
    assert len(h.requests) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
async def test_post_retried_after_connect_phase_failure(make, error):
    body = {"data": {"type": "orders", "id": "1"}}
    h = make(scripted(error, jsonapi(201, body)))
    raw = await h.call(h.client.with_raw_response.post, "/api/v1/order/bookings", json={"a": 1})
    assert raw.retries_taken == 1
    assert len(h.requests) == 2
    assert h.sleeps == [0.5]
    assert h.requests[0].content == h.requests[1].content == b'{"a": 1}'


async def test_get_retried_after_read_timeout_and_idempotent_post(make):
    h = make(scripted(httpx.ReadTimeout, jsonapi(200, OK)))
    await h.call(h.client.get, "/x")
    assert len(h.requests) == 2
    h2 = make(scripted(jsonapi(503), jsonapi(200, OK)))
    await h2.call(h2.client.post, "/api/v1/order/bookings/calculate", json={}, idempotent=True)
    assert len(h2.requests) == 2


async def test_max_retries_zero(make):
    h = make(scripted(httpx.ConnectError), max_retries=0)
    with pytest.raises(anny.APIConnectionError) as info:
        await h.call(h.client.get, "/x")
    assert not isinstance(info.value, anny.APITimeoutError)
    assert len(h.requests) == 1


async def test_real_connection_refused_on_localhost(kind):
    """Real socket: nothing listens on 127.0.0.1:9 → connect errors, retried, then raised."""
    sleeps: list[float] = []
    if kind == "sync":
        client = anny.Anny(base_url="http://127.0.0.1:9", _sleep=sleeps.append, timeout=2)
        with pytest.raises(anny.APIConnectionError), client:
            client.post("/api/v1/order", json={})
    else:

        async def fake_sleep(s: float) -> None:
            sleeps.append(s)

        aclient = anny.AsyncAnny(base_url="http://127.0.0.1:9", _sleep=fake_sleep, timeout=2)
        with pytest.raises(anny.APIConnectionError):
            async with aclient:
                await aclient.post("/api/v1/order", json={})
    assert len(sleeps) == 2  # a POST is resent only because it never connected


def test_backoff_is_pure_and_capped():
    no_jitter = RetryPolicy(jitter=lambda: 0.0)
    assert [backoff_delay(n, no_jitter) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    full_jitter = RetryPolicy(jitter=lambda: 0.999)
    assert 0.375 <= backoff_delay(0, full_jitter) < 0.5
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert parse_retry_after("  ", now=now) is None
    assert parse_retry_after("-5", now=now) == 0.0
    assert parse_retry_after("not a date", now=now) is None
    assert parse_retry_after("Thu, 01 Jan 2026 00:00:10 GMT", now=now) == 10.0
