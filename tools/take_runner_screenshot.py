"""Regenerate docs/screenshots/runner_progress.png: the month's invoice run in the status bar, a badge scanned
meanwhile, at 1024×600.

The window runs in French on a real X server (maximised on a 1024×600 screen). The Invoices screen's real
"Facturer le mois" job runs on the window's runner; only its progress callback is slowed (80 ms a member) so
that a still picture catches it half-way. Half-way, ``xdotool type --delay 6`` types a badge (a keyboard wedge)
into the focused Invoices list: the notice answers it, the progress keeps running, nothing took the focus.
Run it under a display server with a window manager::

    Xvfb :21 -screen 0 1024x600x24 & DISPLAY=:21 openbox &
    DISPLAY=:21 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_runner_screenshot.py

Nothing real is touched (a temporary database and settings).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from telecentre_desk.badges import service as badges
from telecentre_desk.billing.month import Month
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.ui import i18n
from telecentre_desk.ui.invoices import jobs
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "runner_progress.png"
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
FIRST = ["Marie", "Paul", "Jeanne", "Louis", "Camille", "Hugo", "Léa", "Jules", "Chloé", "Lucas"]
LAST = ["Dupont", "Martin", "Bernard", "Roux", "Fabre", "Chabert", "Pagès", "Vidal"]


def make_database(folder: Path) -> tuple[Path, str]:
    path = folder / "desk.sqlite"
    engine = open_database(path)
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Télécentre de Florac", legal_name="SoLozère Florac",
                          address="2 place de l'Ancienne Gare", postcode="48400", city="Florac",
                          siret="73282932000074", vat_regime="standard")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        first = None
        for n in range(60):
            member = members.add_member(session, first_name=FIRST[n % len(FIRST)], last_name=LAST[n % len(LAST)],
                                        plan_code="MOIS", start=dt.date(2026, 1, 1),
                                        address="1 rue du Pont", postcode="48400", city="Florac")
            first = first or member
        payload = badges.issue_badge(session, first.id, key=bytes(range(32))).payload
    engine.dispose()
    return path, payload


def slowed(job):
    def work(ticket):
        return job(lambda done, total, *rest: (time.sleep(0.08), ticket(done, total, *rest))[1])
    return work


def main() -> int:
    clock.set_clock(lambda: NOW)
    app = QApplication(sys.argv)
    core_i18n.set_language("fr")
    translations = i18n.install(app, "fr")  # kept: a translator collected is a translator gone
    with tempfile.TemporaryDirectory() as tmp:
        db_path, payload = make_database(Path(tmp))
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        store = Store(open_database(db_path))
        window = MainWindow(store, db_path=db_path, settings_store=settings, first_screen="invoices",
                            remember_state=False)
        window.show()
        window.activateWindow()
        actions = window.invoices_screen.invoice_actions
        original = jobs.run_month
        jobs.run_month = lambda engine, month: slowed(original(engine, month))

        def start() -> None:
            window.invoices_screen.table.setFocus()
            actions.run_month(Month(2026, 11))
            QTimer.singleShot(1500, type_scan)

        def type_scan() -> None:
            subprocess.run(["xdotool", "type", "--delay", "6", payload + "\n"], check=True)
            QTimer.singleShot(100, grab)

        def grab() -> None:
            if not window.scan_notice.isVisible():
                QTimer.singleShot(100, grab)
                return
            QTimer.singleShot(500, save)

        def save() -> None:
            progress = window.operation_progress
            assert progress.isVisible(), "the run ended before the picture"
            assert actions.busy, "the run ended before the picture"
            assert QApplication.focusWidget() is window.invoices_screen.table, QApplication.focusWidget()
            OUT.parent.mkdir(parents=True, exist_ok=True)
            app.primaryScreen().grabWindow(0).save(str(OUT))
            print(f"written {OUT}; progress: {progress.label.text()!r}; notice: "
                  f"{window.scan_notice.headline.text()!r}")
            store.runner.cancel()
            QTimer.singleShot(0, finish)

        def finish() -> None:
            store.runner.wait()
            window.close()
            app.quit()

        QTimer.singleShot(1500, start)
        app.exec()
        store.close()
    del translations
    return 0


if __name__ == "__main__":
    sys.exit(main())
