"""The host's today dashboard: plain SQL on the read connection, one call, plain data.

Each figure links to the screen that explains it (the UI does the linking); nothing here writes.
"Last backup" comes from the backup settings beside the database this connection reads
(telecentre_desk.backup): "never" when no backup was ever written and checked.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from telecentre_desk.backup import service as backup
from telecentre_desk.common import clock
from telecentre_desk.db.queries import OPEN_VISITS_SQL
from telecentre_desk.places.context import read_local_row

# Carnets with this many days left or fewer are "running out" (two half days make a day).
LOW_CARNET_DAYS = 2



def _last_backup(conn: sqlite3.Connection) -> dt.datetime | None:
    """The last good backup of the database ``conn`` reads (None for an in-memory database or none yet)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return backup.last_good(Path(row[2])) if row and row[2] else None


@dataclass(frozen=True, slots=True)
class LowCarnet:
    member_id: int
    name: str
    plan_name: str
    days_left: float


@dataclass(frozen=True, slots=True)
class OverdueInvoice:
    invoice_id: int
    number: str
    member_name: str
    due_date: dt.date
    due_cents: int


@dataclass(frozen=True, slots=True)
class TodayDashboard:
    day: dt.date
    visits_today: int  # arrivals today at this place
    visitors_today: int  # distinct people today
    present_now: int
    week_visits: int  # Monday to today
    last_week_visits: int  # the same weekdays of last week
    low_carnets: list[LowCarnet] = field(default_factory=list)
    overdue: list[OverdueInvoice] = field(default_factory=list)
    last_sync: dt.datetime | None = None
    last_backup: dt.datetime | None = None  # the last backup written and checked; None: never

    @property
    def overdue_cents(self) -> int:
        return sum(item.due_cents for item in self.overdue)


def _visits(conn: sqlite3.Connection, place_id: int, first: dt.date, last: dt.date) -> tuple[int, int]:
    row = conn.execute("SELECT COALESCE(SUM(visits), 0), COUNT(DISTINCT member_id) FROM visit_day "
                       "WHERE place_id = ? AND day >= ? AND day <= ? AND visits > 0",
                       (place_id, first.isoformat(), last.isoformat())).fetchone()
    return int(row[0]), int(row[1])


def _low_carnets(conn: sqlite3.Connection, today: dt.date) -> list[LowCarnet]:
    rows = conn.execute(
        "SELECT m.id, m.first_name || ' ' || m.last_name, p.name, s.remaining_half_days FROM subscription AS s "
        "JOIN plan AS p ON p.id = s.plan_id JOIN member AS m ON m.id = s.member_id "
        "WHERE p.kind = 'carnet' AND s.deleted_at IS NULL AND m.deleted_at IS NULL AND m.status = 'active' "
        "AND s.start_date <= :today AND (s.end_date IS NULL OR s.end_date >= :today) "
        "AND COALESCE(s.remaining_half_days, 0) <= :low ORDER BY s.remaining_half_days, m.last_name",
        {"today": today.isoformat(), "low": LOW_CARNET_DAYS * 2}).fetchall()
    return [LowCarnet(pk, name, plan, (left or 0) / 2) for pk, name, plan, left in rows]


def _overdue(conn: sqlite3.Connection, today: dt.date) -> list[OverdueInvoice]:
    rows = conn.execute(
        "SELECT i.id, i.number, m.first_name || ' ' || m.last_name, i.due_date, "
        "i.total_incl_vat_cents - COALESCE((SELECT SUM(amount_cents) FROM payment WHERE invoice_id = i.id), 0) "
        "- COALESCE((SELECT SUM(c.total_incl_vat_cents) FROM invoice AS c WHERE c.credited_invoice_id = i.id "
        "AND c.status = 'issued'), 0) AS due "
        "FROM invoice AS i JOIN member AS m ON m.id = i.member_id "
        "WHERE i.deleted_at IS NULL AND i.status = 'issued' AND i.kind = 'invoice' AND i.due_date < ? "
        "AND i.place_id = (SELECT id FROM place WHERE is_local) ORDER BY i.due_date, i.id",
        (today.isoformat(),)).fetchall()
    return [OverdueInvoice(pk, number or "", name, dt.date.fromisoformat(due_date), due)
            for pk, number, name, due_date, due in rows if due > 0]


def _last_sync(conn: sqlite3.Connection) -> dt.datetime | None:
    row = conn.execute("SELECT MAX(last_at) FROM sync_peer").fetchone()
    return clock.ts_parse(row[0]) if row and row[0] else None


def read_today(conn: sqlite3.Connection, *, now: dt.datetime | None = None) -> TodayDashboard:
    """Today's figures for the local place (``now`` is UTC; default: the clock)."""
    now = now or clock.now()
    place_id, _code, tz = read_local_row(conn)
    today = clock.local_day(now, tz)
    visits_today, visitors_today = _visits(conn, place_id, today, today)
    start = clock.day_bounds_utc(today, tz)[0]
    present = len(conn.execute(OPEN_VISITS_SQL, (place_id, clock.ts_text(start))).fetchall())
    monday = today - dt.timedelta(days=today.weekday())
    week, _people = _visits(conn, place_id, monday, today)
    last_week, _people = _visits(conn, place_id, monday - dt.timedelta(days=7), today - dt.timedelta(days=7))
    return TodayDashboard(today, visits_today, visitors_today, present, week, last_week,
                          _low_carnets(conn, today), _overdue(conn, today), _last_sync(conn),
                          _last_backup(conn))
