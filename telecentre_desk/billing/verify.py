"""``invoice verify``: walk the sales chain and the journal, name the first broken link.

A link is broken when its ``previous`` is not the footprint before it, when its footprint is not the
SHA-256 of that previous footprint and its content, or when the document it seals no longer has that
content (an issued invoice, credit note or payment changed behind the triggers' back). An issued
document or a payment with no link at all, and a trigger that was dropped, also make the check fail.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from telecentre_desk.audit import fiscal
from telecentre_desk.billing.chain import invoice_content, payment_content

# The triggers that keep issued documents and the anti-fraud tables unchangeable (migrations 0005, 0009).
GUARDS = ("invoice_issued_no_update", "invoice_issued_no_delete", "invoice_line_issued_no_insert",
          "invoice_line_issued_no_update", "invoice_line_issued_no_delete", "invoice_series_never_back",
          "invoice_issued_no_replace", "invoice_issued_no_update_replace", "invoice_line_issued_no_replace",
          "invoice_line_issued_no_update_replace", "invoice_series_no_delete", "invoice_series_no_replace",
          "invoice_series_key_fixed", "payment_chained_no_update", "payment_chained_no_delete",
          "payment_chained_no_replace",
          *(f"{t}_{w}" for t in ("fiscal_chain", "fiscal_closing", "fiscal_event")
            for w in ("no_update", "no_delete", "no_replace")))


@dataclass
class VerifyResult:
    documents: int = 0
    first_broken: str | None = None  # the document's number (a payment: its id), or a journal entry
    reason: str | None = None
    journal_entries: int = 0
    missing_triggers: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.first_broken is None and not self.missing_triggers

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "documents": self.documents, "first_broken": self.first_broken, "reason": self.reason,
                "journal_entries": self.journal_entries, "missing_triggers": self.missing_triggers}


def _live(conn: sqlite3.Connection, doc_type: str, uid: str) -> dict[str, Any] | None:
    if doc_type in ("invoice", "credit_note"):
        return invoice_content(conn, uid)
    if doc_type == "payment":
        return payment_content(conn, uid)
    return None  # a closing: its row is append-only and its content is in the link itself


def _break(result: VerifyResult, where: str, reason: str) -> VerifyResult:
    if result.first_broken is None:
        result.first_broken, result.reason = where, reason
    return result


def verify(conn: sqlite3.Connection) -> VerifyResult:
    result = VerifyResult()
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    result.missing_triggers = [name for name in GUARDS if name not in names]
    previous = fiscal.GENESIS
    chained: set[str] = set()
    for doc_type, uid, reference, content, before, mark in conn.execute(
            "SELECT doc_type, doc_uid, reference, content, previous, footprint FROM fiscal_chain ORDER BY id"):
        result.documents += 1
        chained.add(uid)
        if before != previous:
            return _break(result, reference, "a link is missing or was inserted before this one")
        if fiscal.footprint(before, content) != mark:
            return _break(result, reference, "the sealed content was changed")
        live = _live(conn, doc_type, uid)
        if doc_type != "closing" and (live is None or fiscal.canonical(live) != content):
            return _break(result, reference, "the document no longer matches its footprint")
        previous = mark
    for number, uid in conn.execute("SELECT number, uid FROM invoice WHERE status = 'issued' ORDER BY id"):
        if uid not in chained:
            return _break(result, number, "issued but not in the chain")
    for uid, in conn.execute("SELECT uid FROM payment WHERE deleted_at IS NULL ORDER BY id"):
        if uid not in chained:
            return _break(result, uid, "a payment not in the chain")
    previous = fiscal.GENESIS
    for event_id, details, before, mark in conn.execute(
            "SELECT id, details, previous, footprint FROM fiscal_event ORDER BY id"):
        result.journal_entries += 1
        if before != previous or fiscal.footprint(before, details) != mark:
            return _break(result, f"journal:{event_id}", "the journal of sensitive events was changed")
        previous = mark
    return result


def chain_export(conn: sqlite3.Connection, *, start: str, end: str) -> list[dict[str, Any]]:
    """The links whose documents fall in [start, end] (ISO days), with their content: for the archive."""
    out = []
    for link_id, doc_type, uid, reference, content, before, mark, at in conn.execute(
            "SELECT id, doc_type, doc_uid, reference, content, previous, footprint, at FROM fiscal_chain ORDER BY id"):
        data = json.loads(content)
        day = data.get("issue_date") or data.get("paid_on") or data.get("end")
        if day is not None and start <= str(day)[:10] <= end:
            out.append({"id": link_id, "doc_type": doc_type, "doc_uid": uid, "reference": reference,
                        "content": content, "previous": before, "footprint": mark, "at": str(at)})
    return out
