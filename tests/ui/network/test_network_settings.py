"""The network settings dialog: this place's day rate for network members and who bills roaming days."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.ui.network.settings_dialog import NetworkSettingsDialog
from telecentre_desk.ui.store import Store
from tests.ui.network.conftest import open_panel


def open_dialog(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path) -> NetworkSettingsDialog:
    panel = open_panel(qtbot, store, settings_store, db_path)
    panel.settings_button.click()
    dialog = panel.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_rate_and_the_billing_rule_are_saved(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                 db_path: Path, place_engine: Engine) -> None:
    dialog = open_dialog(qtbot, store, settings_store, db_path)
    assert dialog.rate.text() == "" and dialog.rate.placeholderText() == "not agreed yet"
    assert dialog.billing.currentData() == "home"
    dialog.rate.setText("8,50")
    dialog.billing.setCurrentIndex(dialog.billing.findData("visited"))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    with unit_of_work(place_engine) as session:
        assert places.network_settings(session) == places.NetworkSettings(850, "visited")

    again = open_dialog(qtbot, store, settings_store, db_path)
    assert (again.rate.text(), again.billing.currentData()) == ("8.50", "visited")  # English decimal mark
    again.reject()
    again.deleteLater()


def test_a_bad_rate_stays_on_screen_under_its_field(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                    db_path: Path, place_engine: Engine, recorded_dialogs) -> None:
    dialog = open_dialog(qtbot, store, settings_store, db_path)
    dialog.rate.setText("huit euros")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.errors.error_text("network_day_rate") == (
        "'huit euros' is not an amount in euros (write 12.50 or 12,50)")
    assert recorded_dialogs.errors == []
    with unit_of_work(place_engine) as session:
        assert places.network_settings(session) == places.NetworkSettings(None, "home")
    dialog.reject()
    dialog.deleteLater()
