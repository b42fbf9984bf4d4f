"""The monthly run: one draft per member with something to bill; drafts only, never an issued invoice.

Running the month again rebuilds each draft's computed lines and keeps the lines added by hand.
A member with nothing to bill has no draft. Overuse days and room hours are priced with the place's
day pass and room-hour plans (the first on sale of each kind); without one they are reported, not
billed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.billing import month as usage
from telecentre_desk.billing import network_visits
from telecentre_desk.billing.amounts import LineAmount, totals
from telecentre_desk.billing.month import DraftLine, Month
from telecentre_desk.common import clock
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Invoice, InvoiceLine, Member, Place
from telecentre_desk.db.uow import dbapi
from telecentre_desk.members.info import display_number
from telecentre_desk.places.service import local_place_row

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@dataclass
class RunSummary:
    month: str
    drafted: int = 0
    removed: int = 0
    issued_untouched: int = 0
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    # The same warnings as data, for the window to say in the host's language with names and local numbers:
    # {"kind": overuse_days | room_hours | network_days, "member": "FLO-0001 Marie Dupont", "quantity": "0.5",
    #  "place": visited place's name (network_days only)}.
    notices: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"month": self.month, "drafted": self.drafted, "removed": self.removed,
                "issued_untouched": self.issued_untouched, "warnings": self.warnings, "cancelled": self.cancelled}


def _rate_plan(conn, place_id: int, kind: str) -> tuple[int, str, int, int] | None:
    return conn.execute("SELECT id, name, price_cents, vat_rate_bp FROM plan WHERE place_id = ? AND kind = ? "
                        "AND active AND deleted_at IS NULL ORDER BY code LIMIT 1", (place_id, kind)).fetchone()


def _notice(kind: str, place: Place, member: Member, quantity: object, **extra: str) -> dict[str, str]:
    return {"kind": kind, "member": f"{display_number(place.code, member.number)} {member.first_name} "
            f"{member.last_name}", "quantity": str(quantity), **extra}


def _computed_lines(conn, place: Place, member: Member, month: Month, vat: bool,
                    warnings: list[str], notices: list[dict[str, str]]) -> list[DraftLine]:
    lines = usage.subscription_lines(conn, member.id, month, vat)
    tz = clock.zone(place.timezone)
    over = usage.overuse_days(conn, member.id, month)
    if over:
        plan = _rate_plan(conn, place.id, "day")
        if plan is None:
            warnings.append(f"{member.number}: {over} day(s) of overuse not billed: no day pass plan on sale")
            notices.append(_notice("overuse_days", place, member, over))
        else:
            lines.append(DraftLine(f"{plan[1]} — jours au-delà du carnet", over, plan[2], plan[3] if vat else 0,
                                   plan[0]))
    start, end = (clock.ts_text(t) for t in (
        clock.day_bounds_utc(month.first, tz)[0], clock.day_bounds_utc(month.last, tz)[1]))
    hours = usage.room_hours(conn, member.id, start, end)
    if hours:
        plan = _rate_plan(conn, place.id, "room_hour")
        if plan is None:
            warnings.append(f"{member.number}: {hours} h of room bookings not billed: no room-hour plan on sale")
            notices.append(_notice("room_hours", place, member, hours))
        else:
            lines.append(DraftLine(f"{plan[1]} — salles réservées", hours, plan[2], plan[3] if vat else 0, plan[0]))
    return lines


def _usage_note(conn, place: Place, member: Member, month: Month) -> str:
    present = usage.days_present(conn, place.id, member.id, month)
    left = usage.carnet_days_left(conn, member.id, month.last)
    note = f"Présence : {present} jour{'s' if present > 1 else ''} en {usage.MONTH_NAMES[month.month - 1]}"
    if left is not None:
        note += f" ; carnet : {left:g} jour{'s' if left > 1 else ''} restant{'s' if left > 1 else ''}"
    return note


def _write(session: Session, invoice: Invoice, computed: list[DraftLine]) -> None:
    manual = [line for line in session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)).all()
              if line.manual]
    for line in session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id,
                                                       col(InvoiceLine.manual).is_(False))).all():
        session.delete(line)
    amounts = []
    for position, line in enumerate(computed, start=1):
        amount = LineAmount(line.quantity, line.unit_price_cents, line.vat_rate_bp)
        amounts.append(amount)
        session.add(InvoiceLine(invoice_id=invoice.id, origin=invoice.origin, position=position,
                                description=line.description, quantity_milli=int(line.quantity * 1000),
                                unit_price_cents=line.unit_price_cents, vat_rate_bp=line.vat_rate_bp,
                                total_excl_vat_cents=amount.net_cents, plan_id=line.plan_id))
    for offset, line in enumerate(manual, start=len(computed) + 1):
        line.position = offset
        session.add(line)
        amounts.append(LineAmount(Decimal(line.quantity_milli) / 1000, line.unit_price_cents, line.vat_rate_bp))
    result = totals(amounts)
    invoice.total_excl_vat_cents = result.total_excl_vat_cents
    invoice.vat_cents = result.vat_cents
    invoice.total_incl_vat_cents = result.total_incl_vat_cents
    invoice.touch()
    session.add(invoice)


def run_month(session: Session, month: Month, *, actor: str = "cli", progress: Progress | None = None) -> RunSummary:
    """Draft every member's invoice for ``month``; ``progress`` may stop the run (nothing is then kept,
    as the caller's unit of work rolls back)."""
    place = local_place_row(session)
    conn = dbapi(session)
    if conn.execute("SELECT 1 FROM presence_month_closed WHERE place_id = ? AND month = ? AND rows_removed > 0",
                    (place.id, str(month))).fetchone():
        # Its per-member presence was replaced by anonymous counts (docs/rgpd.md): drafts would miss the days.
        raise ValidationError(_("{month} was invoiced, settled and its presence made anonymous: it cannot be "
                                "invoiced again (a credit note still can correct an invoice)").format(month=month),
                              field="month")
    vat = place.vat_regime == "standard"
    summary = RunSummary(str(month))
    # Network visits of our members, billed here when our rule is "home" (docs/network.md).
    roaming, roaming_warnings = network_visits.home_lines(conn, place_id=place.id, rule=place.network_billing,
                                                          vat=vat, month=month)
    summary.warnings.extend(text for text, _notice in roaming_warnings)
    summary.notices.extend(notice for _text, notice in roaming_warnings)
    drafts = {inv.member_id: inv for inv in session.exec(select(Invoice).where(
        Invoice.place_id == place.id, Invoice.kind == "invoice", Invoice.period_start == month.first,
        Invoice.period_end == month.last,  # not a sale's invoice of the 1st (billing/sales.py)
        col(Invoice.deleted_at).is_(None))).all()}
    people = session.exec(select(Member).where(Member.place_id == place.id, col(Member.deleted_at).is_(None))
                          .order_by(col(Member.number))).all()
    for done, member in enumerate(people, start=1):
        if progress is not None and not progress(done - 1, len(people)):
            summary.cancelled = True
            return summary
        existing = drafts.get(member.id)
        if existing is not None and existing.status == "issued":
            summary.issued_untouched += 1
            continue
        computed = (_computed_lines(conn, place, member, month, vat, summary.warnings, summary.notices)
                    + roaming.get(member.id, []))
        has_manual = existing is not None and session.exec(select(InvoiceLine).where(
            InvoiceLine.invoice_id == existing.id, col(InvoiceLine.manual).is_(True))).first() is not None
        if not computed and not has_manual:
            if existing is not None:
                for line in session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == existing.id)).all():
                    session.delete(line)
                session.flush()  # the lines go first: without ORM relationships the flush may not order them
                session.delete(existing)
                summary.removed += 1
            continue
        invoice = existing or Invoice(place_id=place.id, member_id=member.id, origin=place.code,
                                      period_start=month.first, period_end=month.last)
        invoice.note = _usage_note(conn, place, member, month)
        session.add(invoice)
        session.flush()
        _write(session, invoice, computed)
        summary.drafted += 1
    session.flush()  # the plain-SQL read models read through the same connection
    if progress is not None:
        progress(len(people), len(people))
    audit.record(session, actor=actor, action="invoice.run", details=summary.to_json())
    return summary
