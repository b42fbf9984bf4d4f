"""Who is in now, the day's last scans, and the automatic check-out at closing time."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from telecentre_desk.common import clock
from telecentre_desk.db.queries import OPEN_VISITS_SQL
from telecentre_desk.desk import visits
from telecentre_desk.desk.context import DeskContext, ts_parse, ts_text
from telecentre_desk.members.info import display_number
from telecentre_desk.occupancy import daily


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
    guest_of: str | None = None  # a guest's inviting member, "First Last"

    def to_json(self) -> dict[str, Any]:
        return {"member_id": self.member_id, "number": self.display_number,
                "name": f"{self.first_name} {self.last_name}", "category": self.category, "kind": self.kind,
                "since": self.since.isoformat(), "plan": self.plan_name, "desk": self.desk,
                "guest_of": self.guest_of}


@dataclass(frozen=True, slots=True)
class _Card:
    uid: str
    display_number: str
    first_name: str
    last_name: str
    category: str
    kind: str
    plan_name: str | None
    guest_of: str | None = None


class Directory:
    """Names, plans and desk names by local id for the presence list, loaded once per local day.

    The list refreshes on every scan; who people are changes far less often. ``invalidate`` after
    an edit; a member not yet known (just registered) reloads it by itself.
    """

    def __init__(self) -> None:
        self._day: dt.date | None = None
        self._cards: dict[int, _Card] = {}
        self._desks: dict[int, str] = {}

    def invalidate(self) -> None:
        self._day = None

    def lookup(self, cur: sqlite3.Cursor, day: dt.date, member_ids: set[int]) -> tuple[dict[int, _Card],
                                                                                    dict[int, str]]:
        if day != self._day or not member_ids <= self._cards.keys():
            self._load(cur, day)
        return self._cards, self._desks

    def _load(self, cur: sqlite3.Cursor, day: dt.date) -> None:
        iso = day.isoformat()
        plans = dict(cur.execute(
            "SELECT s.member_id, pl.name FROM subscription AS s JOIN plan AS pl ON pl.id = s.plan_id "
            "WHERE s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) AND s.deleted_at IS NULL "
            "AND pl.kind IN ('monthly', 'carnet', 'day', 'halfday') ORDER BY pl.kind = 'carnet' DESC, s.start_date",
            (iso, iso)).fetchall())  # the last row per member wins: a monthly plan over a carnet
        self._cards = {member_id: _Card(uid, display_number(code, number), first, last, category, kind,
                                        plans.get(member_id), host)
                       for member_id, uid, number, first, last, category, kind, code, host in cur.execute(
                           "SELECT m.id, m.uid, m.number, m.first_name, m.last_name, m.category, m.kind, p.code, "
                           "h.first_name || ' ' || h.last_name FROM member AS m JOIN place AS p ON p.id = m.place_id "
                           "LEFT JOIN member AS h ON h.id = m.guest_of_id WHERE m.deleted_at IS NULL")}
        self._desks = dict(cur.execute("SELECT id, name FROM desk"))
        self._day = day


def open_visits(cur: sqlite3.Cursor, ctx: DeskContext, now: dt.datetime) -> list[tuple[int, str, str, int | None]]:
    """(member id, since, 'in', desk id) of everyone checked in today and not out: the hot query."""
    start = clock.day_bounds_utc(ctx.local_day(now), ctx.tz)[0]
    return cur.execute(OPEN_VISITS_SQL, (ctx.place_id, ts_text(start))).fetchall()


def who_is_in(connection: Connection, ctx: DeskContext, *, now: dt.datetime | None = None,
              directory: Directory | None = None) -> list[PresenceRow]:
    """Members checked in today and not out, by arrival time, with their plan and desk."""
    now = now or clock.now()
    cur = connection.connection.driver_connection.cursor()
    rows = open_visits(cur, ctx, now)
    if not rows:
        return []
    cards, desks = (directory or Directory()).lookup(cur, ctx.local_day(now), {r[0] for r in rows})
    out = []
    for member_id, since, _direction, desk_id in sorted(rows, key=lambda r: r[1]):
        card = cards[member_id]
        out.append(PresenceRow(card.uid, card.display_number, card.first_name, card.last_name, card.category,
                               card.kind, ts_parse(since), card.plan_name, desks.get(desk_id), card.guest_of))
    return out


def auto_checkout(connection: Connection, ctx: DeskContext, *, now: dt.datetime | None = None,
                  lookback_days: int = 31) -> int:
    """Check out, at their day's closing time, everyone still in after it; returns how many.

    Runs at start, on a timer in the window, and before the CLI's presence list. A visit older
    than ``lookback_days`` is closed by that member's next scan instead.
    """
    now = now or clock.now()
    start = ts_text(now - dt.timedelta(days=lookback_days))
    # Looked at first by a plain read: the write lock is taken only when someone is to be checked out, so a
    # long writer (a sync import, a month's run) never makes this wait, nor the first scan that loads the desk.
    reader = connection.connection.driver_connection.cursor()
    due = reader.execute(OPEN_VISITS_SQL, (ctx.place_id, start)).fetchall()
    if not any(now >= ctx.auto_close_time(ts_parse(since_text)) for _, since_text, _, _ in due):
        return 0
    closed = 0
    with connection.begin():
        cur = connection.connection.driver_connection.cursor()
        rows = cur.execute(OPEN_VISITS_SQL, (ctx.place_id, start)).fetchall()
        for member_id, since_text, _, desk_id in rows:
            since = ts_parse(since_text)
            closing = ctx.auto_close_time(since)
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
