"""A list of invoices (a month's, or any ``invoice list`` selection) as a CSV French Excel opens by double click.

Amounts in euros with a decimal comma, credit notes negative (as in the sales journal), dates DD/MM/YYYY,
the status in French. The journal (journal.py) is the accountant's view per VAT rate; this is the desk's list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from telecentre_desk.billing.info import InvoiceInfo, read_invoices
from telecentre_desk.billing.month import Month
from telecentre_desk.common.spreadsheet import write_sheet
from telecentre_desk.common.spreadsheet_values import fr_cents
from telecentre_desk.places.context import local_today

HEADER = ("Numéro", "Type", "Statut", "Date", "Échéance", "Début de période", "Fin de période", "N° membre", "Client",
          "HT (€)", "TVA (€)", "TTC (€)", "Payé (€)")
STATUS_LABELS = {"draft": "Brouillon", "issued": "Émise", "paid": "Payée", "overdue": "En retard"}


def invoice_rows(invoices: Sequence[InvoiceInfo]) -> list[list[object]]:
    rows: list[list[object]] = [list(HEADER)]
    for i in invoices:
        sign = -1 if i.kind == "credit_note" else 1
        rows.append([i.number or "", "Avoir" if i.kind == "credit_note" else "Facture",
                     STATUS_LABELS.get(i.status, i.status), i.issue_date, i.due_date, i.period_start, i.period_end,
                     i.member_number, i.member_name, fr_cents(sign * i.total_excl_vat_cents),
                     fr_cents(sign * i.vat_cents), fr_cents(sign * i.total_incl_vat_cents), fr_cents(i.paid_cents)])
    return rows


def write_invoice_list(invoices: Sequence[InvoiceInfo], path: Path) -> int:
    """Write the invoices to ``path``; returns how many."""
    write_sheet(path, invoice_rows(invoices))
    return len(invoices)


def write_month_list(conn: sqlite3.Connection, month: Month, path: Path) -> int:
    """The month's invoices and credit notes (by service period), paid or overdue as of the place's today."""
    return write_invoice_list(read_invoices(conn, today=local_today(conn), period_start=month.first), path)
