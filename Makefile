# Developer entry points; CI (.ci/run) calls the same targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Rebuilt only when a requirements file changes.
STAMP := $(VENV)/.installed

.PHONY: venv run test lint parser data train evaluate bench

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@

run: venv
	$(BIN)/uvicorn app.main:app --host 127.0.0.1 --port 8000

test: venv
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app model lsp

# Offline training steps (see README "Training and evaluation"). CORPORA is the corpora root.
CORPORA ?= ../shared/corpora

parser: venv
	$(BIN)/python -m training.parser --corpora $(CORPORA) --out model/parser

data: venv
	$(BIN)/python -m training.build_data --corpora $(CORPORA) --out build/data

train: venv
	$(BIN)/python -m training.train --data build/data --out build/model

evaluate: venv
	$(BIN)/python -m training.evaluate --model build/model --data build/data

bench: venv
	$(BIN)/python -m training.bench --model model/shipped
