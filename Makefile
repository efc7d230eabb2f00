# The two commands a newcomer needs are `make lab` and `make test`; both set up
# the environment themselves. Everything else here is for maintainers.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST := $(BIN)/python -m pytest
# Nothing may download at run time: the tests run with an empty NLTK data folder.
export NLTK_DATA := $(CURDIR)/.nltk-data-empty

.DEFAULT_GOAL := help
.PHONY: help setup lab test test-unit test-notebooks test-browser refresh nav bench eval lint format clean

help:
	@echo "make lab    - set up (first time only) and open the first lesson in JupyterLab"
	@echo "make test   - set up (first time only) and run every test: unit, notebooks, browser"
	@echo "make refresh | nav | bench | eval | lint | format | test-unit | test-notebooks | test-browser"

# The environment is rebuilt only when a dependency file changes.
$(STAMP): pyproject.toml constraints.txt scripts/jupyterlab-overrides.json
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed (found %s)" % sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@mkdir -p $(NLTK_DATA) $(VENV)/share/jupyter/lab/settings
	@# classrooms sit behind firewalls: JupyterLab should not ask to fetch news or updates
	@cp scripts/jupyterlab-overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	@touch $(STAMP)

setup: $(STAMP)

lab: $(STAMP)
	$(BIN)/python scripts/lab.py $(LAB_ARGS)

test: $(STAMP)
	$(PYTEST) --nbval --nbval-sanitize-with tests/sanitize.cfg -p no:cacheprovider $(PYTEST_ARGS)

test-unit: $(STAMP)
	$(PYTEST) tests helpers -m "not browser" $(PYTEST_ARGS)

test-notebooks: $(STAMP)
	$(PYTEST) --nbval --nbval-sanitize-with tests/sanitize.cfg notebooks lessons/teacher $(PYTEST_ARGS)

test-browser: $(STAMP)
	$(PYTEST) tests -m browser $(PYTEST_ARGS)

# Re-run every notebook in place so the stored outputs match the code.
refresh: $(STAMP)
	$(BIN)/python scripts/refresh_notebooks.py

# Rebuild navigation cells and the contents page from file names and headings.
nav: $(STAMP)
	$(BIN)/python scripts/navigation.py

bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_notebooks.py

eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

clean:
	rm -rf $(VENV) .nltk-data-empty test-output .pytest_cache
