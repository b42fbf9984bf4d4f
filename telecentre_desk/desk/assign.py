"""Which desk a member gets on arrival: their fixed desk, the desk they booked, else the first free
flexible desk — in the room they used last when it has one free, else the open space first.

Plain SQL inside the scan's transaction. A place that describes no desks skips all of this.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from telecentre_desk.db.queries import OPEN_VISITS_SQL
from telecentre_desk.desk.context import DeskContext, ts_text

# Rooms where members sit for the day; meeting rooms and phone boxes are booked by the slot.
SEATING_KINDS = ("open_space", "private_office", "workshop")


def occupied_desks(cur: sqlite3.Cursor, ctx: DeskContext, at: dt.datetime) -> dict[int, int]:
    """desk id -> member id of everyone sitting now (checked in today, not out)."""
    day_start = dt.datetime.combine(ctx.local_day(at), dt.time(), tzinfo=ctx.tz)
    rows = cur.execute(OPEN_VISITS_SQL, (ctx.place_id, ts_text(day_start))).fetchall()
    return {desk_id: member_id for member_id, _since, _direction, desk_id in rows if desk_id is not None}


def _booked_rest_of_day(cur: sqlite3.Cursor, ctx: DeskContext, at: dt.datetime) -> dict[int, int]:
    """desk id -> member id of the desks booked between now and the end of the local day: someone who
    arrives sits for the day, so a desk booked for this afternoon is not given this morning."""
    day_end = dt.datetime.combine(ctx.local_day(at) + dt.timedelta(days=1), dt.time(), tzinfo=ctx.tz)
    rows = cur.execute("SELECT desk_id, member_id FROM booking WHERE desk_id IS NOT NULL AND status = 'confirmed' "
                       "AND deleted_at IS NULL AND starts_at < ? AND ends_at > ? ORDER BY starts_at",
                       (ts_text(day_end), ts_text(at))).fetchall()
    booked: dict[int, int] = {}
    for desk_id, member_id in rows:
        booked.setdefault(desk_id, member_id)  # the earliest booking of the desk decides
    return booked


def choose_desk(cur: sqlite3.Cursor, ctx: DeskContext, member_id: int, at: dt.datetime) -> tuple[int, str] | None:
    if not ctx.has_desks:
        return None
    occupied = occupied_desks(cur, ctx, at)
    fixed = cur.execute("SELECT d.id, d.name FROM desk AS d JOIN space AS s ON s.id = d.space_id "
                        "WHERE d.fixed_member_id = ? AND NOT d.out_of_service AND d.deleted_at IS NULL "
                        "AND s.place_id = ?", (member_id, ctx.place_id)).fetchone()
    if fixed is not None and fixed[0] not in occupied:
        return fixed[0], fixed[1]
    booked = _booked_rest_of_day(cur, ctx, at)
    mine = next((desk for desk, member in booked.items() if member == member_id and desk not in occupied), None)
    if mine is not None:
        return mine, cur.execute("SELECT name FROM desk WHERE id = ?", (mine,)).fetchone()[0]
    since = ts_text(at - dt.timedelta(days=60))
    last = cur.execute("SELECT d.space_id FROM check_event AS e JOIN desk AS d ON d.id = e.desk_id "
                       "WHERE e.member_id = ? AND e.ts >= ? AND e.desk_id IS NOT NULL ORDER BY e.ts DESC LIMIT 1",
                       (member_id, since)).fetchone()
    preferred = last[0] if last else None
    free = cur.execute(
        "SELECT d.id, d.name, d.space_id FROM desk AS d JOIN space AS s ON s.id = d.space_id "
        "WHERE s.place_id = ? AND d.fixed_member_id IS NULL AND NOT d.out_of_service AND NOT s.out_of_service "
        f"AND d.deleted_at IS NULL AND s.deleted_at IS NULL AND s.kind IN ({', '.join('?' * len(SEATING_KINDS))}) "
        # Flexible members fill the open space first; a free private office is the last resort.
        "ORDER BY CASE s.kind WHEN 'open_space' THEN 0 WHEN 'workshop' THEN 1 ELSE 2 END, s.name, d.name",
        (ctx.place_id, *SEATING_KINDS)).fetchall()
    candidates = [row for row in free if row[0] not in occupied and row[0] not in booked]
    candidates.sort(key=lambda row: row[2] != preferred)  # stable: the preferred room first, then in order
    return (candidates[0][0], candidates[0][1]) if candidates else None
