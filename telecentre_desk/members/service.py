"""Register, find, edit and deactivate members. A member is known outside the core by its uid
(``id`` in JSON) or by its short number, never by a live ORM object."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.common import clock, plausibility
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.ids import is_uid
from telecentre_desk.db.models import Member, MemberStatus, Place
from telecentre_desk.db.uow import dbapi
from telecentre_desk.members import listing
from telecentre_desk.members.fields import check_status, clean_member_fields
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.places.service import local_place_row
from telecentre_desk.plans import service as plans

_DISPLAY_NUMBER_RE = re.compile(r"^([A-Za-z][A-Za-z0-9]{1,7})-(\d{1,6})$")


def _today(session: Session) -> dt.date:
    place = local_place_row(session)
    return clock.today_at(place.timezone)


def member_row(session: Session, ref: str | int) -> Member:
    """The member named by uid, short number (``42``) or display number (``FLO-0042``).

    Raises:
        NotFoundError: nobody matches.
    """
    place = local_place_row(session)
    text = str(ref).strip()
    query = select(Member).where(col(Member.deleted_at).is_(None))
    if is_uid(text):
        member = session.exec(query.where(Member.uid == text.lower())).first()
    else:
        match = _DISPLAY_NUMBER_RE.match(text)
        code, digits = (match.group(1).upper(), match.group(2)) if match else (place.code, text)
        number = plausibility.stored_number(digits)
        if number is None and not (digits.isascii() and digits.isdigit()):
            raise NotFoundError(_("{value!r} is neither a member number (e.g. 42 or {code}-0042) nor an id").format(
                value=text, code=place.code))
        home = place if code == place.code else session.exec(select(Place).where(Place.code == code)).first()
        if number is None:  # digits, but more than SQLite can hold: nobody has that number
            home = None
        member = None if home is None else session.exec(
            query.where(Member.place_id == home.id, Member.number == number)).first()
    if member is None:
        raise NotFoundError(_("no member {ref}").format(ref=text))
    return member


def get_member(session: Session, ref: str | int) -> MemberInfo:
    member = member_row(session, ref)
    return listing.list_members(dbapi(session), today=_today(session), local_only=False, include_visitors=True,
                                uids=[member.uid])[0]


def list_members(session: Session, *, search: str | None = None, status: str | None = None,
                 category: str | None = None) -> list[MemberInfo]:
    """Members of the local place, by last name; ``search`` matches names, email, company, number."""
    return listing.list_members(dbapi(session), today=_today(session), search=search,
                                status=check_status(status) if status else None, category=category)


def next_number(session: Session, place_id: int) -> int:
    highest = session.exec(select(func.max(Member.number)).where(Member.place_id == place_id)).one()
    return (highest or 0) + 1


def _check_company(member: Member) -> None:
    # A business is invoiced as one (SIREN on the invoice, mandatory for B2B from the 2026-2027 reform).
    if member.category == "company" and not member.siren:
        raise ValidationError(_("{field}: a business customer (category company) needs its SIREN, printed on its "
                                "invoices").format(field="siren"), field="siren")
    if member.siren and not member.company_name:
        raise ValidationError(_("{field}: a SIREN goes with the company's name").format(field="company_name"),
                              field="company_name")


def add_member(session: Session, *, actor: str = "cli", plan_code: str | None = None,
               start: dt.date | None = None, number: int | None = None, joined_on: dt.date | None = None,
               **details: Any) -> MemberInfo:
    """Register a member in the local place, with an optional first subscription.

    ``number`` keeps a number the place already uses (a spreadsheet import), else the next one is taken;
    ``joined_on`` defaults to the plan's start, else today.
    """
    place = local_place_row(session)
    clean = clean_member_fields(details, creating=True)
    clean.setdefault("category", "freelancer")
    if start is not None and plan_code is None:
        raise ValidationError(_("start: a start date goes with --plan"), field="plan")
    for day, name in ((start, "start"), (joined_on, "joined_on")):  # the window, the CLI and spreadsheets alike
        if day is not None:
            plausibility.check_day(day, field=name)
    if number is not None and (number < 1 or session.exec(select(Member.id).where(
            Member.place_id == place.id, Member.number == number)).first() is not None):
        raise ConflictError(_("number {number} is already used at this place, or is not a member number").format(
            number=number))
    member = Member(place_id=place.id, origin=place.code,
                    number=number if number is not None else next_number(session, place.id),
                    joined_on=joined_on or start or clock.today_at(place.timezone), **clean)
    _check_company(member)
    session.add(member)
    session.flush()
    if plan_code:
        plans.subscribe(session, member=member, plan_code=plan_code, start=start or member.joined_on,
                        actor=actor)
    audit.record(session, actor=actor, action="member.add", entity="member", entity_uid=member.uid,
                 details={"number": member.number, "name": f"{member.first_name} {member.last_name}"})
    return get_member(session, member.uid)


def edit_member(session: Session, ref: str | int, *, actor: str = "cli", status: str | None = None,
                joined_on: dt.date | None = None, **changes: Any) -> MemberInfo:
    """Change the given fields of a member; ``status`` reactivates or deactivates."""
    member = member_row(session, ref)
    if member.status == MemberStatus.ERASED:
        raise ValidationError(_("this member's data was erased on request; it cannot be edited"), field="status")
    clean = clean_member_fields(changes, creating=False)
    if status is not None:
        clean["status"] = check_status(status)
    if joined_on is not None:
        clean["joined_on"] = joined_on
    before = {k: getattr(member, k) for k in clean}
    for key, value in clean.items():
        setattr(member, key, value)
    _check_company(member)
    member.touch()
    session.add(member)
    session.flush()
    audit.record(session, actor=actor, action="member.edit", entity="member", entity_uid=member.uid,
                 details={"before": before, "after": clean})
    return get_member(session, member.uid)


def deactivate_member(session: Session, ref: str | int, *, actor: str = "cli") -> MemberInfo:
    """Mark a member inactive and end their open subscriptions today (they are not billed again)."""
    member = member_row(session, ref)
    place = session.get(Place, member.place_id)
    today = clock.today_at(place.timezone)
    ended = plans.end_open_subscriptions(session, member_id=member.id, last_day=today)
    member.status = MemberStatus.INACTIVE.value
    member.touch()
    session.add(member)
    session.flush()
    audit.record(session, actor=actor, action="member.deactivate", entity="member", entity_uid=member.uid,
                 details={"subscriptions_ended": ended})
    return get_member(session, member.uid)
