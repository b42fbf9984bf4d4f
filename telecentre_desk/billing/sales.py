"""Sales at the desk: a day or half-day pass, a carnet or an extra, invoiced now or with the month.

The place chooses (``place_setting`` ``sales.mode``: ``immediate``, the default, or ``monthly``) and
the host may choose otherwise for one sale:

- ``immediate``: an invoice of its own, issued at once in the place's continuous series (its service
  period is the day of the sale), the payment recorded when the customer pays now; its PDF can be
  printed or e-mailed straight away.
- ``monthly``: a line added by hand (``manual``) to the member's draft of the current month, created
  if missing; the monthly run keeps such lines. Refused when that month's invoice is already issued.

A pass or a carnet also creates the subscription the desk checks at the next scan (a carnet with all
its half days). The line written here is what bills it: the monthly run does not bill a carnet or a
pass bought in the month a second time when a sale line for that plan is already there
(``billing/month.py``). Monthly plans and room hours are not sold at the desk.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.billing import corrections
from telecentre_desk.billing.amounts import LineAmount, totals
from telecentre_desk.billing.issue import issue
from telecentre_desk.billing.month import MONTH_NAMES, Month
from telecentre_desk.common import clock, money
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Invoice, InvoiceLine, Member, PaymentMethod, Place, PlaceSetting, Plan
from telecentre_desk.members.info import display_number
from telecentre_desk.members.service import member_row
from telecentre_desk.members.visitors import register_visitor
from telecentre_desk.places.service import local_place_row
from telecentre_desk.plans import service as plans

SETTING_KEY = "sales.mode"
IMMEDIATE, MONTHLY = "immediate", "monthly"
MODES = (IMMEDIATE, MONTHLY)
SALE_KINDS = ("day", "halfday", "carnet", "extra")
PASS_KINDS = ("day", "halfday")
# A pass is for one person on one day; ten carnets at once is already a lot; 999 prints or coffees.
MAX_QUANTITY = {"day": 1, "halfday": 1, "carnet": 10, "extra": 999}


@dataclass(frozen=True, slots=True)
class SaleResult:
    mode: str
    member_id: str
    member_number: str
    member_name: str
    member_email: str | None
    plan_code: str
    description: str
    quantity: int
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    invoice_id: str
    invoice_number: str | None  # None: a line on the month's draft
    paid_cents: int = 0
    payment_method: str | None = None
    subscriptions: list[str] = field(default_factory=list)  # uids of the passes or carnets created
    carnet_days_added: Decimal = Decimal(0)

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "member_id": self.member_id, "member_number": self.member_number,
                "member": self.member_name, "plan": self.plan_code, "description": self.description,
                "quantity": self.quantity, "total_excl_vat": money.format_plain(self.total_excl_vat_cents),
                "vat": money.format_plain(self.vat_cents),
                "total_incl_vat": money.format_plain(self.total_incl_vat_cents),
                "invoice_id": self.invoice_id, "invoice_number": self.invoice_number,
                "paid": money.format_plain(self.paid_cents), "payment_method": self.payment_method,
                "subscriptions": self.subscriptions, "carnet_days_added": f"{self.carnet_days_added:g}"}


def load_mode(session: Session, place_id: int) -> str:
    row = session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place_id,
                                                  PlaceSetting.key == SETTING_KEY)).first()
    mode = json.loads(row.value) if row is not None else IMMEDIATE
    return mode if mode in MODES else IMMEDIATE


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValidationError(_("mode: {value!r} is not one of {choices}").format(value=mode,
                                                                                choices=", ".join(MODES)), field="mode")
    return mode


def save_mode(session: Session, place_id: int, mode: str) -> None:
    check_mode(mode)
    row = session.exec(select(PlaceSetting).where(PlaceSetting.place_id == place_id,
                                                  PlaceSetting.key == SETTING_KEY)).first()
    row = row or PlaceSetting(place_id=place_id, key=SETTING_KEY, value="")
    row.value = json.dumps(mode)
    session.add(row)
    session.flush()


def parse_quantity(value: Any, kind: str) -> int:
    """A whole number of units, at least 1, at most what a desk sells of that kind at once."""
    text = str(value).strip() if value is not None else "1"
    if not (text.isascii() and text.isdigit()) or len(text) > 9:  # "²" is a digit to isdigit(), not to int()
        raise ValidationError(_("quantity: {value!r} is not a whole number of at least 1").format(value=text[:40]),
                              field="quantity")
    quantity = int(text)
    limit = MAX_QUANTITY[kind]
    if not 1 <= quantity <= limit:
        raise ValidationError(_("quantity: between 1 and {limit} for a {kind} sold at the desk").format(
            limit=limit, kind=kind), field="quantity")
    return quantity


def sellable_plan(session: Session, code: str) -> Plan:
    plan = plans.plan_row(session, code)
    if not plan.active:
        raise ValidationError(_("plan {code} is no longer sold").format(code=plan.code), field="plan")
    if plan.kind not in SALE_KINDS:
        raise ValidationError(_("plan {code} is a {kind} plan: the desk sells day and half-day passes, carnets "
                                "and extras; subscribe the member to it instead").format(code=plan.code,
                                                                                         kind=plan.kind),
                              field="plan")
    return plan


def _description(plan: Plan, day: dt.date) -> str:
    # Printed on the invoice: French, like the monthly run's lines (billing/month.py).
    if plan.kind in PASS_KINDS:
        return f"{plan.name} — {day:%d/%m/%Y}"
    if plan.kind == "carnet":
        return f"{plan.name} — acheté le {day:%d/%m/%Y}"
    return plan.name


def _month_draft(session: Session, place: Place, member: Member, month: Month) -> Invoice:
    draft = session.exec(select(Invoice).where(
        Invoice.place_id == place.id, Invoice.member_id == member.id, Invoice.kind == "invoice",
        Invoice.period_start == month.first, Invoice.period_end == month.last,
        col(Invoice.deleted_at).is_(None))).first()
    if draft is not None and draft.status == "issued":
        raise ValidationError(_("{member}'s invoice for {month} is already issued ({number}): invoice this sale "
                                "now instead").format(member=f"{member.first_name} {member.last_name}",
                                                      month=f"{MONTH_NAMES[month.month - 1]} {month.year}",
                                                      number=draft.number), field="mode")
    if draft is None:
        draft = Invoice(place_id=place.id, member_id=member.id, origin=place.code, period_start=month.first,
                        period_end=month.last)
        session.add(draft)
        session.flush()
    return draft


def _add_line(session: Session, invoice: Invoice, line: InvoiceLine) -> None:
    lines = list(session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)).all())
    line.invoice_id, line.origin = invoice.id, invoice.origin
    line.position = max((existing.position for existing in lines), default=0) + 1
    session.add(line)
    result = totals(LineAmount(Decimal(x.quantity_milli) / 1000, x.unit_price_cents, x.vat_rate_bp)
                    for x in [*lines, line])
    invoice.total_excl_vat_cents, invoice.vat_cents = result.total_excl_vat_cents, result.vat_cents
    invoice.total_incl_vat_cents = result.total_incl_vat_cents
    invoice.touch()
    session.add(invoice)
    session.flush()


def _check_payment(pay: str | None, mode: str) -> None:
    if pay is None:
        return
    if pay not in {m.value for m in PaymentMethod}:
        raise ValidationError(_("{value!r} is not a payment method (cash, cheque, transfer, card, debit)").format(
            value=pay), field="pay")
    if mode != IMMEDIATE:
        raise ValidationError(_("a payment now goes with an invoice issued now (mode immediate); the month's "
                                "invoice is paid when it is issued"), field="pay")


def _sell(session: Session, member: Member, plan: Plan, quantity: int, mode: str, pay: str | None, actor: str,
          *, subscribe: bool) -> SaleResult:
    place = local_place_row(session)
    if member.status != "active":
        raise ValidationError(_("{name} is not an active member: reactivate them before selling").format(
            name=f"{member.first_name} {member.last_name}"), field="member")
    _check_payment(pay, mode)
    day = clock.today_at(place.timezone)
    subscriptions: list[str] = []
    if subscribe and plan.kind in (*PASS_KINDS, "carnet"):
        end = day if plan.kind in PASS_KINDS else None
        for _unit in range(quantity):
            sub = plans.subscribe(session, member=member, plan_code=plan.code, start=day, end=end, actor=actor,
                                  billed_by_sale=True)
            subscriptions.append(sub.id)
    rate = plan.vat_rate_bp if place.vat_regime == "standard" else 0
    amount = LineAmount(Decimal(quantity), plan.price_cents, rate)
    line = InvoiceLine(invoice_id=0, origin=place.code, position=0, description=_description(plan, day),
                       quantity_milli=quantity * 1000, unit_price_cents=plan.price_cents, vat_rate_bp=rate,
                       total_excl_vat_cents=amount.net_cents, plan_id=plan.id, manual=True)
    if mode == IMMEDIATE:
        invoice = Invoice(place_id=place.id, member_id=member.id, origin=place.code, period_start=day, period_end=day,
                          note=f"Vente au comptoir du {day:%d/%m/%Y}")
        session.add(invoice)
        session.flush()
        _add_line(session, invoice, line)
        issue(session, invoice, on=day, actor=actor, paid_now=pay is not None)
    else:
        invoice = _month_draft(session, place, member, Month(day.year, day.month))
        _add_line(session, invoice, line)
    sale = totals([amount])
    paid = 0
    if pay is not None and invoice.total_incl_vat_cents > 0:
        applied, _extra = corrections.pay(session, invoice.number, amount=money.format_plain(
            invoice.total_incl_vat_cents), method=pay, on=day, actor=actor)
        paid = applied.amount_cents
    audit.record(session, actor=actor, action="sale.add", entity="invoice", entity_uid=invoice.uid,
                 details={"member": member.uid, "plan": plan.code, "quantity": quantity, "mode": mode,
                          "number": invoice.number, "total_incl_vat_cents": sale.total_incl_vat_cents, "paid": paid})
    units = Decimal(plan.units * quantity) if plan.kind == "carnet" and plan.units else Decimal(0)
    return SaleResult(mode, member.uid, display_number(place.code, member.number),
                      f"{member.first_name} {member.last_name}", member.email, plan.code, line.description, quantity,
                      sale.total_excl_vat_cents, sale.vat_cents, sale.total_incl_vat_cents, invoice.uid,
                      invoice.number, paid, pay if paid else None, subscriptions, units)


def sell(session: Session, *, member: str, plan: str, quantity: Any = 1, mode: str | None = None,
         pay: str | None = None, actor: str = "cli") -> SaleResult:
    """Sell ``quantity`` of ``plan`` to ``member`` (number or uid); ``mode`` overrides the place's choice."""
    place = local_place_row(session)
    chosen = check_mode(mode) if mode is not None else load_mode(session, place.id)
    product = sellable_plan(session, plan)
    count = parse_quantity(quantity, product.kind)
    return _sell(session, member_row(session, member), product, count, chosen, pay, actor, subscribe=True)


def sell_to_visitor(session: Session, *, first_name: str, last_name: str, plan: str, email: str | None = None,
                    mode: str | None = None, pay: str | None = None, actor: str = "cli") -> SaleResult:
    """A new visitor's day or half-day pass: the visitor is registered with the pass, and it is invoiced."""
    place = local_place_row(session)
    chosen = check_mode(mode) if mode is not None else load_mode(session, place.id)
    product = sellable_plan(session, plan)
    if product.kind not in PASS_KINDS:
        raise ValidationError(_("a visitor buys a day or half-day pass; register a member for {code}").format(
            code=product.code), field="plan")
    _check_payment(pay, chosen)
    day = clock.today_at(place.timezone)
    visitor = register_visitor(session, first_name=first_name, last_name=last_name, day=day, email=email,
                               pass_code=product.code, actor=actor)
    return _sell(session, member_row(session, visitor.id), product, 1, chosen, pay, actor, subscribe=False)
