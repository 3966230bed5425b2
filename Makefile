# Developer entry points; CI (.ci/run) calls the same targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Rebuilt only when a requirements file changes.
STAMP := $(VENV)/.installed

.PHONY: venv run test lint

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -r requirements-dev.txt
	touch $@

run: venv
	$(BIN)/uvicorn app.main:app --host 127.0.0.1 --port 8000

test: venv
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app model lsp
