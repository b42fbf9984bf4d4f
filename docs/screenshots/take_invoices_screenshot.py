"""Regenerate invoices.png, in French, on a demo database billed since September.

The clock moves as a manager's months do: September run and issued on 1 October (due 31 October),
October on 2 November (due 2 December), November run on Thursday 26 November and left in drafts;
most invoices paid, a few not (September's are then overdue), one credit note, one line added by
hand. Everything goes through the CLI's own code in this process (on the fixed clock), then the
window opens on the Invoices screen, all months. Run it under a real display server, e.g.::

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_invoices_screenshot.py

The database is made in a temporary folder; nothing real is touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from telecentre_desk.__main__ import main as desk_main
from telecentre_desk.billing import draft_edit
from telecentre_desk.billing.listing import month_draft_ids
from telecentre_desk.billing.month import Month
from telecentre_desk.common import clock
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.ui import i18n, sound
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent
PARIS = ZoneInfo("Europe/Paris")
MEMBERS = 16  # a small place: every status fits on one screen
UNPAID_SEPTEMBER = 2  # the first invoices of September left unpaid: overdue in November


def settle(ms: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def cli(db: Path, *args: str) -> object:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if desk_main(["--db", str(db), "--json", *args]) != 0:
            raise SystemExit(f"telecentre-desk {' '.join(args)} failed")
    return json.loads(out.getvalue())


def on(day: dt.date, now: list[dt.datetime]) -> None:
    now[0] = dt.datetime.combine(day, dt.time(10), tzinfo=PARIS)


def bill(db: Path, now: list[dt.datetime]) -> None:
    on(dt.date(2026, 10, 1), now)
    cli(db, "invoice", "run", "2026-09")
    september = cli(db, "invoice", "issue", "--month", "2026-09", "--all")["issued"]  # type: ignore[index]
    for number in september[UNPAID_SEPTEMBER:]:
        cli(db, "invoice", "pay", number, "--amount", total(db, number), "--method", "transfer",
            "--date", "2026-10-09")
    cli(db, "invoice", "pay", september[1], "--amount", "50", "--method", "cheque", "--date", "2026-10-20")
    on(dt.date(2026, 11, 2), now)
    cli(db, "invoice", "run", "2026-10")
    october = cli(db, "invoice", "issue", "--month", "2026-10", "--all")["issued"]  # type: ignore[index]
    for number in october[::2]:
        cli(db, "invoice", "pay", number, "--amount", total(db, number), "--method", "card", "--date", "2026-11-10")
    cli(db, "invoice", "credit", october[1], "--amount", "36", "--reason", "deux jours de fermeture")
    on(dt.date(2026, 11, 26), now)
    cli(db, "invoice", "run", "2026-11")
    engine = open_database(db)
    with unit_of_work(engine) as session:
        first = month_draft_ids(dbapi(session), Month(2026, 11))[0]
        draft_edit.add_line(session, first, description="Impressions couleur", quantity="40", unit_price="0,30")
    engine.dispose()


def total(db: Path, number: str) -> str:
    return cli(db, "invoice", "show", number)["total_incl_vat"]  # type: ignore[index]


def shoot(out: Path, folder: Path) -> None:
    db = folder / "telecentre-desk.sqlite"
    now = [dt.datetime(2026, 10, 1, 8, tzinfo=PARIS)]
    clock.set_clock(lambda: now[0])
    if desk_main(["--db", str(db), "demo", "--members", str(MEMBERS)]) != 0:
        raise SystemExit("the demo could not be made")
    bill(db, now)
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    sound.ENABLED.write(settings, False)
    engine = open_database(db)
    window = MainWindow(Store(engine), db_path=db, settings_store=settings, first_screen="invoices",
                        remember_state=False)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    settle()
    screen = window.invoices_screen
    screen.month_filter.set_all(True)
    overdue = next(r for r in screen.model.visible_rows() if r.status == "overdue"
                   and r.balance_cents < r.total_incl_vat_cents)
    screen.select_invoice(overdue.id)
    screen.table.setFocus()
    settle()
    save(window, out / "invoices.png")
    window.front_desk_screen.shutdown()
    window.close()
    engine.dispose()
    clock.set_clock(None)


def save(window: MainWindow, path: Path) -> None:
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def main() -> int:
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, "fr")
    with tempfile.TemporaryDirectory() as folder:
        shoot(HERE, Path(folder))
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
