"""Register the drawn profiles through the services: members, their subscriptions, leavers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert
from sqlmodel import Session, select

from telecentre_desk.common import clock
from telecentre_desk.common.ids import new_uid
from telecentre_desk.db.models import DayUsage, Member, Subscription
from telecentre_desk.demo.people import Profile
from telecentre_desk.demo.place_setup import ACTOR, CARNET, PLANS
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans

CARNET_HALF_DAYS = 2 * next(p.units for p in PLANS if p.code == CARNET and p.units)


def register_members(session: Session, profiles: list[Profile]) -> list[Member]:
    """One ``add_member`` per profile (numbers follow joining order); returns the rows."""
    rows: list[Member] = []
    for profile in profiles:
        info = members.add_member(session, actor=ACTOR, **(profile.fields or {}))
        row = members.member_row(session, info.id)
        # The service dates a member from today; the demo's members joined over the years.
        row.joined_on = profile.joined_on
        session.add(row)
        rows.append(row)
    session.flush()
    return rows


@dataclass(frozen=True, slots=True)
class Carnet:
    start: dt.date
    end: dt.date | None  # last day, None while it still has days
    left: int  # half days
    used: tuple[tuple[dt.date, int], ...]  # (day, half days) charged to it


def _carnets(joined_on: dt.date, visits: list[tuple[dt.date, int]]) -> list[Carnet]:
    """Consecutive carnets paying for the visits; one that cannot pay the next visit ends on its last."""
    carnets: list[Carnet] = []
    start, left, used = joined_on, CARNET_HALF_DAYS, []
    for day, half_days in visits:
        if half_days > left:
            carnets.append(Carnet(start, used[-1][0] if used else start, left, tuple(used)))
            start, left, used = day, CARNET_HALF_DAYS, []
        left -= half_days
        used.append((day, half_days))
    carnets.append(Carnet(start, None, left, tuple(used)))
    return carnets


def subscribe_members(session: Session, profiles: list[Profile], rows: list[Member],
                      visits: dict[int, list[tuple[dt.date, int]]]) -> int:
    """Give each member the subscriptions their profile implies; returns how many were made.

    Carnets are written as the desk leaves them: days left on the subscription, and one
    ``day_usage`` row per day charged to it.
    """
    made = 0
    usage: list[dict[str, object]] = []
    for profile, row in zip(profiles, rows, strict=True):
        if profile.plan is None:
            continue
        if profile.plan != CARNET:
            plans.subscribe(session, member=row, plan_code=profile.plan, start=profile.joined_on,
                            end=profile.left_on, actor=ACTOR)
            made += 1
            continue
        for carnet in _carnets(profile.joined_on, visits.get(row.id or 0, [])):
            info = plans.subscribe(session, member=row, plan_code=CARNET, start=carnet.start,
                                   end=carnet.end or profile.left_on, actor=ACTOR)
            sub = session.exec(select(Subscription).where(Subscription.uid == info.id)).one()
            sub.remaining_half_days = carnet.left
            session.add(sub)
            session.flush()
            usage += [_usage_row(row, sub.id, day, half_days) for day, half_days in carnet.used]
            made += 1
    if usage:
        session.execute(insert(DayUsage.__table__), usage)  # type: ignore[arg-type]
    session.flush()
    return made


def _usage_row(member: Member, subscription_id: int | None, day: dt.date,
               half_days: int) -> dict[str, object]:
    now = clock.now()
    return {"uid": new_uid(), "origin": member.origin, "created_at": now, "updated_at": now,
            "member_id": member.id, "place_id": member.place_id, "day": day,
            "subscription_id": subscription_id, "half_days": half_days, "overuse": False}


def mark_leavers(session: Session, profiles: list[Profile], rows: list[Member]) -> int:
    """Members who left are inactive (their subscriptions already end on their last day)."""
    left = 0
    for profile, row in zip(profiles, rows, strict=True):
        if profile.left_on is not None:
            members.edit_member(session, row.uid, status="inactive", actor=ACTOR)
            left += 1
    return left
