"""The month's sales journal for the accountant, as French Excel opens it: UTF-8 with BOM, ``;``,
DD/MM/YYYY dates and decimal commas. One row per invoice or credit note issued in the month
(credit notes negative), with HT and VAT per rate, TTC and the payments received on it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from telecentre_desk.billing.amounts import vat_of
from telecentre_desk.billing.month import Month
from telecentre_desk.common.spreadsheet import sheet_text, write_text_file
from telecentre_desk.common.spreadsheet_values import fr_cents as _euros


def journal_rows(conn: sqlite3.Connection, month: Month) -> tuple[list[int], list[list[object]]]:
    """(VAT rates in basis points, rows) of the documents issued in ``month``, by number."""
    docs = conn.execute(
        # The buyer as frozen on the invoice: the member row may have been erased since (docs/rgpd.md).
        "SELECT i.id, i.number, i.kind, i.issue_date, "
        "COALESCE(json_extract(i.buyer_snapshot, '$.name'), m.first_name || ' ' || m.last_name), "
        "COALESCE(json_extract(i.buyer_snapshot, '$.company'), m.company_name), "
        "i.total_incl_vat_cents, COALESCE((SELECT SUM(amount_cents) FROM payment WHERE invoice_id = i.id), 0) "
        "FROM invoice AS i JOIN member AS m ON m.id = i.member_id WHERE i.status = 'issued' "
        "AND i.issue_date >= ? AND i.issue_date <= ? ORDER BY i.issue_date, i.kind = 'credit_note', i.number",
        (month.first.isoformat(), month.last.isoformat())).fetchall()
    per_rate: dict[int, dict[int, int]] = {}
    for invoice_id, rate, net in conn.execute(
            "SELECT invoice_id, vat_rate_bp, SUM(total_excl_vat_cents) FROM invoice_line WHERE invoice_id IN "
            f"({', '.join(str(d[0]) for d in docs) or 'NULL'}) GROUP BY invoice_id, vat_rate_bp"):
        per_rate.setdefault(invoice_id, {})[rate] = net
    rates = sorted({rate for nets in per_rate.values() for rate in nets})
    rows = []
    for invoice_id, number, kind, issued, name, company, incl, paid in docs:
        sign = -1 if kind == "credit_note" else 1
        nets = per_rate.get(invoice_id, {})
        cells: list[object] = [dt.date.fromisoformat(issued), number, "Avoir" if kind == "credit_note" else "Facture",
                               company or name]
        cells += [_euros(sign * nets.get(rate, 0)) for rate in rates]
        cells += [_euros(sign * vat_of(nets.get(rate, 0), rate)) for rate in rates]
        cells += [_euros(sign * incl), _euros(paid)]
        rows.append(cells)
    return rates, rows


def journal_csv(conn: sqlite3.Connection, month: Month) -> str:
    return _journal_text(*journal_rows(conn, month))


def _journal_text(rates: list[int], rows: list[list[object]]) -> str:
    label = [f"{rate // 100},{rate % 100:02d}".rstrip("0").rstrip(",") + " %" for rate in rates]
    header = ["Date", "Numéro", "Type", "Client", *[f"HT {x}" for x in label], *[f"TVA {x}" for x in label],
              "TTC", "Paiements"]
    return sheet_text([header, *rows])


def write_journal(conn: sqlite3.Connection, month: Month, path: Path) -> int:
    """Write the journal (whole, then renamed: never half a file); returns the number of rows."""
    rates, rows = journal_rows(conn, month)
    write_text_file(path, _journal_text(rates, rows))
    return len(rows)
