"""Regenerate docs/screenshots/backup_settings.png and backup_restore.png, in French, on a demo database.

A demo place is made in a temporary folder with a stick folder beside it; three backups are made with the
CLI (``backup now``) on three days, then the two dialogs are shown and grabbed. Run it under a real display
server, e.g.::

    Xvfb :13 -screen 0 1600x1000x24 &
    DISPLAY=:13 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_backup_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from telecentre_desk.backup import service
from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.paths import resolve
from telecentre_desk.ui import i18n
from telecentre_desk.ui.backup.restore_dialog import RestoreDialog
from telecentre_desk.ui.backup.settings_dialog import BackupSettingsDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, "fr")  # kept: the translators live as long as this object
    core_i18n.set_language("fr")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        paths = resolve(db=work / "florac.sqlite", environ={})
        subprocess.run([sys.executable, "-m", "telecentre_desk", "--db", str(paths.db), "demo"], check=True,
                       capture_output=True)
        paths.badge_key.write_text("cd" * 32)
        stick = work / "CLE-USB"
        stick.mkdir()
        settings = backup_settings.with_passphrase(backup_settings.BackupSettings(folder=str(stick)),
                                                   "une phrase de secours")
        backup_settings.save(paths.db, settings)
        for days_ago in (9, 2, 0):
            moment = dt.datetime.now(dt.UTC).replace(hour=18, minute=5) - dt.timedelta(days=days_ago)
            clock.set_clock(lambda moment=moment: moment)
            service.backup_now(paths.db, paths.secret_files)
        clock.set_clock(None)
        dialog = BackupSettingsDialog(paths.db, paths.secret_files)
        dialog.show()
        settle()
        dialog.grab().save(str(OUT / "backup_settings.png"))
        dialog.close()
        restore = RestoreDialog(paths.db, paths.secret_files)
        restore.show()
        settle()
        restore.grab().save(str(OUT / "backup_restore.png"))
        restore.close()
    translations.remove(app)
    print(f"written: {OUT / 'backup_settings.png'}, {OUT / 'backup_restore.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
