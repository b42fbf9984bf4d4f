"""Rooms and desks edited after creation, and the floor plan's layout file: out and back, or refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from telecentre_desk.common.errors import ConflictError, ValidationError
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.spaces import layout
from telecentre_desk.spaces import service as spaces
from telecentre_desk.spaces.info import read_desks, read_spaces


@pytest.fixture
def rooms(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        spaces.add_space(session, name="Open space", kind="open_space", capacity=3)
        spaces.add_space(session, name="Salle Tarnon", kind="meeting_room", capacity=8)
        spaces.add_desk(session, space="Open space", name="A1")
        spaces.add_desk(session, space="Open space", name="A2")
        spaces.set_space_geometry(session, "Open space", x=0, y=0, w=600, h=400)
        spaces.set_space_geometry(session, "Salle Tarnon", x=700, y=0, w=300, h=400)
        spaces.set_desk(session, "A1", position=(40, 80))
        spaces.set_desk(session, "A2", position=(220, 80))
    return place_engine


def _geometry(engine: Engine) -> tuple[list, list]:
    with unit_of_work(engine) as session:
        conn = dbapi(session)
        return ([(s.name, s.plan_x, s.plan_y, s.plan_w, s.plan_h) for s in read_spaces(conn)],
                [(d.name, d.plan_x, d.plan_y) for d in read_desks(conn)])


def test_rooms_and_desks_are_renamed_and_resized(rooms: Engine) -> None:
    with unit_of_work(rooms) as session:
        room = spaces.edit_space(session, "Salle Tarnon", name="Salle Aigoual", kind="workshop", capacity=4)
        assert (room.name, room.kind, room.capacity) == ("Salle Aigoual", "workshop", 4)
        assert spaces.rename_desk(session, "A1", name="Fenêtre").name == "Fenêtre"
    with pytest.raises(ConflictError, match="a room named 'Open space' already exists"), \
            unit_of_work(rooms) as session:
        spaces.edit_space(session, "Salle Aigoual", name="Open space")
    with pytest.raises(ValidationError, match="room 'Open space' has 2 desks: its capacity cannot be lower"), \
            unit_of_work(rooms) as session:
        spaces.edit_space(session, "Open space", capacity=1)
    with pytest.raises(ConflictError, match="already has a desk named 'A2'"), unit_of_work(rooms) as session:
        spaces.rename_desk(session, "Fenêtre", name="A2")


def test_a_layout_goes_out_and_comes_back(rooms: Engine, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    before = _geometry(rooms)
    with unit_of_work(rooms) as session:
        assert layout.write_layout(dbapi(session), path) == 4
        spaces.set_space_geometry(session, "Open space", x=5, y=5, w=50, h=50)
        spaces.set_desk(session, "A1", position=(1, 1))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["place"]) == ("telecentre-desk/floor-plan", 1, "FLO")
    with unit_of_work(rooms) as session:
        assert layout.apply_layout(session, layout.read_layout(path), path=path) == 4
    assert _geometry(rooms) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"{\"format\": \"telecentre-desk/floor-plan\", \"rooms\": [", "damaged or is not a floor plan layout"),
    (b"\xff\xfe\x00garbage", "damaged or is not a floor plan layout"),
    (b"[1, 2, 3]", "not a Télécentre Desk floor plan layout"),
    (b'{"format": "something/else", "version": 1}', "not a Télécentre Desk floor plan layout"),
    (b'{"format": "telecentre-desk/floor-plan", "version": 9, "place": "FLO", "rooms": [], "desks": []}',
     "made by a newer version"),
    (b'{"format": "telecentre-desk/floor-plan", "version": 1, "place": "FLO", "desks": [],'
     b' "rooms": [{"name": "Open space", "x": 0, "y": 0, "w": -3, "h": 10}]}', "damaged"),
    (b'{"format": "telecentre-desk/floor-plan", "version": 1, "place": "FLO", "desks": [],'
     b' "rooms": [{"name": "Open space", "x": "left", "y": 0, "w": 3, "h": 10}]}', "damaged"),
])
def test_a_corrupt_or_foreign_file_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message) as caught:
        layout.read_layout(path)
    assert caught.value.field == "file" and caught.value.message.startswith("plan.json: ")


def test_a_layout_of_another_place_or_with_unknown_rooms_changes_nothing(rooms: Engine, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    before = _geometry(rooms)
    room = {"name": "Open space", "x": 1, "y": 2, "w": 30, "h": 40}
    path.write_text(json.dumps({"format": layout.FORMAT, "version": 1, "place": "MEN", "rooms": [room],
                                "desks": []}), encoding="utf-8")
    with pytest.raises(ValidationError, match="this layout is of place MEN, not of FLO"), \
            unit_of_work(rooms) as session:
        layout.apply_layout(session, layout.read_layout(path), path=path)
    path.write_text(json.dumps({"format": layout.FORMAT, "version": 1, "place": "FLO", "rooms": [room],
                                "desks": [{"name": "Z9", "room": "Open space", "x": 0, "y": 0}]}), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"this place has no Open space / Z9: nothing was imported"), \
            unit_of_work(rooms) as session:
        layout.apply_layout(session, layout.read_layout(path), path=path)
    assert _geometry(rooms) == before
