"""Every scan reaches the front desk, whatever has the keyboard: another screen, a dialog, a progress dialog,
a menu, the first moments of the window. Keys carry their press timestamps (6 ms apart) like a real scanner's.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QProgressDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.scanner.wedge import accept_scans
from telecentre_desk.ui.store import Store

KEY = bytes(range(32))
_STAMPS = itertools.count(10_000, 6)


@pytest.fixture
def badge(place_engine: Engine) -> str:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        marie = members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                                   start=dt.date(2026, 1, 1))
        return badges.issue_badge(session, marie.id, key=KEY).payload


@pytest.fixture
def window(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path) -> MainWindow:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def scan_into(target: QWidget, text: str) -> None:
    """The scanner types ``text`` and Enter into ``target``, one key every 6 ms of press time."""
    for char in [*text, "\r"]:
        code = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(next(_STAMPS))
            QCoreApplication.sendEvent(target, event)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """The front desk shown behind a dialog or menu paints the answer first; the lists follow that paint."""
    qtbot.waitUntil(lambda: not window.front_desk_screen.after_paint_pending)


def recent_texts(window: MainWindow) -> list[str]:
    model = window.front_desk_screen.recent
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_scan_on_the_members_screen_is_answered_by_a_notice_that_takes_no_focus(
        qtbot: QtBot, window: MainWindow, badge: str) -> None:
    window.show_screen("members")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    search = window.members_screen.search
    search.setFocus()
    search.setText("Dup")
    scan_into(search, badge)
    assert search.text() == "Dup"  # not a character of the badge typed into the field
    assert window.current_screen == "members"  # the host stays where they were
    notice = window.scan_notice
    qtbot.waitUntil(notice.isVisible)
    assert "Marie" in notice.headline.text() + notice.note.text()
    assert notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert notice.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.focusWidget() is search
    assert any("Marie" in text for text in recent_texts(window))  # in the last scans
    assert window.front_desk_screen.presence.rowCount() == 1


def test_a_scan_with_a_modal_dialog_open_is_not_typed_into_it(qtbot: QtBot, window: MainWindow, badge: str) -> None:
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setModal(True)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field.setFocus()
    scan_into(field, badge)
    assert field.text() == ""
    assert dialog.isVisible()  # the scanner's Enter did not accept the dialog
    settle(qtbot, window)
    assert window.front_desk_screen.presence.rowCount() == 1
    qtbot.waitUntil(window.scan_notice.isVisible)  # the front desk is behind the dialog: a notice too
    dialog.reject()


def test_the_scanners_enter_does_not_cancel_a_progress_dialog(qtbot: QtBot, window: MainWindow, badge: str) -> None:
    progress = QProgressDialog("Émettre tous les brouillons…", "Annuler", 0, 10, window)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setValue(1)
    qtbot.waitExposed(progress)
    progress.activateWindow()
    qtbot.waitUntil(progress.isActiveWindow)
    button = progress.findChild(QWidget, "")  # whatever has the focus in it: the Annuler button
    target = QApplication.focusWidget() or button or progress
    scan_into(target, badge)
    assert not progress.wasCanceled()
    settle(qtbot, window)
    assert window.front_desk_screen.presence.rowCount() == 1
    progress.close()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_scan_while_a_menu_is_open_is_a_scan(qtbot: QtBot, window: MainWindow, badge: str) -> None:
    menu = QMenu(window)
    menu.addAction("Ajouter")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    scan_into(menu, badge)
    settle(qtbot, window)
    assert window.front_desk_screen.presence.rowCount() == 1
    menu.close()


def test_a_field_that_expects_a_badge_code_gets_the_scan_typed(qtbot: QtBot, window: MainWindow,
                                                               badge: str) -> None:
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    accept_scans(field)
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    scan_into(field, badge)
    assert field.text() == badge
    assert window.front_desk_screen.presence.rowCount() == 0
    dialog.reject()


def test_a_scan_typed_before_the_desk_has_loaded_is_answered(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                            db_path: Path, badge: str) -> None:
    # The window opens on the Members screen: the front desk (its connection, SQLAlchemy) is not loaded yet.
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, first_screen="members",
                        remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.front_desk_screen.loaded
    scan_into(window.members_screen.search, badge)
    assert window.front_desk_screen.loaded
    assert window.front_desk_screen.presence.rowCount() == 1
    assert window.members_screen.search.text() == ""


def test_a_closed_windows_listener_takes_no_keys(qtbot: QtBot, window: MainWindow, badge: str) -> None:
    window.close()  # closed, not yet destroyed: its application-wide listener must let keys be
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    scan_into(other, "ABCDEF")
    assert other.text() == "ABCDEF"
    assert window.front_desk_screen.presence.rowCount() == 0
