"""A member's visits at every place of the network, newest first: here, and elsewhere once the other
places' exports have arrived (docs/sync-format.md). Plain SQL on a read connection."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from telecentre_desk.common import clock


@dataclass(frozen=True, slots=True)
class Visit:
    place_code: str
    place_name: str
    arrived: dt.datetime  # UTC
    left: dt.datetime | None  # None: still in (or the check-out has not travelled yet)
    local: bool  # at this database's own place

    @property
    def minutes(self) -> int | None:
        return None if self.left is None else int((self.left - self.arrived).total_seconds() // 60)

    def to_json(self) -> dict[str, Any]:
        return {"place": self.place_code, "place_name": self.place_name, "arrived": self.arrived.isoformat(),
                "left": self.left.isoformat() if self.left else None, "minutes": self.minutes, "local": self.local}


def visit_history(conn: sqlite3.Connection, member_id: int, *, limit: int = 500) -> list[Visit]:
    """Arrivals paired with the next departure at the same place (events come in time order per place)."""
    rows = conn.execute(
        "SELECT p.code, p.name, p.is_local, e.direction, e.ts FROM check_event AS e "
        "JOIN place AS p ON p.id = e.place_id WHERE e.member_id = ? AND e.deleted_at IS NULL "
        "ORDER BY e.place_id, e.ts", (member_id,)).fetchall()
    visits: list[Visit] = []
    open_at: dict[str, Visit] = {}
    for code, name, is_local, direction, ts in rows:
        at = clock.ts_parse(ts)
        if direction == "in":
            if code in open_at:  # an arrival never closed: kept, open
                visits.append(open_at.pop(code))
            open_at[code] = Visit(code, name, at, None, bool(is_local))
        elif code in open_at:
            arrived = open_at.pop(code)
            visits.append(Visit(code, name, arrived.arrived, at, arrived.local))
    visits.extend(open_at.values())
    visits.sort(key=lambda v: v.arrived, reverse=True)
    return visits[:limit]


def member_visits(conn: sqlite3.Connection, member_uid: str, *, limit: int = 500) -> list[Visit]:
    """``visit_history`` for a member named by uid (as the window knows them); empty when unknown."""
    row = conn.execute("SELECT id FROM member WHERE uid = ?", (member_uid,)).fetchone()
    return [] if row is None else visit_history(conn, row[0], limit=limit)
