"""Closing a month's presence: per-member rows replaced by anonymous counts (docs/rgpd.md, *Retention*).

A month of the local place is closed when it is past the retention and **invoiced and settled between
places** (``closable``). Closing it, in the caller's transaction (all or nothing per month):

- ``presence_aggregate``: per local day and member category, arrivals, people, half-days, minutes;
- ``presence_aggregate_day``: per local day, desks used and people seated nowhere (occupancy rate);
- ``presence_period``: the month's distinct people (all, per category, and how many of them the other
  places' presence names, for the network report's once-per-person count); a quarter's and a year's
  counts once their last month is closed, from ``presence_period_seen`` (who came in the period's
  closed months, no day, no time), which is then removed;
- the month's ``visit_day`` and ``day_usage`` rows are deleted (the invoices hold the billing evidence).

``presence_hour`` never held a member and stays as it is.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from telecentre_desk.common import clock
from telecentre_desk.occupancy.closed import month_periods, period_months
from telecentre_desk.occupancy.stats import _half_day_minutes

# The other places' export must be this much younger than the month's end: they had a month to run
# their own invoicing and to import ours (no export says what it imported: docs/rgpd.md).
SETTLE_GRACE = dt.timedelta(days=31)


@dataclass(frozen=True, slots=True)
class MonthState:
    month: str  # YYYY-MM
    closable: bool
    # kept: draft | not_invoiced | not_exported | waiting_for:CODE | pending_sync:CODE; closable: "" or empty
    reason: str = ""
    detail: str = ""

    def to_json(self) -> dict:
        return {"month": self.month, "reason": self.reason, **({"detail": self.detail} if self.detail else {})}


def _month_bounds(month: str) -> tuple[dt.date, dt.date]:
    first = dt.date.fromisoformat(f"{month}-01")
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _invoiced(conn: sqlite3.Connection, place_id: int, month: str, first: dt.date, last: dt.date) -> MonthState | None:
    drafts = conn.execute("SELECT COUNT(*) FROM invoice WHERE place_id = ? AND status = 'draft' AND deleted_at IS NULL "
                          "AND period_start <= ? AND period_end >= ?",
                          (place_id, last.isoformat(), first.isoformat())).fetchone()[0]
    if drafts:
        return MonthState(month, False, "draft", str(drafts))
    issued = conn.execute("SELECT 1 FROM invoice WHERE place_id = ? AND status = 'issued' AND period_start <= ? "
                          "AND period_end >= ? LIMIT 1", (place_id, last.isoformat(), first.isoformat())).fetchone()
    # The monthly run leaves an audit entry even when it had nothing to bill: the month was looked at.
    ran = conn.execute("SELECT 1 FROM audit_entry WHERE action = 'invoice.run' "
                       "AND json_extract(details, '$.month') = ? LIMIT 1", (month,)).fetchone()
    return None if issued or ran else MonthState(month, False, "not_invoiced")


def _settled(conn: sqlite3.Connection, code: str, month: str, month_end: dt.datetime) -> MonthState | None:
    others = [c for (c,) in conn.execute(
        "SELECT code FROM place WHERE NOT is_local AND deleted_at IS NULL ORDER BY code")]
    if not others:
        return None  # a place alone: nothing to settle
    peers = {c: (last_at, exported_at, pending) for c, last_at, exported_at, pending in conn.execute(
        "SELECT code, last_at, exported_at, pending FROM sync_peer")}
    own = peers.get(code)
    if own is None or not own[0] or clock.ts_parse(own[0]) < month_end:
        return MonthState(month, False, "not_exported")
    for other in others:
        state = peers.get(other)
        if state is None or not state[1] or clock.ts_parse(state[1]) < month_end + SETTLE_GRACE:
            return MonthState(month, False, f"waiting_for:{other}")
        if state[2]:
            return MonthState(month, False, f"pending_sync:{other}")
    return None


def month_state(conn: sqlite3.Connection, *, place_id: int, code: str, tz, month: str) -> MonthState:
    """Can ``month`` be closed (the caller checked it is past the retention)?"""
    first, last = _month_bounds(month)
    has_rows = conn.execute("SELECT 1 FROM visit_day WHERE place_id = ? AND day >= ? AND day <= ? LIMIT 1",
                            (place_id, first.isoformat(), last.isoformat())).fetchone()
    if not has_rows:
        return MonthState(month, True, "empty")  # nobody came: nothing personal to keep, nothing to wait for
    month_end = clock.day_bounds_utc(last, tz)[1]
    return (_invoiced(conn, place_id, month, first, last) or _settled(conn, code, month, month_end)
            or MonthState(month, True))


def candidate_months(conn: sqlite3.Connection, place_id: int, cutoff: dt.date) -> list[str]:
    """Months not closed yet, from January of the first year with presence to the last month wholly
    before ``cutoff`` (empty months included, so that a year's count can be frozen)."""
    first = conn.execute("SELECT MIN(day) FROM visit_day WHERE place_id = ?", (place_id,)).fetchone()[0]
    if first is None:
        return []
    closed = {m for (m,) in conn.execute("SELECT month FROM presence_month_closed WHERE place_id = ?", (place_id,))}
    months, year, number = [], int(first[:4]), 1
    while dt.date(year, number, 1) < cutoff.replace(day=1):
        month = f"{year:04d}-{number:02d}"
        if month not in closed:
            months.append(month)
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return months


_REMOTE_UIDS = ("SELECT DISTINCT member_uid FROM network_day WHERE day >= :a AND day <= :b AND place_code IN "
                "(SELECT code FROM place WHERE NOT is_local AND deleted_at IS NULL {commune})")
_SAME_COMMUNE = ("AND COALESCE(postcode, '') = (SELECT COALESCE(postcode, '') FROM place WHERE is_local) "
                 "AND COALESCE(city, '') = (SELECT COALESCE(city, '') FROM place WHERE is_local)")


def _freeze(conn: sqlite3.Connection, place_id: int, period: str, members_sql: str, params: dict) -> None:
    """Store a period's distinct people (``members_sql`` selects their member ids) by scope."""
    first, last = period_months(period)
    bounds = {**params, "a": _month_bounds(first)[0].isoformat(), "b": _month_bounds(last)[1].isoformat()}
    rows = [("all", conn.execute(f"SELECT COUNT(*) FROM ({members_sql})", bounds).fetchone()[0])]
    rows += [(f"cat:{category}", n) for category, n in conn.execute(
        f"SELECT COALESCE(m.category, 'other'), COUNT(*) FROM ({members_sql}) AS p JOIN member AS m ON m.id = p.id "
        "GROUP BY 1", bounds)]
    for scope, commune in (("overlap:network", ""), ("overlap:commune", _SAME_COMMUNE)):
        rows.append((scope, conn.execute(
            f"SELECT COUNT(*) FROM ({members_sql}) AS p JOIN member AS m ON m.id = p.id "
            f"WHERE m.uid IN ({_REMOTE_UIDS.format(commune=commune)})", bounds).fetchone()[0]))
    conn.executemany("INSERT INTO presence_period (place_id, period, scope, people) VALUES (?, ?, ?, ?)",
                     [(place_id, period, scope, n) for scope, n in rows])


def close_month(conn: sqlite3.Connection, *, place_id: int, month: str) -> int:
    """Replace the month's per-member presence by anonymous counts; returns the per-member rows removed."""
    first, last = _month_bounds(month)
    params = {"p": place_id, "a": first.isoformat(), "b": last.isoformat(), "half": _half_day_minutes(conn, place_id)}
    in_month = "v.place_id = :p AND v.day >= :a AND v.day <= :b"
    conn.execute(
        "INSERT INTO presence_aggregate (place_id, day, category, visits, people, half_days, minutes) "
        "SELECT :p, v.day, COALESCE(m.category, 'other'), SUM(v.visits), COUNT(*), "
        "SUM(CASE WHEN v.minutes > 0 AND v.minutes <= :half THEN 1 ELSE 2 END), SUM(v.minutes) "
        f"FROM visit_day AS v LEFT JOIN member AS m ON m.id = v.member_id WHERE {in_month} GROUP BY v.day, 3", params)
    conn.execute(
        "INSERT INTO presence_aggregate_day (place_id, day, desks_used, unseated) "
        f"SELECT :p, v.day, COUNT(DISTINCT v.desk_id), SUM(v.desk_id IS NULL) FROM visit_day AS v WHERE {in_month} "
        "GROUP BY v.day", params)
    members = f"SELECT DISTINCT v.member_id AS id FROM visit_day AS v WHERE {in_month}"
    _freeze(conn, place_id, month, members, params)
    closed = {m for (m,) in conn.execute("SELECT month FROM presence_month_closed WHERE place_id = ?", (place_id,))}
    closed.add(month)
    for period in month_periods(month):
        conn.execute("INSERT OR IGNORE INTO presence_period_seen (place_id, period, member_id) "
                     f"SELECT :p, :period, v.member_id FROM visit_day AS v WHERE {in_month}",
                     {**params, "period": period})
        start, end = period_months(period)
        if all(m in closed for m in _months_between(start, end)):
            _freeze(conn, place_id, period, "SELECT member_id AS id FROM presence_period_seen "
                    "WHERE place_id = :p AND period = :period", {**params, "period": period})
            conn.execute("DELETE FROM presence_period_seen WHERE place_id = ? AND period = ?", (place_id, period))
    removed = conn.execute(f"DELETE FROM visit_day AS v WHERE {in_month}", params).rowcount
    removed += conn.execute("DELETE FROM day_usage WHERE place_id = :p AND day >= :a AND day <= :b", params).rowcount
    conn.execute("INSERT INTO presence_month_closed (place_id, month, closed_at, rows_removed, half_day_minutes) "
                 "VALUES (?, ?, ?, ?, ?)", (place_id, month, clock.ts_text(clock.now()), removed, params["half"]))
    return removed


def _months_between(start: str, end: str) -> list[str]:
    year, number = int(start[:4]), int(start[5:])
    months = []
    while f"{year:04d}-{number:02d}" <= end:
        months.append(f"{year:04d}-{number:02d}")
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return months
