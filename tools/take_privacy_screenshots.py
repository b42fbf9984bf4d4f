"""Regenerate the RGPD pictures in docs/screenshots/: erase_dialog.png (the Members screen's erase dialog,
in French, for a demo member with an issued invoice, an open draft and a future booking) and
member_data_export.png (the first page of that member's data export PDF, through pdftoppm).

Run it under a display server::

    Xvfb :14 -screen 0 1600x1000x24 &
    DISPLAY=:14 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_privacy_screenshots.py

A demo place in a temporary folder, on a fixed clock; nothing real is touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from telecentre_desk.__main__ import main as desk_main
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.ui import i18n
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.privacy.erase_dialog import EraseDialog
from telecentre_desk.ui.store import Store

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
NOW = dt.datetime(2026, 12, 4, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def cli(*args: str) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if desk_main([*args, "--json"]) != 0:
            raise SystemExit(f"telecentre-desk {' '.join(args)} failed")
    return json.loads(out.getvalue())


def main() -> int:
    os.environ["TELECENTRE_DESK_LANG"] = "fr"
    os.environ["TELECENTRE_DESK_NO_KEYRING"] = "1"
    clock.set_clock(lambda: NOW)
    core_i18n.set_language("fr")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "florac.sqlite"
        cli("--db", str(db), "demo", "--members", "25", "--months", "3")
        cli("--db", str(db), "invoice", "run", "2026-11")
        cli("--db", str(db), "invoice", "issue", "--month", "2026-11", "--all")
        cli("--db", str(db), "invoice", "run", "2026-12")
        invoices = cli("--db", str(db), "invoice", "list", "--month", "2026-11")
        member = cli("--db", str(db), "member", "show", invoices[len(invoices) // 2]["member_id"])
        rooms = [s for s in cli("--db", str(db), "space", "list") if s["kind"] == "meeting_room"]
        if rooms:
            cli("--db", str(db), "booking", "add", "--space", rooms[0]["name"], "--member", member["id"],
                "--from", "2026-12-10T10:00", "--to", "2026-12-10T11:00", "--override", "démonstration")
        pdf = Path(tmp) / "donnees.pdf"
        cli("--db", str(db), "member", "export-data", member["id"], "--out", str(Path(tmp) / "donnees.json"),
            "--pdf", str(pdf))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / "member_data_export")], check=True)

        app = QApplication.instance() or QApplication(sys.argv)
        translations = i18n.install(app, "fr")  # noqa: F841  (kept alive while the window shows)
        store = Store(db_path=db)
        window = MainWindow(store, db_path=db, settings_store=QSettings(str(Path(tmp) / "s.ini"),
                                                                        QSettings.Format.IniFormat),
                            first_screen="members", remember_state=False)
        window.resize(1200, 760)
        window.show()
        settle()
        screen = window.members_screen
        screen.select_member(member["id"])
        window.members_privacy.erase_action.trigger()
        settle()
        dialog = screen.findChild(EraseDialog)
        dialog.reason.setText("Demande écrite du membre, reçue le 03/12/2026")
        dialog.confirm.setChecked(True)
        dialog.resize(620, dialog.sizeHint().height())
        settle()
        dialog.grab().save(str(OUT / "erase_dialog.png"))
        dialog.reject()
        window.close()
        store.close()
    print("written:", OUT / "erase_dialog.png", OUT / "member_data_export.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
