"""Fixtures shared by every test folder: the parsed spec, a freshly generated package, one
sandbox server and a clean environment.

Folder conftests keep only what their folder needs (the client harness in core/, the per-test
resets and drivers in e2e/ and sandbox/, Prism in contract/).
"""

from __future__ import annotations

import functools
import shutil
import ssl
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from anny_sandbox import Clock, Sandbox

import regenerate
from spec_tools import load_spec
from suite_helpers import ANNY_ENV, START, VirtualMonotonic


@pytest.fixture(scope="session", autouse=True)
def _one_tls_context_per_ca_file() -> Iterator[None]:
    """Every `httpx.Client`/`AsyncClient` (and so every `Anny`, `httpx.get`, ...) loads the CA
    bundle into a new `ssl.SSLContext`: ~40 ms of CPU each, for the ~1,500 clients the suite makes
    against 127.0.0.1 and mock transports, where TLS is never used. The suite shares one context
    per CA file instead, as httpx recommends to applications; nothing here configures TLS."""
    create = ssl.create_default_context
    made: dict[tuple[object, object, object], ssl.SSLContext] = {}

    @functools.wraps(create)
    def shared(
        purpose: ssl.Purpose = ssl.Purpose.SERVER_AUTH,
        *,
        cafile: str | None = None,
        capath: str | None = None,
        cadata: str | bytes | None = None,
    ) -> ssl.SSLContext:
        if cadata is not None:
            return create(purpose, cafile=cafile, capath=capath, cadata=cadata)
        key = (purpose, cafile, capath)
        if key not in made:
            made[key] = create(purpose, cafile=cafile, capath=capath)
        return made[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ssl, "create_default_context", shared)
        yield


@pytest.fixture(autouse=True)
def _no_anny_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ANNY_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """openapi/customer-api.yaml, parsed once per session (copy it before changing it)."""
    return load_spec()


@pytest.fixture(scope="session")
def anny_sandbox_options() -> dict[str, Any]:
    """The session sandbox of the anny_sandbox pytest plugin (the fixtures users get), as the
    suite runs it: frozen at START, anny's documented limits on (the default), their windows
    on a clock that the E2E clients' recorded sleeps move, so a paced client is never held up
    for real."""
    return {"clock": Clock(start=START, frozen=True), "monotonic": VirtualMonotonic()}


@pytest.fixture(scope="session")
def sandbox(anny_sandbox_server: Sandbox) -> Sandbox:
    """The plugin's one real sandbox server per session; the folders that use it reset it
    before each test (``anny_sandbox`` does)."""
    return anny_sandbox_server


# The generator run behind `generated_tree`, started when collection ends (see below).
_generation: list[tuple[Future[Path], Path]] = []


def pytest_collection_finish(session: pytest.Session) -> None:
    """When a collected test needs `generated_tree`, start its generator run right away: the
    generator is a subprocess, so it runs on the other core while the tests before it do."""
    if any("generated_tree" in getattr(item, "fixturenames", ()) for item in session.items):
        workdir = Path(tempfile.mkdtemp(prefix="anny-regenerated-"))
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="regenerate")
        future = pool.submit(regenerate.generate, regenerate.DEFAULT_SPEC, workdir)
        pool.shutdown(wait=False)
        _generation.append((future, workdir))


def pytest_sessionfinish(session: pytest.Session) -> None:
    while _generation:
        future, workdir = _generation.pop()
        if not future.cancel():
            future.exception()  # let a run nobody waited for (-x stopped early) finish first
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def generated_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`generated/anny_api` as the generator makes it now from openapi/customer-api.yaml: one
    generator run (~3 s) per session, shared by every test that compares against a fresh tree.
    Read it, never write to it."""
    if _generation:
        return _generation[0][0].result()
    return regenerate.generate(regenerate.DEFAULT_SPEC, tmp_path_factory.mktemp("regenerated"))
