"""The anti-fraud records of CGI art. 286 I 3° bis (docs/anti-fraud.md): all append-only.

``fiscal_chain``: one link per issued invoice, credit note, payment and closing, SHA-256 over the
document's frozen content and the previous link's footprint. ``fiscal_closing``: monthly and yearly
closings with perpetual cumulative totals. ``fiscal_event``: the journal of sensitive events, chained too.
Triggers (migration 0009) refuse any change or deletion of these rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from telecentre_desk.common import clock


class FiscalChainLink(SQLModel, table=True):
    __tablename__ = "fiscal_chain"

    id: int | None = Field(default=None, primary_key=True)
    doc_type: str = Field(max_length=12, description="invoice | credit_note | payment | closing")
    doc_uid: str = Field(max_length=36, unique=True)
    reference: str = Field(max_length=40, description="the document's number, or the payment's uid")
    content: str = Field(max_length=20000, description="canonical JSON of the frozen content")
    previous: str = Field(max_length=64)
    footprint: str = Field(max_length=64)
    at: dt.datetime = Field(default_factory=clock.now)


class FiscalClosing(SQLModel, table=True):
    __tablename__ = "fiscal_closing"

    __table_args__ = (UniqueConstraint("kind", "period"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=36, unique=True)
    kind: str = Field(max_length=5, description="month | year")
    period: str = Field(max_length=7, description="YYYY-MM or YYYY")
    start: dt.date
    end: dt.date
    documents: int
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    payments_cents: int
    perpetual_total_cents: int = Field(description="grand total of sales incl. VAT since the first document")
    perpetual_payments_cents: int
    last_footprint: str = Field(max_length=64, description="the chain's last link included")
    at: dt.datetime = Field(default_factory=clock.now)


class FiscalEvent(SQLModel, table=True):
    __tablename__ = "fiscal_event"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=clock.now)
    actor: str = Field(max_length=80)
    action: str = Field(max_length=40)
    details: str = Field(max_length=8000)
    previous: str = Field(max_length=64)
    footprint: str = Field(max_length=64)
