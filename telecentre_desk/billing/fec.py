"""The sales and receipts journals in the FEC layout (*fichier des écritures comptables*, LPF art. A47 A-1).

18 columns separated by ``|``, a header line, dates ``AAAAMMJJ``, amounts with a decimal comma and no
thousands separator. Journal ``VE`` (sales): each invoice debits the customer (411, with the member as
auxiliary account) by its total and credits revenue (706, or the account set for the line's plan) by its
nets and output VAT (44571, one line per rate); a credit note is the reverse. Journals ``BQ`` (512: cheque,
card, transfer, direct debit) and ``CA`` (530: cash): each payment debits the bank or the till and credits
the customer; a cancelled payment's reversal is the reverse. Entries are numbered continuously per journal,
in date order, and every entry balances. Accounts are settings of the place (``fec.accounts``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from telecentre_desk.audit import fiscal
from telecentre_desk.billing.amounts import vat_of
from telecentre_desk.common import private_files
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import PlaceSetting
from telecentre_desk.db.uow import dbapi

COLUMNS = ("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
           "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
           "ValidDate", "Montantdevise", "Idevise")
SETTING_KEY = "fec.accounts"
DEFAULT_ACCOUNTS: dict[str, Any] = {"customer": "411", "revenue": "706", "vat": "44571", "bank": "512",
                                    "cash": "530", "plans": {}}
JOURNALS = {"VE": "Ventes", "BQ": "Banque", "CA": "Caisse"}
_ACCOUNT_LABELS = {"customer": "Clients", "revenue": "Prestations de services", "vat": "TVA collectée",
                   "bank": "Banque", "cash": "Caisse"}


def load_accounts(session: Session, place_id: int) -> dict[str, Any]:
    row = session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place_id,
                                                  PlaceSetting.key == SETTING_KEY)).first()
    stored = json.loads(row.value) if row is not None else {}
    return {**DEFAULT_ACCOUNTS, **stored, "plans": {**stored.get("plans", {})}}


def set_plan_account(session: Session, place_id: int, plan_code: str, account: str) -> dict[str, Any]:
    """The revenue account of a plan's lines (e.g. MOIS=706100); digits only, 3 to 20."""
    if not (account.isdigit() and 3 <= len(account) <= 20):
        raise ValidationError(_("account: {value!r} is not an account number (3 to 20 digits)").format(
            value=account), field="account")
    accounts = load_accounts(session, place_id)
    accounts["plans"][plan_code] = account
    row = session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place_id,
                                                  PlaceSetting.key == SETTING_KEY)).first()
    row = row or PlaceSetting(place_id=place_id, key=SETTING_KEY, value="")
    row.value = json.dumps(accounts, ensure_ascii=False)
    session.add(row)
    session.flush()
    return accounts


def _amount(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"


def _day(value: str | dt.date) -> str:
    return str(value)[:10].replace("-", "")


def fec_rows(conn: sqlite3.Connection, accounts: dict[str, Any], start: dt.date, end: dt.date) -> list[list[str]]:
    a, b = start.isoformat(), end.isoformat()
    entries: list[tuple[str, str, str, list[tuple[str, str, str, str, int, int]]]] = []  # journal, date, label, lines
    docs = conn.execute(
        "SELECT i.id, i.number, i.kind, i.issue_date, m.number, pl.code, m.first_name || ' ' || m.last_name, "
        "m.company_name, i.total_incl_vat_cents FROM invoice AS i JOIN member AS m ON m.id = i.member_id "
        "JOIN place AS pl ON pl.id = m.place_id WHERE i.status = 'issued' AND i.issue_date BETWEEN ? AND ? "
        "ORDER BY i.issue_date, i.number", (a, b)).fetchall()
    for pk, number, kind, issued, m_number, code, name, company, incl in docs:
        aux, aux_label = f"{code}{m_number:04d}", company or name
        nets: dict[str, int] = defaultdict(int)
        by_rate: dict[int, int] = defaultdict(int)
        for net, rate, plan in conn.execute(
                "SELECT l.total_excl_vat_cents, l.vat_rate_bp, p.code FROM invoice_line AS l "
                "LEFT JOIN plan AS p ON p.id = l.plan_id WHERE l.invoice_id = ?", (pk,)):
            nets[accounts["plans"].get(plan) or accounts["revenue"]] += net
            by_rate[rate] += net
        sign = -1 if kind == "credit_note" else 1
        label = f"{'Avoir' if sign < 0 else 'Facture'} {number} {aux_label}"[:100]
        lines = [(accounts["customer"], _ACCOUNT_LABELS["customer"], aux, aux_label, sign * incl, 0)]
        lines += [(account, _ACCOUNT_LABELS["revenue"], "", "", 0, sign * net) for account, net in sorted(nets.items())]
        lines += [(accounts["vat"], f"{_ACCOUNT_LABELS['vat']} {rate / 100:g} %".replace(".", ","), "", "", 0,
                   sign * vat_of(net, rate)) for rate, net in sorted(by_rate.items()) if vat_of(net, rate)]
        entries.append(("VE", issued, number, [_signed(line) for line in lines], label))
    for uid, method, paid_on, amount, m_number, code, name, company, number in conn.execute(
            "SELECT p.uid, p.method, p.paid_on, p.amount_cents, m.number, pl.code, m.first_name || ' ' || m.last_name, "
            "m.company_name, i.number FROM payment AS p JOIN member AS m ON m.id = p.member_id "
            "JOIN place AS pl ON pl.id = m.place_id LEFT JOIN invoice AS i ON i.id = p.invoice_id "
            "WHERE p.deleted_at IS NULL AND p.paid_on BETWEEN ? AND ? ORDER BY p.paid_on, p.id", (a, b)):
        journal, account = ("CA", "cash") if method == "cash" else ("BQ", "bank")
        aux, aux_label = f"{code}{m_number:04d}", company or name
        label = f"Règlement {number or 'acompte'} {aux_label}"[:100]
        lines = [(accounts[account], _ACCOUNT_LABELS[account], "", "", amount, 0),
                 (accounts["customer"], _ACCOUNT_LABELS["customer"], aux, aux_label, 0, amount)]
        entries.append((journal, paid_on, number or uid[:8], [_signed(line) for line in lines], label))
    rows: list[list[str]] = []
    counters: dict[str, int] = defaultdict(int)
    for journal, day, piece, lines, label in sorted(entries, key=lambda e: (e[0], str(e[1]))):
        counters[journal] += 1
        num = f"{journal}{counters[journal]:06d}"
        for account, account_label, aux, aux_label, debit, credit in lines:
            rows.append([journal, JOURNALS[journal], num, _day(day), account, account_label, aux, aux_label, piece,
                         _day(day), label, _amount(debit), _amount(credit), "", "", _day(day), "", ""])
    return rows


def _signed(line: tuple[str, str, str, str, int, int]) -> tuple[str, str, str, str, int, int]:
    """A negative amount goes to the other side: FEC amounts are never negative."""
    account, label, aux, aux_label, debit, credit = line
    net = debit - credit
    return (account, label, aux, aux_label, net, 0) if net >= 0 else (account, label, aux, aux_label, 0, -net)


def write_fec(conn: sqlite3.Connection, accounts: dict[str, Any], start: dt.date, end: dt.date, path: Path) -> int:
    if end < start:
        raise ValidationError(_("to: the end date is before the start date"), field="to")
    rows = fec_rows(conn, accounts, start, end)
    text = "".join("|".join(cell.replace("|", "/") for cell in row) + "\r\n" for row in [list(COLUMNS), *rows])
    # Plain UTF-8 without BOM; it names the customers: 0600, exclusive temporary file, then renamed.
    private_files.save(path, text.encode("utf-8"))
    return len(rows)


def export(session: Session, place_id: int, start: dt.date, end: dt.date, path: Path, *, actor: str) -> int:
    """Write the FEC of ``start``..``end`` to ``path`` and journal the export (a sensitive event); the row count."""
    count = write_fec(dbapi(session), load_accounts(session, place_id), start, end, path)
    fiscal.record(session, actor=actor, action="export.fec", details={
        "from": start.isoformat(), "to": end.isoformat(), "rows": count, "file": path.name})
    return count
