"""Reading the anonymous presence of closed months (``privacy/aggregate.py`` writes it).

A closed month has no ``visit_day`` row any more: its arrivals, person-days, minutes and desk use are
summed from ``presence_aggregate``/``presence_aggregate_day``; its distinct people come from the
frozen counts of ``presence_period``. Distinct people are exact for any period that is a calendar
month, quarter or year, and for any period without a closed month; for another period reaching into
closed months, people who came in two of its closed months (or in a closed month and an open one)
cannot be matched any more: the count is then an upper bound and ``exact`` is False (docs/rgpd.md).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field


def month_periods(month: str) -> list[str]:
    """The quarter and the year a month belongs to: ``2026-07`` -> ``["2026-Q3", "2026"]``."""
    return [f"{month[:4]}-Q{(int(month[5:]) - 1) // 3 + 1}", month[:4]]


def period_months(period: str) -> tuple[str, str]:
    """First and last month of ``2026``, ``2026-Q3`` or ``2026-07``."""
    if len(period) == 4:
        return f"{period}-01", f"{period}-12"
    if period[5] == "Q":
        quarter = int(period[6])
        return f"{period[:4]}-{quarter * 3 - 2:02d}", f"{period[:4]}-{quarter * 3:02d}"
    return period, period


def canonical_period(start: dt.date, end: dt.date) -> str | None:
    """``2026`` / ``2026-Q3`` / ``2026-07`` when [start, end] is exactly that calendar period."""
    if start.day != 1 or start.year != end.year:
        return None
    following = end + dt.timedelta(days=1)
    if following.day != 1:
        return None
    months = (following.year - start.year) * 12 + following.month - start.month
    if months == 1:
        return f"{start.year:04d}-{start.month:02d}"
    if months == 3 and start.month % 3 == 1:
        return f"{start.year:04d}-Q{start.month // 3 + 1}"
    if months == 12 and start.month == 1:
        return f"{start.year:04d}"
    return None


def closed_months(conn: sqlite3.Connection, place_id: int, start: dt.date, end: dt.date) -> list[str]:
    return [m for (m,) in conn.execute(
        "SELECT month FROM presence_month_closed WHERE place_id = ? AND month >= ? AND month <= ? ORDER BY month",
        (place_id, start.isoformat()[:7], end.isoformat()[:7]))]


@dataclass(slots=True)
class ClosedPresence:
    """What the closed months of a period add to a report."""

    months: list[str] = field(default_factory=list)
    # category -> [visits, half_days, minutes]
    sums: dict[str, list[int]] = field(default_factory=dict)
    desk_days: list[tuple[dt.date, int, int]] = field(default_factory=list)  # (day, desks used, unseated)
    people_per_day: dict[dt.date, int] = field(default_factory=dict)
    # Distinct people of the closed part, per scope, when frozen (a whole closed calendar period).
    frozen: dict[str, int] | None = None
    # Member ids of a calendar period still open, from its closed months (matched with the open months).
    seen: set[int] = field(default_factory=set)
    # When neither applies: an upper bound per scope (each closed month's own count, summed).
    bound: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.months

    @property
    def exact(self) -> bool:
        return self.empty or self.frozen is not None or not self.bound


def closed_presence(conn: sqlite3.Connection, place_id: int, start: dt.date, end: dt.date) -> ClosedPresence:
    months = closed_months(conn, place_id, start, end)
    result = ClosedPresence(months)
    if not months:
        return result
    bounds = (place_id, start.isoformat(), end.isoformat())
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    people: dict[dt.date, int] = defaultdict(int)
    for day, category, visits, count, halves, minutes in conn.execute(
            "SELECT day, category, visits, people, half_days, minutes FROM presence_aggregate "
            "WHERE place_id = ? AND day >= ? AND day <= ?", bounds):
        acc = sums[category]
        acc[0] += visits
        acc[1] += halves
        acc[2] += minutes
        people[dt.date.fromisoformat(day)] += count
    result.sums, result.people_per_day = dict(sums), dict(people)
    result.desk_days = [(dt.date.fromisoformat(d), u, n) for d, u, n in conn.execute(
        "SELECT day, desks_used, unseated FROM presence_aggregate_day WHERE place_id = ? AND day >= ? AND day <= ?",
        bounds)]
    period = canonical_period(start, end)
    frozen = _frozen(conn, place_id, period) if period else None
    if frozen is not None:
        result.frozen = frozen
    elif period and (len(period) == 4 or "Q" in period):  # a quarter or a year still open: match by id
        result.seen = {m for (m,) in conn.execute(
            "SELECT member_id FROM presence_period_seen WHERE place_id = ? AND period = ?", (place_id, period))}
    else:
        bound: dict[str, int] = defaultdict(int)
        for month in months:
            first = dt.date.fromisoformat(f"{month}-01")
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            if start <= first and last <= end:
                for scope, n in (_frozen(conn, place_id, month) or {}).items():
                    bound[scope] += n
            else:  # part of a month: people per day, summed (a person coming twice counts twice)
                for category, n in conn.execute(
                        "SELECT category, people FROM presence_aggregate WHERE place_id = ? AND day >= ? "
                        "AND day <= ? AND day >= ? AND day <= ?", (*bounds, first.isoformat(), last.isoformat())):
                    bound["all"] += n
                    bound[f"cat:{category}"] += n
        result.bound = dict(bound) or {"all": 0}
    return result


def _frozen(conn: sqlite3.Connection, place_id: int, period: str) -> dict[str, int] | None:
    rows = dict(conn.execute("SELECT scope, people FROM presence_period WHERE place_id = ? AND period = ?",
                             (place_id, period)))
    return rows or None


# What the other places' presence names, for the overlap counts (privacy/aggregate.py freezes the same).
_OTHERS_UIDS = ("SELECT DISTINCT member_uid FROM network_day WHERE day >= :a AND day <= :b AND place_code IN "
                "(SELECT code FROM place WHERE NOT is_local AND deleted_at IS NULL {commune})")
_SAME_COMMUNE = ("AND COALESCE(postcode, '') = (SELECT COALESCE(postcode, '') FROM place WHERE is_local) "
                 "AND COALESCE(city, '') = (SELECT COALESCE(city, '') FROM place WHERE is_local)")
SHARED_SCOPES = ("all", "overlap:network", "overlap:commune")


def _last_day(month: str) -> dt.date:
    first = dt.date.fromisoformat(f"{month}-01")
    return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def shared_people(conn: sqlite3.Connection, place_id: int) -> list[tuple[str, str, int]]:
    """(period, scope, people) of the closed months that travel to the other places (docs/sync-format.md):

    - each closed month, and each quarter and year wholly closed: its frozen distinct people, ``all`` and the
      roaming overlaps ``overlap:network``/``overlap:commune`` (no category: the network report has none);
    - each quarter and year partly closed: ``part:…``, the people of its closed months who did not come in
      its open months (those travel per member), and how many of them the other places' presence names.
    A row (month, ``all``) per closed month is what tells the others the month is closed."""
    months = [m for (m,) in conn.execute(
        "SELECT month FROM presence_month_closed WHERE place_id = ? ORDER BY month", (place_id,))]
    frozen = {(period, scope): people for period, scope, people in conn.execute(
        "SELECT period, scope, people FROM presence_period WHERE place_id = ?", (place_id,)) if scope in SHARED_SCOPES}
    rows = [(period, scope, people) for (period, scope), people in frozen.items()]
    partial = sorted({p for m in months for p in month_periods(m) if (p, "all") not in frozen})
    for period in partial:
        first, last = period_months(period)
        params = {"p": place_id, "period": period, "a": f"{first}-01", "b": _last_day(last).isoformat()}
        part = ("SELECT s.member_id AS id FROM presence_period_seen AS s WHERE s.place_id = :p AND s.period = :period "
                "AND s.member_id NOT IN (SELECT member_id FROM visit_day WHERE place_id = :p AND day >= :a "
                "AND day <= :b)")
        rows.append((period, "part:all", conn.execute(f"SELECT COUNT(*) FROM ({part})", params).fetchone()[0]))
        for scope, commune in (("part:overlap:network", ""), ("part:overlap:commune", _SAME_COMMUNE)):
            rows.append((period, scope, conn.execute(
                f"SELECT COUNT(*) FROM ({part}) AS p JOIN member AS m ON m.id = p.id "
                f"WHERE m.uid IN ({_OTHERS_UIDS.format(commune=commune)})", params).fetchone()[0]))
    for month in months:  # a month nobody came to has its frozen zero already; never without its row
        if (month, "all") not in frozen:
            rows.append((month, "all", 0))
    return sorted(rows)


def shared_days(conn: sqlite3.Connection, place_id: int) -> list[tuple[str, int, int, int, int, int | None]]:
    """(day, visits, people, half_days, minutes, half-day limit) of the closed months, all categories together."""
    return conn.execute(
        "SELECT a.day, SUM(a.visits), SUM(a.people), SUM(a.half_days), SUM(a.minutes), c.half_day_minutes "
        "FROM presence_aggregate AS a LEFT JOIN presence_month_closed AS c ON c.place_id = a.place_id "
        "AND c.month = substr(a.day, 1, 7) WHERE a.place_id = ? GROUP BY a.day ORDER BY a.day",
        (place_id,)).fetchall()
