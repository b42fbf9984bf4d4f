"""Issue a draft: check the place's legal identity, give the next number of the series, freeze it.

The number is taken in the same transaction that locks the invoice (``BEGIN IMMEDIATE`` of the unit
of work), so a crash mid-batch rolls both back: the series never has a gap. After this, database
triggers refuse any change to the invoice and its lines (migration 0005).
Numbers: ``FLO-2026-0042`` for invoices, ``FLO-AV-2026-0007`` for credit notes (docs/invoicing.md).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import Session, col, select

from telecentre_desk.audit import fiscal
from telecentre_desk.audit import service as audit
from telecentre_desk.billing import chain, closing, lawful
from telecentre_desk.common import clock
from telecentre_desk.common.errors import NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Invoice, InvoiceLine, Member, Place
from telecentre_desk.places.readiness import invoicing_gaps
from telecentre_desk.places.service import local_place_row

PAYMENT_TERM_DAYS = 30  # monthly invoices: at most 45 days by law
SERIES_PREFIX = {"invoice": "", "credit_note": "AV-"}


def missing_identity(place: Place) -> list[str]:
    """The seller's mentions French law requires that the place has not filled in (field names)."""
    return [gap.field for gap in invoicing_gaps(place)]


def next_number(session: Session, place: Place, kind: str, year: int) -> str:
    conn = session.connection()
    # Not an upsert: a trigger refuses any INSERT on an existing series (INSERT OR REPLACE would reset it).
    conn.exec_driver_sql("INSERT INTO invoice_series (place_id, kind, year, last_number) SELECT ?, ?, ?, 0 "
                         "WHERE NOT EXISTS (SELECT 1 FROM invoice_series WHERE place_id = ? AND kind = ? AND year = ?)",
                         (place.id, kind, year, place.id, kind, year))
    number = conn.exec_driver_sql("UPDATE invoice_series SET last_number = last_number + 1 WHERE place_id = ? "
                                  "AND kind = ? AND year = ? RETURNING last_number", (place.id, kind, year)).scalar()
    return f"{place.code}-{SERIES_PREFIX[kind]}{year}-{number:04d}"


def buyer_snapshot(member: Member) -> dict:
    return {"name": f"{member.first_name} {member.last_name}", "company": member.company_name, "siren": member.siren,
            "vat_number": member.vat_number,
            "address": member.address, "postcode": member.postcode, "city": member.city, "email": member.email,
            "number": member.number, "business": bool(member.siren)}


def seller_snapshot(place: Place) -> dict:
    return {k: getattr(place, k) for k in ("code", "name", "legal_name", "legal_form", "address", "postcode", "city",
                                           "siret", "vat_number", "vat_regime", "vat_exemption_text", "iban", "bic",
                                           "email", "phone", "share_capital", "rcs_city", "e_invoicing_address",
                                           "vat_on_debits")}


def invoice_row(session: Session, ref: str) -> Invoice:
    """An invoice named by its number (FLO-2026-0042) or its id."""
    text = str(ref).strip()
    place = local_place_row(session)
    query = select(Invoice).where(Invoice.place_id == place.id, col(Invoice.deleted_at).is_(None))
    invoice = session.exec(query.where((Invoice.number == text.upper()) | (Invoice.uid == text.lower()))).first()
    if invoice is None:
        raise NotFoundError(_("no invoice {ref}").format(ref=text))
    return invoice


def issue(session: Session, invoice: Invoice, *, on: dt.date | None = None, actor: str = "cli",
          paid_now: bool = False) -> Invoice:
    """Give the draft its number and freeze it; ``paid_now``: paid at the desk, so due on the day of issue."""
    if invoice.status != "draft":
        raise ValidationError(_("invoice {number} is already issued").format(number=invoice.number), field="invoice")
    place = session.get(Place, invoice.place_id)
    lawful.check(session, [invoice])
    lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)).all()
    if not lines:
        raise ValidationError(_("an invoice without lines cannot be issued"), field="invoice")
    day = on or clock.today_at(place.timezone)
    closing.refuse_if_closed(session, day)
    invoice.number = next_number(session, place, invoice.kind, day.year)
    invoice.issue_date = day
    invoice.due_date = day if paid_now else day + dt.timedelta(days=PAYMENT_TERM_DAYS)
    invoice.buyer_snapshot = json.dumps(buyer_snapshot(session.get(Member, invoice.member_id)), ensure_ascii=False)
    invoice.seller_snapshot = json.dumps(seller_snapshot(place), ensure_ascii=False)
    invoice.status = "issued"
    invoice.touch()
    session.add(invoice)
    session.flush()
    mark = chain.chain_invoice(session, invoice)
    audit.record(session, actor=actor, action="invoice.issue", entity="invoice", entity_uid=invoice.uid,
                 details={"number": invoice.number, "total_incl_vat_cents": invoice.total_incl_vat_cents})
    fiscal.record(session, actor=actor, action="credit_note.issue" if invoice.kind == "credit_note" else
                  "invoice.issue", details={"number": invoice.number, "total_incl_vat_cents":
                                            invoice.total_incl_vat_cents, "footprint": mark})
    return invoice


def issue_month(session: Session, period_start: dt.date, *, actor: str = "cli") -> list[str]:
    """Issue every draft of a month, by member number; returns the numbers given."""
    place = local_place_row(session)
    drafts = session.exec(select(Invoice).join(Member, col(Member.id) == col(Invoice.member_id)).where(
        Invoice.place_id == place.id, Invoice.status == "draft", Invoice.kind == "invoice",
        Invoice.period_start == period_start, col(Invoice.deleted_at).is_(None)).order_by(col(Member.number))).all()
    lawful.check(session, drafts)  # every problem at once, before the first number is given
    return [issue(session, draft, actor=actor).number for draft in drafts]
