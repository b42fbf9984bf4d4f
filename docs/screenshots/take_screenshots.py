"""Regenerate the screenshots in this folder: the real window on a demo database.

Run it under a real display server so the platform plugin of the desk draws it, e.g. with Xvfb::

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb TELECENTRE_DESK_LANG=fr .venv/bin/python docs/screenshots/take_screenshots.py

It never touches a real database: the demo is generated in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from telecentre_desk.db.migrate import open_database
from telecentre_desk.ui import i18n
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.members.member_dialog import MemberDialog
from telecentre_desk.ui.places.place_dialog import PlaceDialog
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent


def settle(ms: int = 400) -> None:
    """Let the window map, lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    settle()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def shoot(out: Path, folder: Path) -> None:
    demo_db = folder / "telecentre-desk.sqlite"
    subprocess.run([sys.executable, "-m", "telecentre_desk", "--db", str(demo_db), "demo"], check=True,
                   stdout=subprocess.DEVNULL)
    engine = open_database(demo_db)
    store = Store(engine)
    window = MainWindow(store, db_path=demo_db, settings_store=QSettings(str(folder / "ui.ini"),
                                                                          QSettings.Format.IniFormat))
    window.resize(1280, 780)
    window.show()
    save(window, out / "members.png")
    window.members_screen.table.selectRow(2)
    window.members_screen.edit_action.trigger()
    dialog = window.members_screen.findChild(MemberDialog)
    save(dialog, out / "member_dialog.png")
    dialog.reject()
    window.show_screen("plans")
    save(window, out / "plans.png")
    window.close()
    engine.dispose()

    empty = open_database(folder / "empty.sqlite")
    setup = PlaceDialog(Store(empty))
    setup.show()
    save(setup, out / "setup.png")
    setup.close()
    empty.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, i18n.choose_language(os.environ))
    run: Callable[[Path], None] = lambda folder: shoot(args.out, folder)  # noqa: E731
    with tempfile.TemporaryDirectory() as folder:
        run(Path(folder))
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
