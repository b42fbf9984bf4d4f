"""Register the drawn profiles through the services: members, their subscriptions, leavers."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from telecentre_desk.db.models import Member, Subscription
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


def _carnets(joined_on: dt.date, visits: list[tuple[dt.date, int]]
             ) -> list[tuple[dt.date, dt.date | None, int]]:
    """Consecutive carnets covering the visits: (start, last day or None, half days left).

    A carnet that cannot pay the next visit ends on its last visit and a new one starts.
    """
    carnets: list[tuple[dt.date, dt.date | None, int]] = []
    start, left, last_used = joined_on, CARNET_HALF_DAYS, joined_on
    for day, used in visits:
        if used > left:
            carnets.append((start, max(last_used, start), left))
            start, left = day, CARNET_HALF_DAYS
        left -= used
        last_used = day
    carnets.append((start, None, left))
    return carnets


def subscribe_members(session: Session, profiles: list[Profile], rows: list[Member],
                      visits: dict[int, list[tuple[dt.date, int]]]) -> int:
    """Give each member the subscriptions their profile implies; returns how many were made."""
    made = 0
    for profile, row in zip(profiles, rows, strict=True):
        if profile.plan is None:
            continue
        if profile.plan != CARNET:
            plans.subscribe(session, member=row, plan_code=profile.plan, start=profile.joined_on,
                            end=profile.left_on, actor=ACTOR)
            made += 1
            continue
        for start, end, left in _carnets(profile.joined_on, visits.get(row.id or 0, [])):
            info = plans.subscribe(session, member=row, plan_code=CARNET, start=start,
                                   end=end if end is not None else profile.left_on, actor=ACTOR)
            # What the member has really used: no service consumes carnet days yet.
            sub = session.exec(select(Subscription).where(Subscription.uid == info.id)).one()
            sub.remaining_half_days = left
            session.add(sub)
            made += 1
    session.flush()
    return made


def mark_leavers(session: Session, profiles: list[Profile], rows: list[Member]) -> int:
    """Members who left are inactive (their subscriptions already end on their last day)."""
    left = 0
    for profile, row in zip(profiles, rows, strict=True):
        if profile.left_on is not None:
            members.edit_member(session, row.uid, status="inactive", actor=ACTOR)
            left += 1
    return left
