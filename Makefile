# Two commands for a newcomer: `make run` (the app, on a demo database) and `make test` (everything CI checks).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The demo lives inside the checkout so that `make run` never touches a host's real data.
DEMO_DB ?= .devdata/demo.sqlite
DB ?= $(DEMO_DB)

.PHONY: install run demo test lint bench translations clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Opens the GUI on $(DB); the demo database is generated the first time.
run: install
	@if [ "$(DB)" = "$(DEMO_DB)" ] && [ ! -f "$(DEMO_DB)" ]; then \
		mkdir -p $(dir $(DEMO_DB)) && $(BIN)/telecentre-desk --db $(DEMO_DB) demo; fi
	$(BIN)/telecentre-desk --db $(DB)

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Ruff, the import contracts and the whole suite, offscreen (no display needed).
test: install lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run_all.py

# Refresh the French catalogue from the sources, then compile it (both files are committed).
translations: install
	$(BIN)/pyside6-lupdate $$(find telecentre_desk/ui -name '*.py') -ts telecentre_desk/ui/translations/telecentre_desk_fr.ts
	$(BIN)/pyside6-lrelease telecentre_desk/ui/translations/telecentre_desk_fr.ts -qm telecentre_desk/ui/translations/telecentre_desk_fr.qm

clean:
	rm -rf $(VENV) .devdata .pytest_cache
