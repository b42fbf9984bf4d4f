"""Presence per member and local day (``visit_day``), derived from check events.

Each visit (an ``in`` and the next ``out``) is split at local midnights, so a visit across midnight
counts on both days, and daylight-saving days count their real minutes. The arrival counts as a
visit on its own local day. An open visit (still in) counts its arrival, and its minutes once
closed. Plain DB-API code: it runs inside the scan's transaction and in bulk rebuilds.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from telecentre_desk.common.clock import ts_parse


@dataclass(slots=True)
class DayPresence:
    visits: int = 0
    minutes: int = 0
    hours_mask: int = 0
    desk_id: int | None = None


def _add_interval(days: dict[dt.date, DayPresence], start: dt.datetime, end: dt.datetime, tz: ZoneInfo,
                  desk_id: int | None) -> None:
    """Add [start, end) to the days it covers, cut at local midnights."""
    cursor = start
    while cursor < end:
        local = cursor.astimezone(tz)
        next_midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), tzinfo=tz)
        piece_end = min(end, next_midnight.astimezone(dt.UTC))
        presence = days[local.date()]
        presence.minutes += int((piece_end - cursor).total_seconds() // 60)
        presence.hours_mask |= _hours_mask(cursor, piece_end, tz)
        if desk_id is not None:
            presence.desk_id = desk_id
        cursor = piece_end


def _hours_mask(start: dt.datetime, end: dt.datetime, tz: ZoneInfo) -> int:
    """Bits of the local hours touched by [start, end), walked in real time: on the spring change
    02:00 never happens, on the autumn change 02:00 happens twice (one bit)."""
    mask, moment = 0, start
    while moment < end:
        mask |= 1 << moment.astimezone(tz).hour
        # Next whole hour in UTC: the local hour boundaries of whole-hour offsets such as France's.
        moment = moment.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    return mask


def presence_by_day(events: Iterable[tuple[str, str, int | None]], tz: ZoneInfo) -> dict[dt.date, DayPresence]:
    """(direction, ts text, desk_id) of one member in time order -> presence per local day."""
    days: dict[dt.date, DayPresence] = defaultdict(DayPresence)
    opened: tuple[dt.datetime, int | None] | None = None
    for direction, stamp, desk_id in events:
        moment = ts_parse(stamp)
        if direction == "in":
            if opened is None:
                opened = (moment, desk_id)
            days[moment.astimezone(tz).date()].visits += 1
            if desk_id is not None:
                days[moment.astimezone(tz).date()].desk_id = desk_id
        elif opened is not None:
            _add_interval(days, opened[0], moment, tz, opened[1])
            opened = None
    return days


def _upsert(cur: sqlite3.Cursor, place_id: int, member_id: int, day: dt.date, presence: DayPresence) -> None:
    cur.execute(
        "INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask, desk_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (place_id, member_id, day) DO UPDATE SET "
        "visits = excluded.visits, minutes = excluded.minutes, hours_mask = excluded.hours_mask, "
        "desk_id = excluded.desk_id",
        (place_id, member_id, day.isoformat(), presence.visits, presence.minutes, presence.hours_mask,
         presence.desk_id))


def record_arrival(cur: sqlite3.Cursor, *, place_id: int, member_id: int, day: dt.date,
                   desk_id: int | None) -> None:
    """An ``in`` on a local day: one more visit (no events are read: this runs in every scan)."""
    cur.execute("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask, desk_id) "
                "VALUES (?, ?, ?, 1, 0, 0, ?) ON CONFLICT (place_id, member_id, day) DO UPDATE SET "
                "visits = visits + 1, desk_id = coalesce(excluded.desk_id, desk_id)",
                (place_id, member_id, day.isoformat(), desk_id))


def record_departure(cur: sqlite3.Cursor, *, place_id: int, tz: ZoneInfo, member_id: int,
                     arrived: dt.datetime, left: dt.datetime, desk_id: int | None) -> dict[dt.date, int]:
    """An ``out`` closing the visit that began at ``arrived``: its minutes and hours, day by day.

    Returns the minutes added per local day.
    """
    pieces: dict[dt.date, DayPresence] = defaultdict(DayPresence)
    _add_interval(pieces, arrived, left, tz, desk_id)
    for day, piece in pieces.items():
        old = cur.execute("SELECT hours_mask FROM visit_day WHERE place_id = ? AND member_id = ? AND day = ?",
                          (place_id, member_id, day.isoformat())).fetchone()
        _count_hours(cur, place_id, day, piece.hours_mask & ~(old[0] if old else 0))
        cur.execute("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask, desk_id) "
                    "VALUES (?, ?, ?, 0, ?, ?, ?) ON CONFLICT (place_id, member_id, day) DO UPDATE SET "
                    "minutes = minutes + excluded.minutes, hours_mask = hours_mask | excluded.hours_mask, "
                    "desk_id = coalesce(excluded.desk_id, desk_id)",
                    (place_id, member_id, day.isoformat(), piece.minutes, piece.hours_mask, desk_id))
    return {day: piece.minutes for day, piece in pieces.items()}


def _count_hours(cur: sqlite3.Cursor, place_id: int, day: dt.date, new_bits: int, people: int = 1) -> None:
    """One more person present during each hour of ``new_bits`` (hours not yet counted for them)."""
    hours = [h for h in range(24) if new_bits >> h & 1]
    if hours:
        cur.executemany("INSERT INTO presence_hour (place_id, day, hour, people) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (place_id, day, hour) DO UPDATE SET people = people + excluded.people",
                        [(place_id, day.isoformat(), h, people) for h in hours])


def minutes_on(cur: sqlite3.Cursor, *, place_id: int, member_id: int, day: dt.date) -> int:
    row = cur.execute("SELECT minutes FROM visit_day WHERE place_id = ? AND member_id = ? AND day = ?",
                      (place_id, member_id, day.isoformat())).fetchone()
    return row[0] if row else 0


def rebuild(conn: sqlite3.Connection, *, place_id: int, tz: ZoneInfo) -> int:
    """Recompute every row of a place from its events (demo, imports, the migration); returns rows.

    Closed months (privacy/aggregate.py) are left as they are: their events were purged and their
    presence lives in anonymous counts, which a rebuild must neither double nor wipe."""
    cur = conn.cursor()
    # Migration 0004 rebuilds too, before the table of closed months exists (0013).
    has_closed = cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'presence_month_closed'").fetchone()
    closed = {m for (m,) in cur.execute("SELECT month FROM presence_month_closed WHERE place_id = ?",
                                        (place_id,))} if has_closed else set()
    cur.execute("DELETE FROM visit_day WHERE place_id = ?", (place_id,))
    cur.execute("DELETE FROM presence_hour WHERE place_id = ? AND substr(day, 1, 7) NOT IN "
                "(SELECT value FROM json_each(?))", (place_id, json.dumps(sorted(closed))))
    hour_counts: dict[tuple[dt.date, int], int] = defaultdict(int)
    rows = 0
    member: int | None = None
    batch: list[tuple[str, str, int | None]] = []

    def flush() -> int:
        for day, presence in presence_by_day(batch, tz).items():
            if day.isoformat()[:7] in closed:
                continue
            _upsert(cur, place_id, member, day, presence)  # type: ignore[arg-type]
            for hour in range(24):
                if presence.hours_mask >> hour & 1:
                    hour_counts[day, hour] += 1
        return len(batch)

    reader = conn.cursor()  # streamed: a million events need not sit in memory at once
    for member_id, direction, stamp, desk_id in reader.execute(
            "SELECT member_id, direction, ts, desk_id FROM check_event WHERE place_id = ? "
            "ORDER BY member_id, ts", (place_id,)):
        if member_id != member and batch:
            flush()
            batch = []
        member = member_id
        batch.append((direction, stamp, desk_id))
        rows += 1
    if batch:
        flush()
    cur.executemany("INSERT INTO presence_hour (place_id, day, hour, people) VALUES (?, ?, ?, ?)",
                    [(place_id, day.isoformat(), hour, n) for (day, hour), n in hour_counts.items()])
    return rows
