"""Regenerate frontdesk_accepted.png, frontdesk_refused.png and badge_sheet.png, in French, on a demo database.

Badges are issued with the CLI (``badge issue N``), then typed into the window as key events at
scanner speed, so the pictures show what the wedge listener, the desk and the answer panel did.
The badge sheet is the CLI's PDF, first page rendered with ``pdftoppm -png -r 100``. Run it under a
real display server, e.g.::

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_front_desk_screenshots.py

The database is made in a temporary folder; nothing real is touched.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from telecentre_desk.__main__ import main as desk_main
from telecentre_desk.common import clock
from telecentre_desk.db.migrate import open_database
from telecentre_desk.ui import i18n
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent
PARIS = ZoneInfo("Europe/Paris")  # the demo place's time zone
# Demo members by number: residents, flex, a carnet (Zoé, 16) and one with no plan (Coralie, 40).
ARRIVALS = (1, 24, 30, 36, 5, 33, 21)
CARNET, NO_PLAN, LEAVING = 16, 40, 24


def settle(ms: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def cli(db: Path, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "telecentre_desk", "--db", str(db), "--json", *args],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def type_scan(window: MainWindow, payload: str) -> None:
    """The scanner: every character as a key event a few milliseconds apart, then Enter."""
    target = window.front_desk_screen.search
    for char in payload:
        QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key(ord(char.upper())), char,
                           Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(target, Qt.Key.Key_Return)


def shoot(out: Path, folder: Path) -> None:
    db = folder / "telecentre-desk.sqlite"
    # The demo's history stops at 08:30 today, so the pictures show the same morning whenever they are made:
    # arrivals minutes apart from 09:10, one departure, then the two answers.
    now = [dt.datetime.combine(dt.datetime.now(PARIS).date(), dt.time(8, 30), tzinfo=PARIS)]
    clock.set_clock(lambda: now[0])
    if desk_main(["--db", str(db), "demo"]) != 0:
        raise SystemExit("the demo could not be made")
    payloads = {n: cli(db, "badge", "issue", str(n))["payload"] for n in (*ARRIVALS, CARNET, NO_PLAN)}
    now[0] = now[0].replace(hour=9, minute=10)

    engine = open_database(db)
    window = MainWindow(Store(engine), db_path=db, settings_store=QSettings(str(folder / "ui.ini"),
                        QSettings.Format.IniFormat), first_screen="front_desk", remember_state=False)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    settle()
    for number in ARRIVALS:
        now[0] += dt.timedelta(minutes=7)
        type_scan(window, payloads[number])
    now[0] += dt.timedelta(minutes=50)
    type_scan(window, payloads[LEAVING])  # a check-out among the last scans
    now[0] += dt.timedelta(minutes=4)
    type_scan(window, payloads[CARNET])
    window.front_desk_screen.presence_table.clearSelection()
    settle()
    save(window, out / "frontdesk_accepted.png")
    now[0] += dt.timedelta(minutes=3)
    type_scan(window, payloads[NO_PLAN])
    settle()
    save(window, out / "frontdesk_refused.png")
    window.close()
    engine.dispose()
    clock.set_clock(None)

    pdf = folder / "badges.pdf"
    cli(db, "badge", "sheet", "--pdf", str(pdf))
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(out / "badge_sheet")], check=True)
    print(f"wrote {out / 'badge_sheet.png'}")


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
