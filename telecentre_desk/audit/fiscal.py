"""Footprints chained by SHA-256: the sales chain and the journal of sensitive events (CGI art. 286 I 3° bis).

Each link's footprint is ``sha256(previous footprint + canonical JSON of the frozen content)``; the
first link's previous footprint is 64 zeros. Changing, removing or inserting any document breaks the
chain at that point, which ``billing/verify.py`` finds. Both tables are append-only (migration 0009).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlmodel import Session, col, select

from telecentre_desk.db.models import FiscalChainLink, FiscalEvent

GENESIS = "0" * 64

# Sensitive events (docs/anti-fraud.md): what the journal must show an auditor.
ACTIONS = ("invoice.issue", "credit_note.issue", "payment.record", "payment.cancel", "closing.month",
           "closing.year", "archive", "export.fec", "place.legal_identity", "restore")


def canonical(content: dict[str, Any]) -> str:
    """The content as hashed: sorted keys, no spaces, UTF-8 kept, dates and decimals as text."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def footprint(previous: str, content_text: str) -> str:
    return hashlib.sha256((previous + content_text).encode("utf-8")).hexdigest()


def last_link(session: Session) -> FiscalChainLink | None:
    return session.exec(select(FiscalChainLink).order_by(col(FiscalChainLink.id).desc()).limit(1)).first()


def chain(session: Session, *, doc_type: str, doc_uid: str, reference: str, content: dict[str, Any]) -> str:
    """Append a document to the sales chain in the caller's transaction; returns its footprint.

    The unit of work starts with ``BEGIN IMMEDIATE``: no other writer can append between the read of
    the last link and this insert.
    """
    previous = last_link(session)
    before = previous.footprint if previous is not None else GENESIS
    text = canonical(content)
    link = FiscalChainLink(doc_type=doc_type, doc_uid=doc_uid, reference=reference, content=text, previous=before,
                           footprint=footprint(before, text))
    session.add(link)
    session.flush()
    return link.footprint


def record(session: Session, *, actor: str, action: str, details: dict[str, Any]) -> str:
    """Append a sensitive event to the journal; returns its footprint."""
    last = session.exec(select(FiscalEvent).order_by(col(FiscalEvent.id).desc()).limit(1)).first()
    before = last.footprint if last is not None else GENESIS
    text = canonical({"actor": actor, "action": action, "details": details})
    event = FiscalEvent(actor=actor, action=action, details=text, previous=before, footprint=footprint(before, text))
    session.add(event)
    session.flush()
    return event.footprint
