"""A small network for the Network screen: Florac is the desk on screen (the ``store`` of tests/ui), Marvejols
and Langogne are other places, each its own database under tmp_path, all exchanging files in one shared folder."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.sync import service as sync
from telecentre_desk.sync import store as sync_store
from telecentre_desk.ui.network.screen import NetworkScreen
from telecentre_desk.ui.network.sync_panel import SyncPanel
from telecentre_desk.ui.store import Store

KEYS = {"MAR": bytes(range(1, 33)), "LAN": bytes(range(2, 34))}  # each place's own badge key
NAMES = {"MAR": ("Comptoir de Marvejols", "48100", "Marvejols"),
         "LAN": ("Tiers-lieu de Langogne", "48300", "Langogne")}


@dataclass
class OtherPlace:
    code: str
    engine: Engine
    shared: Path

    def add_member(self, first: str, last: str) -> str:
        """A member with a monthly plan; returns the member's uid."""
        with unit_of_work(self.engine) as session:
            return members.add_member(session, first_name=first, last_name=last, plan_code="MOIS",
                                      start=dt.date(2026, 11, 1)).id

    def badge(self, member_uid: str) -> str:
        """Issue the member's badge at home; its payload, as printed on the card."""
        with unit_of_work(self.engine) as session:
            return badges.issue_badge(session, member_uid, key=KEYS[self.code]).payload

    def export(self) -> None:
        sync.export(self.engine, self.shared)

    def sync(self) -> None:
        sync.run(self.engine, self.shared)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


def trust_each_other(first: Engine, second: Engine) -> None:
    """The hosts of two places read each other their key's fingerprint by phone and accept it."""
    for one, other in ((first, second), (second, first)):
        with sync.raw_connection(other) as conn:
            code = sync_store.local_place(conn)[1]
        with sync.raw_connection(one) as conn:
            sync_store.trust(conn, code, sync.signing_key(other).fingerprint)


@pytest.fixture
def other_place(tmp_path: Path, shared: Path, place_engine: Engine) -> Iterator[Callable[[str], OtherPlace]]:
    made: list[OtherPlace] = []

    def make(code: str, *, trusted: bool = True) -> OtherPlace:
        engine = open_database(tmp_path / f"{code.lower()}.sqlite")
        name, postcode, city = NAMES[code]
        with unit_of_work(engine) as session:
            places.init_place(session, code=code, name=name, postcode=postcode, city=city)
            plans.add_plan(session, code="MOIS", name="Nomade mois", kind="monthly", price="90")
        if trusted:
            trust_each_other(place_engine, engine)
            for other in made:
                trust_each_other(other.engine, engine)
        place = OtherPlace(code, engine, shared)
        made.append(place)
        return place

    yield make
    for place in made:
        place.engine.dispose()


def rewrite_file(folder: Path, logical: str, edit: Callable[[list[str]], None]) -> str:
    """Change one export file line by line and fix its manifest entry as a careless tool holding the place's
    key would (size and checksum recomputed, signed again): only the row checks can catch it. Returns the
    file's name."""
    from tests.sync.helpers import manifest as read_manifest
    from tests.sync.helpers import write_manifest

    manifest = read_manifest(folder)
    entry = next(f for f in manifest["files"] if f["entity"] == logical)
    path = folder / entry["file"]
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    edit(lines)
    data = "\r\n".join(lines).encode("utf-8")
    path.write_bytes(data)
    entry["sha256"], entry["bytes"] = hashlib.sha256(data).hexdigest(), len(data)
    write_manifest(folder, manifest)
    return entry["file"]


def open_panel(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path, *, folder: Path | None = None,
               run_sync=None) -> SyncPanel:
    screen = NetworkScreen(store, db_path=db_path, settings_store=settings_store, run_sync=run_sync)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    qtbot.waitExposed(screen)
    panel = screen.sync_panel
    panel.held_screen = screen  # qtbot holds widgets weakly: the screen must live as long as the test's panel
    if folder is not None:
        panel.folder_edit.setText(str(folder))
    return panel


def run_sync_and_wait(qtbot: QtBot, panel: SyncPanel, timeout: int = 20_000) -> None:
    with qtbot.waitSignal(panel.sync_finished, timeout=timeout):
        panel.sync_button.click()


def table_text(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
