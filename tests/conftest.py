"""Fixtures shared by every test folder: the parsed spec, a freshly generated package, one
sandbox server and a clean environment.

Folder conftests keep only what their folder needs (the client harness in core/, the per-test
resets and drivers in e2e/ and sandbox/, Prism in contract/).
"""

from __future__ import annotations

import functools
import os
import shutil
import ssl
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from anny_sandbox import Clock, Sandbox

import check_dist
import regenerate
from spec_tools import load_spec
from suite_helpers import ANNY_ENV, START, VirtualMonotonic

#: The `offload` marker: long self-contained modules run in a second process on the other core.
pytest_plugins = ["offload_plugin"]


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


def _regenerate(workdir: Path) -> Path:
    return regenerate.generate(regenerate.DEFAULT_SPEC, workdir)


def _check_distributions(workdir: Path) -> check_dist.Checked | None:
    # None: no wheelhouse to install the dependencies from (the fixture says so).
    return check_dist.check(workdir) if check_dist.WHEELHOUSE.is_dir() else None


#: Session fixtures whose work is a few subprocesses in a folder of their own, started when
#: collection ends (see below): the generator run and the build-and-install of the wheels.
_EARLY_JOBS: dict[str, Callable[[Path], Any]] = {
    "generated_tree": _regenerate,
    "built_distributions": _check_distributions,
}
_started: dict[str, tuple[Future[Any], Path]] = {}


def pytest_collection_finish(session: pytest.Session) -> None:
    """When a collected test needs one of the fixtures above, start its work right away: it
    runs in subprocesses, so on the other core while the tests before it run."""
    wanted = {name for item in session.items for name in getattr(item, "fixturenames", ())}
    for name, job in _EARLY_JOBS.items():
        if name in wanted:
            workdir = Path(tempfile.mkdtemp(prefix=f"anny-{name}-"))
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
            _started[name] = (pool.submit(job, workdir), workdir)
            pool.shutdown(wait=False)


def pytest_sessionfinish(session: pytest.Session) -> None:
    while _started:
        _, (future, workdir) = _started.popitem()
        if not future.cancel():
            future.exception()  # let a run nobody waited for (-x stopped early) finish first
        shutil.rmtree(workdir, ignore_errors=True)


def _early(name: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The result of an early job (started at collection, or now if it was not)."""
    if name in _started:
        return _started[name][0].result()
    return _EARLY_JOBS[name](tmp_path_factory.mktemp(name))


@pytest.fixture(scope="session")
def generated_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`generated/anny_api` as the generator makes it now from openapi/customer-api.yaml: one
    generator run (~3 s) per session, shared by every test that compares against a fresh tree.
    Read it, never write to it."""
    tree: Path = _early("generated_tree", tmp_path_factory)
    return tree


@pytest.fixture(scope="session")
def built_distributions(tmp_path_factory: pytest.TempPathFactory) -> check_dist.Checked:
    """Both distributions built, checked and installed in a fresh venv outside the checkout
    (scripts/check_dist.py), once per session. Without the wheelhouse of their dependencies
    (`make install` fills it) the tests that need this skip, except with CI=true: there a
    packaging check is never left out silently."""
    checked: check_dist.Checked | None = _early("built_distributions", tmp_path_factory)
    if checked is None:
        reason = f"no wheelhouse at {check_dist.WHEELHOUSE}: run `make install`"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return checked
