"""Bookings as the CLI and the window see them: plain data, readable without SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from telecentre_desk.common.clock import ts_parse, ts_text
from telecentre_desk.members.info import display_number


@dataclass(frozen=True, slots=True)
class BookingInfo:
    id: str  # uid
    space_id: str
    space_name: str
    desk_id: str | None
    desk_name: str | None
    member_id: str
    member_name: str
    member_number: str
    starts_at: dt.datetime  # aware, UTC
    ends_at: dt.datetime
    status: str
    series_id: str | None
    note: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "space": self.space_name, "space_id": self.space_id, "desk": self.desk_name,
                "member_id": self.member_id, "member": self.member_name, "number": self.member_number,
                "from": self.starts_at.isoformat(), "to": self.ends_at.isoformat(), "status": self.status,
                "series_id": self.series_id, "note": self.note}


def read_bookings(conn: sqlite3.Connection, *, start: dt.datetime, end: dt.datetime, space_id: str | None = None,
                  include_cancelled: bool = False, uids: list[str] | None = None) -> list[BookingInfo]:
    """Bookings of the local place that overlap [start, end), by start time."""
    sql = ("SELECT b.uid, s.uid, s.name, d.uid, d.name, m.uid, m.first_name || ' ' || m.last_name, "
           "mp.code, m.number, b.starts_at, b.ends_at, b.status, b.series_uid, b.note FROM booking AS b "
           "JOIN space AS s ON s.id = b.space_id JOIN place AS p ON p.id = s.place_id "
           "JOIN member AS m ON m.id = b.member_id JOIN place AS mp ON mp.id = m.place_id "
           "LEFT JOIN desk AS d ON d.id = b.desk_id "
           "WHERE p.is_local AND b.deleted_at IS NULL AND b.starts_at < ? AND b.ends_at > ?")
    params: list[Any] = [ts_text(end), ts_text(start)]
    if not include_cancelled:
        sql += " AND b.status = 'confirmed'"
    if space_id is not None:
        sql += " AND s.uid = ?"
        params.append(space_id)
    if uids is not None:
        sql += f" AND b.uid IN ({', '.join('?' * len(uids))})"
        params += uids
    rows = conn.execute(sql + " ORDER BY b.starts_at, s.name", params).fetchall()
    return [BookingInfo(uid, s_uid, s_name, d_uid, d_name, m_uid, m_name, display_number(code, number), ts_parse(a),
                        ts_parse(b), status, series, note)
            for uid, s_uid, s_name, d_uid, d_name, m_uid, m_name, code, number, a, b, status, series, note in rows]


@dataclass(frozen=True, slots=True)
class BookingSlot:
    """What an edit may change in a booking, as plain data: enough to put it back exactly (the window's undo)."""

    id: str  # the booking's uid
    space_id: str  # uid
    desk_id: str | None  # uid; None = the whole room
    member_id: str  # uid
    starts_at: dt.datetime  # aware, UTC
    ends_at: dt.datetime
    note: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "space_id": self.space_id, "desk_id": self.desk_id, "member_id": self.member_id,
                "from": self.starts_at.isoformat(), "to": self.ends_at.isoformat(), "note": self.note}


@dataclass(frozen=True, slots=True)
class BookingEdit:
    """A booking as it was and as it is after an edit (undo puts ``before`` back)."""

    before: BookingSlot
    after: BookingSlot

    def to_json(self) -> dict[str, Any]:
        return {"before": self.before.to_json(), "after": self.after.to_json()}
