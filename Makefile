# Two commands do everything: `make run` and `make test`.
# Each creates .venv when missing, installs what it needs, system packages included.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: run test system system-test venv install install-test golden clean

run: install
	$(BIN)/briefs build --out $(OUT)

test: install-test
	$(BIN)/python -m pytest

system:
	@PYTHON=$(PYTHON) bash scripts/system-deps.sh run

system-test:
	@PYTHON=$(PYTHON) bash scripts/system-deps.sh test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

venv: $(BIN)/python

install: system venv
	$(BIN)/python -m pip install --quiet -e .

install-test: system-test venv
	$(BIN)/python -m pip install --quiet -e '.[test]'

# Regenerate the golden files of the end-to-end test; review them in the diff.
golden: install-test
	$(BIN)/python -m tests.regen_golden

clean:
	rm -rf $(OUT) build dist *.egg-info
