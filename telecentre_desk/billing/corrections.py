"""Credit notes and payments: the only ways an issued invoice's balance changes.

A credit note (*facture d'avoir*) is a document of its own with its own series (``FLO-AV-2026-0001``),
issued at once, referring to the invoice's number and date. Whole, it repeats the invoice's lines;
partial, it credits exactly the amount asked, VAT included, spread over the invoice's VAT rates in
proportion (``billing/credit_split.py``: the cents are allocated so the totals add up; an amount no nets
can reach at a single rate is refused with the nearest ones). The credits of an invoice never exceed it.

A payment larger than what is due is kept: the excess is recorded as the member's credit (a payment
attached to no invoice), never lost.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Session, col, select

from telecentre_desk.audit import fiscal
from telecentre_desk.audit import service as audit
from telecentre_desk.billing import chain, closing, credit_split
from telecentre_desk.billing.amounts import LineAmount, totals
from telecentre_desk.billing.issue import invoice_row, issue
from telecentre_desk.common import clock, money
from telecentre_desk.common.errors import NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Invoice, InvoiceLine, Payment, PaymentMethod, Place


def credited_cents(session: Session, invoice: Invoice) -> int:
    notes = session.exec(select(Invoice).where(Invoice.credited_invoice_id == invoice.id,
                                               Invoice.status == "issued")).all()
    return sum(note.total_incl_vat_cents for note in notes)


def paid_cents(session: Session, invoice: Invoice) -> int:
    return sum(p.amount_cents for p in session.exec(select(Payment).where(Payment.invoice_id == invoice.id)).all())


def balance_cents(session: Session, invoice: Invoice) -> int:
    """What is still due on an issued invoice."""
    return invoice.total_incl_vat_cents - credited_cents(session, invoice) - paid_cents(session, invoice)


CreditLine = tuple[str, Decimal, int, int, int | None]  # description, quantity, unit price, rate, plan


def _credit_lines(session: Session, invoice: Invoice, amount_cents: int | None) -> list[CreditLine]:
    lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)
                         .order_by(col(InvoiceLine.position))).all()
    if amount_cents is None:
        return [(line.description, Decimal(line.quantity_milli) / 1000, line.unit_price_cents, line.vat_rate_bp,
                 line.plan_id) for line in lines]
    by_rate: dict[int, int] = {}
    for line in lines:
        by_rate[line.vat_rate_bp] = by_rate.get(line.vat_rate_bp, 0) + line.total_excl_vat_cents
    nets = credit_split.split(amount_cents, by_rate)
    if nets is None:
        below, above = credit_split.nearest(amount_cents, by_rate, invoice.total_incl_vat_cents)
        choices = " / ".join(money.format_eur(a) for a in (below, above) if a is not None)
        raise ValidationError(_("{amount} cannot be credited to the cent at this invoice's VAT rates (the VAT of "
                                "a rate is rounded once); nearest amounts: {choices}").format(
            amount=money.format_eur(amount_cents), choices=choices or "-"), field="amount")
    out = []
    for rate, net in sorted(nets.items()):
        # Printed on the credit note: in French like the invoices' lines (billing/month.py), whatever the UI.
        label = "Avoir partiel" if rate == 0 else f"Avoir partiel (TVA {money.format_rate(rate)})"
        out.append((label, Decimal(1), net, rate, None))
    return out


def credit(session: Session, invoice_ref: str, *, reason: str, amount: str | None = None,
           on: dt.date | None = None, actor: str = "cli") -> Invoice:
    """Issue a credit note on an issued invoice: whole, or ``amount`` (VAT included)."""
    original = invoice_row(session, invoice_ref)
    if original.status != "issued" or original.kind != "invoice":
        raise ValidationError(_("only an issued invoice can be credited"), field="invoice")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("a credit note needs its reason"), field="reason")
    left = original.total_incl_vat_cents - credited_cents(session, original)
    amount_cents = None if amount is None else money.parse_amount(amount, field="amount", allow_zero=False)
    wanted = left if amount_cents is None else amount_cents
    if amount_cents is None and left != original.total_incl_vat_cents:
        raise ValidationError(_("this invoice was already partly credited: give the amount to credit"),
                              field="amount")
    if wanted > left:
        raise ValidationError(_("{amount} is more than what remains to credit on {number} ({left})").format(
            amount=money.format_eur(wanted), number=original.number, left=money.format_eur(left)), field="amount")
    place = session.get(Place, original.place_id)
    note = Invoice(place_id=original.place_id, member_id=original.member_id, origin=original.origin,
                   kind="credit_note", credited_invoice_id=original.id, period_start=original.period_start,
                   period_end=original.period_end,
                   note=f"Avoir sur la facture {original.number} du {original.issue_date:%d/%m/%Y}\u00a0: {reason}")
    session.add(note)
    session.flush()
    amounts = []
    for position, (description, quantity, unit, rate, plan_id) in enumerate(
            _credit_lines(session, original, amount_cents), start=1):
        line = LineAmount(quantity, unit, rate)
        amounts.append(line)
        session.add(InvoiceLine(invoice_id=note.id, origin=note.origin, position=position, description=description,
                                quantity_milli=int(quantity * 1000), unit_price_cents=unit, vat_rate_bp=rate,
                                total_excl_vat_cents=line.net_cents, plan_id=plan_id))
    result = totals(amounts)
    note.total_excl_vat_cents, note.vat_cents = result.total_excl_vat_cents, result.vat_cents
    note.total_incl_vat_cents = result.total_incl_vat_cents
    session.add(note)
    session.flush()
    issue(session, note, on=on or clock.today_at(place.timezone), actor=actor)
    return note


def pay(session: Session, invoice_ref: str, *, amount: str, method: str, on: dt.date | None = None,
        reference: str | None = None, actor: str = "cli") -> tuple[Payment, Payment | None]:
    """Record a payment of an issued invoice; an excess becomes the member's credit."""
    invoice = invoice_row(session, invoice_ref)
    if invoice.status != "issued" or invoice.kind != "invoice":
        raise ValidationError(_("payments are recorded on issued invoices"), field="invoice")
    if method not in {m.value for m in PaymentMethod}:
        raise ValidationError(_("{value!r} is not a payment method (cash, cheque, transfer, card, debit)").format(
            value=method), field="method")
    cents = money.parse_amount(amount, field="amount", allow_zero=False)
    place = session.get(Place, invoice.place_id)
    day = on or clock.today_at(place.timezone)
    closing.refuse_if_closed(session, day)
    due = max(0, balance_cents(session, invoice))
    applied = Payment(member_id=invoice.member_id, invoice_id=invoice.id, origin=invoice.origin,
                      amount_cents=min(cents, due), method=method, paid_on=day, reference=reference)
    extra = None
    if cents > due:
        extra = Payment(member_id=invoice.member_id, invoice_id=None, origin=invoice.origin, amount_cents=cents - due,
                        method=method, paid_on=day, reference=f"trop-perçu sur {invoice.number}")
        session.add(extra)
    if applied.amount_cents:
        session.add(applied)
    session.flush()
    for payment in (applied, extra):
        if payment is not None and payment.amount_cents:
            mark = chain.chain_payment(session, payment)
            fiscal.record(session, actor=actor, action="payment.record", details={
                "payment": payment.uid, "invoice": invoice.number, "amount_cents": payment.amount_cents,
                "method": method, "footprint": mark})
    audit.record(session, actor=actor, action="invoice.pay", entity="invoice", entity_uid=invoice.uid,
                 details={"amount_cents": cents, "applied": applied.amount_cents,
                          "credit": extra.amount_cents if extra else 0, "method": method})
    return applied, extra


def cancel_payment(session: Session, payment_ref: str, *, reason: str, on: dt.date | None = None,
                   actor: str = "cli") -> Payment:
    """Cancel a recorded payment by a reversing payment (never by deleting it): chained and journaled."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("cancelling a payment needs its reason"), field="reason")
    if len(reason) > 120:
        raise ValidationError(_("{field}: at most {max} characters").format(field="reason", max=120), field="reason")
    text = str(payment_ref).strip().lower()
    original = session.exec(select(Payment).where(Payment.uid == text, col(Payment.deleted_at).is_(None))).first()
    if original is None:
        raise NotFoundError(_("no payment {ref}").format(ref=payment_ref))
    if original.reverses_id is not None or original.amount_cents <= 0:
        raise ValidationError(_("this entry already cancels a payment"), field="payment")
    if session.exec(select(Payment).where(Payment.reverses_id == original.id)).first() is not None:
        raise ValidationError(_("this payment is already cancelled"), field="payment")
    place = session.exec(select(Place).where(Place.is_local)).one()
    day = on or clock.today_at(place.timezone)
    closing.refuse_if_closed(session, day)
    reversal = Payment(member_id=original.member_id, invoice_id=original.invoice_id, origin=original.origin,
                       amount_cents=-original.amount_cents, method=original.method, paid_on=day,
                       reference=f"Annulation : {reason}", reverses_id=original.id)
    session.add(reversal)
    session.flush()
    mark = chain.chain_payment(session, reversal)
    fiscal.record(session, actor=actor, action="payment.cancel", details={
        "payment": original.uid, "reversal": reversal.uid, "amount_cents": original.amount_cents, "reason": reason,
        "footprint": mark})
    audit.record(session, actor=actor, action="payment.cancel", entity="payment", entity_uid=original.uid,
                 details={"reversal": reversal.uid, "amount_cents": original.amount_cents, "reason": reason})
    return reversal


def member_balance_cents(session: Session, member_id: int) -> int:
    """What the member owes (negative: what the place owes them)."""
    issued = session.exec(select(Invoice).where(Invoice.member_id == member_id, Invoice.status == "issued")).all()
    owed = sum(i.total_incl_vat_cents if i.kind == "invoice" else -i.total_incl_vat_cents for i in issued)
    paid = sum(p.amount_cents for p in session.exec(select(Payment).where(Payment.member_id == member_id)).all())
    return owed - paid
