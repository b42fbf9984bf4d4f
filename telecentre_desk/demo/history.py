"""Months of check-ins and check-outs, inserted in bulk.

The ORM costs about a millisecond a row; ten years of a 300-member place is close to a million
events, so rows go through one Core ``executemany`` per chunk, in time order (ids then grow with
time, as they do at a real desk).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlmodel import Session

from telecentre_desk.common import clock
from telecentre_desk.common.ids import new_uid
from telecentre_desk.db.models import CheckEvent, Direction, EventSource
from telecentre_desk.places.opening_hours import WeeklyHours

CHUNK_ROWS = 20_000
SHORT_OPENING_SECONDS = 5 * 3600  # a Saturday morning: one stay, no half days
# The desk charges a carnet a full day unless the place sets a half-day limit; the demo sets none.
FULL_DAY = 2  # half days
MIN_STAY_SECONDS = 30 * 60
FORGOT_CHECKOUT = 0.02  # the out is then the automatic one, at closing time
TYPED_BY_HOST = 0.04  # badge left at home: the host checks the member in by hand


@dataclass(frozen=True, slots=True)
class Attendee:
    member_id: int
    first_day: dt.date
    last_day: dt.date
    p_weekday: float
    p_saturday: float
    half_day_share: float
    absences: tuple[tuple[dt.date, dt.date], ...] = ()
    desk_id: int | None = None

    def comes(self, day: dt.date, rng: random.Random) -> bool:
        if not self.first_day <= day <= self.last_day:
            return False
        if any(start <= day <= end for start, end in self.absences):
            return False
        return rng.random() < (self.p_weekday if day.weekday() < 5 else self.p_saturday)


@dataclass(slots=True)
class History:
    events: int = 0
    # member id -> [(day, half days used)], for the carnet holders only
    visits: dict[int, list[tuple[dt.date, int]]] = field(default_factory=dict)


def _seconds(value: dt.time) -> int:
    return value.hour * 3600 + value.minute * 60 + value.second


def _stay(opens: int, closes: int, half_day_share: float, rng: random.Random) -> tuple[int, int]:
    """Arrival and departure, in seconds after local midnight, inside [opens, closes]."""
    span = closes - opens
    tri = rng.triangular
    if span <= SHORT_OPENING_SECONDS:
        late = min(3600, span // 3)
        arrive, leave = opens + tri(0, late, 600), closes - tri(0, late, 900)
    elif rng.random() >= half_day_share:
        arrive, leave = opens + tri(0, 9000, 1800), closes - tri(0, 10800, 3600)
    elif rng.random() < 0.5:  # morning
        midday = opens + span // 2
        arrive, leave = opens + tri(0, 5400, 1200), midday - tri(0, 5400, 1800)
    else:  # afternoon
        midday = opens + span // 2
        arrive, leave = midday + tri(-1800, 3600, 0), closes - tri(0, 7200, 1800)
    arrive = int(min(arrive, closes - MIN_STAY_SECONDS - 1))
    leave = int(min(max(leave, arrive + MIN_STAY_SECONDS), closes - 1))
    return arrive, leave


def open_days(first: dt.date, last: dt.date, hours: WeeklyHours,
              closed: Callable[[dt.date], bool]) -> Iterator[dt.date]:
    day = first
    while day <= last:
        if hours.get(day.weekday()) and not closed(day):
            yield day
        day += dt.timedelta(days=1)


def _source(rng: random.Random) -> str:
    return EventSource.MANUAL.value if rng.random() < TYPED_BY_HOST else EventSource.SCANNER.value


def _day_events(day: dt.date, *, attendees: list[Attendee], hours: WeeklyHours, tz: ZoneInfo,
                now: dt.datetime, tracked: set[int], history: History,
                rng: random.Random) -> list[tuple[dt.datetime, int, str, str, int | None]]:
    ranges = hours[day.weekday()]
    opens, closes = _seconds(ranges[0][0]), _seconds(ranges[-1][1])
    midnight = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    events = []
    for person in attendees:
        if not person.comes(day, rng):
            continue
        arrive, leave = _stay(opens, closes, person.half_day_share, rng)
        forgot = rng.random() < FORGOT_CHECKOUT
        if forgot:
            leave = closes
        # Wall-clock arithmetic then conversion: correct across DST, which never falls in opening hours.
        ts_in = (midnight + dt.timedelta(seconds=arrive)).astimezone(clock.UTC)
        ts_out = (midnight + dt.timedelta(seconds=leave)).astimezone(clock.UTC)
        if ts_in > now:
            continue
        events.append((ts_in, person.member_id, Direction.IN.value, _source(rng), person.desk_id))
        if ts_out <= now:  # otherwise the member is still in
            source = EventSource.AUTO.value if forgot else _source(rng)
            events.append((ts_out, person.member_id, Direction.OUT.value, source, person.desk_id))
        if person.member_id in tracked:
            history.visits.setdefault(person.member_id, []).append((day, FULL_DAY))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def generate_history(session: Session, *, place_id: int, origin: str, attendees: list[Attendee],
                     days: Iterator[dt.date], hours: WeeklyHours, tz: ZoneInfo, now: dt.datetime,
                     tracked: set[int], rng: random.Random) -> History:
    """Insert the check events of every open day; ``tracked`` members get their visits returned."""
    history = History()
    table = CheckEvent.__table__
    statement = insert(table)  # type: ignore[arg-type]
    buffer: list[dict[str, object]] = []
    for day in days:
        for ts, member_id, direction, source, desk_id in _day_events(
                day, attendees=attendees, hours=hours, tz=tz, now=now, tracked=tracked, history=history,
                rng=rng):
            buffer.append({"uid": new_uid(), "origin": origin, "created_at": ts, "updated_at": ts,
                           "member_id": member_id, "place_id": place_id, "direction": direction, "ts": ts,
                           "source": source, "desk_id": desk_id})
        if len(buffer) >= CHUNK_ROWS:
            session.execute(statement, buffer)
            history.events += len(buffer)
            buffer = []
    if buffer:
        session.execute(statement, buffer)
        history.events += len(buffer)
    return history
