# Two commands for a newcomer: `make run` (the app, on a demo database) and `make test` (everything CI checks).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The demo lives inside the checkout so that `make run` never touches a host's real data.
DEMO_DB ?= .devdata/demo.sqlite
DB ?= $(DEMO_DB)

.PHONY: install run demo test lint bench translations locale clean package package-test

# The app's icons and sounds live in resources/ (sources); pyside6-rcc compiles them into the package so the
# venv, the bundle and an installed copy read them alike (telecentre_desk/ui/assets.py). Generated, not committed.
RESOURCES_PY := telecentre_desk/ui/_resources_rc.py

install: $(VENV)/.installed $(RESOURCES_PY)

$(RESOURCES_PY): resources/telecentre_desk.qrc $(wildcard resources/icons/* resources/sounds/*) $(VENV)/.installed
	$(BIN)/pyside6-rcc resources/telecentre_desk.qrc -o $@

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Opens the GUI on $(DB); the demo database is generated the first time. First, the system libraries the
# window needs (issue 13): a missing one is named with the Debian package to install, not a Qt plugin error.
run: install
	@$(BIN)/python -m telecentre_desk.system_libs
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
	$(BIN)/pyside6-lupdate $$(find telecentre_desk/ui -name '*.py' ! -name '_resources_rc.py') -ts telecentre_desk/ui/translations/telecentre_desk_fr.ts
	$(BIN)/pyside6-lrelease telecentre_desk/ui/translations/telecentre_desk_fr.ts -qm telecentre_desk/ui/translations/telecentre_desk_fr.qm
	# English plural forms only ("%n visit(s)" -> "1 visit", "2 visits"): the source language needs no other entry.
	$(BIN)/pyside6-lupdate -pluralonly $$(find telecentre_desk/ui -name '*.py' ! -name '_resources_rc.py') -ts telecentre_desk/ui/translations/telecentre_desk_en.ts
	$(BIN)/pyside6-lrelease telecentre_desk/ui/translations/telecentre_desk_en.ts -qm telecentre_desk/ui/translations/telecentre_desk_en.qm

# The core's messages (errors the CLI prints and the window shows), gettext: extract the _() strings of every
# Qt-free module into a template, merge it into the French catalogue (new entries come empty, a test fails until
# they are translated), then compile the .mo. The .po and the .mo are committed; the template is not.
LOCALE_DIR := telecentre_desk/locale
LOCALE_POT := $(LOCALE_DIR)/telecentre_desk.pot
locale: install
	$(BIN)/pybabel extract --project=telecentre-desk --add-location=file --sort-output --no-wrap \
		--add-comments=Translators: --ignore-dirs='ui .* _*' -o $(LOCALE_POT) telecentre_desk
	$(BIN)/pybabel update --domain=telecentre_desk --locale=fr --input-file=$(LOCALE_POT) --output-dir=$(LOCALE_DIR) \
		--no-wrap --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date
	$(BIN)/pybabel compile --domain=telecentre_desk --locale=fr --directory=$(LOCALE_DIR) --statistics
	rm -f $(LOCALE_POT)

# Linux installer (issue 13): the PyInstaller one-folder bundle, then a .deb from it (packaging/README.md).
package: install
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath build/dist --workpath build/pyinstaller \
		packaging/telecentre-desk.spec
	packaging/linux/build_deb.sh $(BIN)/python

# Installs the .deb into a throw-away root and runs it as a host would (needs Xvfb, desktop-file-utils, appstream).
package-test: package
	packaging/linux/test_deb.sh $$(ls -t build/telecentre-desk_*.deb | head -1)

clean:
	rm -rf $(VENV) .devdata .pytest_cache $(RESOURCES_PY) build
