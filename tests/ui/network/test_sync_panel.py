"""The Network screen's sync tab on three real places exchanging files: what the host reads after a sync,
a refused export in red with its file and line, a conflict in amber, the progress, Cancel, a missing folder."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.common import clock
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.sync import service as sync
from telecentre_desk.sync.status import read_status
from telecentre_desk.ui.network import folder as shared_folder
from telecentre_desk.ui.network.log_dialog import LogEntryDialog
from telecentre_desk.ui.network.log_model import KIND_COLORS, LogColumn
from telecentre_desk.ui.network.peers_model import ERROR_COLOR, PeerColumn
from telecentre_desk.ui.store import Store
from tests.conftest import FROZEN_NOW
from tests.ui.network.conftest import open_panel, rewrite_file, run_sync_and_wait, table_text

RED, AMBER = KIND_COLORS["rejected"], KIND_COLORS["conflict"]


def colours(model, row: int) -> tuple[str, str]:
    index = model.index(row, LogColumn.MESSAGE)
    return (index.data(Qt.ItemDataRole.ForegroundRole).name(), index.data(Qt.ItemDataRole.BackgroundRole).name())


def test_after_a_sync_the_other_places_and_the_log_are_shown(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                            db_path: Path, shared: Path, other_place) -> None:
    marvejols, langogne = other_place("MAR"), other_place("LAN")
    marvejols.add_member("Jean", "Martin")
    marvejols.add_member("Lucie", "Bonnet")
    langogne.add_member("Paul", "Roux")
    marvejols.export()
    langogne.export()
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    assert table_text(panel.peers_model) == []
    assert panel.own_label.text() == "This place (FLO) has not exported yet."

    run_sync_and_wait(qtbot, panel)

    # Each export holds its place and its members (no badge issued, no plan marked for the network).
    assert panel.summary_label.text() == (
        "2 place(s) read: 2 applied — 5 row(s) applied, 0 conflict(s). This place's export 1 written (1 row(s)).")
    assert panel.summary_label.styleSheet() == "color: #1e6b34;"
    assert [row[:PeerColumn.LAST_ERROR + 1] for row in table_text(panel.peers_model)] == [
        ["LAN", "Tiers-lieu de Langogne", "Langogne", "1", "26/11/2026 10:00", "1", "", ""],
        ["MAR", "Comptoir de Marvejols", "Marvejols", "1", "26/11/2026 10:00", "2", "", ""],
    ]
    assert panel.own_label.text() == "This place (FLO): export 1 written on 26/11/2026 10:00."
    log = table_text(panel.log_model)
    assert [row[:LogColumn.WHERE + 1] for row in log] == [
        ["26/11/2026 10:00", "FLO", "exported", ""],
        ["26/11/2026 10:00", "MAR", "applied", ""],
        ["26/11/2026 10:00", "LAN", "applied", ""],
    ]
    assert log[1][LogColumn.MESSAGE].startswith("export 1: rows applied 3,")
    assert (shared / "FLO" / "manifest.json").is_file()
    assert not panel.progress.isVisible() and panel.sync_button.isEnabled()
    # The folder is remembered for this database.
    assert shared_folder.read_shared_folder(settings_store, db_path) == str(shared)
    again = open_panel(qtbot, store, settings_store, db_path)
    assert again.folder_edit.text() == str(shared)
    assert shared_folder.read_shared_folder(settings_store, db_path.with_name("other.sqlite")) == ""


def test_a_refused_export_is_red_with_its_file_and_line(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                        db_path: Path, place_engine: Engine, shared: Path,
                                                        other_place) -> None:
    langogne = other_place("LAN")
    langogne.add_member("Paul", "Roux")
    langogne.export()

    def break_status(lines: list[str]) -> None:
        lines[1] = lines[1].replace(";active;", ";gone;")

    members_file = rewrite_file(shared / "LAN", "members", break_status)
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    run_sync_and_wait(qtbot, panel)

    assert panel.summary_label.text().startswith("1 place(s) read: 1 refused — 0 row(s) applied")
    assert panel.summary_label.styleSheet() == "color: #b3261e;"
    refused = [row for row in table_text(panel.log_model) if row[LogColumn.KIND] == "refused"]
    assert refused == [["26/11/2026 10:00", "LAN", "refused", f"{members_file}:2",
                        "“gone” is not one of active, inactive, erased"]]
    row = [r[LogColumn.KIND] for r in table_text(panel.log_model)].index("refused")
    assert colours(panel.log_model, row) == (RED[0].name(), RED[1].name())
    # The place keeps nothing of that export; its row says why, in red.
    peers = table_text(panel.peers_model)
    assert [p[PeerColumn.CODE] for p in peers] == ["LAN"]
    assert peers[0][PeerColumn.EXPORT] == "—" and peers[0][PeerColumn.APPLIED_AT] == "never"
    assert peers[0][PeerColumn.LAST_ERROR] == f"LAN/{members_file}:2: “gone” is not one of active, inactive, erased"
    error = panel.peers_model.index(0, PeerColumn.LAST_ERROR).data(Qt.ItemDataRole.ForegroundRole)
    assert error == ERROR_COLOR
    with place_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM member WHERE origin = 'LAN'").scalar() == 0

    # The Refused button shows that entry alone, and counts it.
    assert panel.filter_buttons["refused"].text() == "Refused (1)"
    panel.filter_buttons["refused"].click()
    assert [r[LogColumn.KIND] for r in table_text(panel.log_model)] == ["refused"]
    panel.filter_buttons["conflicts"].click()
    assert table_text(panel.log_model) == []
    panel.filter_buttons["all"].click()
    assert len(table_text(panel.log_model)) == 2

    # A double-click shows it whole, ready to copy into a mail to Langogne's host.
    index = panel.log_model.index(row, LogColumn.MESSAGE)
    panel.log_table.doubleClicked.emit(index)
    dialog = panel.entry_dialog
    assert isinstance(dialog, LogEntryDialog) and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert f"File: {members_file}:2" in text and text.endswith("“gone” is not one of active, inactive, erased")
    assert dialog.text.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    dialog.close()  # none left open for the next test
    dialog.deleteLater()


def test_a_file_whose_checksum_fails_is_refused_whole(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                      db_path: Path, place_engine: Engine, shared: Path,
                                                      other_place) -> None:
    langogne = other_place("LAN")
    langogne.add_member("Paul", "Roux")
    langogne.export()
    members_file = next((shared / "LAN").glob("members.*.csv"))
    members_file.write_bytes(members_file.read_bytes().replace(b"Paul", b"Pierre"))  # edited by hand
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    run_sync_and_wait(qtbot, panel)

    refused = [row for row in table_text(panel.log_model) if row[LogColumn.KIND] == "refused"]
    assert [r[LogColumn.WHERE] for r in refused] == [members_file.name]
    assert refused[0][LogColumn.MESSAGE].startswith("does not match its checksum in the manifest")
    with place_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM place WHERE code = 'LAN'").scalar() == 0


def test_a_clock_gone_back_is_no_conflict_and_a_conflict_is_amber(qtbot: QtBot, store: Store,
                                                                  settings_store: QSettings, db_path: Path,
                                                                  shared: Path, other_place) -> None:
    marvejols = other_place("MAR")
    jean = marvejols.add_member("Jean", "Martin")
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    # Marvejols changes Jean at 11:00, Florac reads it; then Marvejols's PC clock goes back two hours
    # (a flat BIOS battery) and Jean is changed again "at 09:00". Marvejols is the authority for its
    # members and its exports are applied in their order: the later change wins, whatever the clocks said.
    clock.set_clock(lambda: FROZEN_NOW + dt.timedelta(hours=1))
    with unit_of_work(marvejols.engine) as session:
        members.edit_member(session, jean, category="employee")
    marvejols.export()
    run_sync_and_wait(qtbot, panel)
    clock.set_clock(lambda: FROZEN_NOW - dt.timedelta(hours=1))
    with unit_of_work(marvejols.engine) as session:
        members.edit_member(session, jean, category="jobseeker")
    marvejols.export()
    clock.set_clock(lambda: FROZEN_NOW)
    run_sync_and_wait(qtbot, panel)
    assert panel.summary_label.text().startswith("1 place(s) read: 1 applied — 1 row(s) applied, 0 conflict(s).")
    assert panel.summary_label.styleSheet() == "color: #1e6b34;"
    assert store.read(lambda conn: conn.execute("SELECT category FROM member WHERE origin = 'MAR'").fetchone()) == (
        "jobseeker",)

    # A row that clashes with a record held here is a conflict: amber, counted, filtered.
    with sync.raw_connection(store.engine) as conn:
        conn.execute("INSERT INTO sync_log (at, place_code, kind, file, line, entity_uid, message) VALUES "
                     "('2026-11-26 09:00:00.000000', 'MAR', 'conflict', 'members.000002.csv', 2, NULL, "
                     "'not applied: it clashes with a record held here')")
    panel.refresh()
    assert panel.filter_buttons["conflicts"].text() == "Conflicts (1)"
    panel.filter_buttons["conflicts"].click()
    [conflict] = table_text(panel.log_model)
    assert conflict[:LogColumn.WHERE] == ["26/11/2026 10:00", "MAR", "conflict"]
    assert conflict[LogColumn.WHERE].startswith("members.000002.csv:")
    assert colours(panel.log_model, 0) == (AMBER[0].name(), AMBER[1].name())


def test_the_progress_moves_and_the_window_keeps_answering(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                           db_path: Path, shared: Path, other_place) -> None:
    for code in ("MAR", "LAN"):
        place = other_place(code)
        place.add_member("Jean", "Martin")
        place.export()
    seen: list[tuple[int, int]] = []

    def slow_run(engine: Engine, folder: Path, *, progress, cancelled):
        def slow(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            time.sleep(0.15)  # a big export on a slow USB stick

        return sync.run(engine, folder, progress=slow, cancelled=cancelled)

    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared, run_sync=slow_run)
    panel.progress.valueChanged.connect(lambda value: seen.append((value, panel.progress.maximum())))
    ticks: list[str] = []
    timer = QTimer(panel)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(panel.step_label.text()) if panel.running else None)
    timer.start()

    with qtbot.waitSignal(panel.sync_finished, timeout=20_000):
        panel.sync_button.click()
        assert not panel.sync_button.isEnabled() and panel.cancel_button.isEnabled()
        assert panel.progress.isVisible()
    timer.stop()

    # 3 import steps and 8 export steps, 0.15 s each: the event loop ran all along (a 10 ms timer, >1.5 s).
    assert len(ticks) > 60
    assert "Reading the export of LAN (1 of 2)…" in ticks
    assert "Reading the export of MAR (2 of 2)…" in ticks
    assert "Writing this place's export…" in ticks
    assert (1, 2) in seen and (2, 2) in seen  # the import's steps, then the export's
    assert any(maximum > 2 and value > 0 for value, maximum in seen)
    assert panel.summary_label.text().startswith("2 place(s) read: 2 applied")


def test_cancel_stops_after_the_place_being_read(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                 db_path: Path, place_engine: Engine, shared: Path,
                                                 other_place) -> None:
    for code in ("MAR", "LAN"):
        place = other_place(code)
        place.add_member("Jean", "Martin")
        place.export()
    reading = threading.Event()
    go_on = threading.Event()

    def gated_run(engine: Engine, folder: Path, *, progress, cancelled):
        def gated(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            if what == "LAN":
                reading.set()
                assert go_on.wait(10)  # Langogne is being read when the host presses Cancel

        return sync.run(engine, folder, progress=gated, cancelled=cancelled)

    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared, run_sync=gated_run)
    with qtbot.waitSignal(panel.sync_finished, timeout=20_000):
        panel.sync_button.click()
        qtbot.waitUntil(reading.is_set)
        panel.cancel_button.click()
        assert not panel.cancel_button.isEnabled()
        assert panel.step_label.text() == "Stopping after the place being read…"
        go_on.set()

    assert panel.summary_label.text().startswith(
        "Stopped: the places not read yet will be read at the next sync. 1 place(s) read: 1 applied")
    assert [p[PeerColumn.CODE] for p in table_text(panel.peers_model)] == ["LAN"]  # Marvejols waits
    with place_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM member WHERE origin = 'MAR'").scalar() == 0
    assert panel.sync_button.isEnabled() and not panel.cancel_button.isVisible()


def test_a_missing_folder_is_explained_and_nothing_changes(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                           db_path: Path, place_engine: Engine,
                                                           tmp_path: Path) -> None:
    panel = open_panel(qtbot, store, settings_store, db_path)
    panel.sync_button.click()
    assert panel.summary_label.text() == ("Choose the shared folder first: where the places of the network leave "
                                          "their exports.")
    stick = tmp_path / "usb-stick" / "SoLozère"
    panel.folder_edit.setText(str(stick))
    panel.sync_button.click()
    assert not panel.running
    assert panel.summary_label.text() == (f"The shared folder {stick} cannot be reached: is the USB stick or the "
                                          "network drive connected? Nothing was changed.")
    assert panel.summary_label.styleSheet() == "color: #b3261e;"
    with place_engine.connect() as conn:
        assert read_status(conn.connection.driver_connection).last_export_sequence == 0


def test_the_folder_vanishing_mid_sync_loses_nothing(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                     db_path: Path, place_engine: Engine, shared: Path,
                                                     other_place) -> None:
    langogne = other_place("LAN")
    langogne.add_member("Paul", "Roux")
    langogne.export()

    def pulled_out(engine: Engine, folder: Path, *, progress, cancelled):
        def unplug(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            if done == total:  # Langogne read: the stick is pulled out before this place's export
                shutil.rmtree(folder)

        return sync.run(engine, folder, progress=unplug, cancelled=cancelled)

    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared, run_sync=pulled_out)
    run_sync_and_wait(qtbot, panel)

    assert panel.summary_label.text() == (
        f"Not synchronised: the shared folder {shared} does not exist or cannot be reached (network drive or USB "
        "stick not connected?). What was read before is kept; nothing is lost.")
    # Langogne's export was applied whole before the stick went; this place's export number was not spent.
    assert [p[PeerColumn.CODE] for p in table_text(panel.peers_model)] == ["LAN"]
    with place_engine.connect() as conn:
        status = read_status(conn.connection.driver_connection)
    assert status.last_export_sequence == 0 and status.peers[0].last_sequence == 1
    assert panel.sync_button.isEnabled()


def test_ctrl_shift_y_synchronises(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path,
                                   shared: Path) -> None:
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    assert panel.sync_button.shortcut() == QKeySequence("Ctrl+Shift+Y")
    panel.window().activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    with qtbot.waitSignal(panel.sync_finished, timeout=20_000):
        qtbot.keyClick(panel.folder_edit, Qt.Key.Key_Y,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.summary_label.text() == ("No other place has exported to this folder yet. "
                                          "This place's export 1 written (1 row(s)).")
