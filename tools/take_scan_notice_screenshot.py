"""Regenerate docs/screenshots/scan_notice.png: a badge scanned while the host works on the Members screen.

The window runs in French on a real X server; the scan is typed by ``xdotool type --delay 6`` (a keyboard
wedge at 6 ms a key: real key events with the X server's timestamps) into the Members search field, which
keeps the host's "Dup". The notice at the bottom right answers without taking the focus; the whole screen
is grabbed. Run it under a display server with a window manager::

    Xvfb :10 -screen 0 1400x900x24 & DISPLAY=:10 openbox &
    DISPLAY=:10 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_scan_notice_screenshot.py

Nothing real is touched (a temporary database and settings).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from telecentre_desk.badges import service as badges
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.ui import i18n
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "scan_notice.png"
NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


def make_database(folder: Path) -> tuple[Path, str]:
    path = folder / "desk.sqlite"
    engine = open_database(path)
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Télécentre de Florac", legal_name="SoLozère Florac",
                          address="2 place de l'Ancienne Gare", postcode="48400", city="Florac",
                          siret="73282932000074", vat_regime="standard")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        marie = members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                                   start=dt.date(2026, 1, 1))
        members.add_member(session, first_name="Paul", last_name="Dupuis", plan_code="MOIS",
                           start=dt.date(2026, 1, 1))
        payload = badges.issue_badge(session, marie.id, key=bytes(range(32))).payload
    engine.dispose()
    return path, payload


def main() -> int:
    clock.set_clock(lambda: NOW)
    app = QApplication(sys.argv)
    core_i18n.set_language("fr")
    translations = i18n.install(app, "fr")
    with tempfile.TemporaryDirectory() as tmp:
        db_path, payload = make_database(Path(tmp))
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        store = Store(open_database(db_path))
        window = MainWindow(store, db_path=db_path, settings_store=settings, first_screen="members",
                            remember_state=False)
        window.resize(1200, 760)
        window.move(40, 40)
        window.show()
        window.activateWindow()
        search = window.members_screen.search

        def type_scan() -> None:
            search.setFocus()
            search.setText("Dup")
            # The scanner: real key events, 6 ms apart, then Enter.
            subprocess.run(["xdotool", "type", "--delay", "6", payload + "\n"], check=True)

        def grab() -> None:
            if not window.scan_notice.isVisible():
                QTimer.singleShot(100, grab)
                return
            QTimer.singleShot(600, save)  # the window manager maps it and Qt paints it

        def save() -> None:
            assert search.text() == "Dup", search.text()
            assert QApplication.focusWidget() is search
            OUT.parent.mkdir(parents=True, exist_ok=True)
            app.primaryScreen().grabWindow(0).copy(0, 0, 1300, 860).save(str(OUT))
            print(f"written {OUT}; notice: {window.scan_notice.headline.text()!r}")
            window.close()
            app.quit()

        QTimer.singleShot(1500, type_scan)
        QTimer.singleShot(1600, grab)
        app.exec()
        store.engine.dispose()
    translations.remove(app) if hasattr(translations, 'remove') else None
    return 0


if __name__ == "__main__":
    sys.exit(main())
