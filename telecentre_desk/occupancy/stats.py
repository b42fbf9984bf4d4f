"""The indicators funders ask for, over a period, from presence per member and local day.

Definitions (docs/occupancy.md has the method note printed in the report):
- visits: arrivals (check-ins) on the period's local days;
- unique members: people present at least once;
- person-days: each member's day of presence counts 1, or 0.5 when it lasted at most the half-day
  limit (the place's desk policy, 4 h by default);
- hours: presence in hours (a visit across midnight counts on both days);
- occupancy rate: occupied desk-days / (desks x open days); a day's occupied desks are the desks
  used that day plus one per person seated nowhere, at most the number of desks;
- peak hours: for each weekday and hour, the average number of people present at some point;
- new members: members who joined in the period.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from telecentre_desk.occupancy.closed import ClosedPresence, closed_presence
from telecentre_desk.places import opening_hours

DEFAULT_HALF_DAY_MINUTES = 240
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class Figures:
    visits: int = 0
    unique_members: int = 0
    person_days: float = 0.0
    hours: float = 0.0
    new_members: int = 0


@dataclass(frozen=True, slots=True)
class OccupancyReport:
    place_code: str
    place_name: str
    start: dt.date
    end: dt.date
    open_days: int
    desks: int
    totals: Figures
    occupied_desk_days: int
    occupancy_rate: float | None  # None when there is no desk or no open day: nothing to divide by
    peak_hours: list[list[float]]  # [weekday Monday=0][hour 0-23] -> average people present
    by_category: dict[str, Figures] = field(default_factory=dict)
    half_day_minutes: int = DEFAULT_HALF_DAY_MINUTES
    # False when the period reaches into closed months without being a calendar month, quarter or year:
    # unique members is then an upper bound (occupancy/closed.py)
    unique_members_exact: bool = True

    @property
    def empty(self) -> bool:
        return self.totals.visits == 0 and self.totals.person_days == 0

    def to_json(self) -> dict[str, Any]:
        return {"place": self.place_code, "from": self.start.isoformat(), "to": self.end.isoformat(),
                "open_days": self.open_days, "desks": self.desks, **asdict(self.totals),
                "occupied_desk_days": self.occupied_desk_days, "occupancy_rate": self.occupancy_rate,
                "peak_hours": {WEEKDAYS[d]: row for d, row in enumerate(self.peak_hours)},
                "by_category": {k: asdict(v) for k, v in sorted(self.by_category.items())},
                "half_day_minutes": self.half_day_minutes, "unique_members_exact": self.unique_members_exact,
                "empty": self.empty}


def _open_days(conn: sqlite3.Connection, place_id: int, spec: str, start: dt.date, end: dt.date) -> set[dt.date]:
    hours = opening_hours.parse(spec)
    closures = conn.execute("SELECT start_date, end_date FROM place_closure WHERE place_id = ? "
                            "AND deleted_at IS NULL AND end_date >= ? AND start_date <= ?",
                            (place_id, start.isoformat(), end.isoformat())).fetchall()
    closed = [(dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in closures]
    days, day = set(), start
    while day <= end:
        if hours.get(day.weekday()) and not any(a <= day <= b for a, b in closed):
            days.add(day)
        day += dt.timedelta(days=1)
    return days


def _half_day_minutes(conn: sqlite3.Connection, place_id: int) -> int:
    import json

    raw = conn.execute("SELECT value FROM place_setting WHERE place_id = ? AND key = 'desk.policies'",
                       (place_id,)).fetchone()
    hours = json.loads(raw[0]).get("halfday_max_hours") if raw else None
    return int(hours * 60) if hours else DEFAULT_HALF_DAY_MINUTES


def occupancy_report(conn: sqlite3.Connection, *, start: dt.date, end: dt.date) -> OccupancyReport:
    """The indicators for the local place over [start, end] (local days, both included)."""
    place = conn.execute("SELECT id, code, name, opening_hours FROM place WHERE is_local").fetchone()
    if place is None:
        raise LookupError("no local place")
    place_id, code, name, spec = place
    half = _half_day_minutes(conn, place_id)
    params = {"p": place_id, "a": start.isoformat(), "b": end.isoformat(), "half": half}
    categories = dict(conn.execute("SELECT id, category FROM member"))
    sums: dict[str, list[float]] = {}
    closed = closed_presence(conn, place_id, start, end)
    live_members: dict[str, set[int]] = {}
    # Per member first (one pass over the covering index), then by category in Python: no temp B-tree
    # for a COUNT(DISTINCT) per category.
    for member_id, visits, person_days, minutes in conn.execute(
            "SELECT member_id, SUM(visits), SUM(CASE WHEN minutes > 0 AND minutes <= :half THEN 0.5 ELSE 1.0 END), "
            "SUM(minutes) FROM visit_day WHERE place_id = :p AND day >= :a AND day <= :b GROUP BY member_id",
            params):
        category = categories.get(member_id, "other")
        acc = sums.setdefault(category, [0, 0, 0.0, 0])
        acc[0] += visits
        acc[1] += 1
        acc[2] += person_days
        acc[3] += minutes
        live_members.setdefault(category, set()).add(member_id)
    _add_closed(sums, closed, live_members, categories)
    by_category: dict[str, Figures] = {
        category: Figures(int(v), int(u), float(pd), round(m / 60, 2)) for category, (v, u, pd, m) in sums.items()}
    for category, joined in conn.execute(
            "SELECT category, COUNT(*) FROM member WHERE place_id = :p AND kind = 'member' "
            "AND joined_on >= :a AND joined_on <= :b GROUP BY category", params):
        current = by_category.get(category, Figures())
        by_category[category] = Figures(current.visits, current.unique_members, current.person_days,
                                        current.hours, joined)
    desks = conn.execute("SELECT COUNT(*) FROM desk AS d JOIN space AS s ON s.id = d.space_id WHERE s.place_id = ? "
                         "AND d.deleted_at IS NULL AND NOT d.out_of_service AND s.kind IN "
                         "('open_space', 'private_office', 'workshop')", (place_id,)).fetchone()[0]
    open_days = _open_days(conn, place_id, spec, start, end)
    # Counted on open days only, like the denominator: a warned visit on a closed day is not occupancy.
    occupied = sum(min(desks, used + unseated) for day, used, unseated in conn.execute(
        "SELECT day, COUNT(DISTINCT desk_id), SUM(desk_id IS NULL) FROM visit_day "
        "WHERE place_id = :p AND day >= :a AND day <= :b GROUP BY day", params)
        if dt.date.fromisoformat(day) in open_days)
    occupied += sum(min(desks, used + unseated) for day, used, unseated in closed.desk_days if day in open_days)
    totals = Figures(*(sum(getattr(f, k) for f in by_category.values())
                       for k in ("visits", "unique_members", "person_days", "hours", "new_members")))
    totals = Figures(totals.visits, totals.unique_members, float(totals.person_days), round(totals.hours, 2),
                     totals.new_members)
    rate = round(occupied / (desks * len(open_days)), 4) if desks and open_days else None
    return OccupancyReport(code, name, start, end, len(open_days), desks, totals, occupied, rate,
                           _peak_hours(conn, params, start, end), by_category, half, closed.exact)


def _add_closed(sums: dict[str, list[float]], closed: ClosedPresence, live_members: dict[str, set[int]],
                categories: dict[int, str]) -> None:
    """Add the anonymous counts of the period's closed months to the per-category sums."""
    for category, (visits, halves, minutes) in closed.sums.items():
        acc = sums.setdefault(category, [0, 0, 0.0, 0])
        acc[0] += visits
        acc[2] += halves / 2
        acc[3] += minutes
    if closed.seen:  # a quarter or year still open: its closed months' people matched by id with the open ones
        for member_id in closed.seen:
            category = categories.get(member_id, "other")
            if member_id not in live_members.get(category, set()):
                sums.setdefault(category, [0, 0, 0.0, 0])[1] += 1
        return
    for scope, people in (closed.frozen or closed.bound).items():
        if scope.startswith("cat:"):
            sums.setdefault(scope[4:], [0, 0, 0.0, 0])[1] += people


def _peak_hours(conn: sqlite3.Connection, params: dict, start: dt.date, end: dt.date) -> list[list[float]]:
    totals = [[0] * 24 for _ in range(7)]
    for day, hour, people in conn.execute(
            "SELECT day, hour, people FROM presence_hour WHERE place_id = :p AND day >= :a AND day <= :b", params):
        totals[dt.date.fromisoformat(day).weekday()][hour] += people
    occurrences = [0] * 7
    day = start
    while day <= end:
        occurrences[day.weekday()] += 1
        day += dt.timedelta(days=1)
    return [[round(n / occurrences[wd], 2) if occurrences[wd] else 0.0 for n in totals[wd]] for wd in range(7)]
