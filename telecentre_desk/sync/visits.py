"""The big file: visits of roaming members, applied as set operations (100,000 rows in one go).

Rows go to a temporary table first; ownership, duplicates and unknown members are then checked with a
few joins, and the upsert is one ``INSERT ... SELECT ... ON CONFLICT(uid)`` (the raw baseline's upsert,
plus the mapping of uids to local ids).
"""

from __future__ import annotations

import sqlite3

from telecentre_desk.common.i18n import _
from telecentre_desk.sync.apply import Counts
from telecentre_desk.sync.delta import NIL_UID
from telecentre_desk.sync.errors import ExportRejected, Rejection

_TEMP = ("CREATE TEMP TABLE IF NOT EXISTS incoming_visit (line INTEGER, uid TEXT, member_uid TEXT, "
         "direction TEXT, ts TEXT, source TEXT, updated_at TEXT, deleted_at TEXT)")


def apply_visits(cur: sqlite3.Cursor, *, origin: str, place_id: int, file: str,
                 rows: list[tuple[int, tuple]]) -> Counts:
    counts = Counts()
    cur.execute(_TEMP)
    cur.execute("DELETE FROM incoming_visit")
    # In uid order: the lookups and inserts into check_event's uid index then walk it forward instead
    # of jumping around a million random uids.
    cur.executemany("INSERT INTO incoming_visit VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    sorted(((line, *fields) for line, fields in rows), key=lambda row: row[1]))

    def refuse(line: int, reason: str) -> ExportRejected:
        return ExportRejected(Rejection(origin, file, line, reason))

    duplicate = cur.execute("SELECT uid, MIN(line), MAX(line) FROM incoming_visit GROUP BY uid HAVING COUNT(*) > 1 "
                            "LIMIT 1").fetchone()
    if duplicate:
        raise refuse(duplicate[2], _("row {uid} appears twice (also line {first})").format(
            uid=duplicate[0], first=duplicate[1]))
    # One pass over the rows we already hold: is any of them someone else's (the export is refused)?
    held = cur.execute(
        "SELECT MIN(CASE WHEN e.origin != :o THEN t.line END) "
        "FROM incoming_visit AS t JOIN check_event AS e ON e.uid = t.uid", {"o": origin}).fetchone()
    if held[0] is not None:
        line = held[0]
        uid, owner = cur.execute("SELECT t.uid, e.origin FROM incoming_visit AS t JOIN check_event AS e "
                                 "ON e.uid = t.uid WHERE t.line = ?", (line,)).fetchone()
        raise refuse(line, _("row {uid} belongs to {owner}: {origin}'s export may only change {origin}'s "
                             "rows").format(uid=uid, owner=owner, origin=origin))
    counts.waiting = cur.execute("SELECT COUNT(*) FROM incoming_visit AS t WHERE NOT EXISTS "
                                 "(SELECT 1 FROM member AS m WHERE m.uid = t.member_uid)").fetchone()[0]
    cur.execute(
        "INSERT INTO check_event (uid, origin, created_at, updated_at, deleted_at, member_id, place_id, direction, "
        "ts, source) SELECT t.uid, ?, t.updated_at, t.updated_at, t.deleted_at, m.id, ?, t.direction, t.ts, t.source "
        "FROM incoming_visit AS t JOIN member AS m ON m.uid = t.member_uid WHERE true "
        "ON CONFLICT (uid) DO UPDATE SET updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, "
        "member_id = excluded.member_id, direction = excluded.direction, ts = excluded.ts, source = excluded.source "
        # The visiting place is the authority for its visits: its latest export wins, whatever the clocks said.
        "WHERE excluded.updated_at != check_event.updated_at OR excluded.member_id != check_event.member_id "
        "OR excluded.direction != check_event.direction OR excluded.ts != check_event.ts "
        "OR excluded.source != check_event.source OR excluded.deleted_at IS NOT check_event.deleted_at",
        (origin, place_id))
    counts.applied = cur.execute("SELECT changes()").fetchone()[0]
    counts.unchanged = len(rows) - counts.applied - counts.waiting
    cur.execute("DELETE FROM incoming_visit")
    return counts


def apply_presence(cur: sqlite3.Cursor, *, origin: str, year: int, rows: list[tuple[int, tuple]]) -> Counts:
    """A place's presence for one year replaces what we held of it (the file is that year, whole)."""
    cur.execute("DELETE FROM network_day WHERE place_code = ? AND day BETWEEN ? AND ?",
                (origin, f"{year}-01-01", f"{year}-12-31"))
    cur.executemany("INSERT INTO network_day (place_code, day, member_uid, visits, minutes, hours_mask) "
                    "VALUES (?, ?, ?, ?, ?, ?)", ((origin, *fields) for _line, fields in rows))
    return Counts(applied=len(rows))


def apply_presence_days(cur: sqlite3.Cursor, *, origin: str, rows: list[tuple[int, tuple]]) -> Counts:
    """A delta's days replace what we held of those days (a day is written whole; a day of the nil uid
    alone is a day that is gone)."""
    days = sorted({fields[0] for _line, fields in rows})
    cur.executemany("DELETE FROM network_day WHERE place_code = ? AND day = ?", ((origin, day) for day in days))
    kept = [(origin, *fields) for _line, fields in rows if fields[1] != NIL_UID]
    cur.executemany("INSERT INTO network_day (place_code, day, member_uid, visits, minutes, hours_mask) "
                    "VALUES (?, ?, ?, ?, ?, ?)", kept)
    return Counts(applied=len(kept))
