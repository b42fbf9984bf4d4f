"""The front desk inside the main window: a scan on any screen lands on the front desk; badges on Members."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from telecentre_desk.ui.frontdesk.settings_dialog import DeskSettingsDialog
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.scanner import settings as scanner_settings
from telecentre_desk.ui.store import Store
from tests.ui.frontdesk.conftest import POPUP_MESSAGES

pytestmark = pytest.mark.qt_log_ignore(POPUP_MESSAGES)


@pytest.fixture
def window(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path, people) -> MainWindow:
    scanner_settings.MAX_GAP_MS.write(settings_store, 400)  # generous: real key clicks, real clock
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, first_screen="members")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_scan_on_the_members_screen_is_answered_there_by_a_notice(qtbot: QtBot, window: MainWindow,
                                                                     people) -> None:
    assert window.wedge.thresholds.max_gap_ms == 400
    window.members_screen.search.setFocus()
    qtbot.keyClicks(window.members_screen.search, people[0]["Marie"])
    qtbot.keyClick(window.members_screen.search, Qt.Key.Key_Return)
    # Issue 10: the host stays on the screen they work in; the answer shows in a notice that takes no focus,
    # and on the front desk (its answer panel and last scans) for when they come back to it.
    assert window.current_screen == "members"
    assert window.scan_notice.isVisible()
    assert window.scan_notice.headline.text() == "Hello Marie, have a good day"
    assert window.front_desk_screen.feedback.headline.text() == "Hello Marie, have a good day"
    assert window.members_screen.search.text() == ""  # the members' search never saw the code


def test_the_members_screen_has_the_badge_actions(qtbot: QtBot, window: MainWindow) -> None:
    button = next(b for b in window.members_screen.findChildren(QToolButton) if b.text() == "Badge")
    assert [a.text() for a in button.menu().actions() if a.text()] == [
        "Issue badge…", "Show badge…", "Revoke badge…", "Print badge…", "Print badges of all active members…"]
    assert not window.badge_actions.issue_action.isEnabled()  # nobody selected yet
    window.members_screen.select_member(window.members_screen.model.member_at(0).id)
    assert window.badge_actions.issue_action.isEnabled()
    assert window.badge_actions.issue_action in window.members_screen.table.actions()


def test_desk_settings_from_the_menu_change_the_scanner_timings(qtbot: QtBot, window: MainWindow) -> None:
    window.desk_settings_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(DeskSettingsDialog) is not None)
    dialog = window.findChild(DeskSettingsDialog)
    dialog.min_chars.setValue(5)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.wedge.thresholds.min_chars == 5
