"""The audit log: who did what, when, with the details (host overrides, edits, issues)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from telecentre_desk.common import clock


class AuditEntry(SQLModel, table=True):
    """Local to a place; never edited. ``details`` is JSON text."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=clock.now, index=True)
    actor: str = Field(max_length=80, description="the host's name, 'cli' or 'system'")
    action: str = Field(max_length=60)
    entity: str | None = Field(default=None, max_length=40)
    entity_uid: str | None = Field(default=None, max_length=36)
    details: str | None = Field(default=None, max_length=8000)
    # Set once when the free text of ``details`` was erased with the member it is about (RGPD art. 17).
    redacted_at: dt.datetime | None = Field(default=None)
