"""The Network screen's trust prompt: a new place's key shown with its fingerprint and accepted by the host; a
forged export (a signature that does not match) refused in red."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from telecentre_desk.sync import service as sync
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.network.log_model import KIND_COLORS, LogColumn
from telecentre_desk.ui.store import Store
from tests.ui.network.conftest import open_panel, run_sync_and_wait, table_text


def test_a_new_place_is_accepted_from_the_screen(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                 db_path: Path, shared: Path, other_place, monkeypatch) -> None:
    langogne = other_place("LAN", trusted=False)
    langogne.add_member("Paul", "Roux")
    langogne.export()
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    assert not panel.trust_box.isVisible()
    run_sync_and_wait(qtbot, panel)

    assert "1 refused: key not accepted" in panel.summary_label.text()
    assert panel.trust_box.isVisible()
    fingerprint = sync.signing_key(langogne.engine).fingerprint
    shown = panel.trust_box.findChild(QLabel, "fingerprint_LAN")
    assert shown is not None and shown.text() == fingerprint

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _parent, _title, text: asked.append(text) or True)
    panel.trust_box.accept_buttons["LAN"].click()
    assert fingerprint in asked[0] and "LAN" in asked[0]
    qtbot.waitUntil(lambda: not panel.trust_box.isVisible())
    run_sync_and_wait(qtbot, panel)
    assert panel.summary_label.text().startswith("1 place(s) read: 1 applied")
    assert store.read(lambda conn: conn.execute("SELECT first_name FROM member WHERE origin = 'LAN'").fetchone()) == (
        "Paul",)


def test_a_host_who_says_no_accepts_nothing(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path,
                                            shared: Path, other_place, monkeypatch) -> None:
    langogne = other_place("LAN", trusted=False)
    langogne.export()
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    run_sync_and_wait(qtbot, panel)
    monkeypatch.setattr(dialogs, "ask", lambda *_args: False)
    panel.trust_box.accept_buttons["LAN"].click()
    assert panel.trust_box.isVisible()
    assert store.read(lambda conn: conn.execute("SELECT COUNT(*) FROM sync_trust").fetchone()) == (0,)


def test_a_forged_export_is_refused_in_red(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path,
                                          shared: Path, other_place) -> None:
    marvejols = other_place("MAR")
    marvejols.add_member("Jean", "Martin")
    marvejols.export()
    # Someone with write access to the folder changes the manifest; they cannot sign it with Marvejols' key.
    path = shared / "MAR" / "manifest.json"
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["signed"] = envelope["signed"].replace('"sequence": 1', '"sequence": 1000')
    path.write_text(json.dumps(envelope), encoding="utf-8")
    panel = open_panel(qtbot, store, settings_store, db_path, folder=shared)
    run_sync_and_wait(qtbot, panel)
    assert "1 refused: forged or damaged signature" in panel.summary_label.text()
    [refused] = [row for row in table_text(panel.log_model) if row[LogColumn.KIND] == "refused"]
    assert refused[LogColumn.PLACE] == "MAR" and "signature does not match" in refused[LogColumn.MESSAGE]
    row = next(r for r in range(panel.log_model.rowCount())
               if panel.log_model.index(r, LogColumn.KIND).data() == "refused")
    colour = panel.log_model.index(row, LogColumn.MESSAGE).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == KIND_COLORS["rejected"][0]
