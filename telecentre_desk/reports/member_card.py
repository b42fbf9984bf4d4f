"""Everything the host sees on one member's card, in one read (plain SQL, read connection).

Identity comes from ``members.listing``, visits from ``members.history`` (here and in the network), invoices
with what is still due from ``billing.listing``; subscriptions, badge, bookings and payments are read here.
The plan change itself is ``plans.service.change_plan`` (the CLI's ``member plan``), called by the window.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from telecentre_desk.billing.listing import InvoiceRow, list_invoices
from telecentre_desk.common import clock
from telecentre_desk.members.history import Visit, visit_history
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.members.listing import list_members
from telecentre_desk.places.context import local_today

VISITS_SHOWN = 20
BOOKINGS_SHOWN = 20


@dataclass(frozen=True, slots=True)
class CardSubscription:
    plan_code: str
    plan_name: str
    kind: str
    start: dt.date
    end: dt.date | None
    remaining_half_days: int | None

    def runs_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or self.end >= day)


@dataclass(frozen=True, slots=True)
class CardBadge:
    serial: int
    status: str
    issued_at: dt.datetime


@dataclass(frozen=True, slots=True)
class CardBooking:
    space_name: str
    desk_name: str | None
    starts_at: dt.datetime  # UTC
    ends_at: dt.datetime
    status: str


@dataclass(frozen=True, slots=True)
class CardPayment:
    paid_on: dt.date
    amount_cents: int
    method: str
    invoice_number: str | None


@dataclass(frozen=True, slots=True)
class MemberCard:
    member: MemberInfo
    today: dt.date
    subscriptions: list[CardSubscription] = field(default_factory=list)
    badge: CardBadge | None = None
    visits: list[Visit] = field(default_factory=list)
    bookings: list[CardBooking] = field(default_factory=list)
    invoices: list[InvoiceRow] = field(default_factory=list)
    payments: list[CardPayment] = field(default_factory=list)

    @property
    def current(self) -> list[CardSubscription]:
        return [s for s in self.subscriptions if s.runs_on(self.today)]

    @property
    def monthly_plan(self) -> CardSubscription | None:
        return next((s for s in self.current if s.kind == "monthly"), None)

    @property
    def carnet_half_days(self) -> int | None:
        """Days left on the carnets in force, in half days; None when the member has no carnet running."""
        carnets = [s for s in self.current if s.kind == "carnet"]
        return sum(s.remaining_half_days or 0 for s in carnets) if carnets else None

    @property
    def due_cents(self) -> int:
        return sum(max(0, row.balance_cents) for row in self.invoices)


def read_member_card(conn: sqlite3.Connection, member_uid: str, *, now: dt.datetime | None = None
                     ) -> MemberCard | None:
    """The card of the member ``member_uid`` (None when there is no such member)."""
    now = now or clock.now()
    today = local_today(conn, now=now)
    found = list_members(conn, today=today, uids=[member_uid], local_only=False, include_visitors=True)
    row = conn.execute("SELECT id FROM member WHERE uid = ?", (member_uid,)).fetchone()
    if not found or row is None:
        return None
    pk = row[0]
    subscriptions = [CardSubscription(code, name, kind, dt.date.fromisoformat(start),
                                      dt.date.fromisoformat(end) if end else None, left)
                     for code, name, kind, start, end, left in conn.execute(
        "SELECT p.code, p.name, p.kind, s.start_date, s.end_date, s.remaining_half_days FROM subscription AS s "
        "JOIN plan AS p ON p.id = s.plan_id WHERE s.member_id = ? AND s.deleted_at IS NULL "
        "ORDER BY s.start_date DESC, s.id DESC", (pk,))]
    badge_row = conn.execute("SELECT serial, status, issued_at FROM badge WHERE member_id = ? AND deleted_at IS NULL "
                             "ORDER BY serial DESC LIMIT 1", (pk,)).fetchone()
    badge = CardBadge(badge_row[0], badge_row[1], clock.ts_parse(badge_row[2])) if badge_row else None
    bookings = [CardBooking(space, desk, clock.ts_parse(start), clock.ts_parse(end), status)
                for space, desk, start, end, status in conn.execute(
        "SELECT s.name, d.name, b.starts_at, b.ends_at, b.status FROM booking AS b "
        "JOIN space AS s ON s.id = b.space_id "
        "LEFT JOIN desk AS d ON d.id = b.desk_id WHERE b.member_id = ? AND b.deleted_at IS NULL AND b.ends_at >= ? "
        "ORDER BY b.starts_at LIMIT ?", (pk, clock.ts_text(now), BOOKINGS_SHOWN))]
    invoices = [r for r in list_invoices(conn, today=today) if r.member_id == pk]
    invoices.reverse()  # newest first
    payments = [CardPayment(dt.date.fromisoformat(paid_on), amount, method, number)
                for paid_on, amount, method, number in conn.execute(
        "SELECT y.paid_on, y.amount_cents, y.method, i.number FROM payment AS y "
        "LEFT JOIN invoice AS i ON i.id = y.invoice_id WHERE y.member_id = ? AND y.deleted_at IS NULL "
        "ORDER BY y.paid_on DESC, y.id DESC", (pk,))]
    return MemberCard(found[0], today, subscriptions, badge, visit_history(conn, pk, limit=VISITS_SHOWN), bookings,
                      invoices, payments)
