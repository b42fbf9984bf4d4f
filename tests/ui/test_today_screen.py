"""Bilans: the today dashboard shows real figures and each block opens its screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.reports.screen import TodayScreen
from telecentre_desk.ui.store import Store


def test_the_dashboard_shows_figures_and_links(qtbot: QtBot, store: Store, settings_store: QSettings,
                                               db_path: Path) -> None:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("reports")
    screen = window.reports_page.page
    assert isinstance(screen, TodayScreen)
    qtbot.waitUntil(lambda: screen.board is not None)
    assert screen.today_block.value.text() == "0 visit(s)"
    assert screen.sync_block.value.text() == "Never"
    assert screen.last_backup_block.value.text() == "Never"  # no backup written and checked yet
    assert screen.findChild(type(screen.last_backup_block), "last_backup_block") is screen.last_backup_block
    qtbot.mouseClick(screen.overdue_block.button, Qt.MouseButton.LeftButton)
    assert window.current_screen == "invoices"
    window.show_screen("reports")
    qtbot.mouseClick(screen.today_block.button, Qt.MouseButton.LeftButton)
    assert window.current_screen == "front_desk"
    window.show_screen("reports")
    assert screen.last_backup_block.button.text() == "Open the backups…"
    qtbot.mouseClick(screen.last_backup_block.button, Qt.MouseButton.LeftButton)  # its dialog, not a screen
    dialog = window.findChild(QDialog, "backup_settings")
    assert dialog is not None and dialog.isVisible() and window.current_screen == "reports"
    dialog.close()
    window.close()


def test_the_hosts_guide_opens_in_french_with_its_pictures(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                           db_path: Path) -> None:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, remember_state=False)
    qtbot.addWidget(window)
    window.guide_action.trigger()
    dialog = window.guide_dialog
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    for part in ("Guide de l’accueil", "premier démarrage", "badges", "matinée à l’accueil", "factures du mois",
                 "réseau", "sauvegardes"):
        assert part in text
    document = dialog.browser.document()
    for picture in ("guide_front_desk.png", "guide_member_card.png", "guide_reports.png"):
        image = document.resource(document.ResourceType.ImageResource, picture)
        assert image is not None and not image.isNull(), picture
    dialog.close()
    window.close()
