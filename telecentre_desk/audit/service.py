"""Write and read audit entries. The database refuses edits (migration 0002)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlmodel import Session, col, select

from telecentre_desk.common import clock
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
                           details=json.dumps(details, ensure_ascii=False, default=str) if details else None))


def recent(session: Session, *, limit: int = 100) -> list[AuditRow]:
    rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)).all()
    return [AuditRow(r.at, r.actor, r.action, r.entity, r.entity_uid,
                     json.loads(r.details) if r.details else {}) for r in rows]


def record_raw(cursor, *, actor: str, action: str, entity: str | None = None,
               entity_uid: str | None = None, details: dict | None = None) -> None:
    """The same entry, written on a raw DB-API cursor (the scan's hot-path transaction)."""
    cursor.execute(
        "INSERT INTO audit_entry (at, actor, action, entity, entity_uid, details) VALUES (?, ?, ?, ?, ?, ?)",
        (clock.ts_text(clock.now()), actor, action, entity, entity_uid,
         json.dumps(details, ensure_ascii=False, default=str) if details else None))
