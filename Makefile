# Every target creates/uses the local virtual environment by itself: on a fresh machine
# `make demo` and `make test` are the only two commands needed (`make test` also needs Node/npm:
# the contract tests run Stoplight Prism, pinned in package-lock.json).
PYTHON ?= python3
NPM    ?= npm
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp

.PHONY: install redis demo test test-fast fuzz sweep generate check-generated check-dist api-md lint-spec lint format typecheck bench clean

# Two distributions, both editable: the client (anny-client, import `anny`) and the sandbox
# (anny-sandbox, import `anny_sandbox`, sandbox/pyproject.toml), which the client's `sandbox`
# extra names: given in one command, pip takes the local one instead of looking it up.
$(STAMP): pyproject.toml sandbox/pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	@# A venv made before the rename holds the editable `anny` distribution: same files, same
	@# `anny` script. Removed first, so that the two never overwrite each other's records.
	@$(BIN)/python -m pip uninstall -q -y anny 2>/dev/null || true
	$(BIN)/python -m pip install -q -e ./sandbox -e '.[dev]'
	@# The wheels of the dependencies, for the packaging check (tests/test_packaging.py), which
	@# installs our wheels into a fresh venv with --no-index. Offline, that check skips (CI fails).
	@$(BIN)/python scripts/check_dist.py --fetch-wheels || { if [ "$$CI" = true ]; then exit 1; \
		else echo "warning: no wheelhouse: the packaging check will be skipped" >&2; fi; }
	@touch $(STAMP)

# `npm ci` starts from an empty node_modules/, so the stamp is written after it. Prism needs no
# install scripts; skipping them also keeps a dependency's analytics hook (scarf) off the network.
$(NODE_STAMP): package.json package-lock.json
	SCARF_ANALYTICS=false $(NPM) ci --no-audit --no-fund --ignore-scripts
	@touch $(NODE_STAMP)

install: $(STAMP) $(NODE_STAMP)

## Debian's redis-server, for the tests of the shared rate-limit budget (tests/redis, anny-client[redis])
## and the shared-budget rows of `make bench`; the tests start their own server on a free port.
## If it cannot be installed (no apt, no root), those tests skip with the reason, except with
## CI=true, where the run fails: the shared budget is never left untested silently.
SUDO ?= $(if $(filter 0,$(shell id -u)),,sudo)
redis:
	@command -v redis-server >/dev/null 2>&1 || { $(SUDO) apt-get update -q && \
		$(SUDO) apt-get install -y -q --no-install-recommends redis-server; } || \
		{ if [ "$$CI" = true ]; then echo "redis-server could not be installed" >&2; exit 1; \
		else echo "warning: redis-server not installed: the Redis tests will be skipped" >&2; fi; }

## The main job: a booking flow through `anny` against the embedded sandbox.
demo: $(STAMP)
	$(BIN)/python -m anny.demo

## Everything CI checks: ruff, mypy, pytest (including the contract tests against Prism).
## The spec checks run once, inside pytest, where they share one parsed spec and one generator
## run: generated/ up to date (tests/spec/test_regenerate.py, the same as `make check-generated`),
## anny/_spec_table.py up to date, spec lint (tests/spec/test_lint_spec.py, as `make lint-spec`),
## and the packaging check (tests/test_packaging.py, as `make check-dist`).
test: $(STAMP) $(NODE_STAMP) redis
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

test-fast: $(STAMP) $(NODE_STAMP) redis
	$(BIN)/python -m pytest -q -m "not slow"

## The response fuzz target at length: 200,000 seeded hostile answers (`make test` runs 10,000).
## FUZZ_SEED picks another deterministic corpus, e.g. `make fuzz FUZZ_SEED=7`.
FUZZ_CASES ?= 200000
FUZZ_SEED  ?= 20261125
fuzz: $(STAMP)
	ANNY_FUZZ_CASES=$(FUZZ_CASES) ANNY_FUZZ_SEED=$(FUZZ_SEED) $(BIN)/python -m pytest -q tests/fuzz

## The demo at all 157 instants of its sweep (`make test` runs a fixed sample of 56 that keeps
## both DST nights and New Year's Eve whole and every hour of the clock).
sweep: $(STAMP)
	ANNY_DEMO_SWEEP=all $(BIN)/python -m pytest -q tests/test_demo.py

generate: $(STAMP)
	$(BIN)/python scripts/regenerate.py
	$(BIN)/python scripts/operations_table.py
	$(BIN)/python scripts/api_md.py

## api.md, the helpers' reference, from their code and anny/_spec_table.py (also part of
## `make generate`; tests/core/test_api_md.py fails in `make test` when it is stale).
api-md: $(STAMP)
	$(BIN)/python scripts/api_md.py

check-generated: $(STAMP)
	$(BIN)/python scripts/regenerate.py --check
	$(BIN)/python scripts/operations_table.py --check
	$(BIN)/python scripts/api_md.py --check

## Both distributions (anny-client, anny-sandbox) built, twine-checked, installed from their
## wheels into a fresh venv outside the checkout and tried there (also part of `make test`).
check-dist: $(STAMP)
	$(BIN)/python scripts/check_dist.py

lint-spec: $(STAMP)
	$(BIN)/python scripts/lint_spec.py

lint: $(STAMP) lint-spec
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP) redis
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis dist build
