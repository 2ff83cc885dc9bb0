# The two commands of the README: `make run` and `make test` (and `make test-slow`, the slow group CI runs too).
# They create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-slow lint bench bench-bundle bundle deb system-deps clean translations translations-update

$(STAMP): pyproject.toml | system-deps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)
	@PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/install-system-deps.sh  # now Qt is there to say what it lacks

# System packages: before .venv exists (python3-venv), then what Qt's own files lack (scripts/install-system-deps.sh)
system-deps:
	@PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/install-system-deps.sh

# Translations: resources/i18n/*.ts are the sources (in git); the .qm Qt loads are built from them (not in git).
# `make translations-update` gathers every translate(...) of the code into the English catalogue.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))
resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@
translations: $(QM)
translations-update: $(STAMP)
	$(BIN)/python scripts/update_translations.py

run: system-deps $(STAMP) translations
	@bash scripts/run.sh $(ARGS)

# `make test`: every test but the slow group, on every CPU (pytest-xdist). The workers share nothing (each starts its
# own PostgreSQL server: tests/conftest.py); tests that ever must share one worker take @pytest.mark.xdist_group,
# which --dist loadgroup honours. benchmarks/test_suite.py times it.
test: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist loadgroup -m "not heavy" $(PYTEST_ARGS)

# `make test-slow`: the slow group (`@pytest.mark.heavy`: kills, a wheel in a fresh venv, a file held by another
# program, two writers for a while), one test at a time as each starts processes of its own; .ci/run runs both
test-slow: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 0 -m heavy $(PYTEST_ARGS)

# Ruff lints and checks the format (the settings are in pyproject.toml); `ruff format` fixes the format
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts migrations
	$(BIN)/ruff format --check src tests benchmarks scripts migrations

# Every benchmark; docs/performance.md is written from the run (benchmarks/run_all.py)
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

bench-bundle: bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py --bundle

bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@bash scripts/check_bundle.sh
	@$(MAKE) --no-print-directory deb

# The bundle as a Debian package (scripts/make_deb.sh), installed and started in a clean Debian 12 root
# (scripts/check_deb.sh: needs root and debootstrap, skipped without them unless DROEFTELSE_REQUIRE_DEB_CHECK=1)
deb:
	@bash scripts/make_deb.sh
	@bash scripts/check_deb.sh

clean:
	rm -rf build dist $(VENV)
