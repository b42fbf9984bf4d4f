"""The month's sales journal for the accountant, as French Excel opens it: UTF-8 with BOM, ``;``,
DD/MM/YYYY dates and decimal commas. One row per invoice or credit note issued in the month
(credit notes negative), with HT and VAT per rate, TTC and the payments received on it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from pathlib import Path

from telecentre_desk.billing.amounts import vat_of
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _


def _euros(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100},{abs(cents) % 100:02d}"


def journal_rows(conn: sqlite3.Connection, month: Month) -> tuple[list[int], list[list[str]]]:
    """(VAT rates in basis points, rows) of the documents issued in ``month``, by number."""
    docs = conn.execute(
        "SELECT i.id, i.number, i.kind, i.issue_date, m.first_name || ' ' || m.last_name, m.company_name, "
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
        cells = [dt.date.fromisoformat(issued).strftime("%d/%m/%Y"), number,
                 "Avoir" if kind == "credit_note" else "Facture", company or name]
        cells += [_euros(sign * nets.get(rate, 0)) for rate in rates]
        cells += [_euros(sign * vat_of(nets.get(rate, 0), rate)) for rate in rates]
        cells += [_euros(sign * incl), _euros(paid)]
        rows.append(cells)
    return rates, rows


def journal_csv(conn: sqlite3.Connection, month: Month) -> str:
    rates, rows = journal_rows(conn, month)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    label = [f"{rate // 100},{rate % 100:02d}".rstrip("0").rstrip(",") + " %" for rate in rates]
    writer.writerow(["Date", "Numéro", "Type", "Client", *[f"HT {x}" for x in label], *[f"TVA {x}" for x in label],
                     "TTC", "Paiements"])
    writer.writerows(rows)
    return out.getvalue()


def write_journal(conn: sqlite3.Connection, month: Month, path: Path) -> int:
    """Write the journal (whole, then renamed: never half a file); returns the number of rows."""
    text = journal_csv(conn, month)
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(text, encoding="utf-8-sig", newline="")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DeskError(_("cannot write {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
    return text.count("\r\n") - 1
