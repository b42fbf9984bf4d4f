"""Bookings: slots and days, the opening hours, closed days, plans, conflicts, weekly series."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.bookings import service as bookings
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.db.models import AuditEntry, Booking, PlaceClosure
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.spaces import service as spaces

PARIS = ZoneInfo("Europe/Paris")


def at(d: int, h: int, m: int = 0, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, d, h, m, tzinfo=PARIS)  # December 2026: 7th is a Monday


@pytest.fixture
def place(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, opening_hours="mon-fri 08:30-18:30")
        plans.add_plan(session, code="MOIS", name="Mois", kind="monthly", price="180")
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                           start=dt.date(2026, 12, 1))
        members.add_member(session, first_name="Jean", last_name="Martin")  # no plan
        spaces.add_space(session, name="Salle Tarnon", kind="meeting_room", capacity=8)
        spaces.add_space(session, name="Open space", kind="open_space", capacity=2)
        spaces.add_desk(session, space="Open space", name="A1")
        spaces.add_desk(session, space="Open space", name="A2")
        session.add(PlaceClosure(place_id=1, origin="FLO", start_date=dt.date(2026, 12, 25),
                                 end_date=dt.date(2026, 12, 25), label="Noël"))
    return place_engine


def book(engine: Engine, **kwargs):
    args = {"space": "Salle Tarnon", "member": "1", "start": at(7, 10), "end": at(7, 11), **kwargs}
    with unit_of_work(engine) as session:
        return bookings.add_booking(session, **args)


def count(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        return len(session.exec(select(Booking).where(Booking.status == "confirmed")).all())


def test_a_room_slot_and_touching_slots_do_not_conflict(place) -> None:
    [first] = book(place)
    assert (first.space_name, first.member_name, first.desk_name) == ("Salle Tarnon", "Marie Dupont", None)
    assert first.starts_at == at(7, 10).astimezone(dt.UTC)
    book(place, start=at(7, 11), end=at(7, 12))  # starts when the other ends: fine
    book(place, start=at(7, 9), end=at(7, 10))
    assert count(place) == 3


def test_overlap_says_what_is_in_the_way(place) -> None:
    book(place)
    with pytest.raises(ConflictError, match=r"the room is already booked by Marie Dupont on 07/12/2026 from 10:00 "
                                            r"to 11:00"):
        book(place, start=at(7, 10, 30), end=at(7, 12))
    assert count(place) == 1


def test_desks_conflict_only_with_the_same_desk(place) -> None:
    book(place, space="Open space", desk="A1", start=at(7, 8, 30), end=at(7, 18, 30))
    book(place, space="Open space", desk="A2", start=at(7, 8, 30), end=at(7, 13))  # a half day
    with pytest.raises(ConflictError, match="desk A1 is already booked"):
        book(place, space="Open space", desk="A1", start=at(7, 13), end=at(7, 18, 30))


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"start": at(7, 11), "end": at(7, 10)}, "ends before it starts"),
    ({"start": at(7, 10), "end": at(7, 10)}, "ends before it starts"),
    ({"start": at(7, 10, 15), "end": at(7, 11)}, "half hours"),
    ({"start": at(7, 7), "end": at(7, 9)}, "outside the opening hours"),
    ({"start": at(7, 18), "end": at(7, 19)}, "outside the opening hours"),
    ({"start": at(12, 10), "end": at(12, 11)}, "outside the opening hours (closed)"),  # a Saturday
    ({"start": at(25, 10), "end": at(25, 11)}, "closed on 25/12/2026 (Noël)"),
    ({"start": at(7, 10), "end": at(8, 11)}, "within one day"),
    ({"member": "2"}, "has no plan on 07/12/2026"),
    ({"weeks": 0}, "between 1 and 52"),
])
def test_refusals(place, kwargs: dict, message: str) -> None:
    with pytest.raises((ValidationError, ConflictError), match=message.replace("(", r"\(").replace(")", r"\)")):
        book(place, **kwargs)
    assert count(place) == 0


def test_host_override_for_a_member_without_plan_is_audited(place) -> None:
    with pytest.raises(ValidationError, match="reason"):
        book(place, member="2", override_reason=" ")
    book(place, member="2", override_reason="essai avant abonnement")
    with unit_of_work(place) as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "booking.add")).one()
        assert "essai avant abonnement" in entry.details


def test_weekly_series_is_all_or_nothing(place) -> None:
    book(place, start=at(21, 10), end=at(21, 11))  # in the way of the third Monday
    with pytest.raises(ConflictError, match=r"\(week 3, 21/12/2026\)"):
        book(place, weeks=4)
    assert count(place) == 1
    series = book(place, weeks=2)
    assert [b.starts_at.astimezone(PARIS).day for b in series] == [7, 14]
    assert series[0].series_id == series[1].series_id is not None
    with pytest.raises(ValidationError, match=r"closed on 25/12/2026 \(Noël\) \(week 3"):
        book(place, start=at(11, 10), end=at(11, 11), weeks=3)  # Fridays 11, 18, 25


def test_weekly_series_keeps_the_wall_clock_across_summer_time(place) -> None:
    series = book(place, start=at(23, 10, month=3), end=at(23, 11, month=3), weeks=2, override_reason="test")
    assert [b.starts_at.astimezone(PARIS).hour for b in series] == [10, 10]  # 23 and 30 March 2026
    assert series[1].starts_at - series[0].starts_at == dt.timedelta(days=7, hours=-1)


def test_cancel_one_or_the_rest_of_a_series(place) -> None:
    series = book(place, weeks=3)
    with unit_of_work(place) as session:
        assert bookings.cancel_booking(session, series[0].id) == 1
        assert bookings.cancel_booking(session, series[1].id, series=True) == 2
    assert count(place) == 0
    with pytest.raises(ValidationError, match="already cancelled"), unit_of_work(place) as session:
        bookings.cancel_booking(session, series[0].id)
    with pytest.raises(NotFoundError), unit_of_work(place) as session:
        bookings.cancel_booking(session, "00000000-0000-4000-8000-000000000000")


def test_list_a_day(place) -> None:
    book(place)
    book(place, space="Open space", desk="A1", start=at(8, 8, 30), end=at(8, 18, 30))
    with unit_of_work(place) as session:
        assert [b.space_name for b in bookings.list_bookings(session, day=dt.date(2026, 12, 7))] == ["Salle Tarnon"]
        assert [b.desk_name for b in bookings.list_bookings(session, day=dt.date(2026, 12, 8))] == ["A1"]
