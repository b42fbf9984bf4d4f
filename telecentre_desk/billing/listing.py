"""The Invoices screen's list and detail, in plain SQL: 36,000 invoices list in tens of milliseconds.

The list has no lines: one row per invoice or credit note, with what was paid and credited and the
derived status (``paid``, ``overdue``: docs/invoicing.md, "Statuses") computed by SQLite, and rows
kept as tuples (a dataclass per row would cost more than the query). Dates stay ISO text: the
screen parses the few it paints. Payments and credits are summed once per table (``GROUP BY``),
not per row: ``invoice.credited_invoice_id`` has no index, so a correlated subquery would scan the
whole table for every row.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

from telecentre_desk.billing.info import LineInfo, _lines
from telecentre_desk.billing.month import Month


class InvoiceRow(NamedTuple):
    id: int  # invoice.id, the local key
    number: str | None  # None for a draft
    kind: str  # invoice | credit_note
    status: str  # draft | issued | paid | overdue
    issue_date: str | None  # ISO dates, as stored
    period_start: str | None
    period_end: str | None
    member_id: int  # see list_members_brief
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    balance_cents: int  # still due on an issued invoice (negative: overpaid), 0 for drafts and credit notes

    @property
    def is_draft(self) -> bool:
        return self.number is None

    @property
    def is_credit_note(self) -> bool:
        return self.kind == "credit_note"


class MemberBrief(NamedTuple):
    number: int
    name: str  # first and last name
    company: str | None


# What is due is computed once per row in the inner query; the outer one derives the status from it.
# Credits are summed once for the whole table (see the module's docstring); payments by their index.
_LIST = """
SELECT id, number, kind,
       CASE WHEN status = 'issued' AND kind = 'invoice' THEN
            CASE WHEN due <= 0 THEN 'paid' WHEN due_date < :today THEN 'overdue' ELSE 'issued' END
       ELSE status END,
       issue_date, period_start, period_end, member_id, total_excl_vat_cents, vat_cents, total_incl_vat_cents,
       CASE WHEN status = 'issued' AND kind = 'invoice' THEN due ELSE 0 END
FROM (SELECT i.id, i.number, i.kind, i.status, i.issue_date, i.due_date, i.period_start, i.period_end, i.member_id,
             i.total_excl_vat_cents, i.vat_cents, i.total_incl_vat_cents,
             i.total_incl_vat_cents - COALESCE((SELECT SUM(amount_cents) FROM payment WHERE invoice_id = i.id), 0)
                                    - COALESCE(c.credited, 0) AS due
      FROM invoice AS i
      LEFT JOIN (SELECT credited_invoice_id, SUM(total_incl_vat_cents) AS credited FROM invoice
                 WHERE credited_invoice_id IS NOT NULL AND status = 'issued' GROUP BY credited_invoice_id) AS c
             ON c.credited_invoice_id = i.id
      WHERE i.deleted_at IS NULL AND i.place_id = (SELECT id FROM place WHERE is_local) {where}
      ORDER BY i.id)
"""


def list_invoices(conn: sqlite3.Connection, *, today: dt.date, month: Month | None = None,
                  status: str | None = None) -> list[InvoiceRow]:
    """The place's invoices and credit notes of ``month`` (by service period; all when None), oldest first.

    A credit note carries its invoice's period, so it is listed in the same month.
    """
    where, params = "", {"today": today.isoformat()}
    if month is not None:
        where = "AND i.period_start >= :first AND i.period_start <= :last"
        params.update(first=month.first.isoformat(), last=month.last.isoformat())
    rows = list(map(InvoiceRow._make, conn.execute(_LIST.format(where=where), params)))
    if status is not None:
        rows = [row for row in rows if row.status == status]
    return rows


def list_members_brief(conn: sqlite3.Connection) -> dict[int, MemberBrief]:
    """The place's members by id (a few hundred): the list joins them in Python, not per row in SQL."""
    return {pk: MemberBrief(number, name, company) for pk, number, name, company in conn.execute(
        "SELECT id, number, first_name || ' ' || last_name, company_name FROM member")}


def month_draft_ids(conn: sqlite3.Connection, month: Month) -> list[int]:
    """The month's drafts in the order ``issue_month`` issues them (member number)."""
    return [row[0] for row in conn.execute(
        "SELECT i.id FROM invoice AS i JOIN member AS m ON m.id = i.member_id WHERE i.status = 'draft' "
        "AND i.kind = 'invoice' AND i.deleted_at IS NULL AND i.period_start = ? "
        "AND i.place_id = (SELECT id FROM place WHERE is_local) ORDER BY m.number", (month.first.isoformat(),))]


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    paid_on: dt.date
    amount_cents: int
    method: str  # cash | cheque | transfer | card | debit
    reference: str | None
    uid: str = ""
    cancellable: bool = False  # a payment not yet cancelled (a reversal itself is not)


@dataclass(frozen=True, slots=True)
class InvoiceDetail:
    """What the detail panel shows beside the list row: lines, payments, credits, the note."""

    lines: list[LineInfo]
    payments: list[PaymentInfo]
    credit_notes: list[tuple[str, int]]  # (number, amount incl. VAT) of the issued credit notes
    credited_number: str | None  # a credit note's original invoice
    due_date: dt.date | None
    note: str | None


def read_detail(conn: sqlite3.Connection, invoice_id: int) -> InvoiceDetail | None:
    found = conn.execute("SELECT i.note, o.number, i.due_date FROM invoice AS i LEFT JOIN invoice AS o "
                         "ON o.id = i.credited_invoice_id WHERE i.id = ? AND i.deleted_at IS NULL",
                         (invoice_id,)).fetchone()
    if found is None:
        return None
    payments = [PaymentInfo(dt.date.fromisoformat(day), amount, method, reference, uid, bool(cancellable))
                for day, amount, method, reference, uid, cancellable in conn.execute(
                    "SELECT p.paid_on, p.amount_cents, p.method, p.reference, p.uid, p.amount_cents > 0 AND "
                    "p.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM payment AS r WHERE r.reverses_id = p.id) "
                    "FROM payment AS p WHERE p.invoice_id = ? ORDER BY p.paid_on, p.id", (invoice_id,))]
    notes = [(number, amount) for number, amount in conn.execute(
        "SELECT number, total_incl_vat_cents FROM invoice WHERE credited_invoice_id = ? AND status = 'issued' "
        "ORDER BY number", (invoice_id,))]
    note, credited_number, due = found
    return InvoiceDetail(_lines(conn, invoice_id), payments, notes, credited_number,
                         dt.date.fromisoformat(due) if due else None, note)
