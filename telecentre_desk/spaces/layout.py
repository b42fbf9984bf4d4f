"""The floor plan's geometry as a file: export it, and import it back (or into a restored database).

Format (UTF-8 JSON, versioned; every length in centimetres)::

    {"format": "telecentre-desk/floor-plan", "version": 1, "place": "FLO",
     "rooms": [{"id": uid, "name": ..., "x": .., "y": .., "w": .., "h": ..}],
     "desks": [{"id": uid, "name": ..., "room": room name, "x": .., "y": ..}]}

A desk's x and y are its top-left corner from its room's top-left corner, so moving a room moves its
desks. Rooms and desks are matched by uid, else by name. The whole file is checked before anything
is written: a corrupt or foreign file, or one naming rooms this place does not have, changes nothing.
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from telecentre_desk.audit import service as audit
from telecentre_desk.common.errors import DeskError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import dbapi
from telecentre_desk.places.service import local_place_row
from telecentre_desk.spaces import service as spaces
from telecentre_desk.spaces.info import read_desks, read_spaces

FORMAT = "telecentre-desk/floor-plan"
VERSION = 1
LIMIT_CM = 100_000.0  # a kilometre: anything beyond is a damaged number, not a building
MAX_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class RoomGeometry:
    id: str | None
    name: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class DeskGeometry:
    id: str | None
    name: str
    room: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Layout:
    place: str
    rooms: tuple[RoomGeometry, ...]
    desks: tuple[DeskGeometry, ...]


def export_layout(conn: sqlite3.Connection) -> dict[str, Any]:
    """The drawn geometry of the local place (rooms and desks not yet drawn are left out)."""
    place = conn.execute("SELECT code FROM place WHERE is_local").fetchone()
    rooms = [{"id": s.id, "name": s.name, "x": s.plan_x, "y": s.plan_y, "w": s.plan_w, "h": s.plan_h}
             for s in read_spaces(conn) if None not in (s.plan_x, s.plan_y, s.plan_w, s.plan_h)]
    desks = [{"id": d.id, "name": d.name, "room": d.space_name, "x": d.plan_x, "y": d.plan_y}
             for d in read_desks(conn) if d.plan_x is not None and d.plan_y is not None]
    return {"format": FORMAT, "version": VERSION, "place": place[0] if place else None, "rooms": rooms,
            "desks": desks}


def write_layout(conn: sqlite3.Connection, path: Path) -> int:
    """Write the layout file whole (a temporary file renamed); returns how many rooms and desks it holds."""
    data = export_layout(conn)
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DeskError(_("cannot write {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
    return len(data["rooms"]) + len(data["desks"])


def _refuse(path: Path, message: str) -> ValidationError:
    return ValidationError(_("{file}: {problem}").format(file=path.name, problem=message), field="file")


def _number(value: Any, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(value)
    if abs(value) > LIMIT_CM or (positive and value <= 0):
        raise ValueError(value)
    return float(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(value)
    return value.strip()


def read_layout(path: Path) -> Layout:
    """Read and check a layout file; a ValidationError (field ``file``) says what is wrong with it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DeskError(_("cannot read {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _refuse(path, _("this file is damaged or is not a floor plan layout")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _refuse(path, _("this file is not a Télécentre Desk floor plan layout"))
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise _refuse(path, _("this file is damaged or is not a floor plan layout"))
    if version > VERSION:
        raise _refuse(path, _("this layout was made by a newer version of Télécentre Desk"))
    rooms: list[RoomGeometry] = []
    desks: list[DeskGeometry] = []
    try:
        place = _text(data.get("place"))
        for entry in data["rooms"]:
            rooms.append(RoomGeometry(entry.get("id"), _text(entry["name"]), _number(entry["x"]), _number(entry["y"]),
                                      _number(entry["w"], positive=True), _number(entry["h"], positive=True)))
        for entry in data["desks"]:
            desks.append(DeskGeometry(entry.get("id"), _text(entry["name"]), _text(entry["room"]),
                                      _number(entry["x"]), _number(entry["y"])))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _refuse(path, _("this file is damaged or is not a floor plan layout")) from None
    return Layout(place, tuple(rooms), tuple(desks))


def apply_layout(session: Session, layout: Layout, *, path: Path, actor: str = "cli") -> int:
    """Give the place's rooms and desks the file's geometry, all or nothing; returns how many were placed."""
    place = local_place_row(session)
    if layout.place != place.code:
        raise _refuse(path, _("this layout is of place {other}, not of {here}").format(other=layout.place,
                                                                                     here=place.code))
    conn = dbapi(session)
    by_uid = {s.id: s for s in read_spaces(conn)}
    by_name = {s.name: s for s in by_uid.values()}
    desk_uids = {d.id: d for d in read_desks(conn)}
    desk_names = {(d.space_name, d.name): d for d in desk_uids.values()}
    room_targets, desk_targets, unknown = [], [], []
    for room in layout.rooms:
        space = by_uid.get(room.id or "") or by_name.get(room.name)
        if space is None:
            unknown.append(room.name)
        else:
            room_targets.append((space.id, room))
    for desk in layout.desks:
        seat = desk_uids.get(desk.id or "") or desk_names.get((desk.room, desk.name))
        if seat is None:
            unknown.append(f"{desk.room} / {desk.name}")
        else:
            desk_targets.append((seat.id, desk))
    if unknown:
        shown = ", ".join(unknown[:3]) + (", …" if len(unknown) > 3 else "")
        raise _refuse(path, _("this place has no {names}: nothing was imported").format(names=shown))
    for uid, room in room_targets:
        spaces.set_space_geometry(session, uid, x=room.x, y=room.y, w=room.w, h=room.h)
    for uid, desk in desk_targets:
        spaces.set_desk(session, uid, position=(desk.x, desk.y), actor=actor)
    audit.record(session, actor=actor, action="floor_plan.import", entity="place", entity_uid=place.uid,
                 details={"file": path.name, "rooms": len(room_targets), "desks": len(desk_targets)})
    return len(room_targets) + len(desk_targets)
