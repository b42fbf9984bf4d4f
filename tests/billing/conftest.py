"""A place with complete legal identity, a catalogue, and members whose months are worked out by hand."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.bookings import service as bookings
from telecentre_desk.db.models import DayUsage, Member
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.spaces import service as spaces

PARIS = ZoneInfo("Europe/Paris")


def subscribe(session, number: int, code: str, start: dt.date, end: dt.date | None = None) -> None:
    member = session.exec(select(Member).where(Member.number == number)).one()
    plans.subscribe(session, member=member, plan_code=code, start=start, end=end)


@pytest.fixture
def billing(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, legal_form="Association loi 1901", vat_number="FR40303265045",
                          opening_hours="mon-fri 08:30-18:30")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        plans.add_plan(session, code="NOMADE", name="Nomade", kind="monthly", price="110")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="100", units=10)
        plans.add_plan(session, code="JOUR", name="Journée", kind="day", price="15")
        plans.add_plan(session, code="SALLE", name="Salle de réunion", kind="room_hour", price="20")
        for first in ("Marie", "Paul", "Léa", "Hugo", "Chloé", "Zoé", "Théo"):
            members.add_member(session, first_name=first, last_name="Test", address="1 rue du Pont",
                               postcode="48400", city="Florac")
        subscribe(session, 1, "MOIS", dt.date(2026, 11, 1))  # Marie: whole months
        subscribe(session, 2, "MOIS", dt.date(2026, 11, 16))  # Paul: starts mid-month
        subscribe(session, 3, "MOIS", dt.date(2026, 10, 1), dt.date(2026, 11, 10))  # Léa: ends on the 10th
        subscribe(session, 4, "NOMADE", dt.date(2026, 10, 1), dt.date(2026, 11, 20))  # Hugo changes plan
        subscribe(session, 4, "MOIS", dt.date(2026, 11, 21))
        subscribe(session, 5, "C10", dt.date(2026, 11, 5))  # Chloé: a carnet, overuse, a room
        subscribe(session, 6, "MOIS", dt.date(2027, 2, 15))  # Zoé: half of February
        subscribe(session, 7, "MOIS", dt.date(2027, 1, 1), dt.date(2027, 1, 10))  # Théo: 10 days of January
        for day, half_days in ((dt.date(2026, 11, 23), 2), (dt.date(2026, 11, 24), 2), (dt.date(2026, 11, 25), 1)):
            session.add(DayUsage(member_id=5, place_id=1, origin="FLO", day=day, half_days=half_days, overuse=True))
        spaces.add_space(session, name="Salle Tarnon", kind="meeting_room", capacity=8)
        bookings.add_booking(session, space="Salle Tarnon", member="5",
                             start=dt.datetime(2026, 11, 10, 14, 0, tzinfo=PARIS),
                             end=dt.datetime(2026, 11, 10, 15, 30, tzinfo=PARIS))
    return place_engine
