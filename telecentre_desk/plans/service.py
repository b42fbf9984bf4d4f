"""Keep the catalogue and subscribe members to plans. Prices are integer cents excluding VAT."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.common import money, validation
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Member, Plan, PlanKind, Subscription
from telecentre_desk.db.uow import dbapi
from telecentre_desk.places.service import local_place_row
from telecentre_desk.plans import billed_months
from telecentre_desk.plans.info import KINDS_WITH_UNITS, PlanInfo, read_plans


@dataclass(frozen=True, slots=True)
class SubscriptionInfo:
    id: str
    member_id: str
    plan_code: str
    start_date: dt.date
    end_date: dt.date | None
    remaining_half_days: int | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "member_id": self.member_id, "plan_code": self.plan_code,
                "start": self.start_date.isoformat(),
                "end": self.end_date.isoformat() if self.end_date else None,
                "remaining_days": None if self.remaining_half_days is None else self.remaining_half_days / 2}


def _info(plan: Plan) -> PlanInfo:
    return PlanInfo(id=plan.uid, code=plan.code, name=plan.name, kind=plan.kind,
                    price_cents=plan.price_cents, vat_rate_bp=plan.vat_rate_bp, units=plan.units,
                    active=plan.active, network=plan.network, description=plan.description)


def clean_plan_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """Validate plan fields as typed (price in euros, rate in percent) into their stored form."""
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            clean["name"] = validation.required_text(value, field="name", max_length=120)
        elif key == "kind":
            kinds = {k.value for k in PlanKind}
            if value not in kinds:
                choices = ", ".join(sorted(kinds))
                raise ValidationError(_("{field}: {value!r} is not one of {choices}").format(
                    field="kind", value=value, choices=choices), field="kind")
            clean["kind"] = value
        elif key == "price":
            clean["price_cents"] = money.parse_amount(value, field="price")
        elif key == "vat_rate":
            clean["vat_rate_bp"] = money.rate_to_basis_points(money.parse_rate(value))
        elif key == "units":
            if value in (None, ""):
                clean["units"] = None
                continue
            try:
                units = int(str(value).strip())
            except ValueError:
                raise ValidationError(_("{field}: {value!r} is not a whole number").format(field="units", value=value),
                                      field="units") from None
            if not 1 <= units <= 1000:
                raise ValidationError(_("{field}: a carnet holds between 1 and 1000 days").format(field="units"),
                                      field="units")
            clean["units"] = units
        elif key in ("active", "network"):
            clean[key] = bool(value)
        elif key == "description":
            clean["description"] = validation.optional_text(value, field="description", max_length=500)
        else:
            raise ValidationError(_("{field}: not a field of a plan").format(field=key), field=key)
    return clean


def _check_units(plan: Plan) -> None:
    if plan.kind in KINDS_WITH_UNITS and not plan.units:
        raise ValidationError(_("{field}: a carnet needs its number of days (--units N)").format(field="units"),
                              field="units")
    if plan.kind not in KINDS_WITH_UNITS and plan.units:
        raise ValidationError(_("{field}: only a carnet has a number of days, not a {kind} plan").format(
            field="units", kind=plan.kind), field="units")


def plan_row(session: Session, code: str) -> Plan:
    place = local_place_row(session)
    plan = session.exec(select(Plan).where(Plan.place_id == place.id, Plan.code == code.strip(),
                                           col(Plan.deleted_at).is_(None))).first()
    if plan is None:
        raise NotFoundError(_("no plan with code {code!r} (see 'telecentre-desk plan list')").format(code=code))
    return plan


def add_plan(session: Session, *, code: str, name: str, kind: str, price: str,
             vat_rate: str = "20", units: str | int | None = None, actor: str = "cli",
             **extra: Any) -> PlanInfo:
    place = local_place_row(session)
    code = validation.plan_code(code)
    if session.exec(select(Plan).where(Plan.place_id == place.id, Plan.code == code)).first():
        raise ConflictError(_("a plan with code {code} already exists").format(code=code))
    clean = clean_plan_fields({"name": name, "kind": kind, "price": price, "vat_rate": vat_rate,
                               "units": units, **extra})
    plan = Plan(place_id=place.id, origin=place.code, code=code, **clean)
    _check_units(plan)
    session.add(plan)
    session.flush()
    audit.record(session, actor=actor, action="plan.add", entity="plan", entity_uid=plan.uid,
                 details={"code": code, "price_cents": plan.price_cents})
    return _info(plan)


def edit_plan(session: Session, code: str, *, actor: str = "cli", **changes: Any) -> PlanInfo:
    """Change a plan; prices already on issued invoices stay as they were printed."""
    plan = plan_row(session, code)
    clean = clean_plan_fields(changes)
    before = {k: getattr(plan, k) for k in clean}
    for key, value in clean.items():
        setattr(plan, key, value)
    _check_units(plan)
    plan.touch()
    session.add(plan)
    session.flush()
    audit.record(session, actor=actor, action="plan.edit", entity="plan", entity_uid=plan.uid,
                 details={"before": before, "after": clean})
    return _info(plan)


def list_plans(session: Session, *, include_inactive: bool = True) -> list[PlanInfo]:
    local_place_row(session)  # the clear "no place set up yet" error
    return read_plans(dbapi(session), include_inactive=include_inactive)


def subscribe(session: Session, *, member: Member, plan_code: str, start: dt.date,
              end: dt.date | None = None, actor: str = "cli", billed_by_sale: bool = False) -> SubscriptionInfo:
    """Subscribe a member to a plan from ``start``; a carnet starts with all its days.

    Refused in a month already invoiced to the member (``billed_months``), unless a sale at the desk
    bills it with its own line (``billed_by_sale``).
    """
    plan = plan_row(session, plan_code)
    if not plan.active:
        raise ValidationError(_("plan {code} is no longer sold").format(code=plan.code), field="plan")
    if end is not None and end < start:
        raise ValidationError(_("{field}: the subscription ends before it starts").format(field="end"), field="end")
    if not billed_by_sale and member.id is not None:
        billed_months.refuse_if_invoiced(session, member_id=member.id, effective=start)
    sub = Subscription(member_id=member.id, plan_id=plan.id, origin=member.origin, start_date=start,
                       end_date=end, remaining_half_days=plan.units * 2 if plan.units else None)
    session.add(sub)
    session.flush()
    audit.record(session, actor=actor, action="subscription.add", entity="subscription", entity_uid=sub.uid,
                 details={"member": member.uid, "plan": plan.code, "start": start.isoformat()})
    return SubscriptionInfo(sub.uid, member.uid, plan.code, start, end, sub.remaining_half_days)


def end_open_subscriptions(session: Session, *, member_id: int, last_day: dt.date,
                           kinds: tuple[str, ...] | None = None) -> int:
    """End every subscription of a member still running after ``last_day`` (of ``kinds`` only, when given);
    returns how many. A monthly plan cut short inside an invoiced month is refused (``billed_months``)."""
    rows = session.exec(select(Subscription, Plan.kind).join(Plan, col(Plan.id) == col(Subscription.plan_id)).where(
        Subscription.member_id == member_id, col(Subscription.deleted_at).is_(None))).all()
    chosen = [(sub, kind) for sub, kind in rows if kinds is None or kind in kinds]
    if any(kind == PlanKind.MONTHLY.value and (sub.end_date is None or sub.end_date > last_day)
           for sub, kind in chosen):
        billed_months.refuse_if_invoiced(session, member_id=member_id, effective=last_day + dt.timedelta(days=1))
    ended = 0
    for sub, _kind in chosen:
        if sub.end_date is None or sub.end_date > last_day:
            sub.end_date = max(last_day, sub.start_date)
            sub.touch()
            session.add(sub)
            ended += 1
    return ended


def change_plan(session: Session, *, member: Member, plan_code: str, on: dt.date, actor: str = "cli"
                ) -> SubscriptionInfo:
    """Move a member to another monthly plan from ``on``: the current monthly plans end the day before.

    Refused when ``on`` falls in a month already invoiced to the member (issue a credit note first).
    """
    plan = plan_row(session, plan_code)
    if plan.kind != PlanKind.MONTHLY.value:
        raise ValidationError(_("plan {code} is a {kind} plan: a plan change moves to a monthly plan (carnets and "
                                "passes are sold at the desk)").format(code=plan.code, kind=plan.kind), field="plan")
    billed_months.refuse_if_invoiced(session, member_id=member.id, effective=on)
    end_open_subscriptions(session, member_id=member.id, last_day=on - dt.timedelta(days=1),
                           kinds=(PlanKind.MONTHLY.value,))
    return subscribe(session, member=member, plan_code=plan.code, start=on, actor=actor)


def member_subscriptions(session: Session, member: Member) -> list[SubscriptionInfo]:
    rows = session.exec(select(Subscription, Plan).join(Plan, col(Plan.id) == col(Subscription.plan_id))
                        .where(Subscription.member_id == member.id, col(Subscription.deleted_at).is_(None))
                        .order_by(col(Subscription.start_date))).all()
    return [SubscriptionInfo(s.uid, member.uid, p.code, s.start_date, s.end_date, s.remaining_half_days)
            for s, p in rows]
