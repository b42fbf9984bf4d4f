"""Shared fixtures: a fresh, migrated database under tmp_path for every test that asks for one."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from sqlalchemy import Engine

from telecentre_desk.common import clock, i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places

# A fixed "now" (a Thursday in November, 10:00 in Florac) so that "today" never drifts in tests.
FROZEN_NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[dt.datetime]:
    clock.set_clock(lambda: FROZEN_NOW)
    yield FROZEN_NOW
    clock.set_clock(None)


@pytest.fixture
def computer_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own zone is not the place's (a laptop set up abroad): times must still be the place's."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read the English source messages, whatever the machine's locale (French tests switch on purpose).

    The variable pins the CLI run in-process by main() and every subprocess (which inherit it) to English too.
    """
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def _drop_app_log_handlers() -> Iterator[None]:
    """main() configures logging into the test's tmp folder; close those files after the test."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_telecentre_desk", False)]:
        root.removeHandler(handler)
        handler.close()


def _open_top_levels() -> list:
    """The visible top-level windows, dialogs and popups of the running QApplication (none without Qt loaded)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return []
    return [w for w in widgets.QApplication.topLevelWidgets() if w.isVisible()]


def _forget_a_hidden_active_window() -> None:
    """A window closed by an earlier test can stay Qt's active window (offscreen): the next window's
    activateWindow() then never takes, and a test waiting for it times out. Clear it before each test."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    active = widgets.QApplication.activeWindow()
    if active is not None and not active.isVisible():
        import warnings

        with warnings.catch_warnings():  # deprecated in Qt 6 for apps; a test harness has no other lever
            warnings.simplefilter("ignore", DeprecationWarning)
            widgets.QApplication.setActiveWindow(None)


@pytest.fixture(autouse=True)
def _no_window_left_open() -> Iterator[None]:
    """A UI test must close every window and dialog it opened: one left open keeps the focus and the activation,
    and the tests after it time out waiting for theirs (what made the full suite fail while each file passed).

    Qt is not imported here: the guard only looks when a test has loaded it. Whatever is left open is closed and
    deleted (later, as pytest-qt does), so the next tests start clean, and this test fails (an error at its
    teardown) naming the culprits. A test closing its own dialog should delete it too (``deleteLater``): a
    hidden dialog lives on with its parent and can stay Qt's active window.
    """
    before = {id(w) for w in _open_top_levels()}
    _forget_a_hidden_active_window()
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    widgets.QApplication.processEvents()
    left = [w for w in _open_top_levels() if id(w) not in before]
    window_type = sys.modules["PySide6.QtCore"].Qt.WindowType
    # A combo box's list or a tooltip still showing is closed too, but only windows and dialogs fail the test.
    named = [f"{type(w).__name__} {w.windowTitle()!r}" for w in left
             if w.windowType() not in (window_type.Popup, window_type.ToolTip)]
    for widget in left:
        widget.close()
        widget.deleteLater()
    widgets.QApplication.processEvents()
    if named:
        pytest.fail("left open after the test (close it, or qtbot.addWidget it): " + ", ".join(named), pytrace=False)
class MemoryKeyring(keyring.backend.KeyringBackend):
    """A credential store in memory: no test reads or writes the developer's real keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Secrets go to a fresh in-memory keyring; subprocesses get the file fallback (fail backend)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = open_database(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def place_engine(engine: Engine) -> Engine:
    """A database whose local place (FLO, Florac) is set up."""
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Télécentre de Florac", legal_name="SoLozère Florac",
                          address="2 place de l'Ancienne Gare", postcode="48400", city="Florac",
                          siret="73282932000074", vat_regime="standard")
    return engine


# Tests that wait for the window system to activate a window run first. Late in the suite, after some
# hundreds of windows have been through the one QApplication (hidden, not yet deleted), offscreen activation
# requests stop being granted and these time out, while each passes in its own run: order is no cure for
# that leak, but it keeps the suite's verdict about the product rather than the harness (see the guard above).
_ACTIVATION_FIRST = ("tests/ui/test_scan_anywhere.py", "tests/ui/test_scanner_timestamps.py",
                     "tests/ui/test_scanner_wedge.py", "tests/ui/test_single_instance.py",
                     "tests/ui/test_privacy_actions.py", "tests/ui/test_operations.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in _ACTIVATION_FIRST)
