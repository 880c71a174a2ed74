# Two commands: `make run` and `make test`. Both create .venv on a fresh machine and install
# from the lock files (every dependency pinned, with hashes): the versions the tests passed with.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The lock files are made from pyproject.toml by uv; `make lock` writes them, `make lock-check`
# fails when they no longer match pyproject.toml. Existing pins are kept unless asked to move
# (make lock UPGRADE="--upgrade-package aiogram", or UPGRADE=--upgrade for everything).
UV_COMPILE = $(BIN)/uv pip compile pyproject.toml --quiet --generate-hashes --universal \
	--python-version 3.11 --custom-compile-command "make lock"

.PHONY: run test test-stock lint bench clean tour lock lock-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/python -m bot

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

lock: $(VENV)/.installed-dev
	$(UV_COMPILE) $(UPGRADE) -o requirements.lock
	$(UV_COMPILE) $(UPGRADE) --extra dev -c requirements.lock -o requirements-dev.lock

# The lock files made again from pyproject.toml, keeping their pins, must come out the same.
lock-check: $(VENV)/.installed-dev
	@tmp=$$(mktemp -d) && cp requirements.lock requirements-dev.lock $$tmp/ && \
	$(UV_COMPILE) -o $$tmp/requirements.lock && \
	$(UV_COMPILE) --extra dev -c requirements.lock -o $$tmp/requirements-dev.lock && \
	if diff -u requirements.lock $$tmp/requirements.lock && \
	   diff -u requirements-dev.lock $$tmp/requirements-dev.lock; then \
		echo "lock files match pyproject.toml"; rm -r $$tmp; \
	else \
		echo "lock files are stale: run 'make lock' and commit them" >&2; rm -r $$tmp; exit 1; \
	fi

# The order flow, webhook/program and payment tests on stock aiogram (bot/telegram/tuning.py off).
STOCK_TESTS := tests/test_order_flow.py tests/test_order_form.py tests/test_program.py \
	tests/test_running.py tests/test_stars.py tests/test_wallet_topups.py tests/test_cryptopay.py \
	tests/test_bot_session.py tests/test_tuning.py tests/test_filters.py
test-stock: $(VENV)/.installed-dev
	AIOGRAM_TUNING=false $(BIN)/python -m pytest $(STOCK_TESTS)

# docs/tour.md, docs/tour.ar.md, docs/tour.ru.md: every screen of one customer's journey in
# English, Arabic and Russian, recorded by tests/test_tour.py.
tour: $(VENV)/.installed-dev
	TOUR_DIR=docs $(BIN)/python -m pytest tests/test_tour.py -q

bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
