"""Regenerate docs/screenshots/privacy_retention.png: the retention dialog (in French) of a demo place
whose first months were invoiced and closed (presence made anonymous), one month with open drafts and
one never invoiced, so the dialog names the months still held per member and why.

Run it under a display server::

    Xvfb :25 -screen 0 1600x1000x24 &
    DISPLAY=:25 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_retention_screenshot.py

A demo place in a temporary folder, on a fixed clock; nothing real is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.ui import i18n
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.privacy.settings_dialog import PrivacyDialog
from telecentre_desk.ui.store import Store
from tools.take_privacy_screenshots import NOW, OUT, cli, settle


def main() -> int:
    os.environ["TELECENTRE_DESK_LANG"] = "fr"
    os.environ["TELECENTRE_DESK_NO_KEYRING"] = "1"
    clock.set_clock(lambda: NOW)
    core_i18n.set_language("fr")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "florac.sqlite"
        cli("--db", str(db), "demo", "--members", "25", "--months", "8")
        for month in ("2026-04", "2026-05", "2026-06"):
            cli("--db", str(db), "invoice", "run", month)
            cli("--db", str(db), "invoice", "issue", "--month", month, "--all")
        cli("--db", str(db), "invoice", "run", "2026-07")  # drafts left open
        purge = cli("--db", str(db), "privacy", "purge")
        print("aggregated:", purge["months_aggregated"], "kept:", purge["months_kept"])
        app = QApplication.instance() or QApplication(sys.argv)
        translations = i18n.install(app, "fr")  # noqa: F841  (kept alive while the window shows)
        store = Store(db_path=db)
        window = MainWindow(store, db_path=db, settings_store=QSettings(str(Path(tmp) / "s.ini"),
                                                                        QSettings.Format.IniFormat),
                            first_screen="members", remember_state=False)
        window.resize(1200, 760)
        window.show()
        settle()
        window.members_privacy.review_action.trigger()
        settle()
        dialog = window.members_screen.findChild(PrivacyDialog)
        dialog.resize(640, 560)
        settle()
        dialog.grab().save(str(OUT / "privacy_retention.png"))
        dialog.reject()
        window.close()
        store.close()
    print("written:", OUT / "privacy_retention.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
