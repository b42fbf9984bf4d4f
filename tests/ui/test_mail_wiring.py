"""The e-mail actions in the main window: on the Invoices screen, in the Place menu, and the quiet retry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store


def test_the_mail_actions_are_on_the_invoices_screen_and_in_the_place_menu(
        qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path) -> None:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    mail = window.mail_actions
    assert mail.retry_timer.isActive() and mail.retry_timer.interval() == 600_000
    place_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Place")
    assert {mail.settings_action, mail.log_action} <= set(place_menu.actions())
    assert window._selected_invoice_ids() == []  # the Invoices screen is not built yet: nothing selected
    window.show_screen("invoices")
    screen = window.invoices_screen
    assert [a.text() for a in screen.toolbar.actions()][-3:] == ["Send by email", "Email log…", "Email settings…"]
    assert window._selected_invoice_ids() == screen.selected_invoice_ids() == []
    window.close()
    assert not mail.retry_timer.isActive()
