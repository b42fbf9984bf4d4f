"""The host moves a member who is in to another desk; taken, booked and out-of-service desks are refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, select

from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.db.models import AuditEntry, Booking, CheckEvent, Desk, VisitDay
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.desk.context import DeskContext
from telecentre_desk.desk.moves import Move, member_at_desk, move_member
from telecentre_desk.spaces import service as spaces
from telecentre_desk.spaces.state import DeskState, floor_state
from tests.desk.conftest import local

DAY = (2026, 11, 26)
AT = local(*DAY, 10)


@pytest.fixture
def seated(desk):
    with unit_of_work(desk.engine) as session:
        spaces.add_space(session, name="Open space", kind="open_space", capacity=3)
        spaces.add_space(session, name="Atelier", kind="workshop", capacity=1)
        for name in ("A1", "A2", "A3"):
            spaces.add_desk(session, space="Open space", name=name)
        spaces.add_desk(session, space="Atelier", name="W1")
    desk.front.reload()
    return desk


def _move(engine, member_uid: str, desk_ref: str, at: dt.datetime = AT) -> Move:
    with unit_of_work(engine) as session:
        return move_member(dbapi(session), DeskContext.load(session.connection()), member_uid, desk_ref, at=at)


def _uid(session: Session, desk_name: str) -> str:
    return session.exec(select(Desk).where(Desk.name == desk_name)).one().uid


def _states(engine) -> dict[str, tuple[DeskState, str | None]]:
    with unit_of_work(engine) as session:
        return {s.name: (s.state, s.member_name) for s in floor_state(dbapi(session), now=AT)}


def test_a_member_moves_and_leaves_from_the_new_desk(seated) -> None:
    marie = seated.scan("Marie", local(*DAY, 9)).member_id
    assert _states(seated.engine)["A1"] == (DeskState.OCCUPIED, "Marie Dupont")
    with unit_of_work(seated.engine) as session:
        a1 = _uid(session, "A1")
        assert member_at_desk(dbapi(session), DeskContext.load(session.connection()), a1, at=AT) == marie
    assert _move(seated.engine, marie, "W1") == Move(marie, "Marie Dupont", "A1", "W1")
    states = _states(seated.engine)
    assert states["A1"] == (DeskState.FREE, None) and states["W1"] == (DeskState.OCCUPIED, "Marie Dupont")
    seated.scan("Marie", local(*DAY, 12))  # the check-out carries the desk she sat at last
    with unit_of_work(seated.engine) as session:
        events = session.exec(select(CheckEvent).order_by(CheckEvent.ts)).all()
        w1 = session.exec(select(Desk).where(Desk.name == "W1")).one().id
        assert [(e.direction, e.desk_id) for e in events] == [("in", w1), ("out", w1)]
        assert session.exec(select(VisitDay)).one().desk_id == w1
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "desk.move")).one()
        assert entry.entity_uid == marie and '"to": "W1"' in entry.details
    assert _states(seated.engine)["W1"] == (DeskState.FREE, None)


def test_moving_to_the_same_desk_changes_nothing(seated) -> None:
    marie = seated.scan("Marie", local(*DAY, 9)).member_id
    assert _move(seated.engine, marie, "A1") == Move(marie, "Marie Dupont", "A1", "A1")
    with unit_of_work(seated.engine) as session:
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "desk.move")).all() == []


def test_taken_booked_and_out_of_service_desks_are_refused(seated) -> None:
    marie = seated.scan("Marie", local(*DAY, 9)).member_id
    seated.scan("Chloé", local(*DAY, 9, 5))  # A2
    with pytest.raises(ConflictError, match="desk A2 is taken by Chloé Thévenot"):
        _move(seated.engine, marie, "A2")
    with unit_of_work(seated.engine) as session:
        spaces.set_desk(session, "W1", out_of_service=True)
        a3 = session.exec(select(Desk).where(Desk.name == "A3")).one()
        session.add(Booking(space_id=a3.space_id, desk_id=a3.id, member_id=3, origin="FLO",
                            starts_at=local(*DAY, 8).astimezone(dt.UTC), ends_at=local(*DAY, 13).astimezone(dt.UTC)))
    with pytest.raises(ValidationError, match="desk W1 is out of service"):
        _move(seated.engine, marie, "W1")
    with pytest.raises(ConflictError, match="desk A3 is booked by Jean Martin until 13:00"):
        _move(seated.engine, marie, "A3")
    with pytest.raises(NotFoundError, match="no desk named 'Z9'"):
        _move(seated.engine, marie, "Z9")
    assert _states(seated.engine)["A1"] == (DeskState.OCCUPIED, "Marie Dupont")  # nothing moved


def test_only_someone_who_is_in_today_can_move(seated) -> None:
    marie = seated.scan("Marie", local(*DAY, 9)).member_id
    seated.scan("Marie", local(*DAY, 9, 30))  # out
    with pytest.raises(ValidationError, match="Marie Dupont is not checked in"):
        _move(seated.engine, marie, "A2")
    chloe = seated.scan("Chloé", local(2026, 11, 25, 9)).member_id  # yesterday, never checked out
    with pytest.raises(ValidationError, match="is not checked in"):
        _move(seated.engine, chloe, "A2")


def test_a_kept_directory_gives_the_same_floor_and_learns_new_members(seated) -> None:
    from telecentre_desk.members import service as members
    from telecentre_desk.plans import service as plans
    from telecentre_desk.spaces.state import FloorDirectory

    with seated.engine.connect() as conn:
        raw = conn.connection.driver_connection
        directory = FloorDirectory(raw)
    seated.scan("Marie", local(*DAY, 9))
    with unit_of_work(seated.engine) as session:
        plans.add_plan(session, code="JOUR", name="Pass journée", kind="day", price="15")
        newcomer = members.add_member(session, first_name="Léa", last_name="Nouvelle", plan_code="JOUR",
                                      start=dt.date(*DAY))
    with unit_of_work(seated.engine) as session:
        from telecentre_desk.desk.frontdesk import FrontDesk
        from telecentre_desk.desk.holders import holder_for

        holder = holder_for(session, newcomer.id)
    with FrontDesk(seated.engine) as front:
        front.check_in_member(holder, at=local(*DAY, 9, 30))  # registered after the directory was read
    with seated.engine.connect() as conn:
        raw = conn.connection.driver_connection
        kept = floor_state(raw, now=AT, directory=directory)
        assert kept == floor_state(raw, now=AT)
    assert {s.name: s.member_name for s in kept if s.state == DeskState.OCCUPIED} == {
        "A1": "Marie Dupont", "A2": "Léa Nouvelle"}


def test_a_kept_directory_follows_arrivals_and_departures(seated) -> None:
    from telecentre_desk.spaces.state import FloorDirectory

    with seated.engine.connect() as conn:
        directory = FloorDirectory(conn.connection.driver_connection)

    def occupied(at: dt.datetime) -> dict[str, str | None]:
        with seated.engine.connect() as conn:
            states = floor_state(conn.connection.driver_connection, now=at, directory=directory)
        return {s.name: s.member_name for s in states if s.state == DeskState.OCCUPIED}

    assert occupied(local(*DAY, 8)) == {}
    seated.scan("Marie", local(*DAY, 9))
    assert occupied(local(*DAY, 9, 1)) == {"A1": "Marie Dupont"}
    seated.scan("Chloé", local(*DAY, 9, 5))
    assert occupied(local(*DAY, 9, 6)) == {"A1": "Marie Dupont", "A2": "Chloé Thévenot"}
    seated.scan("Marie", local(*DAY, 12))
    assert occupied(local(*DAY, 12, 1)) == {"A2": "Chloé Thévenot"}
    seated.scan("Marie", local(*DAY, 14))  # back after lunch: a new arrival, the first free desk again
    assert occupied(local(*DAY, 14, 1)) == {"A1": "Marie Dupont", "A2": "Chloé Thévenot"}
