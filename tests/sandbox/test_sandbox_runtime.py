"""Packaging and runtime: CLI, in-process ASGI mode, custom seeds, missing extras."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from anny_sandbox import Clock, Sandbox, SeedError

SMALL_SEED = """
organizations:
  - {id: "1", slug: tiny-org, name: Tiny Org, timezone: Europe/Vienna}
services:
  - {id: "2", slug: sauna, name: Sauna, organization: tiny-org, price: 12, price_unit: booking,
     min_duration: 90, booking_interval: 30, payment_flow: pay-offline}
resources:
  - {id: "3", slug: sauna-room, name: Sauna room, organization: tiny-org, quantity: 2,
     services: [sauna], schedule: {sat-sun: ["10:00-14:00"]}}
customers:
  - {id: "4", email: guest@tiny.example, given_name: Tina, family_name: Tester}
"""


def test_cli_prints_url_and_stops_on_sigterm() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "anny_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("anny sandbox running at http://127.0.0.1:")
        url = line.rsplit(" ", 1)[-1]
        assert httpx.get(f"{url}/api/v1/organizations/acme-gmbh").status_code == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


async def test_in_process_mode_via_asgi_transport() -> None:
    sandbox = Sandbox()
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        response = await client.get("/api/v1/resources/conference-room-berlin")
    assert response.status_code == 200
    assert response.json()["data"]["links"]["self"] == (
        "http://sandbox/api/v1/resources/conference-room-berlin"
    )
    assert response.headers["x-request-id"]


def test_yaml_seed_models_another_organization(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text(SMALL_SEED, encoding="utf-8")
    saturday = Clock(start=datetime(2026, 11, 28, 8, 0, tzinfo=UTC), frozen=True)
    with Sandbox(seed=seed, clock=saturday) as sb:
        slots = httpx.get(
            f"{sb.url}/api/v1/availability/start",
            params={"service_id": "2", "date": "2026-11-28"},
        ).json()
        assert [s["start_date"] for s in slots][:2] == [
            "2026-11-28T10:00:00+01:00",
            "2026-11-28T10:30:00+01:00",
        ]
        assert {s["number_available"] for s in slots} == {2}
        # Callers send numeric ids here (B12); the sandbox is no kinder to a slug than anny.
        by_slug = httpx.get(
            f"{sb.url}/api/v1/availability/start",
            params={"service_id": "sauna", "date": "2026-11-28"},
        )
        assert by_slug.status_code == 404
        assert sb.issue_token("guest@tiny.example")["token_type"] == "Bearer"


def test_seed_from_dict_and_reset_to_a_new_seed() -> None:
    sandbox = Sandbox(seed={"organizations": [{"id": "9", "slug": "only", "name": "Only"}]})
    assert [o.slug for o in sandbox.store.organizations.values()] == ["only"]
    sandbox.reset(seed=None)  # None keeps the current seed
    assert list(sandbox.store.organizations) == ["9"]
    with pytest.raises(SeedError):
        Sandbox(seed={"services": [{"id": "1", "slug": "x", "name": "X", "organization": "no"}]})


def test_a_bad_seed_is_refused_by_name_and_keeps_the_old_one() -> None:
    with Sandbox() as sb:
        before = sorted(r.slug for r in sb.store.resources.values())
        for seed, says in (
            ({"bad": 1}, "unknown seed section(s) bad"),
            ({"organizations": [{"slug": "x", "name": "X"}]}, "organizations[0] lacks 'id'"),
        ):
            answer = httpx.post(f"{sb.url}/__sandbox/reset", json={"seed": seed}, timeout=5)
            assert answer.status_code == 422
            assert says in answer.text
            with pytest.raises(SeedError, match=re.escape(says)):
                sb.reset(seed)
            assert sorted(r.slug for r in sb.store.resources.values()) == before
        sb.reset()  # the old seed is still the one a plain reset returns to
        assert sorted(r.slug for r in sb.store.resources.values()) == before


@pytest.mark.parametrize("missing", ["anny_sandbox", "uvicorn"])
def test_missing_extra_gives_a_clear_error(missing: str) -> None:
    # The client's ways into the sandbox (the old `anny.sandbox` alias, `anny sandbox`) name
    # the extra that brings it, under the distribution name that installs us.
    code = (
        "import sys\n"
        f"sys.modules[{missing!r}] = None\n"
        "try:\n"
        "    import anny.sandbox\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
        "from anny.__main__ import main\n"
        "sys.exit(main(['sandbox', '--port', '0']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout == "the sandbox is not installed: pip install 'anny-client[sandbox]'\n"
    assert done.returncode == 2
    assert done.stderr == (
        f"anny sandbox: the sandbox is not installed ({missing}): "
        "pip install 'anny-client[sandbox]'\n"
    )


def test_default_seed_is_packaged_data() -> None:
    from importlib import resources

    text = resources.files("anny_sandbox").joinpath("data/default_seed.json").read_text()
    seed = json.loads(text)
    assert seed["organizations"][0]["slug"] == "acme-gmbh"
    assert {s["slug"] for s in seed["services"]} >= {"hourly-desk-booking", "meeting-room-hourly"}
