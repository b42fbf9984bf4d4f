"""On check-in a member gets a desk: fixed, booked, else the first free flexible one."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from telecentre_desk.common.errors import ConflictError
from telecentre_desk.db.models import Booking, Desk, Space
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.spaces import service as spaces
from tests.desk.conftest import local

DAY = (2026, 11, 26)


@pytest.fixture
def seated(desk):
    with unit_of_work(desk.engine) as session:
        spaces.add_space(session, name="Open space", kind="open_space", capacity=3)
        spaces.add_space(session, name="Bureau 1", kind="private_office", capacity=1)
        spaces.add_space(session, name="Salle Aigoual", kind="meeting_room", capacity=10)
        spaces.add_desk(session, space="Open space", name="A1")
        spaces.add_desk(session, space="Open space", name="A2")
        spaces.add_desk(session, space="Open space", name="A3", fixed_member="1")  # Marie's
        spaces.add_desk(session, space="Bureau 1", name="B1")
    desk.front.reload()
    return desk


def test_fixed_desk_then_first_free_flexible(seated) -> None:
    assert seated.scan("Marie", local(*DAY, 9)).desk == "A3"
    assert seated.scan("Chloé", local(*DAY, 9, 5)).desk == "A1"  # the open space before the office
    seated.scan("Chloé", local(*DAY, 12))
    with unit_of_work(seated.engine) as session:
        spaces.set_desk(session, "A1", out_of_service=True)
        spaces.set_desk(session, "A2", out_of_service=True)
    assert seated.scan("Chloé", local(*DAY, 14)).desk == "B1"  # the open space is full: the office
    with unit_of_work(seated.engine) as session:
        spaces.set_desk(session, "A1", out_of_service=False)
    seated.scan("Chloé", local(*DAY, 17))
    assert seated.scan("Chloé", local(2026, 11, 27, 9)).desk == "B1"  # back to the room she used last


def test_a_booked_desk_waits_for_its_member(seated) -> None:
    with unit_of_work(seated.engine) as session:
        a1 = session.exec(select(Desk).where(Desk.name == "A1")).one()
        session.add(Booking(space_id=a1.space_id, desk_id=a1.id, member_id=1, origin="FLO",
                            starts_at=local(*DAY, 8).astimezone(dt.UTC), ends_at=local(*DAY, 18).astimezone(dt.UTC)))
    assert seated.scan("Chloé", local(*DAY, 9)).desk == "A2"  # A1 is booked by Marie
    with unit_of_work(seated.engine) as session:
        session.get(Desk, 3).fixed_member_id = None  # Marie has no fixed desk any more
    seated.front.reload()
    assert seated.scan("Marie", local(*DAY, 9, 5)).desk == "A1"


def test_out_of_service_and_full(seated) -> None:
    with unit_of_work(seated.engine) as session:
        spaces.set_desk(session, "B1", out_of_service=True)
        spaces.set_desk(session, "A1", out_of_service=True)
    assert seated.scan("Chloé", local(*DAY, 9)).desk == "A2"
    with unit_of_work(seated.engine) as session:
        spaces.set_desk(session, "A2", out_of_service=True)
    seated.scan("Chloé", local(*DAY, 10))
    assert seated.scan("Chloé", local(*DAY, 11)).desk is None  # no desk left: let in all the same


def test_no_desks_described_no_assignment(desk) -> None:
    assert desk.scan("Marie", local(*DAY, 9)).desk is None


def test_occupied_desk_cannot_be_removed(seated) -> None:
    assert seated.scan("Chloé", local(*DAY, 9)).desk == "A1"
    with pytest.raises(ConflictError, match="occupied"), unit_of_work(seated.engine) as session:
        spaces.remove_desk(session, "A1")
    seated.scan("Chloé", local(*DAY, 12))
    with unit_of_work(seated.engine) as session:
        spaces.remove_desk(session, "A1")
        assert session.exec(select(Desk).where(Desk.name == "A1")).one().deleted_at is not None
        assert session.exec(select(Space).where(Space.name == "Bureau 1")).one().deleted_at is None


def test_floor_state_follows_the_scans(seated) -> None:
    from telecentre_desk.spaces.state import DeskState, floor_state

    seated.scan("Marie", local(*DAY, 9))
    with seated.engine.connect() as conn:
        raw = conn.connection.driver_connection
        states = {s.name: s for s in floor_state(raw, now=local(*DAY, 10))}
    assert states["A3"].state == DeskState.OCCUPIED
    assert (states["A3"].member_name, states["A3"].member_number) == ("Marie Dupont", "FLO-0001")
    assert states["A1"].state == DeskState.FREE
    seated.scan("Marie", local(*DAY, 12))
    with seated.engine.connect() as conn:
        states = {s.name: s for s in floor_state(conn.connection.driver_connection, now=local(*DAY, 12, 5))}
    assert states["A3"].state == DeskState.FREE
    assert states["A3"].fixed_member == "FLO-0001"


def test_a_desk_booked_this_afternoon_is_not_given_this_morning(seated) -> None:
    with unit_of_work(seated.engine) as session:
        a1 = session.exec(select(Desk).where(Desk.name == "A1")).one()
        session.add(Booking(space_id=a1.space_id, desk_id=a1.id, member_id=1, origin="FLO",
                            starts_at=local(*DAY, 13).astimezone(dt.UTC), ends_at=local(*DAY, 18).astimezone(dt.UTC)))
    assert seated.scan("Chloé", local(*DAY, 9)).desk == "A2"  # she would sit on A1 past 13:00
