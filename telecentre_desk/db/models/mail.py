"""The mail outbox: every invoice e-mail queued, sent or failed, and why. Local to the sending place.

A row is the one message for one invoice to one address. The retry only ever picks ``queued`` rows,
and a row is marked ``sending`` (committed) before the SMTP conversation starts, so a message that
the server accepted is never sent again by a retry, even after a crash: sending it again is a new
row that someone asked for explicitly.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class MailOutbox(SQLModel, table=True):
    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_status_next_try_at", "status", "next_try_at"),)

    id: int | None = Field(default=None, primary_key=True)
    place_id: int = Field(foreign_key="place.id")
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    recipient: str = Field(max_length=254)
    subject: str = Field(max_length=300)
    # queued -> sending -> sent | queued (server unreachable: next_try_at) | failed (refused for good)
    status: str = Field(max_length=10)
    message_id: str = Field(max_length=250, description="Message-ID header, chosen at queue time")
    queued_at: dt.datetime
    sent_at: dt.datetime | None = None
    attempts: int = Field(default=0)
    last_attempt_at: dt.datetime | None = None
    next_try_at: dt.datetime | None = None
    error: str | None = Field(default=None, max_length=1000)
    resend: bool = Field(default=False, description="asked for again although an earlier message was sent")
    actor: str = Field(max_length=80)
