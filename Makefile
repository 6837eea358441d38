# Two commands do everything: `make run` and `make test`.
# Each creates .venv when missing, installs what it needs, system packages included.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: run test system system-test venv install install-test golden messages clean

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

# stamps: reinstall only when pyproject.toml changes
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: system $(VENV)/.installed

install-test: system-test $(VENV)/.installed-test

# Regenerate the golden files of the end-to-end test; review them in the diff.
golden: install-test
	$(BIN)/python -m tests.regen_golden

# Extract the translatable strings, merge them into briefs/locale/*/briefs.po and compile briefs.mo.
messages: install
	BIN=$(BIN) sh briefs/locale/extract.sh

clean:
	rm -rf $(OUT) build dist *.egg-info
