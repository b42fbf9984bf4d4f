"""Invoices as the CLI and the window see them: plain data and plain SQL (36,000 invoices list fast)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from telecentre_desk.common.money import format_plain
from telecentre_desk.members.info import display_number


@dataclass(frozen=True, slots=True)
class LineInfo:
    position: int
    description: str
    quantity: Decimal
    unit_price_cents: int
    vat_rate_bp: int
    total_excl_vat_cents: int
    manual: bool
    unit_code: str = "C62"  # UN/ECE rec. 20: MON a month, DAY a day, HUR an hour, C62 one unit

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "description": self.description, "quantity": f"{self.quantity:f}",
                "unit_price": format_plain(self.unit_price_cents), "vat_rate": f"{Decimal(self.vat_rate_bp) / 100:.2f}",
                "total_excl_vat": format_plain(self.total_excl_vat_cents), "manual": self.manual}


@dataclass(frozen=True, slots=True)
class InvoiceInfo:
    id: str
    number: str | None
    kind: str
    status: str  # draft | issued | paid | overdue (paid and overdue are derived from payments and dates)
    member_id: str
    member_name: str
    member_number: str
    issue_date: dt.date | None
    due_date: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    paid_cents: int
    note: str | None
    lines: list[LineInfo] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "kind": self.kind, "status": self.status,
                "member_id": self.member_id, "member": self.member_name, "member_number": self.member_number,
                "issue_date": _iso(self.issue_date), "due_date": _iso(self.due_date),
                "period": [_iso(self.period_start), _iso(self.period_end)],
                "total_excl_vat": format_plain(self.total_excl_vat_cents), "vat": format_plain(self.vat_cents),
                "total_incl_vat": format_plain(self.total_incl_vat_cents), "paid": format_plain(self.paid_cents),
                "note": self.note, "lines": [line.to_json() for line in self.lines]}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


_SELECT = """
SELECT i.id, i.uid, i.number, i.kind, i.status, m.uid,
       COALESCE(json_extract(i.buyer_snapshot, '$.name'), m.first_name || ' ' || m.last_name), p.code, m.number,
       i.issue_date, i.due_date, i.period_start, i.period_end, i.total_excl_vat_cents, i.vat_cents,
       i.total_incl_vat_cents, COALESCE((SELECT SUM(amount_cents) FROM payment WHERE invoice_id = i.id), 0), i.note,
       COALESCE((SELECT SUM(c.total_incl_vat_cents) FROM invoice AS c WHERE c.credited_invoice_id = i.id
                 AND c.status = 'issued'), 0)
FROM invoice AS i JOIN member AS m ON m.id = i.member_id JOIN place AS p ON p.id = m.place_id
WHERE i.deleted_at IS NULL
"""


def read_invoices(conn: sqlite3.Connection, *, today: dt.date, period_start: dt.date | None = None,
                  status: str | None = None, refs: list[str] | None = None, with_lines: bool = False
                  ) -> list[InvoiceInfo]:
    sql, params = [_SELECT], []
    if period_start is not None:
        sql.append("AND i.period_start = ?")
        params.append(period_start.isoformat())
    if refs is not None:
        sql.append(f"AND (i.uid IN ({', '.join('?' * len(refs))}) OR i.number IN ({', '.join('?' * len(refs))}))")
        params += refs + refs
    sql.append("ORDER BY i.number IS NULL, i.number, m.number")
    out = []
    for row in conn.execute("\n".join(sql), params):
        (pk, uid, number, kind, raw_status, m_uid, m_name, code, m_number, issued, due, start, end, excl, vat, incl,
         paid, note, credited) = row
        state = raw_status
        if raw_status == "issued" and kind == "invoice":
            if paid + credited >= incl:
                state = "paid"
            elif due and dt.date.fromisoformat(due) < today:
                state = "overdue"
        if status is not None and state != status:
            continue
        lines = _lines(conn, pk) if with_lines else []
        out.append(InvoiceInfo(uid, number, kind, state, m_uid, m_name, display_number(code, m_number), _date(issued),
                               _date(due), _date(start), _date(end), excl, vat, incl, paid, note, lines))
    return out


_UNITS = {"monthly": "MON", "day": "DAY", "room_hour": "HUR"}


def _lines(conn: sqlite3.Connection, invoice_pk: int) -> list[LineInfo]:
    return [LineInfo(pos, text, Decimal(qty) / 1000, price, rate, total, bool(manual), _UNITS.get(kind, "C62"))
            for pos, text, qty, price, rate, total, manual, kind in conn.execute(
                "SELECT l.position, l.description, l.quantity_milli, l.unit_price_cents, l.vat_rate_bp, "
                "l.total_excl_vat_cents, l.manual, p.kind FROM invoice_line AS l "
                "LEFT JOIN plan AS p ON p.id = l.plan_id WHERE l.invoice_id = ? ORDER BY l.position", (invoice_pk,))]
