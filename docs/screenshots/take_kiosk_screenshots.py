"""Regenerate kiosk_accepted.png and kiosk_refused.png: the kiosk window after two scans, in French.

There is no camera on the machines that make these: each scan is a synthetic 1280x720 webcam frame
(telecentre_desk/demo/frames.py) with the member's real badge, fed to the kiosk's own decoding
pipeline, so the picture shows what the decoder, the desk and the answer panel did with it. Run it
under a real display server, e.g.::

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_kiosk_screenshots.py

The database is made in a temporary folder; nothing real is touched.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from telecentre_desk.badges import service as badges
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.demo.frames import webcam_frame
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.ui import i18n
from telecentre_desk.ui.kiosk.window import KioskWindow
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent
KEY = bytes(range(32))


def settle(ms: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def make_place(folder: Path) -> tuple[Store, dict[str, str]]:
    engine = open_database(folder / "kiosk.sqlite")
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Télécentre de Florac", opening_hours="mon-sun 00:00-24:00")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="120", units=10)
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="C10",
                           start=dt.date.today() - dt.timedelta(days=30))
        members.add_member(session, first_name="Jean", last_name="Martin")  # no plan: refused
        codes = {name: badges.issue_badge(session, str(n), key=KEY).payload for n, name in ((1, "Marie"), (2, "Jean"))}
    return Store(engine), codes


def show_badge(window: KioskWindow, payload: str, seed: int) -> None:
    """Hold a badge up to the (synthetic) camera and wait for the answer."""
    rgb = webcam_frame(payload, seed=seed)
    frame = QImage(rgb.tobytes(), rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()
    before = window.last_result
    window.camera.pipeline.submit(frame)
    for _ in range(100):
        settle(50)
        if window.last_result is not before:
            break
    else:
        raise SystemExit(f"no answer for {payload}")
    settle(400)


def main() -> int:
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, "fr")
    with tempfile.TemporaryDirectory() as tmp:
        store, codes = make_place(Path(tmp))
        desk = FrontDesk(store.engine)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = KioskWindow(store=store, desk=desk, settings_store=settings)
        window.answer.set_show_seconds(60)  # long enough for the picture
        window.start()
        settle(800)
        show_badge(window, codes["Marie"], seed=3)
        window.grab().save(str(HERE / "kiosk_accepted.png"))
        show_badge(window, codes["Jean"], seed=4)
        window.grab().save(str(HERE / "kiosk_refused.png"))
        print(window.camera.status_text or "camera running")
        window.camera.close_camera()
        window.hide()  # a kiosk that is not shown closes without its PIN
        window.close()
        desk.close()
        store.close()
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
