"""Place > Backups in the window: choose the folder and the passphrase, back up now, see the warning, restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.backup import service
from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.ui import i18n as ui_i18n
from telecentre_desk.ui.backup.hook import BackupHook
from telecentre_desk.ui.backup.restore_dialog import RestoreDialog
from telecentre_desk.ui.backup.settings_dialog import BackupSettingsDialog
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store


@pytest.fixture
def keys(db_path: Path) -> dict[str, Path]:
    key = db_path.with_name(db_path.name + ".badge-key")
    key.write_text("ab" * 32)
    return {"badge-key": key}


def test_choose_a_folder_set_the_passphrase_and_back_up_now(qtbot: QtBot, place_engine: Engine, db_path: Path,
                                                            keys: dict[str, Path], tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupSettingsDialog(db_path, keys)
    qtbot.addWidget(dialog)
    assert "No backup folder chosen" in dialog.state.text()
    dialog.folder.setText(str(stick))
    dialog.passphrase.setText("une phrase de secours")
    dialog.again.setText("une phrase différente")
    dialog.backup_button.click()
    assert dialog.error.text() == "The two passphrases differ."
    dialog.again.setText("une phrase de secours")
    with qtbot.waitSignal(dialog.backed_up) as made:
        dialog.backup_button.click()
    assert made.args[0].keys == ["badge-key"] and Path(made.args[0].file).is_file()
    assert "Last good backup" in dialog.state.text() and dialog.error.text() == ""
    assert backup_settings.load(db_path).seals_keys
    listed = RestoreDialog(db_path, keys)
    qtbot.addWidget(listed)
    assert listed.table.item(0, 5).text() == "badges"  # the sealed key in the host's words, not its file name


def test_a_folder_that_cannot_be_reached_is_said_and_not_saved(qtbot: QtBot, place_engine: Engine, db_path: Path,
                                                               keys: dict[str, Path], tmp_path: Path) -> None:
    dialog = BackupSettingsDialog(db_path, keys)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "unplugged"))
    dialog.accept()
    assert "cannot be reached" in dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    assert backup_settings.load(db_path).folder == ""


def test_the_status_bar_warns_until_a_backup_is_made(qtbot: QtBot, place_engine: Engine, db_path: Path,
                                                     keys: dict[str, Path], tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    store = Store(place_engine)
    hook = BackupHook(window, db_path, keys, store.runner)
    window.statusBar().addPermanentWidget(hook.warning_label)
    window.show()
    assert hook.warning_label.isVisible() and hook.warning_label.text() == "⚠ No backup folder"
    assert "No backup folder chosen" in hook.warning_label.toolTip()  # the whole sentence
    stick = tmp_path / "stick"
    stick.mkdir()
    backup_settings.save(db_path, backup_settings.BackupSettings(folder=str(stick)))
    assert hook.daily.run_if_due()
    assert store.runner.busy("backup")  # on the window's runner, not on the UI thread
    qtbot.waitUntil(lambda: hook.daily.job is None, timeout=20_000)
    assert not hook.warning_label.isVisible()
    assert len(service.list_backups(stick)) == 1 and not hook.daily.run_if_due()  # once a day


def test_restore_lists_the_backups_shows_what_they_hold_and_restores(qtbot: QtBot, place_engine: Engine,
                                                                     db_path: Path, keys: dict[str, Path],
                                                                     tmp_path: Path, recorded_dialogs) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backup_settings.save(db_path, backup_settings.BackupSettings(folder=str(stick)))
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont")
    made = service.backup_now(db_path, keys)
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Jean", last_name="Martin")
    place_engine.dispose()
    dialog = RestoreDialog(db_path, keys)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "1"
    assert dialog.table.item(0, 5).text() == "none"  # no passphrase set: no key sealed in it
    assert made.file in dialog.detail.text() and dialog.restore_button.isEnabled()
    recorded_dialogs.answers = [False]
    dialog.restore_button.click()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 2  # said no: nothing changed
    recorded_dialogs.answers = [True]
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 1


@pytest.mark.parametrize(("state", "short", "sentence"), [
    ("no folder", "⚠ Aucun dossier de sauvegarde", "Aucun dossier de sauvegarde choisi"),
    ("unplugged", "⚠ Dossier de sauvegarde introuvable", "est inaccessible"),
    ("stale", "⚠ Pas de sauvegarde depuis 2 jours", "plus de 2 jours"),
])
def test_the_status_bar_warning_fits_a_1024_px_window_in_french(qtbot: QtBot, place_engine: Engine, db_path: Path,
                                                                 keys: dict[str, Path], tmp_path: Path, qapp,
                                                                 state: str, short: str, sentence: str) -> None:
    """At 1024 px, beside the database's path, the warning is a few words read whole; the sentence is in its
    tooltip, and a click opens the backup settings."""
    if state == "unplugged":
        backup_settings.save(db_path, backup_settings.BackupSettings(folder=str(tmp_path / "unplugged")))
    elif state == "stale":
        backup_settings.save(db_path, backup_settings.BackupSettings(folder=str(tmp_path)))
    translations = ui_i18n.install(qapp, "fr")
    previous = core_i18n.set_language("fr")
    window = MainWindow(Store(place_engine), db_path=db_path, secret_files=keys, remember_state=False,
                        settings_store=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        label = window.backups.warning_label
        qtbot.waitUntil(lambda: label.width() >= label.fontMetrics().horizontalAdvance(short))
        assert label.isVisible() and label.text() == short and sentence in label.toolTip()
        assert label.geometry().right() <= window.statusBar().width()
        assert window.width() <= 1024
        label.clicked.emit()
        dialog = window.findChild(BackupSettingsDialog, "backup_settings")
        qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
        dialog.reject()
    finally:
        window.front_desk_screen.shutdown()
        window.close()
        core_i18n.set_language(previous)
        translations.remove(qapp)
