"""Places of a small network, each its own database in a temporary folder, and a shared folder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.sync import service as sync
from telecentre_desk.sync import store

KEYS = {"FLO": bytes(range(32)), "MAR": bytes(range(1, 33)), "LAN": bytes(range(2, 34))}
NAMES = {"FLO": ("Télécentre de Florac", "48400", "Florac"), "MAR": ("Comptoir de Marvejols", "48100", "Marvejols"),
         "LAN": ("Tiers-lieu de Langogne", "48300", "Langogne")}


@dataclass
class Place:
    code: str
    engine: Engine
    shared: Path
    badges: dict[int, str] = field(default_factory=dict)  # member number -> badge payload

    def add_member(self, first: str, last: str, *, plan: str | None = "MOIS") -> int:
        with unit_of_work(self.engine) as session:
            info = members.add_member(session, first_name=first, last_name=last, plan_code=plan,
                                      start=None if plan is None else __import__("datetime").date(2026, 11, 1))
            number = info.number
            issued = badges.issue_badge(session, info.id, key=KEYS[self.code])
        self.badges[number] = issued.payload
        return number

    def export(self):
        return sync.export(self.engine, self.shared)

    @property
    def key(self):
        return sync.signing_key(self.engine)

    def trust(self, other: Place) -> None:
        with sync.raw_connection(self.engine) as conn:
            store.trust(conn, other.code, other.key.fingerprint)

    def import_(self):
        return sync.import_(self.engine, self.shared)

    def scan(self, payload: str, at=None):
        with FrontDesk(self.engine) as front:
            return front.scan(payload, at=at)

    def one(self, sql: str, *params):
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(sql, params).fetchone()

    def all(self, sql: str, *params):
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(sql, params).fetchall()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def network(tmp_path: Path, shared: Path) -> Iterator[callable]:
    made: list[Place] = []

    def make(code: str) -> Place:
        engine = open_database(tmp_path / f"{code.lower()}.sqlite")
        name, postcode, city = NAMES[code]
        with unit_of_work(engine) as session:
            places.init_place(session, code=code, name=name, postcode=postcode, city=city,
                              opening_hours="mon-sun 00:00-23:59")
            plans.add_plan(session, code="MOIS", name="Nomade mois", kind="monthly", price="90")
        place = Place(code, engine, shared)
        # The places of a test network have accepted each other's signing keys, as hosts do once by phone.
        for other in made:
            place.trust(other)
            other.trust(place)
        made.append(place)
        return place

    yield make
    for place in made:
        place.engine.dispose()
