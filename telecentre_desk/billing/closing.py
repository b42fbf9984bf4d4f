"""Monthly and yearly closings (clôtures) with perpetual cumulative totals, as CGI art. 286 I 3° bis asks.

A closing sums the period's sealed documents (invoices minus credit notes, by issue date; payments, by
date) and adds them to the previous closing's perpetual totals; the row is append-only (migration 0009),
chained like a document, and journaled. Once a month is closed nothing can be issued or paid with a date
inside it. Months close in order, without gaps, and only once every draft of the month is issued or
discarded; a year closes once its twelve months are. All of it is one transaction: a kill leaves either
the whole closing or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlmodel import Session, col, select

from telecentre_desk.audit import fiscal
from telecentre_desk.billing.month import Month
from telecentre_desk.common import clock, money
from telecentre_desk.common.errors import ConflictError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.ids import new_uid
from telecentre_desk.db.models import FiscalClosing
from telecentre_desk.db.uow import dbapi
from telecentre_desk.places.service import local_place_row


@dataclass(frozen=True, slots=True)
class ClosingInfo:
    kind: str
    period: str
    start: dt.date
    end: dt.date
    documents: int
    total_excl_vat_cents: int
    vat_cents: int
    total_incl_vat_cents: int
    payments_cents: int
    perpetual_total_cents: int
    perpetual_payments_cents: int
    footprint: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        for key in ("total_excl_vat_cents", "vat_cents", "total_incl_vat_cents", "payments_cents",
                    "perpetual_total_cents", "perpetual_payments_cents"):
            data[key.removesuffix("_cents")] = money.format_plain(data.pop(key))
        return data


def _info(row: FiscalClosing) -> ClosingInfo:
    return ClosingInfo(row.kind, row.period, row.start, row.end, row.documents, row.total_excl_vat_cents,
                       row.vat_cents, row.total_incl_vat_cents, row.payments_cents, row.perpetual_total_cents,
                       row.perpetual_payments_cents, row.last_footprint)


def closed_on(session: Session, day: dt.date) -> str | None:
    """The closed period containing ``day``, if any (issuing or paying there is refused)."""
    row = session.exec(select(FiscalClosing).where(FiscalClosing.start <= day, FiscalClosing.end >= day)).first()
    return row.period if row is not None else None


def refuse_if_closed(session: Session, day: dt.date) -> None:
    period = closed_on(session, day)
    if period is not None:
        raise ValidationError(_("{period} is closed: nothing can be issued or paid with a date inside it "
                                "(date {day})").format(period=period, day=f"{day:%d/%m/%Y}"), field="date")


def _sums(session: Session, start: dt.date, end: dt.date) -> tuple[int, int, int, int, int]:
    conn = dbapi(session)
    a, b = start.isoformat(), end.isoformat()
    docs, excl, vat, incl = conn.execute(
        "SELECT count(*), coalesce(sum(CASE kind WHEN 'credit_note' THEN -total_excl_vat_cents "
        "ELSE total_excl_vat_cents END), 0), coalesce(sum(CASE kind WHEN 'credit_note' THEN -vat_cents "
        "ELSE vat_cents END), 0), coalesce(sum(CASE kind WHEN 'credit_note' THEN -total_incl_vat_cents "
        "ELSE total_incl_vat_cents END), 0) FROM invoice WHERE status = 'issued' AND issue_date BETWEEN ? AND ?",
        (a, b)).fetchone()
    paid_count, paid = conn.execute("SELECT count(*), coalesce(sum(amount_cents), 0) FROM payment "
                                    "WHERE deleted_at IS NULL AND paid_on BETWEEN ? AND ?", (a, b)).fetchone()
    return docs + paid_count, excl, vat, incl, paid


def _last(session: Session, kind: str) -> FiscalClosing | None:
    return session.exec(select(FiscalClosing).where(FiscalClosing.kind == kind)
                        .order_by(col(FiscalClosing.end).desc()).limit(1)).first()


def _record(session: Session, kind: str, period: str, start: dt.date, end: dt.date, actor: str) -> ClosingInfo:
    if session.exec(select(FiscalClosing).where(FiscalClosing.kind == kind,
                                                FiscalClosing.period == period)).first() is not None:
        raise ConflictError(_("{period} is already closed").format(period=period))
    documents, excl, vat, incl, paid = _sums(session, start, end)
    last = _last(session, kind)
    perpetual, perpetual_paid = (last.perpetual_total_cents, last.perpetual_payments_cents) if last else (0, 0)
    link = fiscal.last_link(session)
    row = FiscalClosing(uid=new_uid(), kind=kind, period=period, start=start, end=end, documents=documents,
                        total_excl_vat_cents=excl, vat_cents=vat, total_incl_vat_cents=incl, payments_cents=paid,
                        perpetual_total_cents=perpetual + incl, perpetual_payments_cents=perpetual_paid + paid,
                        last_footprint=link.footprint if link else fiscal.GENESIS)
    session.add(row)
    session.flush()
    content = {**_info(row).to_json(), "uid": row.uid, "last_footprint": row.last_footprint}
    mark = fiscal.chain(session, doc_type="closing", doc_uid=row.uid, reference=f"closing:{period}", content=content)
    fiscal.record(session, actor=actor, action=f"closing.{kind}", details={**content, "footprint": mark})
    return _info(row)


def close_month(session: Session, text: str, *, actor: str = "cli") -> ClosingInfo:
    try:
        month = Month.parse(str(text).strip())
    except ValueError:
        raise ValidationError(_("{value!r} is not a month (YYYY-MM)").format(value=text), field="month") from None
    place = local_place_row(session)
    today = clock.today_at(place.timezone)
    if month.last >= today:
        raise ValidationError(_("{month} is not over yet: it can be closed from {day}").format(
            month=text, day=f"{month.last + dt.timedelta(days=1):%d/%m/%Y}"), field="month")
    drafts = dbapi(session).execute(
        "SELECT count(*) FROM invoice WHERE status = 'draft' AND deleted_at IS NULL AND period_start <= ? "
        "AND period_end >= ?", (month.last.isoformat(), month.first.isoformat())).fetchone()[0]
    if drafts:
        raise ValidationError(_("{month} still has {count} draft(s): issue or discard them before closing").format(
            month=text, count=drafts), field="month")
    last = _last(session, "month")
    if last is not None and last.end + dt.timedelta(days=1) != month.first:
        if last.end >= month.first:
            raise ConflictError(_("{month} is already closed (the last closed month is {last})").format(
                month=str(month), last=last.period))
        following = last.end + dt.timedelta(days=1)
        raise ValidationError(_("close the months in order: {expected} first").format(
            expected=str(Month(following.year, following.month))), field="month")
    return _record(session, "month", str(month), month.first, month.last, actor)


def close_year(session: Session, text: str, *, actor: str = "cli") -> ClosingInfo:
    if not re.fullmatch(r"\d{4}", str(text).strip()):
        raise ValidationError(_("year: {value!r} is not a year (YYYY)").format(value=text), field="year")
    year = int(text)
    months = {row.period for row in session.exec(select(FiscalClosing).where(FiscalClosing.kind == "month"))}
    missing = [f"{year}-{m:02d}" for m in range(1, 13) if f"{year}-{m:02d}" not in months]
    if missing:
        raise ValidationError(_("close every month of {year} first; not closed: {months}").format(
            year=year, months=", ".join(missing)), field="year")
    return _record(session, "year", str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), actor)


def list_closings(session: Session) -> list[ClosingInfo]:
    return [_info(r) for r in session.exec(select(FiscalClosing).order_by(col(FiscalClosing.id))).all()]
