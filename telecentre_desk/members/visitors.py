"""Visitors and guests signed in at the desk: a member record of their own kind, no badge.

A visitor buys a day or half-day pass (a subscription to that plan for that day only, billed by the
invoicing run); a guest is invited by a member and counted for reports under the host member.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from telecentre_desk.audit import service as audit
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Member, MemberKind, Plan, PlanKind
from telecentre_desk.members.fields import clean_member_fields
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.members.service import get_member, member_row, next_number
from telecentre_desk.places.service import local_place_row
from telecentre_desk.plans import service as plans

PASS_KINDS = (PlanKind.DAY.value, PlanKind.HALFDAY.value)


def register_visitor(session: Session, *, first_name: str, last_name: str, day: dt.date,
                     pass_code: str | None = None, guest_of: str | None = None, email: str | None = None,
                     actor: str = "host") -> MemberInfo:
    """A visitor with a day pass (``pass_code``) or a member's guest (``guest_of``), for ``day``."""
    if (pass_code is None) == (guest_of is None):
        raise ValidationError(_("a visitor buys a day pass or is a member's guest (one of the two)"), field="kind")
    place = local_place_row(session)
    clean = clean_member_fields({"first_name": first_name, "last_name": last_name, "email": email,
                                 "category": "other"}, creating=True)
    host: Member | None = None
    if guest_of is not None:
        host = member_row(session, guest_of)
        if host.kind != MemberKind.MEMBER.value or host.status != "active":
            raise ValidationError(_("a guest is invited by an active member"), field="guest_of")
    visitor = Member(place_id=place.id, origin=place.code, number=next_number(session, place.id),
                     kind=MemberKind.GUEST.value if host else MemberKind.VISITOR.value,
                     guest_of_id=host.id if host else None, joined_on=day, **clean)
    session.add(visitor)
    session.flush()
    if pass_code is not None:
        plan: Plan = plans.plan_row(session, pass_code)
        if plan.kind not in PASS_KINDS:
            raise ValidationError(_("plan {code} is not a day or half-day pass").format(code=plan.code), field="pass")
        plans.subscribe(session, member=visitor, plan_code=plan.code, start=day, end=day, actor=actor)
    audit.record(session, actor=actor, action="visitor.add", entity="member", entity_uid=visitor.uid,
                 details={"kind": visitor.kind, "pass": pass_code, "guest_of": host.uid if host else None})
    return get_member(session, visitor.uid)
