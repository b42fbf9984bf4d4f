"""Rooms and desks as the CLI and the window see them: plain data, readable without SQLAlchemy."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from telecentre_desk.members.info import display_number


@dataclass(frozen=True, slots=True)
class SpaceInfo:
    id: str  # uid
    name: str
    kind: str
    capacity: int
    out_of_service: bool
    desks: int
    plan_x: float | None
    plan_y: float | None
    plan_w: float | None
    plan_h: float | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class DeskInfo:
    id: str  # uid
    name: str
    space_id: str
    space_name: str
    fixed_member: str | None  # display number, e.g. FLO-0042
    fixed_member_name: str | None
    out_of_service: bool
    plan_x: float | None
    plan_y: float | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def read_spaces(conn: sqlite3.Connection) -> list[SpaceInfo]:
    rows = conn.execute(
        "SELECT s.uid, s.name, s.kind, s.capacity, s.out_of_service, "
        "(SELECT COUNT(*) FROM desk AS d WHERE d.space_id = s.id AND d.deleted_at IS NULL), "
        "s.plan_x, s.plan_y, s.plan_w, s.plan_h FROM space AS s JOIN place AS p ON p.id = s.place_id "
        "WHERE p.is_local AND s.deleted_at IS NULL ORDER BY s.name").fetchall()
    return [SpaceInfo(uid, name, kind, capacity, bool(oos), desks, x, y, w, h)
            for uid, name, kind, capacity, oos, desks, x, y, w, h in rows]


def read_desks(conn: sqlite3.Connection) -> list[DeskInfo]:
    rows = conn.execute(
        "SELECT d.uid, d.name, s.uid, s.name, mp.code, m.number, m.first_name, m.last_name, d.out_of_service, "
        "d.plan_x, d.plan_y FROM desk AS d JOIN space AS s ON s.id = d.space_id "
        "JOIN place AS p ON p.id = s.place_id LEFT JOIN member AS m ON m.id = d.fixed_member_id "
        "LEFT JOIN place AS mp ON mp.id = m.place_id "
        "WHERE p.is_local AND d.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY s.name, d.name").fetchall()
    return [DeskInfo(uid, name, space_uid, space_name, display_number(code, number) if number else None,
                     f"{first} {last}" if number else None, bool(oos), x, y)
            for uid, name, space_uid, space_name, code, number, first, last, oos, x, y in rows]


@dataclass(frozen=True, slots=True)
class DeskMove:
    """A desk moved from one room to another, with its places on the plan before and after (undo moves it back)."""

    desk_id: str  # uid
    desk_name: str
    from_space_id: str
    from_space_name: str
    to_space_id: str
    to_space_name: str
    from_position: tuple[float, float] | None
    to_position: tuple[float, float] | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
