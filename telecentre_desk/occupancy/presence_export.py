"""The visits of a period, one row per visit, as a CSV French Excel opens by double click.

A visit is an arrival and the departure that follows it; it belongs to the local day of its arrival.
A visit still open has no departure; a departure of a visit that arrived before the period is not
listed. Presence logs are personal data (docs/spreadsheets.md): the file is for the place's own use.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from telecentre_desk.common import clock
from telecentre_desk.common.spreadsheet import write_sheet
from telecentre_desk.common.spreadsheet_values import fr_number
from telecentre_desk.members.categories import french_label
from telecentre_desk.members.info import display_number
from telecentre_desk.places.context import read_local_row

HEADER = ("Date", "Arrivée", "Départ", "Durée (h)", "N°", "Nom", "Prénom", "Catégorie", "Poste", "Remarque")
_KIND_NOTES = {"visitor": "visiteur", "guest": "invité"}
# A visit longer than this has no departure to find (automatic check-out closes them at closing time).
_LONGEST_VISIT = dt.timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Visit:
    arrival: dt.datetime  # local time of the place
    departure: dt.datetime | None
    automatic: bool  # the departure is the automatic check-out at closing time
    number: str
    last_name: str
    first_name: str
    category: str
    kind: str
    desk: str | None


def read_visits(conn: sqlite3.Connection, *, start: dt.date, end: dt.date) -> list[Visit]:
    """The local place's visits that arrived on the local days ``start`` to ``end`` (included), by arrival."""
    place_id, _code, tz = read_local_row(conn)
    first, last = clock.day_bounds_utc(start, tz)[0], clock.day_bounds_utc(end, tz)[1]
    events = conn.execute(
        "SELECT member_id, direction, ts, desk_id, source FROM check_event WHERE place_id = ? AND ts >= ? AND ts < ? "
        "ORDER BY ts", (place_id, clock.ts_text(first), clock.ts_text(last + _LONGEST_VISIT))).fetchall()
    open_visits: dict[int, tuple[dt.datetime, int | None]] = {}
    pairs: list[tuple[int, dt.datetime, dt.datetime | None, bool, int | None]] = []
    for member_id, direction, stamp, desk_id, source in events:
        moment = clock.ts_parse(stamp)
        if direction == "in":
            if member_id in open_visits:  # two arrivals in a row: the first one's departure was never recorded
                arrived, seat = open_visits.pop(member_id)
                pairs.append((member_id, arrived, None, False, seat))
            if moment < last:
                open_visits[member_id] = (moment, desk_id)
        elif member_id in open_visits:
            arrived, seat = open_visits.pop(member_id)
            pairs.append((member_id, arrived, moment, source == "auto", seat))
    pairs += [(member_id, arrived, None, False, seat) for member_id, (arrived, seat) in open_visits.items()]
    people = _people(conn, {p[0] for p in pairs})
    desks = dict(conn.execute("SELECT id, name FROM desk").fetchall())
    visits = []
    for member_id, arrived, left, automatic, seat in sorted(pairs, key=lambda p: (p[1], p[0])):
        number, last_name, first_name, category, kind = people[member_id]
        visits.append(Visit(arrived.astimezone(tz), left.astimezone(tz) if left else None, automatic, number,
                            last_name, first_name, category, kind, desks.get(seat)))
    return visits


def _people(conn: sqlite3.Connection, ids: set[int]) -> dict[int, tuple[str, str, str, str, str]]:
    if not ids:
        return {}
    rows = conn.execute(
        "SELECT m.id, p.code, m.number, m.last_name, m.first_name, m.category, m.kind FROM member AS m "
        f"JOIN place AS p ON p.id = m.place_id WHERE m.id IN ({', '.join('?' * len(ids))})", sorted(ids)).fetchall()
    return {pk: (display_number(code, number), last, first, category, kind)
            for pk, code, number, last, first, category, kind in rows}


def visit_rows(visits: list[Visit]) -> list[list[object]]:
    rows: list[list[object]] = [list(HEADER)]
    for v in visits:
        hours = None
        if v.departure is not None:
            minutes = int((v.departure - v.arrival).total_seconds() // 60)
            hours = fr_number(Decimal(minutes) / 60, 2)
        notes = [note for note in (_KIND_NOTES.get(v.kind), "sortie automatique" if v.automatic else None) if note]
        departure = None
        if v.departure is not None:  # the time alone, or the date too when the visit went past midnight
            departure = v.departure.strftime("%H:%M" if v.departure.date() == v.arrival.date() else "%d/%m/%Y %H:%M")
        rows.append([v.arrival.date(), v.arrival.strftime("%H:%M"), departure, hours, v.number, v.last_name,
                     v.first_name, french_label(v.category), v.desk, ", ".join(notes) or None])
    return rows


def write_visits(conn: sqlite3.Connection, path: Path, *, start: dt.date, end: dt.date) -> int:
    """Write the visits of the period to ``path``; returns how many."""
    visits = read_visits(conn, start=start, end=end)
    write_sheet(path, visit_rows(visits))
    return len(visits)
