"""The Network screen in French: the summary's plurals, the log's kinds, the headers, the core's reasons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.ui import i18n
from telecentre_desk.ui.network.log_model import LogColumn
from telecentre_desk.ui.store import Store
from tests.ui.network.conftest import open_panel, rewrite_file, run_sync_and_wait, table_text


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translations = i18n.install(qapp, "fr")
    core_i18n.set_language("fr")
    yield
    translations.remove(qapp)


@pytest.mark.usefixtures("french")
def test_a_refused_export_reads_in_french(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path,
                                          shared: Path, other_place) -> None:
    langogne = other_place("LAN")
    langogne.add_member("Paul", "Roux")
    langogne.export()
    marvejols = other_place("MAR")
    marvejols.add_member("Jean", "Martin")
    marvejols.add_member("Lucie", "Bonnet")
    marvejols.export()
    rewrite_file(shared / "LAN", "members", lambda lines: lines.__setitem__(1, lines[1].replace(";active;", ";x;")))
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    assert panel.sync_button.text() == "Synchroniser"
    run_sync_and_wait(qtbot, panel)

    assert panel.summary_label.text() == (
        "2 lieux lus : 1 appliqué, 1 refusé — 3 lignes appliquées, 0 conflit. Export 1 de ce lieu écrit (1 ligne).")
    assert [panel.log_model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.log_model.columnCount())] == [
        "Date", "Lieu", "Quoi", "Fichier:ligne", "Message"]
    kinds = [row[LogColumn.KIND] for row in table_text(panel.log_model)]
    assert kinds == ["exporté", "appliqué", "refusé"]
    refused = table_text(panel.log_model)[2][LogColumn.MESSAGE]
    # The core's reason, in French from its own catalogue (written when the export was refused).
    assert "is not one of" not in refused and "pas parmi active, inactive, erased" in refused
    assert panel.filter_buttons["refused"].text() == "Refusés (1)"
