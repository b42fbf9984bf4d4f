"""Every screen of the window at 1024x600 (a small laptop) and 1366x768, in French, on a demo database, with
the member card, the privacy and backup dialogs and the runner's status-bar progress (the month's invoice run);
plus the members screen, the member card and the Bilans dashboard for the README. Issue 15: each picture is
looked at by a person.

The clock is fixed (Thursday 26 November 2026, 10:40 in Florac), ten members came in through the front desk.
Run it under a real display server with a window manager, e.g.::

    Xvfb :34 -screen 0 1920x1080x24 & DISPLAY=:34 openbox &
    DISPLAY=:34 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_host_day_screenshots.py

Writes docs/screenshots/host_day/<width>x<height>/<screen>.png; nothing real is touched.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Engine

from telecentre_desk.__main__ import main as desk_main
from telecentre_desk.billing.month import Month
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.ui import i18n, sound
from telecentre_desk.ui.main_window import SCREENS, MainWindow
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent
PARIS = ZoneInfo("Europe/Paris")
DAY = dt.date(2026, 11, 26)
ARRIVALS = (21, 1, 29, 24, 5, 33, 30, 36, 26, 22)
SIZES = ((1024, 600), (1366, 768))


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm), tzinfo=PARIS)


def shoot_booking_edit(window: MainWindow, engine: Engine) -> None:
    """A room booked this morning, opened again to move it (issue 15: undo where a host makes mistakes)."""
    from PySide6.QtCore import QItemSelectionModel

    from telecentre_desk.bookings import service as bookings
    from telecentre_desk.db.uow import unit_of_work

    with unit_of_work(engine) as session:
        made = bookings.add_booking(session, space="Salle Tarnon", member="1", start=at("14:00").replace(tzinfo=None),
                                    end=at("15:30").replace(tzinfo=None), note="Réunion projet", actor="demo")
    window.show_screen("bookings")
    settle()
    screen = window.bookings_page.page
    row = next(i for i, s in enumerate(screen.day_model.slots) if s.strftime("%H:%M") == "14:00")
    column = next(i for i, r in enumerate(screen.resources) if r.space_name == "Salle Tarnon" and r.desk_id is None)
    screen.day_table.selectionModel().select(screen.day_model.index(row, column),
                                             QItemSelectionModel.SelectionFlag.ClearAndSelect)
    screen.edit_booking(screen.bookings[made[0].id])
    dialog = screen.last_dialog
    settle()
    save(dialog, HERE / "booking_edit.png")
    dialog.close()
    shoot_series_question(window, engine)


def shoot_series_question(window: MainWindow, engine: Engine) -> None:
    """A weekly booking moved: the question "only this one / this one and the following weeks"."""
    from PySide6.QtCore import QItemSelectionModel

    from telecentre_desk.bookings import service as bookings
    from telecentre_desk.db.uow import unit_of_work

    with unit_of_work(engine) as session:
        made = bookings.add_booking(session, space="Salle Tarnon", member="5", start=at("16:00").replace(tzinfo=None),
                                    end=at("17:00").replace(tzinfo=None), weeks=4, note="Atelier", actor="demo")
    settle()
    screen = window.bookings_page.page
    screen.refresh()
    row = next(i for i, s in enumerate(screen.day_model.slots) if s.strftime("%H:%M") == "16:00")
    column = next(i for i, r in enumerate(screen.resources) if r.space_name == "Salle Tarnon" and r.desk_id is None)
    screen.day_table.selectionModel().select(screen.day_model.index(row, column),
                                             QItemSelectionModel.SelectionFlag.ClearAndSelect)
    screen.edit_booking(screen.bookings[made[0].id])
    dialog = screen.last_dialog
    dialog.start.setCurrentIndex(dialog.start.findText("17:00"))
    dialog.end.setCurrentIndex(dialog.end.findText("18:00"))
    settle()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            QTimer.singleShot(100, answer)
            return
        save(box, HERE / "booking_series_question.png")
        box.reject()  # Retour: nothing is changed

    QTimer.singleShot(300, answer)
    dialog.accept()
    dialog.close()


def fitted(dialog: QWidget, size: tuple[int, int]) -> None:
    """A dialog as a screen of ``size`` shows it: never larger than the screen (less the window manager's frame).
    Says when its minimum does not fit, which is a defect to fix in that dialog."""
    width, height = size[0], size[1] - 40
    minimum = dialog.minimumSizeHint()
    if minimum.width() > width or minimum.height() > height:
        print(f"  ! {type(dialog).__name__} needs at least {minimum.width()}x{minimum.height()} on {size}")
    dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
    settle()


def shoot_dialogs(window: MainWindow, size: tuple[int, int], out: Path) -> None:
    """The privacy (retention and review) and backup (settings, restore) dialogs, as opened from the menus."""
    window.show_screen("members")
    settle()
    window.members_privacy.review_action.trigger()
    review = window.members_privacy.review_dialog
    fitted(review, size)
    save(review, out / "privacy_review.png")
    review.close()
    for name, opener in (("backup_settings", window.backups.open_settings), ("backup_restore",
                                                                             window.backups.open_restore)):
        dialog = opener()
        settle()
        fitted(dialog, size)
        save(dialog, out / f"{name}.png")
        dialog.close()


def shoot_runner(window: MainWindow, store: Store, out: Path) -> None:
    """The month's invoice run half-way in the status bar (its progress slowed, 60 ms a member, to be seen)."""
    import time

    from telecentre_desk.ui.invoices import jobs

    original = jobs.run_month

    def slowed(engine: Engine, month: Month):  # type: ignore[no-untyped-def]
        job = original(engine, month)
        return lambda ticket: job(lambda done, total, *rest: (time.sleep(0.06), ticket(done, total, *rest))[1])

    jobs.run_month = slowed
    try:
        window.show_screen("invoices")
        settle()
        window.invoices_screen.invoice_actions.run_month(Month(2026, 9))
        deadline = time.monotonic() + 20
        while not (window.operation_progress.isVisible() and window.operation_progress.label.text()):
            if time.monotonic() > deadline:
                raise SystemExit("the invoice run never showed its progress")
            settle(100)
        settle(600)
        save(window, out / "runner_progress.png")
        store.runner.cancel()
        store.runner.wait()
        settle()
    finally:
        jobs.run_month = original
        window.invoices_screen.month_filter.set_month(Month(2026, 10))


def shoot(folder: Path) -> None:
    import contextlib
    import io
    import json

    db = folder / "telecentre-desk.sqlite"
    now = [at("08:30")]
    clock.set_clock(lambda: now[0])
    if desk_main(["--db", str(db), "demo"]) != 0:
        raise SystemExit("the demo could not be made")
    if desk_main(["--db", str(db), "invoice", "run", "2026-10"]) != 0:  # October's drafts, to be seen and issued
        raise SystemExit("October could not be invoiced")
    core_i18n.set_language("fr")  # the CLI's main chose the system's language for the core's messages
    payloads = {}
    for number in ARRIVALS:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            desk_main(["--db", str(db), "--json", "badge", "issue", str(number)])
        payloads[number] = json.loads(out.getvalue())["payload"]
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    sound.ENABLED.write(settings, False)
    engine = open_database(db)
    store = Store(engine)
    window = MainWindow(store, db_path=db, settings_store=settings, remember_state=False)
    window.resize(*SIZES[1])
    window.show()
    window.activateWindow()
    settle()
    window.invoices_screen.month_filter.set_month(Month(2026, 10))
    for number in ARRIVALS:
        now[0] += dt.timedelta(minutes=9)
        window.front_desk_screen.handle_scan(payloads[number])
    now[0] = at("10:40")
    settle()
    for width, height in SIZES:
        window.resize(width, height)
        size = f"{width}x{height}"
        for key, _title, _coming in SCREENS:
            window.show_screen(key)
            settle(900 if key in ("occupancy", "network", "invoices") else 400)
            save(window, HERE / "host_day" / size / f"{key}.png")
        window.show_screen("members")
        window.members_screen.table.selectRow(0)
        card = window.members_screen.open_card()
        if card is not None:
            card.tabs.setCurrentIndex(card.PLAN_TAB)
            settle()
            save(card, HERE / "host_day" / size / "member_card.png")
            card.close()
        shoot_dialogs(window, (width, height), HERE / "host_day" / size)
        shoot_runner(window, store, HERE / "host_day" / size)
    window.resize(*SIZES[1])
    shoot_booking_edit(window, engine)
    window.show_screen("reports")
    settle()
    save(window, HERE / "today_dashboard.png")
    window.show_screen("members")
    settle()
    save(window, HERE / "members.png")
    card = window.members_screen.open_card()
    if card is not None:
        card.tabs.setCurrentIndex(card.PLAN_TAB)
        settle()
        save(card, HERE / "member_card.png")
        card.close()
    window.front_desk_screen.shutdown()
    window.close()
    engine.dispose()
    clock.set_clock(None)


def main() -> int:
    os.environ["TELECENTRE_DESK_LANG"] = "fr"  # the CLI run in this process speaks French too
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, "fr")
    core_i18n.set_language("fr")
    with tempfile.TemporaryDirectory() as folder:
        shoot(Path(folder))
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
