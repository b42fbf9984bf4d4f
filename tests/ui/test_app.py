"""run_gui end to end: a bad database, the first-run setup, the startup probe, the French window."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTableView
from sqlalchemy import Engine

from telecentre_desk import paths
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.ui import app as app_module
from telecentre_desk.ui import probe
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.places.place_dialog import PlaceDialog

PROBE = {"TELECENTRE_DESK_STARTUP_PROBE": "1"}

# run_gui reuses the one QApplication of the process, as it would in real life.
pytestmark = pytest.mark.usefixtures("qapp")


def gui_paths(tmp_path: Path, db: Path) -> paths.AppPaths:
    return paths.resolve(db=db, data_dir=tmp_path / "data", environ={})


def run(tmp_path: Path, db: Path, environ: dict[str, str]) -> int:
    # A safety net: a broken probe must fail the test, not hang the suite. Stopped afterwards: left running,
    # it would quit the event loop of whichever test runs 20 s later (and every wait after it).
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QCoreApplication.exit(99))
    guard.start(20_000)
    try:
        return app_module.run_gui(gui_paths(tmp_path, db), argv=["telecentre-desk"], environ=environ)
    finally:
        guard.stop()


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """What the window showed when the probe reported: rows in the table, texts of the window."""
    seen: list[dict[str, object]] = []
    report: Callable[[probe.FirstPaintProbe], None] = probe.FirstPaintProbe._report

    def spy(self: probe.FirstPaintProbe) -> None:
        table = self.parent().parent()
        assert isinstance(table, QTableView)
        window = table.window()
        assert isinstance(window, MainWindow)
        seen.append({"rows": table.model().rowCount(), "visible": table.isVisible(),
                     "header": table.model().headerData(1, Qt.Orientation.Horizontal),
                     "nav": window.nav.item(1).text(), "title": window.windowTitle()})
        report(self)

    monkeypatch.setattr(probe.FirstPaintProbe, "_report", spy)
    return seen


def not_sqlite(tmp_path: Path) -> Path:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is a shopping list, not a database\n" * 100)
    return bogus


def from_the_future(tmp_path: Path) -> Path:
    path = tmp_path / "future.sqlite"
    open_database(path).dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    return path


def in_a_missing_folder(tmp_path: Path) -> Path:
    return tmp_path / "usb-stick-not-plugged" / "desk.sqlite"


@pytest.mark.parametrize(("make_db", "why"), [
    (not_sqlite, "not a Télécentre Desk database"),
    (from_the_future, "newer version"),
    (in_a_missing_folder, "does not exist"),
])
def test_a_database_that_cannot_be_used_shows_an_error_and_exits_1(
        tmp_path: Path, recorded_dialogs, make_db: Callable[[Path], Path], why: str) -> None:
    db = make_db(tmp_path)
    assert run(tmp_path, db, {}) == 1
    [(title, text)] = recorded_dialogs.errors
    assert title == "Cannot open the database"
    assert str(db) in text
    assert why in text
    assert recorded_dialogs.crashes == []


def test_probe_prints_ready_once_the_members_table_painted(tmp_path: Path, place_engine: Engine,
                                                           db_path: Path, painted, capsys) -> None:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Florence", last_name="Dupont")
        members.add_member(session, first_name="Marc", last_name="Roux")
    before = time.time()
    assert run(tmp_path, db_path, PROBE) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and re.fullmatch(r"READY \d+\.\d{6}", lines[0])
    assert before <= float(lines[0].split()[1]) <= time.time()
    assert painted == [{"rows": 2, "visible": True, "header": "Last name", "nav": "Members",
                        "title": "Télécentre Desk — Télécentre de Florac"}]


def test_the_window_speaks_french_when_asked(tmp_path: Path, place_engine: Engine, db_path: Path,
                                             painted) -> None:
    assert run(tmp_path, db_path, {**PROBE, "TELECENTRE_DESK_LANG": "fr"}) == 0
    assert painted[0]["header"] == "Nom"
    assert painted[0]["nav"] == "Membres"
    # The translators are removed on the way out: the next window is English again.
    assert QCoreApplication.translate("MainWindow", "Members") == "Members"


def test_first_run_setup_then_the_main_window(tmp_path: Path, engine: Engine, db_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def fill_and_accept(dialog: PlaceDialog) -> int:
        dialog.form.code.setText("MEY")
        dialog.form.edits["name"].setText("Comptoir de Meyrueis")
        dialog.accept()
        # Once the main window runs, close it as a host would.
        QTimer.singleShot(0, lambda: [w.close() for w in QApplication.topLevelWidgets()
                                      if isinstance(w, MainWindow)])
        return dialog.result()

    monkeypatch.setattr(PlaceDialog, "exec", fill_and_accept)
    assert run(tmp_path, db_path, {}) == 0
    with unit_of_work(engine) as session:
        assert places.local_place(session).name == "Comptoir de Meyrueis"


def test_cancelling_the_first_run_setup_quits_quietly(tmp_path: Path, engine: Engine, db_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, recorded_dialogs) -> None:
    monkeypatch.setattr(PlaceDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert run(tmp_path, db_path, {}) == 0
    assert recorded_dialogs.errors == []
    with unit_of_work(engine) as session:
        assert places.find_local(session) is None


def test_the_probe_refuses_a_database_without_a_place(tmp_path: Path, engine: Engine, db_path: Path,
                                                      capsys) -> None:
    assert run(tmp_path, db_path, PROBE) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "needs a database with a place" in captured.err
