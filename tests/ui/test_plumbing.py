"""The Store, the crash handler, the language choice, the icons, the settings registry."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QMessageLogContext, QSettings, QtMsgType
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.common.errors import DatabaseError, ValidationError
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.ui import i18n, icons, settings
from telecentre_desk.ui.crash import CrashHandler, forward_qt_message
from telecentre_desk.ui.store import Store


def test_run_commits_and_signals_once(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    with qtbot.waitSignal(store.changed) as blocker:
        result = store.run(lambda s: members.add_member(s, first_name="Ana", last_name="Roux"),
                           parent_widget=None)
    assert blocker.signal_triggered and result.ok
    assert result.value.display_number == "FLO-0001"
    with unit_of_work(place_engine) as session:
        assert len(members.list_members(session)) == 1


def test_a_refused_change_is_shown_once_and_rolled_back(qtbot: QtBot, store: Store, place_engine: Engine,
                                                        recorded_dialogs) -> None:
    def half_done(session):
        members.add_member(session, first_name="Ana", last_name="Roux")
        raise DatabaseError("the disk is full: nothing was saved; free some space and try again")

    with qtbot.assertNotEmitted(store.changed):
        result = store.run(half_done, parent_widget=None)
    assert not result.ok and isinstance(result.error, DatabaseError)
    # The window's messages start with a capital; the core's (and the CLI's) do not.
    assert recorded_dialogs.errors == [
        ("Not saved", "The disk is full: nothing was saved; free some space and try again")]
    with unit_of_work(place_engine) as session:
        assert members.list_members(session) == []


def test_a_form_may_show_the_error_itself(store: Store, recorded_dialogs) -> None:
    def refuse(session):
        raise ValidationError("email: 'x' is not an email address", field="email")

    shown = []
    result = store.run(refuse, parent_widget=None, on_failure=lambda e: shown.append(e) or True)
    assert not result.ok and shown == [result.error]
    assert recorded_dialogs.errors == []


def test_crash_handler_logs_and_names_the_log_folder(tmp_path: Path, recorded_dialogs, caplog) -> None:
    handler = CrashHandler(tmp_path / "logs")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        with caplog.at_level(logging.CRITICAL):
            handler(*sys.exc_info())
    [(title, text)] = recorded_dialogs.crashes
    assert title == "Unexpected error" and str(tmp_path / "logs") in text
    assert "RuntimeError: boom" in caplog.text  # the traceback is in the log


def test_qt_messages_go_to_the_log(caplog) -> None:
    with caplog.at_level(logging.DEBUG, logger="qt"):
        forward_qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "QFont::setPointSize: <= 0")
        forward_qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(),
                           "This plugin does not support propagateSizeHints()")
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("qt", logging.WARNING, "QFont::setPointSize: <= 0"),
        ("qt", logging.DEBUG, "This plugin does not support propagateSizeHints()")]


def test_crash_handler_shows_an_expected_error_plainly(tmp_path: Path, recorded_dialogs) -> None:
    error = DatabaseError("the database is busy")
    CrashHandler(tmp_path)(DatabaseError, error, None)
    assert recorded_dialogs.errors == [("Not done", "the database is busy")]
    assert recorded_dialogs.crashes == []


@pytest.mark.parametrize(("environ", "system", "expected"), [
    ({}, QLocale(QLocale.Language.French, QLocale.Country.France), "fr"),
    ({}, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    ({}, QLocale(QLocale.Language.French, QLocale.Country.Canada), "fr"),
    ({"TELECENTRE_DESK_LANG": "en"}, QLocale(QLocale.Language.French, QLocale.Country.France), "en"),
    ({"TELECENTRE_DESK_LANG": "FR"}, QLocale(QLocale.Language.German, QLocale.Country.Germany), "fr"),
    ({"TELECENTRE_DESK_LANG": "klingon"}, QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
])
def test_language_choice(environ: dict[str, str], system: QLocale, expected: str) -> None:
    assert i18n.choose_language(environ, system=system) == expected


def test_french_catalogue_and_qt_own_strings_install_and_remove(qapp) -> None:
    translations = i18n.install(qapp, "fr")
    try:
        assert translations.count == 2  # ours and qtbase
        assert QCoreApplication.translate("MembersScreen", "New member…") == "Nouveau membre…"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QLocale().language() == QLocale.Language.French
    finally:
        translations.remove(qapp)
    assert QCoreApplication.translate("MembersScreen", "New member…") == "New member…"


def test_every_catalogue_entry_is_translated() -> None:
    text = (Path(i18n.__file__).parent / "translations" / "telecentre_desk_fr.ts").read_text(encoding="utf-8")
    assert text.count("<message") > 100
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text


def test_every_icon_loads() -> None:
    for name in icons.NAMES:
        assert not icons.icon(name).isNull(), name
        assert not icons.icon(name).pixmap(32, 32).isNull(), name


def test_settings_registry_falls_back_on_bad_values(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert settings.LAST_SCREEN.read(store) == "front_desk"
    settings.LAST_SCREEN.write(store, "plans")
    assert settings.LAST_SCREEN.read(store) == "plans"
    store.setValue(settings.LAST_SCREEN.key, "")
    assert settings.LAST_SCREEN.read(store) == "front_desk"
    assert settings.WINDOW_GEOMETRY.read(store) == QByteArray()
