"""Closed months of another place: its anonymous counts replace the per-member days it no longer sends.

A place closes a month once it is invoiced and settled (privacy/aggregate.py): its per-member presence
of that month is gone, and its exports carry instead, per year, ``closedpeople-YYYY`` (distinct people
per closed month, and per quarter and year reaching into closed months, with the roaming overlap its
aggregation recorded) and ``closeddays-YYYY`` (per local day: arrivals, people, half-days, minutes).
Both files of a year travel together and replace what we held of that place and year, and the
place's ``network_day`` rows of its closed months go in the same transaction (docs/sync-format.md,
*Closed months*). Everything is checked first: the whole export is refused, with the file and the line,
on a count that cannot be, a day of a month the sender did not close, a month twice, or per-member
presence of a month the sender says it closed.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from telecentre_desk.common import clock
from telecentre_desk.common.i18n import _
from telecentre_desk.occupancy.closed import period_months
from telecentre_desk.sync.apply import Counts
from telecentre_desk.sync.delta import NIL_UID
from telecentre_desk.sync.errors import ExportRejected, Rejection
from telecentre_desk.sync.manifest import ManifestFile

PEOPLE, DAYS = "closedpeople", "closeddays"
MAX_VISITS_PER_PERSON = 100  # as for the visits file: more events of one person on one day is not plausible
MAX_MINUTES_PER_PERSON = 1500  # as for the presence file


def is_month(period: str) -> bool:
    """``2026-07`` (not ``2026-Q3``, not ``2026``)."""
    return len(period) == 7 and period[5] != "Q"


def held_months(conn: sqlite3.Connection, code: str) -> set[str]:
    return {p for (p,) in conn.execute(
        "SELECT period FROM network_closed_period WHERE place_code = ? AND length(period) = 7 "
        "AND substr(period, 6, 1) != 'Q' AND scope = 'all'", (code,))}


def _months_between(first: str, last: str) -> list[str]:
    year, number = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{number:02d}" <= last:
        months.append(f"{year:04d}-{number:02d}")
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return months


def _check_people(code: str, entry: ManifestFile, rows: list) -> set[str]:
    """The months this file says are closed, once every row is found possible."""
    file, year = entry.file, entry.logical.split("-", 1)[1]

    def refuse(line: int, reason: str) -> ExportRejected:
        return ExportRejected(Rejection(code, file, line, reason))

    seen: dict[tuple[str, str], tuple[int, int]] = {}
    this_month = clock.now().date().isoformat()[:7]
    for line, (period, scope, people) in rows:
        if period[:4] != year:
            raise refuse(line, _("{period} is not in {year}").format(period=period, year=year))
        if (period, scope) in seen:
            raise refuse(line, _("{period} {scope} appears twice (also line {first})").format(
                period=period, scope=scope, first=seen[(period, scope)][0]))
        if is_month(period) and (scope.startswith("part:") or period >= this_month):
            raise refuse(line, _("month {period} cannot have been closed ({scope})").format(period=period, scope=scope))
        seen[(period, scope)] = (line, people)
    months = {period for (period, scope) in seen if is_month(period) and scope == "all"}
    for (period, scope), (line, people) in seen.items():
        if is_month(period) and period not in months:
            raise refuse(line, _("month {period} has no count of its people (all)").format(period=period))
        inside = _months_between(*period_months(period))
        closed = [m for m in inside if m in months]
        if not is_month(period) and (not closed or (scope.startswith("part:") == (len(closed) == len(inside)))):
            raise refuse(line, _("{period} {scope} does not agree with the closed months {months}").format(
                period=period, scope=scope, months=", ".join(closed) or "-"))
        if "overlap:" in scope:
            total = seen.get((period, scope.split("overlap:")[0] + "all"))
            if total is None or people > total[1]:
                raise refuse(line, _("{period}: more people also seen elsewhere ({people}) than people in all "
                                     "({total})").format(period=period, people=people,
                                                         total=total[1] if total else 0))
    return months


def check(code: str, parsed: list[tuple[ManifestFile, list]], held: set[str]) -> None:
    """Refuse the export when its closed months' counts cannot be (before anything is written). ``held``:
    the months this place already told us it closed (an export of the same chain)."""
    by_sequence: dict[int, set[str]] = defaultdict(set)
    people_of: dict[tuple[int, str], dict[str, int]] = {}
    for entry, rows in parsed:
        if entry.logical.startswith(PEOPLE + "-"):
            months = _check_people(code, entry, rows)
            by_sequence[entry.sequence] |= months
            people_of[(entry.sequence, entry.logical[-4:])] = {
                p: n for _line, (p, scope, n) in rows if is_month(p) and scope == "all"}
    for entry, rows in parsed:
        file = entry.file
        closed = held | {m for s, months in by_sequence.items() if s <= entry.sequence for m in months}
        if entry.logical.startswith("presence-"):
            for line, fields in rows:
                if fields[1] != NIL_UID and fields[0][:7] in closed:
                    raise ExportRejected(Rejection(code, file, line, _(
                        "per-member presence of {month}, a month {code} closed").format(month=fields[0][:7],
                                                                                          code=code)))
        elif entry.logical.startswith(DAYS + "-"):
            months = people_of.get((entry.sequence, entry.logical[-4:]))
            if months is None:
                raise ExportRejected(Rejection(code, file, None, _(
                    "comes without its year's closed months ({name})").format(
                    name=PEOPLE + "-" + entry.logical[-4:])))
            _check_days(code, entry, rows, months)


def _check_days(code: str, entry: ManifestFile, rows: list, months: dict[str, int]) -> None:
    seen: dict[str, int] = {}
    for line, (day, visits, people, halves, minutes, _limit) in rows:
        def refuse(reason: str, line: int = line) -> ExportRejected:
            return ExportRejected(Rejection(code, entry.file, line, reason))

        if day in seen:
            raise refuse(_("{day} appears twice (also line {first})").format(day=day, first=seen[day]))
        seen[day] = line
        if day[:7] not in months:
            raise refuse(_("{day} is in {month}, a month {code} did not close").format(
                day=day, month=day[:7], code=code))
        if not 1 <= people <= months[day[:7]]:
            raise refuse(_("{people} people on {day}, but {month} had {total} people in all").format(
                people=people, day=day, month=day[:7], total=months[day[:7]]))
        if not people <= halves <= 2 * people or visits > MAX_VISITS_PER_PERSON * people \
                or minutes > MAX_MINUTES_PER_PERSON * people:
            raise refuse(_("the counts of {day} cannot be ({people} people, {visits} arrivals, {halves} "
                           "half-days, {minutes} minutes)").format(day=day, people=people, visits=visits,
                                                                   halves=halves, minutes=minutes))


def forget(cur: sqlite3.Cursor, code: str) -> None:
    """Before a place's whole chain is applied: what it says of its closed months replaces all we held."""
    cur.execute("DELETE FROM network_closed_period WHERE place_code = ?", (code,))
    cur.execute("DELETE FROM network_closed_day WHERE place_code = ?", (code,))


def apply_people(cur: sqlite3.Cursor, *, origin: str, entry: ManifestFile, rows: list) -> Counts:
    """The year's closed months replace what we held of them, and the place's per-member days of those
    months go (they are anonymous at the place now: not kept here either)."""
    year = entry.logical.split("-", 1)[1]
    cur.execute("DELETE FROM network_closed_period WHERE place_code = ? AND substr(period, 1, 4) = ?", (origin, year))
    cur.executemany("INSERT INTO network_closed_period (place_code, period, scope, people) VALUES (?, ?, ?, ?)",
                    ((origin, *fields) for _line, fields in rows))
    months = sorted({p for _line, (p, scope, _n) in rows if is_month(p) and scope == "all"})
    cur.executemany("DELETE FROM network_day WHERE place_code = ? AND day >= ? AND day < ?",
                    ((origin, f"{m}-01", f"{m}-32") for m in months))
    return Counts(applied=len(rows))


def apply_days(cur: sqlite3.Cursor, *, origin: str, entry: ManifestFile, rows: list) -> Counts:
    year = entry.logical.split("-", 1)[1]
    cur.execute("DELETE FROM network_closed_day WHERE place_code = ? AND day >= ? AND day <= ?",
                (origin, f"{year}-01-01", f"{year}-12-31"))
    cur.executemany("INSERT INTO network_closed_day (place_code, day, visits, people, half_days, minutes, "
                    "half_day_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)", ((origin, *fields) for _line, fields in rows))
    return Counts(applied=len(rows))
