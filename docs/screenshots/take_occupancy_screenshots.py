"""Regenerate floorplan.png, bookings_day.png and statistics.png, in French, on a demo database.

The clock is fixed (Thursday 26 November 2026, from 08:30 in Florac), so the pictures are the same
whenever they are made. Badges and bookings go through the CLI's own code (in this process, on the
fixed clock); members arrive through the window's front desk, so the plan repaints as it would at the
desk. Run it under a real display server, e.g.::

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_occupancy_screenshots.py

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
from telecentre_desk.common import clock
from telecentre_desk.db.migrate import open_database
from telecentre_desk.ui import i18n, sound
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent
PARIS = ZoneInfo("Europe/Paris")  # the demo place's time zone
DAY = dt.date(2026, 11, 26)
# Demo members by number: the residents of CM-01 and ML-01 (21, 1), flex members, one who leaves early.
ARRIVALS = (21, 1, 29, 24, 5, 33, 30, 36, 26, 22)
LEAVING = 5
BOOKINGS = (  # (room, desk, member, from, to, weeks)
    ("Salle Tarnon", None, "24", "10:00", "11:30", 1),
    ("Salle Tarnon", None, "1", "14:00", "16:00", 4),
    ("Cabine téléphonique", None, "29", "09:00", "09:30", 1),
    ("Cabine téléphonique", None, "33", "11:00", "12:00", 1),
    ("Open space", "OS-09", "16", "08:30", "18:30", 1),  # a carnet holder's desk, waiting for her
    ("Open space", "OS-10", "39", "13:00", "18:30", 1),
)


def settle(ms: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def cli(db: Path, *args: str) -> object:
    """The CLI in this process (so on the fixed clock); its JSON answer."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if desk_main(["--db", str(db), "--json", *args]) != 0:
            raise SystemExit(f"telecentre-desk {' '.join(args)} failed")
    return json.loads(out.getvalue())


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm), tzinfo=PARIS)


def shoot(out: Path, folder: Path) -> None:
    db = folder / "telecentre-desk.sqlite"
    now = [at("08:30")]
    clock.set_clock(lambda: now[0])
    if desk_main(["--db", str(db), "demo"]) != 0:
        raise SystemExit("the demo could not be made")
    payloads = {n: cli(db, "badge", "issue", str(n))["payload"] for n in ARRIVALS}  # type: ignore[index]
    for room, desk, member, start, end, weeks in BOOKINGS:
        cli(db, "booking", "add", "--space", room, *(["--desk", desk] if desk else []), "--member", member,
            "--from", f"{DAY}T{start}", "--to", f"{DAY}T{end}", "--weeks", str(weeks))

    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    sound.ENABLED.write(settings, False)
    engine = open_database(db)
    window = MainWindow(Store(engine), db_path=db, settings_store=settings, first_screen="front_desk",
                        remember_state=False)
    window.resize(1400, 860)
    window.show()
    window.activateWindow()
    settle()
    now[0] = at("09:05")
    for number in ARRIVALS:
        now[0] += dt.timedelta(minutes=9)
        window.front_desk_screen.handle_scan(payloads[number])
    now[0] += dt.timedelta(minutes=40)
    window.front_desk_screen.handle_scan(payloads[LEAVING])  # gone to a meeting elsewhere: a desk free again
    now[0] = at("10:40")
    settle()

    window.show_screen("floor_plan")
    settle()
    save(window, out / "floorplan.png")
    window.show_screen("bookings")
    settle()
    save(window, out / "bookings_day.png")
    window.show_screen("occupancy")  # the month so far, by default
    settle(800)
    save(window, out / "statistics.png")
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
