"""Write and read audit entries. The database refuses edits (migration 0002) except the one-time
redaction of an entry's free text when the member it is about is erased (migration 0012).

Entries name people by uid (``entity_uid``) and number, never by name: identity and contact keys of
``details`` are scrubbed here, whatever the caller passes (``common/redact.py``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlmodel import Session, col, select

from telecentre_desk.common import clock
from telecentre_desk.common.redact import scrub_details
from telecentre_desk.db.models import AuditEntry


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: dt.datetime
    actor: str
    action: str
    entity: str | None
    entity_uid: str | None
    details: dict


def record(session: Session, *, actor: str, action: str, entity: str | None = None,
           entity_uid: str | None = None, details: dict | None = None) -> None:
    """Add an entry to the caller's unit of work."""
    session.add(AuditEntry(actor=actor, action=action, entity=entity, entity_uid=entity_uid,
                           details=_details_text(details, entity)))


def _details_text(details: dict | None, entity: str | None) -> str | None:
    return json.dumps(scrub_details(details, entity), ensure_ascii=False, default=str) if details else None


def recent(session: Session, *, limit: int = 100) -> list[AuditRow]:
    rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)).all()
    return [AuditRow(r.at, r.actor, r.action, r.entity, r.entity_uid,
                     json.loads(r.details) if r.details else {}) for r in rows]


def record_raw(cursor, *, actor: str, action: str, entity: str | None = None,
               entity_uid: str | None = None, details: dict | None = None) -> None:
    """The same entry, written on a raw DB-API cursor (the scan's hot-path transaction)."""
    cursor.execute(
        "INSERT INTO audit_entry (at, actor, action, entity, entity_uid, details) VALUES (?, ?, ?, ?, ?, ?)",
        (clock.ts_text(clock.now()), actor, action, entity, entity_uid, _details_text(details, entity)))
