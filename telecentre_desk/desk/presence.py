"""Who is in now, the day's last scans, and the automatic check-out at closing time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from telecentre_desk.common import clock
from telecentre_desk.desk import visits
from telecentre_desk.desk.context import DeskContext, ts_parse, ts_text
from telecentre_desk.members.info import display_number
from telecentre_desk.occupancy import daily

# The aggregate form measured fastest (../shared/limits occupancy_query): one pass over the
# (place_id, ts, member_id, direction) index; SQLite's bare column takes `direction` from the MAX row.
_OPEN_VISITS = """
SELECT member_id, MAX(ts) AS since, direction FROM check_event
WHERE place_id = :place AND ts >= :start GROUP BY member_id HAVING direction = 'in'
"""


@dataclass(frozen=True, slots=True)
class PresenceRow:
    member_id: str
    display_number: str
    first_name: str
    last_name: str
    category: str
    kind: str
    since: dt.datetime
    plan_name: str | None
    desk: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"member_id": self.member_id, "number": self.display_number,
                "name": f"{self.first_name} {self.last_name}", "category": self.category, "kind": self.kind,
                "since": self.since.isoformat(), "plan": self.plan_name, "desk": self.desk}


def who_is_in(connection: Connection, ctx: DeskContext, *, now: dt.datetime | None = None) -> list[PresenceRow]:
    """Members checked in today and not out, by arrival time."""
    now = now or clock.now()
    start = clock.day_bounds_utc(ctx.local_day(now), ctx.tz)[0]
    open_rows = connection.execute(text(_OPEN_VISITS), {"place": ctx.place_id, "start": ts_text(start)}).all()
    if not open_rows:
        return []
    since = {row.member_id: ts_parse(row.since) for row in open_rows}
    day = ctx.local_day(now).isoformat()
    ids = ", ".join(str(int(i)) for i in since)
    members = connection.execute(text(
        "SELECT m.id, m.uid, m.number, m.first_name, m.last_name, m.category, m.kind, p.code, "
        "(SELECT pl.name FROM subscription AS s JOIN plan AS pl ON pl.id = s.plan_id "
        " WHERE s.member_id = m.id AND s.start_date <= :day AND (s.end_date IS NULL OR s.end_date >= :day) "
        " AND s.deleted_at IS NULL AND pl.kind IN ('monthly', 'carnet', 'day', 'halfday') "
        " ORDER BY pl.kind = 'carnet' LIMIT 1) AS plan_name "
        f"FROM member AS m JOIN place AS p ON p.id = m.place_id WHERE m.id IN ({ids})"), {"day": day}).all()
    rows = [PresenceRow(m.uid, display_number(m.code, m.number), m.first_name, m.last_name, m.category, m.kind,
                        since[m.id], m.plan_name) for m in members]
    return sorted(rows, key=lambda r: r.since)


def auto_checkout(connection: Connection, ctx: DeskContext, *, now: dt.datetime | None = None,
                  lookback_days: int = 31) -> int:
    """Check out, at their day's closing time, everyone still in after it; returns how many.

    Runs at start, on a timer in the window, and before the CLI's presence list. A visit older
    than ``lookback_days`` is closed by that member's next scan instead.
    """
    now = now or clock.now()
    start = ts_text(now - dt.timedelta(days=lookback_days))
    closed = 0
    with connection.begin():
        cur = connection.connection.driver_connection.cursor()
        rows = cur.execute("SELECT member_id, MAX(ts), direction, desk_id FROM check_event WHERE place_id = ? "
                           "AND ts >= ? GROUP BY member_id HAVING direction = 'in'",
                           (ctx.place_id, start)).fetchall()
        for member_id, since_text, _, desk_id in rows:
            since = ts_parse(since_text)
            closing = ctx.closing_time(ctx.local_day(since))
            if since >= closing:  # came in after closing (a warned scan): close at the end of that day
                closing = clock.day_bounds_utc(ctx.local_day(since), ctx.tz)[1] - dt.timedelta(seconds=1)
            if now >= closing:
                visits.insert_event(cur, ctx, member_id=member_id, direction="out", at=closing, source="auto",
                                    desk_id=desk_id)
                daily.record_departure(cur, place_id=ctx.place_id, tz=ctx.tz, member_id=member_id,
                                       arrived=since, left=closing, desk_id=desk_id)
                closed += 1
    return closed


def automatic_checkouts(connection: Connection, ctx: DeskContext, day: dt.date) -> list[tuple[str, dt.datetime]]:
    """(display number and name, time) of the automatic check-outs of a local day, for the morning after."""
    start, end = (ts_text(t) for t in clock.day_bounds_utc(day, ctx.tz))
    rows = connection.execute(text(
        "SELECT p.code, m.number, m.first_name, m.last_name, e.ts FROM check_event AS e "
        "JOIN member AS m ON m.id = e.member_id JOIN place AS p ON p.id = m.place_id "
        "WHERE e.place_id = :place AND e.ts >= :start AND e.ts < :end AND e.source = 'auto' ORDER BY e.ts"),
        {"place": ctx.place_id, "start": start, "end": end}).all()
    return [(f"{display_number(r.code, r.number)} {r.first_name} {r.last_name}", ts_parse(r.ts)) for r in rows]


@dataclass(frozen=True, slots=True)
class RecentEvent:
    at: dt.datetime
    direction: str
    source: str
    display_number: str
    name: str


def recent_events(connection: Connection, ctx: DeskContext, *, now: dt.datetime | None = None,
                  limit: int = 30) -> list[RecentEvent]:
    """The day's latest check-ins and check-outs, newest first (the desk's "last scans" at start)."""
    start = clock.day_bounds_utc(ctx.local_day(now or clock.now()), ctx.tz)[0]
    rows = connection.execute(text(
        "SELECT e.ts, e.direction, e.source, p.code, m.number, m.first_name, m.last_name FROM check_event AS e "
        "JOIN member AS m ON m.id = e.member_id JOIN place AS p ON p.id = m.place_id "
        "WHERE e.place_id = :place AND e.ts >= :start ORDER BY e.ts DESC LIMIT :limit"),
        {"place": ctx.place_id, "start": ts_text(start), "limit": limit}).all()
    return [RecentEvent(ts_parse(r.ts), r.direction, r.source, display_number(r.code, r.number),
                        f"{r.first_name} {r.last_name}") for r in rows]
