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


def _qt() -> tuple | None:
    """(QtCore, QtWidgets) once a test has loaded Qt and made the QApplication; None before (core tests)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return None
    return sys.modules["PySide6.QtCore"], widgets


def _name(widget: object) -> str:
    return f"{type(widget).__name__} {widget.windowTitle() or widget.objectName()!r}"  # type: ignore[attr-defined]


def _event_loop_works(core: object, widgets: object) -> bool:
    """Whether an event loop still runs; revives it when not.

    ``QCoreApplication.exit()`` (or ``quit()``) reaching the application while no ``exec()`` runs — a timer
    left by a test that ran ``app.exec()``, a probe quitting late — leaves Qt's "quit now" flag set: from then
    on every QEventLoop returns at once, so no wait of pytest-qt delivers anything (window activation, a job's
    end, a socket) and every later test that waits times out. Only ``exec()`` clears that flag. Running this
    loop also delivers what the test left queued (the ``deleteLater`` of its widgets included).
    """
    loop = core.QEventLoop()
    core.QTimer.singleShot(0, loop.quit)
    if loop.exec() == 0:
        return True
    core.QTimer.singleShot(0, lambda: core.QCoreApplication.exit(0))
    widgets.QApplication.exec()
    return False


@pytest.fixture(autouse=True)
def _no_window_left_open() -> Iterator[None]:
    """A UI test must leave the one QApplication as it found it, whatever order the tests run in.

    Qt is not imported here: the guard only looks when a test has loaded it. After the test (pytest-qt has
    closed and ``deleteLater``-ed the widgets given to ``qtbot.addWidget`` by then), the test fails (an error
    at its teardown) naming what it left:
    - a window or dialog still open: it keeps the focus and the activation from the tests after it;
    - a top-level window it created, hidden but never deleted (a dialog closed but kept, a screen not given to
      qtbot): it stays Qt's focus window on the offscreen platform, which never hands the focus back;
    - an event loop that no longer runs (see ``_event_loop_works``).
    What is left is closed and deleted so that the next tests start clean.
    """
    qt = _qt()
    before = {id(w) for w in qt[1].QApplication.topLevelWidgets()} if qt else set()
    yield
    qt = _qt()
    if qt is None:
        return
    core, widgets = qt
    app = widgets.QApplication
    loop_ok = _event_loop_works(core, widgets)
    app.sendPostedEvents(None, core.QEvent.Type.DeferredDelete)
    window_type = core.Qt.WindowType
    left = [w for w in app.topLevelWidgets() if id(w) not in before]
    # A combo box's list, a menu or a tooltip belongs to its widget: it goes with it, and fails nothing.
    windows = [w for w in left if w.windowType() not in (window_type.Popup, window_type.ToolTip)
               and not (w.parentWidget() is not None and not w.isVisible())]
    shown = [_name(w) for w in windows if w.isVisible()]
    hidden = [_name(w) for w in windows if not w.isVisible()]
    for widget in left:
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, core.QEvent.Type.DeferredDelete)
    faults = []
    if shown:
        faults.append("left open after the test (close it, or qtbot.addWidget it): " + ", ".join(shown))
    if hidden:
        faults.append("left hidden but not deleted (qtbot.addWidget it, or deleteLater it once closed): "
                      + ", ".join(hidden))
    if not loop_ok:
        faults.append("QCoreApplication.exit()/quit() reached the application outside its exec() (during this "
                      "test, or from a timer an earlier test left running): every event loop after it stopped")
    if faults:
        pytest.fail("; ".join(faults), pytrace=False)


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
