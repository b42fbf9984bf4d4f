"""Regenerate docs/screenshots/network_trust.png and network_forged_entry.png: the Network screen at Florac
after a sync where Langogne, a new place, waits for its signing key to be accepted (its fingerprint is read
aloud over the phone), and Marvejols' folder was rewritten by someone without Marvejols' key (sequence 1000,
a revoked badge made active again): the forged export is refused, in red, and nothing of it is applied.

Run it under a display server::

    Xvfb :12 -screen 0 1600x1000x24 &
    DISPLAY=:12 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_trust_screenshots.py

Nothing real is touched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.sync import service as sync
from telecentre_desk.sync import store as sync_store
from telecentre_desk.ui import i18n, sound
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.network import folder as shared_folder
from telecentre_desk.ui.store import Store

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PLACES = {"FLO": ("Télécentre de Florac", "48400", "Florac", [("Chloé", "Thévenot")]),
          "MAR": ("Comptoir de Marvejols", "48100", "Marvejols", [("Jean", "Martin"), ("Sophie", "Vidal")]),
          "LAN": ("Tiers-lieu de Langogne", "48300", "Langogne", [("Paul", "Roux")])}


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def setup(folder: Path) -> tuple[dict, Path]:
    clock.set_clock(lambda: dt.datetime(2026, 11, 26, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))
    shared = folder / "Réseau SoLozère"
    shared.mkdir()
    engines = {}
    for code, (name, postcode, city, people) in PLACES.items():
        engine = engines[code] = open_database(folder / f"{code.lower()}.sqlite")
        with unit_of_work(engine) as session:
            places.init_place(session, code=code, name=name, postcode=postcode, city=city, actor="demo")
            plans.add_plan(session, code="NOMADE", name="Nomade mois", kind="monthly", price="80")
            for first, last in people:
                members.add_member(session, first_name=first, last_name=last, plan_code="NOMADE",
                                   start=dt.date(2026, 11, 2), actor="demo")
    # Florac and Marvejols accepted each other's keys long ago; Langogne has just joined.
    with sync.raw_connection(engines["FLO"]) as conn:
        sync_store.trust(conn, "MAR", sync.signing_key(engines["MAR"]).fingerprint)
    for code in ("MAR", "LAN"):
        sync.export(engines[code], shared)
    # Someone who can write to the shared folder, without Marvejols' key, rewrites its manifest.
    path = shared / "MAR" / "manifest.json"
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["signed"] = envelope["signed"].replace('"sequence": 1', '"sequence": 1000')
    path.write_text(json.dumps(envelope, ensure_ascii=False, indent=1), encoding="utf-8")
    return engines, shared


def shoot(folder: Path) -> None:
    engines, shared = setup(folder)
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    sound.ENABLED.write(settings, False)
    db = Path(engines["FLO"].url.database)
    shared_folder.write_shared_folder(settings, db, str(shared))
    window = MainWindow(Store(engines["FLO"]), db_path=db, settings_store=settings, first_screen="network",
                        remember_state=False)
    window.resize(1400, 860)
    window.show()
    window.activateWindow()
    settle()
    panel = window.network_page.page.sync_panel
    loop = QEventLoop()
    panel.sync_finished.connect(loop.quit)
    panel.sync_button.click()
    loop.exec()
    settle()
    save(window, "network_trust.png")
    panel.filter_buttons["refused"].click()
    row = next(r for r in range(panel.log_model.rowCount()) if panel.log_model.index(r, 1).data() == "MAR")
    panel.log_table.doubleClicked.emit(panel.log_model.index(row, 4))
    settle()
    save(panel.entry_dialog, "network_forged_entry.png")
    panel.entry_dialog.close()
    window.front_desk_screen.shutdown()
    window.close()
    for engine in engines.values():
        engine.dispose()
    clock.set_clock(None)


def main() -> int:
    os.environ["TELECENTRE_DESK_LANG"] = "fr"
    core_i18n.set_language("fr")
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, "fr")
    with tempfile.TemporaryDirectory() as folder:
        shoot(Path(folder))
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
