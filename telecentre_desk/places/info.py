"""The place as the CLI and the window see it: plain data, readable without SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    id: str  # the place's uid
    code: str
    name: str
    legal_name: str | None
    legal_form: str | None
    address: str | None
    postcode: str | None
    city: str | None
    siret: str | None
    vat_number: str | None
    vat_regime: str
    vat_exemption_text: str | None
    iban: str | None
    bic: str | None
    email: str | None
    phone: str | None
    share_capital: str | None
    rcs_city: str | None
    e_invoicing_address: str | None
    vat_on_debits: bool
    timezone: str
    opening_hours: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def identity_lines(self) -> list[str]:
        """The place as a report's letterhead: legal name, address, postcode and city, SIRET."""
        return [x for x in (self.legal_name or self.name, self.address,
                            " ".join(filter(None, (self.postcode, self.city))),
                            f"SIRET {self.siret}" if self.siret else None) if x]


def read_local_place(conn: sqlite3.Connection) -> PlaceInfo | None:
    """The local place read in plain SQL (the window's first paint), or None before the setup."""
    names = [f.name for f in fields(PlaceInfo) if f.name != "id"]
    row = conn.execute(f"SELECT uid, {', '.join(names)} FROM place WHERE is_local").fetchone()
    if row is None:
        return None
    values = dict(zip(names, row[1:], strict=True))
    values["vat_on_debits"] = bool(values["vat_on_debits"])
    return PlaceInfo(row[0], **values)


@dataclass(frozen=True, slots=True)
class Closure:
    start: dt.date
    end: dt.date  # included
    label: str | None


def read_closures(conn: sqlite3.Connection, *, start: dt.date, end: dt.date) -> list[Closure]:
    """The local place's closures that touch [start, end] (the bookings' day and week views)."""
    rows = conn.execute(
        "SELECT c.start_date, c.end_date, c.label FROM place_closure AS c JOIN place AS p ON p.id = c.place_id "
        "WHERE p.is_local AND c.deleted_at IS NULL AND c.end_date >= ? AND c.start_date <= ? ORDER BY c.start_date",
        (start.isoformat(), end.isoformat())).fetchall()
    return [Closure(dt.date.fromisoformat(str(a)), dt.date.fromisoformat(str(b)), label) for a, b, label in rows]
