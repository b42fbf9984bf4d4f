"""Regenerate the Network screen's pictures in docs/screenshots/: network.png (Florac, in French, after a sync
where Marvejols's changes apply and Langogne's export is refused), network_refused_entry.png, network_report_tab.png,
network_settlement_tab.png and network_settings.png (network_report.png is the PDF report's, made elsewhere).

Three places, each its own database in a temporary folder, exchange files in a shared folder, on a fixed
clock (the week of Monday 23 November 2026):

- Florac (FLO) is the demo place; Marvejols (MAR) and Langogne (LAN) are small places set up here;
- Monday: every place syncs; Tuesday: Jean of Marvejols works at Florac, Camille of Florac at Marvejols;
- Wednesday: Marvejols changes Jean's category and syncs, Florac syncs and holds that change;
- then Marvejols's PC clock falls back to Tuesday (a flat BIOS battery) and Jean is changed again: Marvejols
  is the authority for its members, so Florac applies that later export whatever the clock said (since
  issue 12 this is no longer a conflict; network.png predates it);
- Thursday morning Paul of Langogne becomes an employee and Langogne exports; somebody opens that export's
  members file and saves it by hand: the file no longer matches its signed manifest, so Florac refuses that
  export whole (ONE refused file) and keeps Langogne's Monday data;
- Thursday 09:30 at Florac: the host presses "Synchroniser" in the real window (the real worker thread).

Run it under a display server::

    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 openbox &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python tools/take_network_screenshots.py

Nothing real is touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from telecentre_desk.__main__ import main as desk_main
from telecentre_desk.badges import service as badges
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.sync import service as sync
from telecentre_desk.sync import store as sync_store
from telecentre_desk.ui import i18n, sound
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.network import folder as shared_folder
from telecentre_desk.ui.store import Store

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PARIS = ZoneInfo("Europe/Paris")
KEYS = {"MAR": bytes(range(1, 33)), "LAN": bytes(range(2, 34))}
OTHERS = {  # code: (name, postcode, city, day rate, members)
    "MAR": ("Comptoir de Marvejols", "48100", "Marvejols", "8,50",
            [("Jean", "Martin"), ("Sophie", "Vidal"), ("Karim", "Benali")]),
    "LAN": ("Tiers-lieu de Langogne", "48300", "Langogne", "9,00", [("Paul", "Roux"), ("Inès", "Chabert")]),
}


def at(day: int, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(dt.date(2026, 11, day), dt.time.fromisoformat(hhmm), tzinfo=PARIS)


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def cli(*args: str) -> dict:
    """The CLI in this process (on the fixed clock): its JSON answer."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if desk_main([*args, "--json"]) != 0:
            raise SystemExit(f"telecentre-desk {' '.join(args)} failed")
    return json.loads(out.getvalue())


class Scenario:
    def __init__(self, folder: Path) -> None:
        self.now = at(23, "08:00")
        clock.set_clock(lambda: self.now)
        self.shared = folder / "Réseau SoLozère"
        self.shared.mkdir()
        self.flo_db = folder / "florac.sqlite"
        cli("--db", str(self.flo_db), "demo", "--members", "30", "--months", "2")
        self.flo = open_database(self.flo_db)
        with unit_of_work(self.flo) as session:
            places.edit_network_settings(session, day_rate="10", actor="demo")
        self.engines = {"FLO": self.flo}
        self.badges: dict[str, str] = {}
        for code, (name, postcode, city, rate, people) in OTHERS.items():
            engine = open_database(folder / f"{code.lower()}.sqlite")
            self.engines[code] = engine
            with unit_of_work(engine) as session:
                places.init_place(session, code=code, name=name, postcode=postcode, city=city, actor="demo",
                                  opening_hours="mon-fri 08:30-18:30")
                places.edit_network_settings(session, day_rate=rate, actor="demo")
                plans.add_plan(session, code="NOMADE", name="Nomade mois", kind="monthly", price="80")
                for first, last in people:
                    info = members.add_member(session, first_name=first, last_name=last, plan_code="NOMADE",
                                              start=dt.date(2026, 11, 2), actor="demo")
                    self.badges[first] = badges.issue_badge(session, info.id, key=KEYS[code]).payload
        # The hosts have read each other their signing keys' fingerprints by phone and accepted them.
        for code, engine in self.engines.items():
            with sync.raw_connection(engine) as conn:
                for other, other_engine in self.engines.items():
                    if other != code:
                        sync_store.trust(conn, other, sync.signing_key(other_engine).fingerprint)
        # A member of Florac who will work at Marvejols; the CLI keeps Florac's badge key beside its database.
        issued = cli("--db", str(self.flo_db), "badge", "issue", "3")
        self.camille = cli("--db", str(self.flo_db), "member", "show", "3")["first_name"]
        self.badges[self.camille] = issued["payload"]

    def sync(self, code: str) -> None:
        sync.run(self.engines[code], self.shared)

    def scan(self, code: str, who: str, when: dt.datetime) -> None:
        self.now = when
        with FrontDesk(self.engines[code]) as front:
            front.scan(self.badges[who], at=when)

    def play(self) -> None:
        for code in ("FLO", "MAR", "LAN", "FLO"):  # Monday: everyone's export known everywhere
            self.sync(code)
        self.scan("FLO", "Jean", at(24, "09:10"))  # Tuesday: roaming both ways
        self.scan("FLO", "Jean", at(24, "17:40"))
        self.scan("MAR", self.camille, at(24, "08:50"))
        self.scan("MAR", self.camille, at(24, "12:30"))
        self.now = at(24, "19:00")
        for code in ("MAR", "FLO", "MAR"):
            self.sync(code)
        jean = self._member("MAR", "Jean")
        self.now = at(25, "10:00")  # Wednesday: Jean becomes an employee, Florac learns it
        with unit_of_work(self.engines["MAR"]) as session:
            members.edit_member(session, jean, category="employee", actor="demo")
        self.sync("MAR")
        self.now = at(25, "11:00")
        self.sync("FLO")
        self.now = at(24, "16:00")  # Marvejols's clock falls back a day: this change is "older"
        with unit_of_work(self.engines["MAR"]) as session:
            members.edit_member(session, jean, category="jobseeker", actor="demo")
        self.sync("MAR")
        self.now = at(26, "08:00")  # Thursday: Paul becomes an employee, Langogne exports; a file is then edited
        with unit_of_work(self.engines["LAN"]) as session:
            members.edit_member(session, self._member("LAN", "Paul"), category="employee", actor="demo")
        self.sync("LAN")
        # Exports are deltas since issue 12: the file to spoil is this export's own (the highest number), not
        # Monday's snapshot, which Florac has read already.
        members_file = max((self.shared / "LAN").glob("members.*.csv"), key=lambda path: path.name)
        spoilt = members_file.read_bytes().replace(b"Paul", b"Paulo")
        if spoilt == members_file.read_bytes():
            raise SystemExit(f"{members_file.name} does not name Paul: the scenario no longer spoils an export")
        members_file.write_bytes(spoilt)
        self.now = at(26, "09:30")

    def _member(self, code: str, first: str) -> str:
        with self.engines[code].connect() as conn:
            return conn.exec_driver_sql("SELECT uid FROM member WHERE first_name = ?", (first,)).scalar_one()

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def shoot(folder: Path) -> None:
    scenario = Scenario(folder)
    scenario.play()
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    sound.ENABLED.write(settings, False)
    shared_folder.write_shared_folder(settings, scenario.flo_db, str(scenario.shared))
    window = MainWindow(Store(scenario.flo), db_path=scenario.flo_db, settings_store=settings,
                        first_screen="network", remember_state=False)
    window.resize(1400, 860)
    window.show()
    window.activateWindow()
    settle()
    screen = window.network_page.page
    panel = screen.sync_panel
    loop = QEventLoop()
    panel.sync_finished.connect(loop.quit)
    panel.sync_button.click()
    loop.exec()
    settle()
    save(window, "network.png")

    panel.filter_buttons["refused"].click()
    panel.log_table.selectRow(0)
    panel.log_table.doubleClicked.emit(panel.log_model.index(0, 4))
    settle()
    save(panel.entry_dialog, "network_refused_entry.png")
    panel.entry_dialog.close()
    panel.filter_buttons["all"].click()

    screen.tabs.setCurrentWidget(screen.report_page)
    settle()
    save(window, "network_report_tab.png")  # network_report.png is the PDF, docs/network.md
    screen.tabs.setCurrentWidget(screen.settlement_page)
    settle()
    save(window, "network_settlement_tab.png")
    screen.tabs.setCurrentWidget(panel)
    panel.settings_button.click()
    settle()
    save(panel.settings_dialog, "network_settings.png")
    panel.settings_dialog.close()

    window.front_desk_screen.shutdown()
    window.close()
    scenario.close()
    clock.set_clock(None)


def main() -> int:
    os.environ["TELECENTRE_DESK_LANG"] = "fr"  # the CLI run in this process, and the core's messages
    core_i18n.set_language("fr")
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, "fr")
    with tempfile.TemporaryDirectory() as folder:
        shoot(Path(folder))
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
