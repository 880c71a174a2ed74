# Two commands: `make run` and `make test`. Both create .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-stock lint bench clean tour

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/python -m bot

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

# The order flow, webhook/program and payment tests on stock aiogram (bot/telegram/tuning.py off).
STOCK_TESTS := tests/test_order_flow.py tests/test_order_form.py tests/test_program.py \
	tests/test_running.py tests/test_stars.py tests/test_wallet_topups.py tests/test_cryptopay.py \
	tests/test_bot_session.py tests/test_tuning.py
test-stock: $(VENV)/.installed-dev
	AIOGRAM_TUNING=false $(BIN)/python -m pytest $(STOCK_TESTS)

# docs/tour.md: every screen of one customer's journey, recorded by tests/test_tour.py.
tour: $(VENV)/.installed-dev
	TOUR_PATH=docs/tour.md $(BIN)/python -m pytest tests/test_tour.py -q

bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
