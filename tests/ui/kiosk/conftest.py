"""A small place for the kiosk: Marie (monthly plan), Chloé (carnet), Jean (no plan), their badges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans

KEY = bytes(range(32))


@dataclass
class Place:
    engine: Engine
    desk: FrontDesk
    badge: dict[str, str]  # first name -> payload


@pytest.fixture
def place(place_engine: Engine) -> Iterator[Place]:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, opening_hours="mon-fri 08:30-18:30")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="120", units=10)
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                           start=dt.date(2026, 1, 1))
        members.add_member(session, first_name="Chloé", last_name="Thévenot", plan_code="C10",
                           start=dt.date(2026, 1, 1))
        members.add_member(session, first_name="Jean", last_name="Martin")
        issued = [badges.issue_badge(session, str(n), key=KEY).payload for n in (1, 2, 3)]
    desk = FrontDesk(place_engine)
    yield Place(place_engine, desk, dict(zip(("Marie", "Chloé", "Jean"), issued, strict=True)))
    desk.close()
