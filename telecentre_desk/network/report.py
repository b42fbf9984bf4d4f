"""The network report for funders: per place, per commune and for the whole network, over a period.

Built from what this database knows: the local place's own presence (``visit_day``) and each other
place's daily presence as its last export carried it (``network_day``). Definitions (docs/network.md,
printed in the PDF's method note):

- visits: arrivals on the period's local days (each place's own days);
- unique users: distinct people, by their network-wide uid: the network total and a commune count a
  person once even when they came to two places;
- person-days: each person's day at a place counts 1, or 0.5 when it lasted at most the half-day
  limit; the limit is the **local** place's setting, applied to every place so that the places are
  counted alike (the other places' settings do not travel);
- hours: presence time in hours;
- open days: days with opening hours and no closure, from each place's hours and closures;
- occupancy rate, network definition: the sum over open days of min(people that day, desks) divided
  by desks x open days. People, not desks used: the other places export no desk-level presence, and
  desks don't travel; so it differs slightly from the local report's desk-level rate. A commune's and
  the network's rate add up their places' numerators and denominators; a place whose desks are unknown
  is left out of them. None when there is nothing to divide by.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.occupancy.closed import ClosedPresence, canonical_period, closed_presence
from telecentre_desk.occupancy.stats import _open_days, occupancy_report

# Presence of one person at one place on one of its local days.
_Row = tuple[dt.date, str, int, int]  # (day, member uid, visits, minutes)


@dataclass(frozen=True, slots=True)
class NetworkFigures:
    visits: int = 0
    unique_users: int = 0
    person_days: float = 0.0
    hours: float = 0.0
    open_days: int = 0
    desks: int | None = None  # None: not known (a place that exported no desk count)
    occupied_desk_days: int = 0
    occupancy_rate: float | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class PlaceFigures:
    code: str
    name: str
    postcode: str | None
    city: str | None
    local: bool
    figures: NetworkFigures

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "postcode": self.postcode, "city": self.city,
                "local": self.local, **self.figures.to_json()}


@dataclass(frozen=True, slots=True)
class CommuneFigures:
    postcode: str | None
    city: str | None
    places: tuple[str, ...]  # place codes
    figures: NetworkFigures

    @property
    def label(self) -> str:
        return " ".join(x for x in (self.postcode, self.city) if x) or "?"

    def to_json(self) -> dict[str, Any]:
        return {"postcode": self.postcode, "city": self.city, "places": list(self.places), **self.figures.to_json()}


@dataclass(frozen=True, slots=True)
class ReportNote:
    """Something the reader must know about a place's figures (kind: ``no_desks``, ``bad_hours`` or
    ``half_day``: person-days of that place's closed months counted with its own half-day limit)."""

    place: str
    kind: str
    detail: str = ""

    def english(self) -> str:
        if self.kind == "bad_hours":
            return f"{self.place}: opening hours {self.detail!r} cannot be read: no open day counted"
        if self.kind == "half_day":
            return (f"{self.place}: person-days of its closed months counted with its half-day limit "
                    f"({self.detail}), not this report's")
        return f"{self.place}: no desk count known: left out of the occupancy rates"

    def french(self) -> str:
        if self.kind == "bad_hours":
            return (f"{self.place} : les horaires d'ouverture « {self.detail} » sont illisibles : aucun jour "
                    "d'ouverture compté")
        if self.kind == "half_day":
            return (f"{self.place} : les personnes-jours de ses mois clos sont comptées avec sa propre limite de "
                    f"demi-journée ({self.detail}), pas celle de ce bilan")
        return f"{self.place} : nombre de postes inconnu : ce lieu n'entre pas dans les taux d'occupation"


@dataclass(frozen=True, slots=True)
class NetworkReport:
    start: dt.date
    end: dt.date
    half_day_minutes: int
    half_day_place: str  # whose setting the half-day limit is: the local place
    places: list[PlaceFigures]
    communes: list[CommuneFigures]
    total: NetworkFigures
    notes: list[ReportNote] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [note.english() for note in self.notes]

    @property
    def empty(self) -> bool:
        return self.total.visits == 0 and self.total.person_days == 0

    def to_json(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(),
                "half_day_minutes": self.half_day_minutes, "half_day_place": self.half_day_place,
                "places": [p.to_json() for p in self.places], "communes": [c.to_json() for c in self.communes],
                "total": self.total.to_json(), "warnings": self.warnings, "empty": self.empty}


@dataclass(slots=True)
class _PlaceData:
    """What one place contributes: its presence rows, open days and desks (None when unknown); for the
    local place, the anonymous counts of its closed months (occupancy/closed.py)."""

    rows: list[_Row]
    open_days: set[dt.date]
    desks: int | None
    closed: ClosedPresence | None = None
    seen_uids: set[str] = field(default_factory=set)

    def people(self) -> dict[dt.date, int]:
        people: dict[dt.date, int] = defaultdict(int)
        for day, *_ in self.rows:
            people[day] += 1  # one row per person and day
        for day, count in (self.closed.people_per_day.items() if self.closed else ()):
            people[day] += count
        return people

    def occupied(self) -> int:
        return sum(min(n, self.desks or 0) for day, n in self.people().items() if day in self.open_days)


def _unique(parts: Sequence[_PlaceData], overlap: str) -> int:
    """Distinct people by uid; the local place's closed months add their frozen count less those the
    other places of the set also name (``overlap``), or their upper bound when nothing was frozen."""
    uids = {r[1] for part in parts for r in part.rows} | {u for part in parts for u in part.seen_uids}
    extra = 0
    for part in parts:
        closed = part.closed
        if closed is None or closed.empty or closed.seen:
            continue
        if closed.frozen is not None:
            extra += closed.frozen.get("all", 0) - (closed.frozen.get(overlap, 0) if overlap else 0)
        else:
            extra += closed.bound.get("all", 0)
    return len(uids) + extra


def _figures(parts: Sequence[_PlaceData], half: int, overlap: str = "") -> NetworkFigures:
    rows = [row for part in parts for row in part.rows]
    closed = [p.closed for p in parts if p.closed is not None]
    known = [p for p in parts if p.desks]
    occupied = sum(p.occupied() for p in known)
    capacity = sum((p.desks or 0) * len(p.open_days) for p in known)
    desks = [p.desks for p in parts if p.desks is not None]
    return NetworkFigures(
        visits=sum(r[2] for r in rows) + sum(s[0] for c in closed for s in c.sums.values()),
        unique_users=_unique(parts, overlap),
        person_days=float(sum(0.5 if 0 < r[3] <= half else 1.0 for r in rows)
                          + sum(s[1] for c in closed for s in c.sums.values()) / 2),
        hours=round((sum(r[3] for r in rows) + sum(s[2] for c in closed for s in c.sums.values())) / 60, 2),
        open_days=len(set().union(*(p.open_days for p in parts))),
        desks=sum(desks) if desks else None,
        occupied_desk_days=occupied,
        occupancy_rate=round(occupied / capacity, 4) if capacity else None)


def _local_rows(conn: sqlite3.Connection, place_id: int, start: dt.date, end: dt.date) -> list[_Row]:
    return [(dt.date.fromisoformat(day), uid, visits, minutes) for day, uid, visits, minutes in conn.execute(
        "SELECT v.day, m.uid, v.visits, v.minutes FROM visit_day AS v JOIN member AS m ON m.id = v.member_id "
        "WHERE v.place_id = ? AND v.day >= ? AND v.day <= ?", (place_id, start.isoformat(), end.isoformat()))]


def _uids(conn: sqlite3.Connection, member_ids: set[int]) -> set[str]:
    if not member_ids:
        return set()
    return {uid for (uid,) in conn.execute(
        "SELECT uid FROM member WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(member_ids)),))}


def _remote_rows(conn: sqlite3.Connection, code: str, start: dt.date, end: dt.date) -> list[_Row]:
    return [(dt.date.fromisoformat(day), uid, visits, minutes) for day, uid, visits, minutes in conn.execute(
        "SELECT day, member_uid, visits, minutes FROM network_day WHERE place_code = ? AND day >= ? AND day <= ?",
        (code, start.isoformat(), end.isoformat()))]


def _remote_closed(conn: sqlite3.Connection, code: str, start: dt.date, end: dt.date
                   ) -> tuple[ClosedPresence | None, set[int]]:
    """What another place's closed months add, from the anonymous counts its export carried (sync/closed.py):
    the same shape as the local place's closed months, so both are counted alike. Its distinct people of a
    calendar period come with the overlap its aggregation recorded; for a quarter or year partly closed,
    ``part:`` counts the people of its closed months who did not come in its open months (whose uids are
    in ``network_day``), so ``all - overlap`` is added to the uids either way."""
    months = [m for (m,) in conn.execute(
        "SELECT period FROM network_closed_period WHERE place_code = ? AND length(period) = 7 "
        "AND substr(period, 6, 1) != 'Q' AND scope = 'all' "
        "AND period >= ? AND period <= ? ORDER BY period", (code, start.isoformat()[:7], end.isoformat()[:7]))]
    if not months:
        return None, set()
    result = ClosedPresence(months)
    visits = halves = minutes = 0
    people: dict[dt.date, int] = {}
    limits: set[int] = set()  # the half-day limits the place counted its half-days with
    for day, v, n, h, m, limit in conn.execute(
            "SELECT day, visits, people, half_days, minutes, half_day_minutes FROM network_closed_day "
            "WHERE place_code = ? AND day >= ? AND day <= ?", (code, start.isoformat(), end.isoformat())):
        visits, halves, minutes = visits + v, halves + h, minutes + m
        people[dt.date.fromisoformat(day)] = n
        if limit is not None:
            limits.add(limit)
    result.sums, result.people_per_day = {"all": [visits, halves, minutes]}, people
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for period, scope, n in conn.execute("SELECT period, scope, people FROM network_closed_period "
                                         "WHERE place_code = ? AND period >= ? AND period <= ?",
                                         (code, start.isoformat()[:4], end.isoformat()[:4] + "~")):
        counts[period][scope.removeprefix("part:")] = n
    period = canonical_period(start, end)
    if period is not None and period in counts:
        result.frozen = counts[period]
    else:  # not a calendar period: each closed month's people, or people per day for part of a month
        bound = 0
        for month in months:
            first = dt.date.fromisoformat(f"{month}-01")
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            if start <= first and last <= end:
                bound += counts[month].get("all", 0)
            else:
                bound += sum(n for day, n in people.items() if first <= day <= last)
        result.bound = {"all": bound}
    return result, limits


def network_report(conn: sqlite3.Connection, *, start: dt.date, end: dt.date) -> NetworkReport:
    """The figures of every known place over [start, end] (local days, both included)."""
    # The local place through the occupancy report: the same desks and half-day limit as `report occupancy`.
    local = occupancy_report(conn, start=start, end=end)
    half = local.half_day_minutes
    notes: list[ReportNote] = []
    data: dict[str, _PlaceData] = {}
    places: list[tuple[str, str, str | None, str | None, bool]] = []
    for place_id, code, name, postcode, city, is_local, spec, desks_count in conn.execute(
            "SELECT id, code, name, postcode, city, is_local, opening_hours, desks_count FROM place "
            "WHERE deleted_at IS NULL ORDER BY is_local DESC, name").fetchall():
        try:
            open_days = _open_days(conn, place_id, spec, start, end)
        except ValidationError:
            open_days = set()
            notes.append(ReportNote(code, "bad_hours", spec))
        if is_local:
            closed = closed_presence(conn, place_id, start, end)
            data[code] = _PlaceData(_local_rows(conn, place_id, start, end), open_days, local.desks, closed,
                                    _uids(conn, closed.seen))
        else:
            closed, limits = _remote_closed(conn, code, start, end)
            data[code] = _PlaceData(_remote_rows(conn, code, start, end), open_days, desks_count, closed)
            if limits - {half}:
                notes.append(ReportNote(code, "half_day", ", ".join(half_day_text(m) for m in sorted(limits))))
            if desks_count is None:
                notes.append(ReportNote(code, "no_desks"))
        places.append((code, name, postcode, city, bool(is_local)))
    by_place = [PlaceFigures(code, name, postcode, city, is_local, _figures([data[code]], half))
                for code, name, postcode, city, is_local in places]
    communes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, _name, postcode, city, _local in places:
        communes[(postcode or "", city or "")].append(code)
    by_commune = [CommuneFigures(postcode or None, city or None, tuple(codes),
                                 _figures([data[c] for c in codes], half, "overlap:commune"))
                  for (postcode, city), codes in sorted(communes.items(), key=lambda kv: (kv[0][1], kv[0][0]))]
    return NetworkReport(start, end, half, local.place_code, by_place, by_commune,
                         _figures(list(data.values()), half, "overlap:network"), notes)


def half_day_text(minutes: int) -> str:
    """240 -> ``4 h``; 270 -> ``4 h 30``."""
    return f"{minutes // 60} h" + (f" {minutes % 60:02d}" if minutes % 60 else "")


def rate_text(rate: float | None) -> str:
    """0.625 -> ``62,5 %``; None -> ``—``."""
    return "—" if rate is None else f"{rate * 100:.1f} %".replace(".", ",")


def places_named(report: NetworkReport, codes: Iterable[str]) -> str:
    names = {p.code: p.name for p in report.places}
    return ", ".join(names.get(c, c) for c in codes)
