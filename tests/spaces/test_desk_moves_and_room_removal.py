"""A desk moved to another room and an empty room removed (issue 15), each undone exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from telecentre_desk.bookings import service as bookings
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans
from telecentre_desk.spaces import service as spaces
from telecentre_desk.spaces.info import read_desks, read_spaces
from tests.spaces.test_layout_and_edits import rooms as rooms  # the fixture


def state(engine: Engine) -> tuple[list, list]:
    with unit_of_work(engine) as session:
        conn = dbapi(session)
        return read_spaces(conn), read_desks(conn)


def test_a_desk_moves_to_another_room_and_back_exactly(rooms: Engine) -> None:
    before = state(rooms)
    with unit_of_work(rooms) as session:
        move = spaces.move_desk(session, "A1", space="Salle Tarnon", position=(760.0, 60.0))
    assert (move.from_space_name, move.to_space_name, move.from_position, move.to_position) == (
        "Open space", "Salle Tarnon", (40.0, 80.0), (760.0, 60.0))
    desks = {d.name: d for d in state(rooms)[1]}
    assert (desks["A1"].space_name, desks["A1"].plan_x) == ("Salle Tarnon", 760.0)
    with unit_of_work(rooms) as session:  # undo
        spaces.move_desk(session, move.desk_id, space=move.from_space_id, position=move.from_position)
    assert state(rooms) == before


@pytest.mark.parametrize(("target", "error", "message"), [
    ("Open space", ValidationError, "already in room 'Open space'"),
    ("Nowhere", NotFoundError, "no room named 'Nowhere'"),
])
def test_a_move_to_the_same_or_no_room_is_refused(rooms: Engine, target: str, error: type, message: str) -> None:
    with pytest.raises(error, match=message), unit_of_work(rooms) as session:
        spaces.move_desk(session, "A1", space=target)


def test_a_full_room_a_name_taken_and_bookings_to_come_refuse_a_move(rooms: Engine) -> None:
    with unit_of_work(rooms) as session:
        spaces.add_space(session, name="Bureau", kind="private_office", capacity=1)
        spaces.add_desk(session, space="Bureau", name="A1")
    before = state(rooms)
    with pytest.raises(ConflictError, match="already has a desk named 'A1'"), unit_of_work(rooms) as session:
        spaces.move_desk(session, next(d.id for d in before[1] if d.space_name == "Open space" and d.name == "A1"),
                         space="Bureau")
    with pytest.raises(ValidationError, match="holds 1 desk"), unit_of_work(rooms) as session:
        spaces.move_desk(session, "A2", space="Bureau")
    with unit_of_work(rooms) as session:
        plans.add_plan(session, code="MOIS", name="Mois", kind="monthly", price="180")
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                           start=dt.date(2026, 11, 1))
        bookings.add_booking(session, space="Open space", desk="A2", member="1",
                             start=dt.datetime(2026, 12, 7, 9, 0), end=dt.datetime(2026, 12, 7, 12, 0))
    with pytest.raises(ConflictError, match="A2 has 1 booking to come"), unit_of_work(rooms) as session:
        spaces.move_desk(session, "A2", space="Salle Tarnon")
    assert state(rooms)[1] == before[1]


def test_an_empty_room_is_removed_and_restored_as_it_was(rooms: Engine) -> None:
    before = state(rooms)
    with unit_of_work(rooms) as session:
        removed = spaces.remove_space(session, "Salle Tarnon")
    assert [s.name for s in state(rooms)[0]] == ["Open space"]
    with unit_of_work(rooms) as session:
        spaces.add_space(session, name="Salle Tarnon", kind="meeting_room", capacity=4)  # the name again
    with pytest.raises(ConflictError, match="exists again"), unit_of_work(rooms) as session:
        spaces.restore_space(session, removed.id)
    with unit_of_work(rooms) as session:
        spaces.remove_space(session, "Salle Tarnon")
        back = spaces.restore_space(session, removed.id)
    assert back == removed
    assert state(rooms) == before


def test_a_room_with_desks_or_bookings_to_come_is_not_removed(rooms: Engine) -> None:
    with pytest.raises(ConflictError, match="'Open space' still has 2 desks: move or remove them first"), \
            unit_of_work(rooms) as session:
        spaces.remove_space(session, "Open space")
    with unit_of_work(rooms) as session:
        plans.add_plan(session, code="MOIS", name="Mois", kind="monthly", price="180")
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                           start=dt.date(2026, 11, 1))
        bookings.add_booking(session, space="Salle Tarnon", member="1", start=dt.datetime(2026, 12, 7, 10, 0),
                             end=dt.datetime(2026, 12, 7, 11, 0))
    with pytest.raises(ConflictError, match="'Salle Tarnon' has 1 booking to come"), unit_of_work(rooms) as session:
        spaces.remove_space(session, "Salle Tarnon")
    assert len(state(rooms)[0]) == 2


def test_a_removed_desk_comes_back_exactly_or_free_of_a_resident_placed_elsewhere(rooms: Engine) -> None:
    with unit_of_work(rooms) as session:
        plans.add_plan(session, code="RES", name="Résident", kind="monthly", price="250")
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="RES",
                           start=dt.date(2026, 11, 1))
        spaces.set_desk(session, "A1", fixed_member="1")
    before = state(rooms)
    uid = next(d.id for d in before[1] if d.name == "A1")
    with unit_of_work(rooms) as session:
        spaces.remove_desk(session, "A1")
    assert [d.name for d in state(rooms)[1]] == ["A2"]
    with unit_of_work(rooms) as session:
        spaces.restore_desk(session, uid)
    assert state(rooms) == before
    with unit_of_work(rooms) as session:
        spaces.remove_desk(session, "A1")
        spaces.set_desk(session, "A2", fixed_member="1")  # Marie's fixed desk is A2 now
        back = spaces.restore_desk(session, uid)
    assert (back.name, back.fixed_member, back.plan_x) == ("A1", None, 40.0)


def test_a_desk_does_not_come_back_into_a_full_room_nor_beside_its_namesake(rooms: Engine) -> None:
    uid = next(d.id for d in state(rooms)[1] if d.name == "A1")
    with unit_of_work(rooms) as session:
        spaces.remove_desk(session, "A1")
        spaces.add_desk(session, space="Open space", name="A1")
    with pytest.raises(ConflictError, match="already has a desk named 'A1'"), unit_of_work(rooms) as session:
        spaces.restore_desk(session, uid)
    with unit_of_work(rooms) as session:
        spaces.rename_desk(session, "A1", name="A3")
        spaces.edit_space(session, "Open space", capacity=2)
    with pytest.raises(ValidationError, match="holds 2 desks"), unit_of_work(rooms) as session:
        spaces.restore_desk(session, uid)
    with pytest.raises(NotFoundError), unit_of_work(rooms) as session:
        spaces.restore_desk(session, "00000000-0000-0000-0000-000000000000")
