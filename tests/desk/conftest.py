"""A small front desk: Florac's hours, a resident, a carnet holder, a member with no plan, badges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.desk.result import ScanResult
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans

PARIS = ZoneInfo("Europe/Paris")
KEY = bytes(range(32))


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=PARIS)


@dataclass
class Desk:
    engine: Engine
    front: FrontDesk
    badge: dict[str, str]  # first name -> payload

    def scan(self, who: str, at: dt.datetime) -> ScanResult:
        return self.front.scan(self.badge[who], at=at)


@pytest.fixture
def desk(place_engine: Engine) -> Iterator[Desk]:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, opening_hours="mon-fri 08:30-18:30; sat 09:00-12:30")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="120", units=10)
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                           start=dt.date(2026, 1, 1))
        members.add_member(session, first_name="Chloé", last_name="Thévenot", plan_code="C10",
                           start=dt.date(2026, 1, 1))
        members.add_member(session, first_name="Jean", last_name="Martin")
        members.add_member(session, first_name="Paul", last_name="Roux", plan_code="MOIS",
                           start=dt.date(2026, 1, 1))
        issued = {n: badges.issue_badge(session, str(n), key=KEY).payload for n in (1, 2, 3, 4)}
        members.deactivate_member(session, "4")
    front = FrontDesk(place_engine)
    yield Desk(place_engine, front, dict(zip(("Marie", "Chloé", "Jean", "Paul"), issued.values(), strict=True)))
    front.close()
