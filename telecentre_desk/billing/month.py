"""What a member used in a month, read in plain SQL: the material of the monthly draft."""

from __future__ import annotations

import calendar
import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from telecentre_desk.billing.amounts import prorate


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        year, month = (int(part) for part in text.split("-"))
        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            raise ValueError(text)
        return cls(year, month)

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last(self) -> dt.date:
        return dt.date(self.year, self.month, self.days)

    @property
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class DraftLine:
    description: str
    quantity: Decimal
    unit_price_cents: int
    vat_rate_bp: int
    plan_id: int | None


MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre")


def _d(day: dt.date) -> str:
    return day.strftime("%d/%m")


def subscription_lines(conn: sqlite3.Connection, member_id: int, month: Month, vat: bool) -> list[DraftLine]:
    """Monthly plans prorated by day; carnets and passes bought in the month at their price, unless a sale at
    the desk already billed them (its own invoice, or its line on this draft: billing/sales.py)."""
    lines = []
    sold = _sold_at_desk(conn, member_id, month)
    for plan_id, name, kind, price, rate, start_text, end_text in conn.execute(
            "SELECT p.id, p.name, p.kind, p.price_cents, p.vat_rate_bp, s.start_date, s.end_date "
            "FROM subscription AS s JOIN plan AS p ON p.id = s.plan_id WHERE s.member_id = ? "
            "AND s.deleted_at IS NULL AND s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) "
            "ORDER BY s.start_date", (member_id, month.last.isoformat(), month.first.isoformat())):
        start, end = dt.date.fromisoformat(start_text), dt.date.fromisoformat(end_text) if end_text else None
        rate = rate if vat else 0
        if kind == "monthly":
            first, last = max(start, month.first), min(end or month.last, month.last)
            days = (last - first).days + 1
            if days == month.days:
                text = f"{name} — {MONTH_NAMES[month.month - 1]} {month.year}"
            else:
                text = f"{name} — du {_d(first)} au {_d(last)} ({days} j sur {month.days})"
            lines.append(DraftLine(text, Decimal(1), prorate(price, days, month.days), rate, plan_id))
        elif kind in ("carnet", "day", "halfday") and month.first <= start <= month.last:
            if sold.get(plan_id, 0) > 0:
                sold[plan_id] -= 1
                continue
            lines.append(DraftLine(f"{name} — acheté le {start:%d/%m/%Y}", Decimal(1), price, rate, plan_id))
    return lines


def _sold_at_desk(conn: sqlite3.Connection, member_id: int, month: Month) -> dict[int, int]:
    """Carnets and passes of the month already on a sale's line, by plan: units not to bill again."""
    rows = conn.execute(
        "SELECT l.plan_id, SUM(l.quantity_milli) / 1000 FROM invoice_line AS l "
        "JOIN invoice AS i ON i.id = l.invoice_id JOIN plan AS p ON p.id = l.plan_id "
        "WHERE i.member_id = ? AND i.kind = 'invoice' AND i.deleted_at IS NULL "
        "AND l.deleted_at IS NULL AND l.manual AND p.kind IN ('carnet', 'day', 'halfday') "
        "AND i.period_start >= ? AND i.period_start <= ? GROUP BY l.plan_id",
        (member_id, month.first.isoformat(), month.last.isoformat())).fetchall()
    return {plan_id: int(units) for plan_id, units in rows}


def overuse_days(conn: sqlite3.Connection, member_id: int, month: Month) -> Decimal:
    """Days let in without credits left (desk policy ``allow``), to bill at the day rate."""
    half_days = conn.execute("SELECT COALESCE(SUM(half_days), 0) FROM day_usage WHERE member_id = ? AND overuse "
                             "AND day >= ? AND day <= ?", (member_id, month.first.isoformat(),
                                                           month.last.isoformat())).fetchone()[0]
    return Decimal(half_days) / 2


def room_hours(conn: sqlite3.Connection, member_id: int, start_utc: str, end_utc: str) -> Decimal:
    """Hours of meeting rooms and phone boxes booked in the month (cancelled bookings excluded)."""
    seconds = conn.execute(
        "SELECT COALESCE(SUM((julianday(b.ends_at) - julianday(b.starts_at)) * 86400), 0) FROM booking AS b "
        "JOIN space AS s ON s.id = b.space_id WHERE b.member_id = ? AND b.status = 'confirmed' "
        "AND b.deleted_at IS NULL AND s.kind IN ('meeting_room', 'phone_box') AND b.starts_at >= ? "
        "AND b.starts_at < ?", (member_id, start_utc, end_utc)).fetchone()[0]
    return (Decimal(round(seconds)) / 3600).quantize(Decimal("0.01"))


def days_present(conn: sqlite3.Connection, place_id: int, member_id: int, month: Month) -> int:
    return conn.execute("SELECT COUNT(*) FROM visit_day WHERE place_id = ? AND member_id = ? AND day >= ? "
                        "AND day <= ?", (place_id, member_id, month.first.isoformat(),
                                         month.last.isoformat())).fetchone()[0]


def carnet_days_left(conn: sqlite3.Connection, member_id: int, on: dt.date) -> Decimal | None:
    left = conn.execute("SELECT SUM(s.remaining_half_days) FROM subscription AS s JOIN plan AS p ON p.id = s.plan_id "
                        "WHERE s.member_id = ? AND p.kind = 'carnet' AND s.deleted_at IS NULL AND s.start_date <= ? "
                        "AND (s.end_date IS NULL OR s.end_date >= ?)",
                        (member_id, on.isoformat(), on.isoformat())).fetchone()[0]
    return None if left is None else Decimal(left) / 2
