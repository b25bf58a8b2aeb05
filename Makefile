# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.installed-test
SPACY_BUILT := $(VENV)/.spacy-built
# The release page's third-party files (DuckDB-WASM, Arrow, world outlines), from npm.
PAGE_ASSETS := transforms/release/assets/vendor/.installed
export PREFECT_HOME ?= $(CURDIR)/.prefect
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false

.PHONY: run test install clean page-assets optional-page-assets

$(INSTALLED): requirements.lock requirements-pip.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -r requirements-pip.txt
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

# spaCy's PyPI wheels for Python < 3.12 carry Cython's profiling hooks, which halve the
# model's speed: the same pinned release is built once without them (a few minutes, then
# cached per machine) and installed over the wheel. A build that fails leaves the wheel.
$(SPACY_BUILT): $(INSTALLED) requirements-build.txt tools/build_spacy.py
	$(BIN)/python tools/build_spacy.py || true
	touch $@

# Reference validators and Playwright: needed by the tests only.
$(TEST_INSTALLED): $(INSTALLED) requirements-test.lock
	$(BIN)/python -m pip install -q -r requirements-test.lock
	touch $@

# npm ci checks every package against package-lock.json's integrity hashes; vendor.mjs
# copies the files the page uses and checks them against assets/vendor.sha256.
$(PAGE_ASSETS): web/package.json web/package-lock.json web/vendor.mjs transforms/release/assets/vendor.sha256
	cd web && npm ci --no-audit --no-fund --loglevel=error
	node web/vendor.mjs
	touch $@

page-assets: $(PAGE_ASSETS)

# Without Node.js and npm the pipeline still runs; each release page then says what to
# install (its SQL box and basemap are missing, the rest works).
optional-page-assets:
	@$(MAKE) --no-print-directory page-assets || echo "warning: release page assets not installed (needs Node.js and npm; then run: make page-assets)"

install: $(INSTALLED) $(SPACY_BUILT) optional-page-assets

run: install
	$(BIN)/newsfacts run --input seeds --output output

test: $(TEST_INSTALLED) optional-page-assets
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .prefect output web/node_modules transforms/release/assets/vendor
