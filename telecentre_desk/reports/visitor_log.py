"""The visitor log: who came as a visitor or a member's guest, whose guest, when and for how long.

Visitors become member records of their own kind (members/visitors.py) that no member list shows; this
is where the host finds them again, searches them and exports them (CSV for French Excel, like every export).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from telecentre_desk.common.spreadsheet import write_sheet
from telecentre_desk.common.spreadsheet_values import fr_number
from telecentre_desk.common.text import fold
from telecentre_desk.members.info import display_number
from telecentre_desk.occupancy.presence_export import read_visits

HEADER = ("Date", "Arrivée", "Départ", "Durée (h)", "N°", "Nom", "Prénom", "Visiteur ou invité", "Invité de")
KINDS = ("visitor", "guest")


@dataclass(frozen=True, slots=True)
class VisitorVisit:
    arrival: dt.datetime  # local time of the place
    departure: dt.datetime | None
    number: str
    last_name: str
    first_name: str
    kind: str  # visitor | guest
    guest_of: str | None  # the inviting member, "First Last (FLO-0001)"

    @property
    def minutes(self) -> int | None:
        return None if self.departure is None else int((self.departure - self.arrival).total_seconds() // 60)


def _hosts(conn: sqlite3.Connection) -> dict[str, str]:
    """A visitor's display number -> the inviting member, for guests."""
    return {display_number(code, number): f"{first} {last} ({display_number(host_code, host_number)})"
            for code, number, first, last, host_code, host_number in conn.execute(
                "SELECT p.code, m.number, h.first_name, h.last_name, hp.code, h.number FROM member AS m "
                "JOIN place AS p ON p.id = m.place_id JOIN member AS h ON h.id = m.guest_of_id "
                "JOIN place AS hp ON hp.id = h.place_id WHERE m.kind = 'guest'")}


def read_visitor_log(conn: sqlite3.Connection, *, start: dt.date, end: dt.date,
                     search: str | None = None) -> list[VisitorVisit]:
    """Visitors' and guests' visits that arrived from ``start`` to ``end``; ``search`` matches a name, a number
    or the inviting member (accents and case aside)."""
    hosts = _hosts(conn)
    rows = [VisitorVisit(v.arrival, v.departure, v.number, v.last_name, v.first_name, v.kind, hosts.get(v.number))
            for v in read_visits(conn, start=start, end=end) if v.kind in KINDS]
    words = fold(search or "").split()
    if words:
        rows = [r for r in rows
                if all(w in fold(f"{r.first_name} {r.last_name} {r.number} {r.guest_of or ''}") for w in words)]
    return rows


def visitor_log_rows(visits: list[VisitorVisit]) -> list[list[object]]:
    rows: list[list[object]] = [list(HEADER)]
    for v in visits:
        hours = None if v.minutes is None else fr_number(Decimal(v.minutes) / 60, 2)
        departure = None if v.departure is None else v.departure.strftime("%H:%M")
        rows.append([v.arrival.date(), v.arrival.strftime("%H:%M"), departure, hours, v.number, v.last_name,
                     v.first_name, "invité" if v.kind == "guest" else "visiteur", v.guest_of])
    return rows


def write_visitor_log(conn: sqlite3.Connection, path: Path, *, start: dt.date, end: dt.date,
                      search: str | None = None) -> int:
    """Write the log to ``path`` (CSV for French Excel); returns how many visits."""
    visits = read_visitor_log(conn, start=start, end=end, search=search)
    write_sheet(path, visitor_log_rows(visits))
    return len(visits)
