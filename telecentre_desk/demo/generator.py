"""Fill an empty database with a realistic demo place: the Télécentre de Florac and its history.

Deterministic for a seed and a ``today``: the same members, plans and number of events each time
(uids are random, as everywhere else). Runs inside the caller's unit of work, like any service.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from telecentre_desk.common import clock
from telecentre_desk.common.errors import ConflictError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.models import Place
from telecentre_desk.db.uow import dbapi
from telecentre_desk.demo import enrolment, place_setup
from telecentre_desk.demo.closures import closures_between
from telecentre_desk.demo.history import Attendee, generate_history, open_days
from telecentre_desk.demo.people import Profile, draw_profiles
from telecentre_desk.occupancy import daily
from telecentre_desk.places import opening_hours

logger = logging.getLogger(__name__)

MAX_MONTHS = 240  # twenty years: more is no longer a demo


@dataclass(frozen=True, slots=True)
class DemoSummary:
    place_code: str
    members: int
    plans: int
    spaces: int
    desks: int
    events: int
    first_day: dt.date  # the history covers first_day to last_day, both local days
    last_day: dt.date
    subscriptions: int = 0
    closures: int = 0
    inactive_members: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"place_code": self.place_code, "members": self.members, "plans": self.plans,
                "spaces": self.spaces, "desks": self.desks, "events": self.events,
                "first_day": self.first_day.isoformat(), "last_day": self.last_day.isoformat(),
                "subscriptions": self.subscriptions, "closures": self.closures,
                "inactive_members": self.inactive_members}


def months_back(day: dt.date, months: int) -> dt.date:
    """The first day of the ``months`` months ending on ``day`` (27 May for 6 months to 26 Nov)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    next_month = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last_of_month = (next_month - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(day.day, last_of_month)) + dt.timedelta(days=1)


def _refuse_non_empty(session: Session) -> None:
    place = session.exec(select(Place).order_by(Place.is_local.desc())).first()  # type: ignore[attr-defined]
    if place is not None:
        raise ConflictError(_("this database already has a place ({code}); use a new --db for the demo").format(
            code=place.code))


def _attendees(profiles: list[Profile], member_ids: list[int], desks: dict[int, int],
               first_day: dt.date, last_day: dt.date) -> list[Attendee]:
    return [Attendee(member_id=member_id, first_day=max(p.joined_on, first_day),
                     last_day=min(p.left_on or last_day, last_day), p_weekday=p.p_weekday,
                     p_saturday=p.p_saturday, half_day_share=p.half_day_share, absences=p.absences,
                     desk_id=desks.get(member_id))
            for p, member_id in zip(profiles, member_ids, strict=True)]


def generate_demo(session: Session, *, members: int = 40, months: int = 6, seed: int = 2026,
                  today: dt.date | None = None) -> DemoSummary:
    """Create the demo place, its catalogue, rooms, members and ``months`` months of check-ins.

    Raises:
        ConflictError: the database already has a place.
        ValidationError: a count out of range.
    """
    if not 1 <= members <= 1000:
        raise ValidationError(_("{field}: between {low} and {high}").format(field="members", low=1, high=1000),
                              field="members")
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError(_("{field}: between {low} and {high}").format(field="months", low=1, high=MAX_MONTHS),
                              field="months")
    _refuse_non_empty(session)
    started = time.perf_counter()
    rng = random.Random(seed)
    place_id = place_setup.create_place(session)
    tz = clock.zone(place_setup.PLACE_DETAILS["timezone"])
    now = clock.now()
    last_day = today or clock.local_day(now, tz)
    first_day = months_back(last_day, months)
    hours = opening_hours.parse(place_setup.OPENING_HOURS)
    plan_count = place_setup.create_plans(session)
    space_count, desks = place_setup.create_spaces(session, place_id)
    closures = closures_between(first_day, dt.date(last_day.year, 12, 31))
    place_setup.create_closures(session, place_id, closures)
    closed = {c.start + dt.timedelta(days=i) for c in closures for i in range((c.end - c.start).days + 1)}

    profiles = draw_profiles(members, first_day=first_day, today=last_day, resident_desks=len(desks), rng=rng)
    rows = enrolment.register_members(session, profiles)
    member_ids = [row.id for row in rows if row.id is not None]
    residents = [m for p, m in zip(profiles, member_ids, strict=True) if p.plan == place_setup.RESIDENT]
    fixed = place_setup.assign_desks(session, desks, residents)
    carnet_holders = {m for p, m in zip(profiles, member_ids, strict=True) if p.plan == place_setup.CARNET}

    history = generate_history(
        session, place_id=place_id, origin=place_setup.PLACE_CODE,
        attendees=_attendees(profiles, member_ids, fixed, first_day, last_day),
        days=open_days(first_day, last_day, hours, closed.__contains__),
        hours=hours, tz=tz, now=now, tracked=carnet_holders, rng=rng)
    subscriptions = enrolment.subscribe_members(session, profiles, rows, history.visits)
    inactive = enrolment.mark_leavers(session, profiles, rows)
    session.flush()
    daily.rebuild(dbapi(session), place_id=place_id, tz=tz)  # presence per day, as the scans keep it
    logger.info("demo: %d members, %d events in %.1f s", members, history.events,
                time.perf_counter() - started)
    return DemoSummary(place_code=place_setup.PLACE_CODE, members=len(rows), plans=plan_count,
                       spaces=space_count, desks=len(desks), events=history.events, first_day=first_day,
                       last_day=last_day, subscriptions=subscriptions, closures=len(closures),
                       inactive_members=inactive)
