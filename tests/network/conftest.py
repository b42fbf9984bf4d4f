"""Another place's rows as a sync import leaves them, inserted directly (the sync core is built apart).

After an import a place holds the other places (``place`` with is_local = 0), their closures, their
members (last name reduced to an initial, ``home_plan``), visits of roaming members (``check_event``)
and the other places' daily presence (``network_day``). These helpers write exactly that, so the
network reports and the home billing are tested on their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from telecentre_desk.db.models import CheckEvent, Member, NetworkDay, Place, PlaceClosure, VisitDay
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members

PARIS = ZoneInfo("Europe/Paris")


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=PARIS)


@dataclass(frozen=True, slots=True)
class Someone:
    id: int  # local id in this database
    uid: str
    place_id: int


def add_place(session: Session, code: str, name: str, *, postcode: str | None = None, city: str | None = None,
              rate_cents: int | None = None, billing: str = "home", desks: int | None = None,
              opening_hours: str = "mon-fri 09:00-18:00", timezone: str = "Europe/Paris") -> int:
    """Another place of the network, as its places file describes it; returns its local id."""
    place = Place(code=code, name=name, origin=code, is_local=False, postcode=postcode, city=city,
                  network_day_rate_cents=rate_cents, network_billing=billing, desks_count=desks,
                  opening_hours=opening_hours, timezone=timezone)
    session.add(place)
    session.flush()
    return place.id


def place_id(session: Session, code: str) -> int:
    return session.exec(select(Place.id).where(Place.code == code)).one()


def add_closure(session: Session, place_id: int, start: dt.date, end: dt.date) -> None:
    code = session.get(Place, place_id).code
    session.add(PlaceClosure(place_id=place_id, origin=code, start_date=start, end_date=end))
    session.flush()


def add_member(session: Session, place_id: int, number: int, first_name: str, initial: str, *,
               home_plan: str | None = "Résident mois", status: str = "active") -> Someone:
    """A member of another place (name reduced to what travels: first name and initial)."""
    code = session.get(Place, place_id).code
    member = Member(place_id=place_id, origin=code, number=number, first_name=first_name, last_name=initial,
                    status=status, home_plan=home_plan)
    session.add(member)
    session.flush()
    return Someone(member.id, member.uid, place_id)


def local_member(session: Session, number: int) -> Someone:
    """A member of this database's own place, by the number on the badge."""
    member = session.exec(select(Member).join(Place, Place.id == Member.place_id)
                          .where(Place.is_local, Member.number == number)).one()
    return Someone(member.id, member.uid, member.place_id)


def add_visit(session: Session, who: Someone, place_id: int, arrived: dt.datetime,
              left: dt.datetime | None = None) -> None:
    """A visit as check events: the visited place's rows (origin = its code)."""
    code = session.get(Place, place_id).code
    session.add(CheckEvent(member_id=who.id, place_id=place_id, origin=code, direction="in",
                           ts=arrived.astimezone(dt.UTC), source="sync"))
    if left is not None:
        session.add(CheckEvent(member_id=who.id, place_id=place_id, origin=code, direction="out",
                               ts=left.astimezone(dt.UTC), source="sync"))
    session.flush()


def add_network_day(session: Session, place_code: str, day: dt.date, member_uid: str, *, visits: int = 1,
                    minutes: int = 480, hours_mask: int = 0) -> None:
    """Another place's presence of one member on one of its local days (its presence file)."""
    session.add(NetworkDay(place_code=place_code, day=day, member_uid=member_uid, visits=visits, minutes=minutes,
                           hours_mask=hours_mask))
    session.flush()


def add_local_day(session: Session, who: Someone, place_id: int, day: dt.date, *, visits: int = 1,
                  minutes: int = 480) -> None:
    """The local place's own presence (``visit_day``), as the scans keep it."""
    session.add(VisitDay(place_id=place_id, member_id=who.id, day=day, visits=visits, minutes=minutes))
    session.flush()


@pytest.fixture
def network_engine(place_engine: Engine) -> Engine:
    """Florac (FLO, local) with Marvejols (MAR) and Langogne (LAN) known from their exports."""
    with unit_of_work(place_engine) as session:
        add_place(session, "MAR", "Télécentre de Marvejols", postcode="48100", city="Marvejols", rate_cents=1200,
                  desks=4)
        add_place(session, "LAN", "Comptoir de Langogne", postcode="48300", city="Langogne", rate_cents=800,
                  billing="visited", desks=2, opening_hours="tue-sat 09:00-17:00")
    return place_engine


@pytest.fixture
def roaming_engine(network_engine: Engine) -> Engine:
    """November 2026 of roaming, worked out by hand in tests/network/test_settlement.py.

    Florac (FLO, local, rule home, network rate 15,00) has Marie (1) and Jean (2); Paul is a member of
    Marvejols (MAR, rule home, 12,00), Léa of Langogne (LAN, rule visited, 8,00).
    """
    with unit_of_work(network_engine) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont")
        members.add_member(session, first_name="Jean", last_name="Martin")
        flo = session.exec(select(Place).where(Place.is_local)).one()
        flo.network_day_rate_cents = 1500
        session.add(flo)
        mar, lan = place_id(session, "MAR"), place_id(session, "LAN")
        marie, jean = local_member(session, 1), local_member(session, 2)
        paul = add_member(session, mar, 7, "Paul", "R.")
        lea = add_member(session, lan, 3, "Léa", "B.", home_plan=None)
        # Marie at Marvejols: 3 local days of November (the 1st at 00:30, the 5th twice, the 30th late).
        add_visit(session, marie, mar, local(2026, 11, 1, 0, 30), local(2026, 11, 1, 2, 0))
        add_visit(session, marie, mar, local(2026, 11, 5, 9, 0), local(2026, 11, 5, 12, 0))
        add_visit(session, marie, mar, local(2026, 11, 5, 14, 0), local(2026, 11, 5, 17, 0))
        add_visit(session, marie, mar, local(2026, 11, 30, 23, 30))
        add_visit(session, marie, mar, local(2026, 10, 31, 23, 50))  # October, in Marvejols' days
        add_visit(session, marie, mar, local(2026, 12, 1, 0, 10))  # December
        add_visit(session, jean, lan, local(2026, 11, 3, 10, 0), local(2026, 11, 3, 16, 0))
        add_visit(session, paul, flo.id, local(2026, 11, 3, 9, 0), local(2026, 11, 3, 18, 0))
        add_visit(session, paul, flo.id, local(2026, 11, 4, 9, 0), local(2026, 11, 4, 12, 0))
        add_visit(session, lea, flo.id, local(2026, 11, 26, 9, 0))
        add_visit(session, lea, mar, local(2026, 11, 6, 9, 0))
        add_visit(session, marie, flo.id, local(2026, 11, 2, 9, 0))  # at home: no network visit
        # A visit Marvejols withdrew (tombstone) does not count.
        add_visit(session, marie, mar, local(2026, 11, 10, 9, 0))
        withdrawn = session.exec(select(CheckEvent).where(CheckEvent.member_id == marie.id)
                                 .order_by(CheckEvent.id.desc())).first()
        withdrawn.deleted_at = withdrawn.ts
        session.add(withdrawn)
    return network_engine
