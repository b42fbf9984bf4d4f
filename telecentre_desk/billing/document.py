"""Everything an issued invoice's PDF and Factur-X XML print, read once in plain SQL.

The seller and buyer come from the snapshots frozen at issue (``billing/issue.py``), never from the
place and member as they are today: a reprint ten years later must show what was sent.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telecentre_desk.billing.amounts import vat_of
from telecentre_desk.billing.info import InvoiceInfo, read_invoices
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import NotFoundError, ValidationError
from telecentre_desk.common.i18n import _


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    info: InvoiceInfo
    seller: dict[str, Any]
    buyer: dict[str, Any]
    credited_number: str | None  # a credit note's original invoice
    credited_date: dt.date | None
    # Paid at issue (a sale paid at the desk): the amount, and the means used (BT-113, BT-81).
    prepaid_cents: int = 0
    paid_methods: tuple[str, ...] = ()

    @property
    def paid_at_issue(self) -> bool:
        """Wholly paid on the day of issue (a desk sale): "Payée le …", nothing left due."""
        return not self.is_credit_note and 0 < self.info.total_incl_vat_cents <= self.prepaid_cents

    @property
    def due_cents(self) -> int:
        return self.info.total_incl_vat_cents - (self.prepaid_cents if not self.is_credit_note else 0)

    @property
    def is_credit_note(self) -> bool:
        return self.info.kind == "credit_note"

    @property
    def regime(self) -> str:  # standard | franchise | exempt, as it was at issue
        return self.seller.get("vat_regime") or "standard"

    @property
    def business(self) -> bool:
        return bool(self.buyer.get("siren"))

    def net_by_rate(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for line in self.info.lines:
            out[line.vat_rate_bp] = out.get(line.vat_rate_bp, 0) + line.total_excl_vat_cents
        return dict(sorted(out.items()))

    def vat_by_rate(self) -> dict[int, int]:
        # BR-CO-17: the VAT of a rate is computed on the sum of that rate's nets, as at issue.
        return {rate: vat_of(net, rate) for rate, net in self.net_by_rate().items()}


# The payments of the issue day (net of cancellations) are what was paid at issue: a desk sale paid there.
_SNAPSHOTS = ("SELECT i.uid, i.seller_snapshot, i.buyer_snapshot, o.number, o.issue_date, "
              "(SELECT coalesce(sum(p.amount_cents), 0) FROM payment AS p WHERE p.invoice_id = i.id "
              " AND p.paid_on <= i.issue_date AND p.deleted_at IS NULL), "
              "(SELECT group_concat(p.method) FROM payment AS p WHERE p.invoice_id = i.id AND p.amount_cents > 0 "
              " AND p.paid_on <= i.issue_date AND p.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM payment AS r "
              " WHERE r.reverses_id = p.id)) "
              "FROM invoice AS i LEFT JOIN invoice AS o ON o.id = i.credited_invoice_id WHERE ")


def _document(info: InvoiceInfo, snapshots: tuple) -> InvoiceDocument:
    _uid, seller, buyer, credited_number, credited_date, prepaid, methods = snapshots
    return InvoiceDocument(info, json.loads(seller or "{}"), json.loads(buyer or "{}"), credited_number,
                           dt.date.fromisoformat(credited_date) if credited_date else None,
                           max(0, min(int(prepaid or 0), info.total_incl_vat_cents)),
                           tuple(dict.fromkeys((methods or "").split(",")).keys()) if methods else ())


def load_document(conn: sqlite3.Connection, ref: str, *, today: dt.date) -> InvoiceDocument:
    """An issued invoice or credit note, named by its number or uid."""
    text = str(ref).strip()
    found = read_invoices(conn, today=today, refs=[text.upper(), text.lower()], with_lines=True)
    if not found:
        raise NotFoundError(_("no invoice {ref}").format(ref=text))
    info = found[0]
    if info.number is None:
        raise ValidationError(_("a draft has no PDF: issue it first"), field="invoice")
    return _document(info, conn.execute(_SNAPSHOTS + "i.uid = ?", (info.id,)).fetchone())


_REFS_PER_QUERY = 400  # each number is bound twice (uid or number): under SQLite's oldest limit of 999


def load_documents(conn: sqlite3.Connection, numbers: Sequence[str], *, today: dt.date) -> list[InvoiceDocument]:
    """Issued invoices or credit notes named by number, in the order given, a few hundred per query.

    The batch form of ``load_document``: one lookup per number scans the invoice table each time
    (the number is indexed only after the place), so a month of them is read in one go.
    """
    found: dict[str, InvoiceDocument] = {}
    for start in range(0, len(numbers), _REFS_PER_QUERY):
        infos = [info for info in read_invoices(conn, today=today, refs=list(numbers[start:start + _REFS_PER_QUERY]),
                                                with_lines=True) if info.number is not None]
        if not infos:
            continue
        snapshots = {row[0]: row for row in conn.execute(
            _SNAPSHOTS + f"i.uid IN ({', '.join('?' * len(infos))})", [info.id for info in infos])}
        found.update((info.number, _document(info, snapshots[info.id])) for info in infos)
    for number in numbers:
        if number not in found:
            raise NotFoundError(_("no invoice {ref}").format(ref=number))
    return [found[number] for number in numbers]


def month_documents(conn: sqlite3.Connection, month: Month, *, today: dt.date) -> list[InvoiceDocument]:
    """The month's issued invoices (not its credit notes), by number, read in a fixed number of queries.

    A batch (the print file, one PDF per invoice) reads them all at once: looking each up by number
    scans the invoice table every time, as the number is indexed only after the place.
    """
    infos = [info for info in read_invoices(conn, today=today, period_start=month.first, with_lines=True)
             if info.kind == "invoice" and info.number is not None]
    snapshots = {row[0]: row for row in conn.execute(
        _SNAPSHOTS + "i.period_start = ? AND i.kind = 'invoice' AND i.status = 'issued' AND i.deleted_at IS NULL",
        (month.first.isoformat(),))}
    return [_document(info, snapshots[info.id]) for info in infos]  # read_invoices orders them by number
