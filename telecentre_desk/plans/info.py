"""A plan as the CLI and the window see it: plain data, importable without SQLAlchemy."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from telecentre_desk.common import money
from telecentre_desk.common.enums import PlanKind

# Plans that open the door (the desk's entitlement, bookings); room hours and extras are bought, not entered with.
ACCESS_KINDS = ("monthly", "carnet", "day", "halfday")
# A carnet counts days; the other kinds are priced per unit of their own (month, day, hour, item).
KINDS_WITH_UNITS = {PlanKind.CARNET.value}


@dataclass(frozen=True, slots=True)
class PlanInfo:
    id: str  # uid
    code: str
    name: str
    kind: str
    price_cents: int
    vat_rate_bp: int
    units: int | None
    active: bool
    network: bool
    description: str | None

    @property
    def price_incl_vat_cents(self) -> int:
        # Display only; invoices apply the VAT per rate on the sum of lines (docs/invoicing.md).
        return self.price_cents + (self.price_cents * self.vat_rate_bp + 5000) // 10000

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "name": self.name, "kind": self.kind,
                "price": money.format_plain(self.price_cents),
                "vat_rate": f"{money.basis_points_to_rate(self.vat_rate_bp)}",
                "units": self.units, "active": self.active, "network": self.network,
                "description": self.description}


def read_plans(conn: sqlite3.Connection, *, include_inactive: bool = True) -> list[PlanInfo]:
    """The local place's catalogue by kind and code, in plain SQL (shared by the service and the window)."""
    sql = ("SELECT pl.uid, pl.code, pl.name, pl.kind, pl.price_cents, pl.vat_rate_bp, pl.units, pl.active, "
           "pl.network, pl.description FROM plan AS pl JOIN place AS p ON p.id = pl.place_id "
           "WHERE p.is_local AND pl.deleted_at IS NULL")
    if not include_inactive:
        sql += " AND pl.active"
    rows = conn.execute(sql + " ORDER BY pl.kind, pl.code").fetchall()
    return [PlanInfo(uid, code, name, kind, price, rate, units, bool(active), bool(network), description)
            for uid, code, name, kind, price, rate, units, active, network, description in rows]
