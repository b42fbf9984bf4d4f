"""What each issued document contributes to the sales chain (``audit/fiscal.py``): its frozen content.

The content is rebuilt from the live rows by the same function at issue and at ``invoice verify``, so
any change of an issued invoice, credit note or payment (plain SQL with the triggers dropped) shows as a
footprint that no longer matches. The buyer's frozen identity enters the chain by its SHA-256 only: it is
sealed as surely, and the person's name and address stay in one place, the invoice (docs/rgpd.md).
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from sqlmodel import Session

from telecentre_desk.audit import fiscal
from telecentre_desk.db.models import Invoice, Payment
from telecentre_desk.db.uow import dbapi

_INVOICE = ("SELECT i.uid, i.kind, i.number, i.issue_date, i.due_date, i.period_start, i.period_end, "
            "i.total_excl_vat_cents, i.vat_cents, i.total_incl_vat_cents, i.buyer_snapshot, i.seller_snapshot, "
            "i.note, o.number, m.uid, i.status FROM invoice AS i JOIN member AS m ON m.id = i.member_id "
            "LEFT JOIN invoice AS o ON o.id = i.credited_invoice_id WHERE i.uid = ?")
_LINES = ("SELECT l.position, l.description, l.quantity_milli, l.unit_price_cents, l.vat_rate_bp, "
          "l.total_excl_vat_cents FROM invoice_line AS l JOIN invoice AS i ON i.id = l.invoice_id WHERE i.uid = ? "
          "ORDER BY l.position")
_PAYMENT = ("SELECT p.uid, m.uid, i.number, p.amount_cents, p.method, p.paid_on, p.reference, r.uid "
            "FROM payment AS p JOIN member AS m ON m.id = p.member_id LEFT JOIN invoice AS i ON i.id = p.invoice_id "
            "LEFT JOIN payment AS r ON r.id = p.reverses_id WHERE p.uid = ?")


def invoice_content(conn: sqlite3.Connection, uid: str) -> dict[str, Any] | None:
    row = conn.execute(_INVOICE, (uid,)).fetchone()
    if row is None:
        return None
    keys = ("uid", "kind", "number", "issue_date", "due_date", "period_start", "period_end", "total_excl_vat_cents",
            "vat_cents", "total_incl_vat_cents", "buyer", "seller", "note", "credited_number", "member", "status")
    content = dict(zip(keys, (str(v) if k.endswith("date") and v is not None else v for k, v in zip(keys, row,
                                                                                                     strict=True)),
                       strict=True))
    buyer = content.pop("buyer")
    content["buyer_sha256"] = hashlib.sha256((buyer or "").encode()).hexdigest()
    content["lines"] = [list(line) for line in conn.execute(_LINES, (uid,))]
    return content


def payment_content(conn: sqlite3.Connection, uid: str) -> dict[str, Any] | None:
    row = conn.execute(_PAYMENT, (uid,)).fetchone()
    if row is None:
        return None
    keys = ("uid", "member", "invoice", "amount_cents", "method", "paid_on", "reference", "reverses")
    content = dict(zip(keys, row, strict=True))
    content["paid_on"] = str(content["paid_on"])
    return content


def _seal_history(session: Session, current_uid: str) -> None:
    """The first link ever (a database upgraded from before the chain): seal what was issued and paid before,
    in the order it was written, so that ``invoice verify`` covers every document."""
    if fiscal.last_link(session) is not None:
        return
    conn = dbapi(session)
    rows = conn.execute("SELECT 'i', id, uid, kind, number FROM invoice WHERE status = 'issued' AND uid <> ? "
                        "UNION ALL SELECT 'p', id, uid, 'payment', uid FROM payment WHERE uid <> ? "
                        "AND deleted_at IS NULL ORDER BY 2, 1", (current_uid, current_uid)).fetchall()
    for table, _pk, uid, doc_type, reference in rows:
        content = invoice_content(conn, uid) if table == "i" else payment_content(conn, uid)
        if content is not None:
            fiscal.chain(session, doc_type=doc_type, doc_uid=uid, reference=reference, content=content)


def chain_invoice(session: Session, invoice: Invoice) -> str:
    session.flush()
    _seal_history(session, invoice.uid)
    content = invoice_content(dbapi(session), invoice.uid)
    assert content is not None  # flushed just above
    return fiscal.chain(session, doc_type=invoice.kind, doc_uid=invoice.uid, reference=invoice.number or "",
                        content=content)


def chain_payment(session: Session, payment: Payment) -> str:
    session.flush()
    _seal_history(session, payment.uid)
    content = payment_content(dbapi(session), payment.uid)
    assert content is not None
    return fiscal.chain(session, doc_type="payment", doc_uid=payment.uid, reference=payment.uid, content=content)
