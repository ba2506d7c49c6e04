# Two entry points for a fresh clone:
#   make chat   install into .venv and ask questions about the seed articles (no Telegram token)
#   make test   install into .venv and run every test (CI runs exactly this)
PYTHON ?= python3.12
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install chat test test-fast bench mutation clean

$(BIN)/newsbot: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(BIN)/newsbot

chat: install
	$(BIN)/newsbot chat

test: install
	$(BIN)/python -m pytest -q -m "" --durations=15

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not e2e"

# Mutation score of the modules that decide answers ([tool.mutmut] in pyproject.toml lists
# them and the fast tests that cover them); mutmut comes from PyPI on first use.
mutation: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'mutmut>=3.8,<4'
	rm -rf mutants
	$(BIN)/mutmut run --max-children 4
	$(BIN)/mutmut results

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache tests/e2e/node_modules mutants
