"""Review a draft before issuing it: add a line by hand, delete a line added by hand, discard the draft.

Lines added here are ``manual``: running the month again keeps them (billing/drafts.py). A computed
line is not deleted by hand: the month's run would bring it back; change the subscription, or
discard the draft. The totals are recomputed from the lines (VAT per rate on the sum, BR-CO-17).
An issued invoice is refused here, and by the database's triggers anyway.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.billing.amounts import LineAmount, totals
from telecentre_desk.common import money
from telecentre_desk.common.errors import NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Invoice, InvoiceLine, Place
from telecentre_desk.places.service import local_place_row

MAX_QUANTITY = Decimal(10_000)
DESCRIPTION_MAX = 300  # the column's size


def draft_by_id(session: Session, invoice_id: int) -> Invoice:
    """A draft of the local place, by its local id; an issued invoice or credit note is refused."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None or invoice.deleted_at is not None or invoice.place_id != local_place_row(session).id:
        raise NotFoundError(_("no invoice {ref}").format(ref=invoice_id))
    if invoice.status != "draft":
        raise ValidationError(_("invoice {number} is issued: it can no longer be changed (issue a credit note)")
                              .format(number=invoice.number), field="invoice")
    return invoice


def parse_quantity(text: str) -> Decimal:
    """A quantity as people type it (``2``, ``1,5``), more than zero, to the thousandth at most."""
    raw = str(text or "").strip().replace(",", ".")
    try:
        quantity = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(_("quantity: {value!r} is not a number").format(value=text), field="quantity") from None
    if not quantity.is_finite() or quantity <= 0 or quantity > MAX_QUANTITY:
        raise ValidationError(_("quantity: {value!r} must be more than 0 and at most {max}").format(
            value=text, max=MAX_QUANTITY), field="quantity")
    if quantity != quantity.quantize(Decimal("0.001")):
        raise ValidationError(_("quantity: {value!r} has more than three decimals").format(value=text),
                              field="quantity")
    return quantity


def _recompute(session: Session, invoice: Invoice) -> None:
    lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)
                         .order_by(col(InvoiceLine.position))).all()
    result = totals(LineAmount(Decimal(line.quantity_milli) / 1000, line.unit_price_cents, line.vat_rate_bp)
                    for line in lines)
    for position, line in enumerate(lines, start=1):
        if line.position != position:  # no hole in the positions once a line is gone
            line.position = position
            session.add(line)
    invoice.total_excl_vat_cents = result.total_excl_vat_cents
    invoice.vat_cents = result.vat_cents
    invoice.total_incl_vat_cents = result.total_incl_vat_cents
    invoice.touch()
    session.add(invoice)


def add_line(session: Session, invoice_id: int, *, description: str, quantity: str, unit_price: str,
             vat_rate: str | None = None, actor: str = "cli") -> InvoiceLine:
    """Add a line typed by the manager to a draft; ``vat_rate`` in percent (the plans' default 20 when None).

    A place that bills no VAT (franchise, exempt) takes rate 0 whatever is given.
    """
    invoice = draft_by_id(session, invoice_id)
    text = " ".join((description or "").split())
    if not text:
        raise ValidationError(_("description: a line needs a description"), field="description")
    if len(text) > DESCRIPTION_MAX:
        raise ValidationError(_("description: at most {max} characters").format(max=DESCRIPTION_MAX),
                              field="description")
    qty = parse_quantity(quantity)
    price = money.parse_amount(unit_price, field="unit_price")
    place = session.get(Place, invoice.place_id)
    if place.vat_regime != "standard":
        rate_bp = 0
    else:
        rate_bp = money.rate_to_basis_points(money.parse_rate("20" if vat_rate in (None, "") else vat_rate))
    amount = LineAmount(qty, price, rate_bp)
    if amount.net_cents > money.MAX_CENTS:
        raise ValidationError(_("quantity: the line would come to more than any price this desk can hold"),
                              field="quantity")
    last = session.exec(select(InvoiceLine.position).where(InvoiceLine.invoice_id == invoice.id)
                        .order_by(col(InvoiceLine.position).desc())).first() or 0
    line = InvoiceLine(invoice_id=invoice.id, origin=invoice.origin, position=last + 1, description=text,
                       quantity_milli=int(qty * 1000), unit_price_cents=price, vat_rate_bp=rate_bp,
                       total_excl_vat_cents=amount.net_cents, manual=True)
    session.add(line)
    session.flush()
    _recompute(session, invoice)
    audit.record(session, actor=actor, action="invoice.add_line", entity="invoice", entity_uid=invoice.uid,
                 details={"description": text, "quantity": f"{qty:f}", "unit_price_cents": price,
                          "vat_rate_bp": rate_bp})
    return line


def delete_line(session: Session, invoice_id: int, position: int, *, actor: str = "cli") -> None:
    """Delete a line added by hand (computed lines come back at each run: they are not deleted by hand)."""
    invoice = draft_by_id(session, invoice_id)
    line = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id,
                                                  InvoiceLine.position == position)).first()
    if line is None:
        raise NotFoundError(_("the draft has no line {position}").format(position=position))
    if not line.manual:
        raise ValidationError(_("this line comes from the member's plans and usage: the month's run would bring "
                                "it back; change the subscription or discard the draft"), field="line")
    session.delete(line)
    session.flush()
    _recompute(session, invoice)
    audit.record(session, actor=actor, action="invoice.delete_line", entity="invoice", entity_uid=invoice.uid,
                 details={"description": line.description, "total_excl_vat_cents": line.total_excl_vat_cents})


def discard_draft(session: Session, invoice_id: int, *, actor: str = "cli") -> None:
    """Delete a draft and its lines (running the month again drafts it anew from the plans)."""
    invoice = draft_by_id(session, invoice_id)
    for line in session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)).all():
        session.delete(line)
    session.flush()
    audit.record(session, actor=actor, action="invoice.discard", entity="invoice", entity_uid=invoice.uid,
                 details={"member_id": invoice.member_id, "period_start": invoice.period_start,
                          "total_incl_vat_cents": invoice.total_incl_vat_cents})
    session.delete(invoice)
    session.flush()
