"""Invoices, credit notes, their lines, and payments. Amounts in integer cents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from telecentre_desk.common.enums import InvoiceKind, InvoiceStatus
from telecentre_desk.db.models.base import SyncColumns


class Invoice(SyncColumns, table=True):
    """A draft has no number; the number is given at issue, then the row is frozen."""

    __tablename__ = "invoice"

    __table_args__ = (UniqueConstraint("place_id", "number"),)

    place_id: int = Field(foreign_key="place.id")
    member_id: int = Field(foreign_key="member.id", index=True)
    kind: str = Field(default=InvoiceKind.INVOICE.value, max_length=12)
    status: str = Field(default=InvoiceStatus.DRAFT.value, max_length=10)
    number: str | None = Field(default=None, max_length=32)
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    # Indexed: what was credited on an invoice is summed for every invoice listed or printed.
    credited_invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    total_excl_vat_cents: int = Field(default=0)
    vat_cents: int = Field(default=0)
    total_incl_vat_cents: int = Field(default=0)
    # Frozen at issue: the buyer's and seller's identity as printed, whatever changes later.
    buyer_snapshot: str | None = Field(default=None, max_length=4000)
    seller_snapshot: str | None = Field(default=None, max_length=4000)
    note: str | None = Field(default=None, max_length=1000)


class InvoiceLine(SyncColumns, table=True):
    __tablename__ = "invoice_line"

    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    position: int
    description: str = Field(max_length=300)
    quantity_milli: int = Field(description="quantity in thousandths: 1.5 days = 1500")
    unit_price_cents: int
    vat_rate_bp: int
    total_excl_vat_cents: int
    plan_id: int | None = Field(default=None, foreign_key="plan.id")
    manual: bool = Field(default=False, description="added by hand to a draft: kept when the month is run again")


class Payment(SyncColumns, table=True):
    __tablename__ = "payment"

    member_id: int = Field(foreign_key="member.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    amount_cents: int
    method: str = Field(max_length=10)
    paid_on: dt.date
    reference: str | None = Field(default=None, max_length=120)
    # A cancelled payment is never deleted: a reversing payment (negative amount) points at it.
    reverses_id: int | None = Field(default=None, foreign_key="payment.id")


class InvoiceSeries(SQLModel, table=True):
    """The last number given in a series (place, kind, year): incremented in the issuing transaction,
    so a crash mid-batch rolls the number back with the invoice and the series has no gap."""

    __tablename__ = "invoice_series"

    place_id: int = Field(foreign_key="place.id", primary_key=True)
    kind: str = Field(max_length=12, primary_key=True)
    year: int = Field(primary_key=True)
    last_number: int = Field(default=0)
