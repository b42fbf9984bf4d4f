"""What the booking views lay out: the bookable resources, the day's half-hour slots, desks' half days.

Plain Python (no Qt). Meeting rooms and phone boxes are booked whole, by the half hour; desks of the
rooms where people sit for the day are booked by the day or the half day (bookings/service.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from telecentre_desk.places.info import Closure
from telecentre_desk.places.opening_hours import WeeklyHours
from telecentre_desk.spaces.info import DeskInfo, SpaceInfo

SLOT = dt.timedelta(minutes=30)
ROOM_KINDS = ("meeting_room", "phone_box")  # booked whole, by the slot
NOON = dt.time(13, 0)  # where a single opening range splits into morning and afternoon
FALLBACK_HOURS = ((dt.time(8, 0), dt.time(19, 0)),)  # a closed day still shows a grid, greyed


@dataclass(frozen=True, slots=True)
class Resource:
    space_id: str
    space_name: str
    kind: str  # the room's kind
    desk_id: str | None = None  # None: the whole room
    desk_name: str | None = None

    @property
    def by_slot(self) -> bool:
        """Booked by the half hour (a room), else by the day or half day (a desk)."""
        return self.desk_id is None

    @property
    def label(self) -> str:
        return self.space_name if self.desk_id is None else f"{self.desk_name} · {self.space_name}"

    def holds(self, space_id: str, desk_id: str | None) -> bool:
        """Whether a booking of (room, desk) takes this resource: a whole-room booking takes its desks too."""
        if space_id != self.space_id:
            return False
        return self.desk_id is None or desk_id is None or desk_id == self.desk_id


def resources(spaces: Sequence[SpaceInfo], desks: Sequence[DeskInfo]) -> list[Resource]:
    """Rooms booked whole first (by name), then every desk of the other rooms (by room, then desk)."""
    rooms = [Resource(s.id, s.name, s.kind) for s in spaces if s.kind in ROOM_KINDS and not s.out_of_service]
    kinds = {s.id: s for s in spaces}
    seats = [Resource(d.space_id, d.space_name, kinds[d.space_id].kind, d.id, d.name) for d in desks
             if d.space_id in kinds and kinds[d.space_id].kind not in ROOM_KINDS
             and not d.out_of_service and not kinds[d.space_id].out_of_service]
    return rooms + seats


def opening_ranges(hours: WeeklyHours, day: dt.date) -> tuple[tuple[dt.time, dt.time], ...]:
    return tuple(hours.get(day.weekday(), ()))


def day_slots(hours: WeeklyHours, day: dt.date) -> list[dt.time]:
    """Starts of the half-hour slots from the day's opening to its closing (the fallback when closed)."""
    ranges = opening_ranges(hours, day) or FALLBACK_HOURS
    first, last = ranges[0][0], ranges[-1][1]
    start = dt.datetime.combine(day, first)
    start -= dt.timedelta(minutes=start.minute % 30)  # 08:45 opens the 08:30 slot
    end = dt.datetime.combine(day, last) if last != dt.time(23, 59, 59) else dt.datetime.combine(
        day + dt.timedelta(days=1), dt.time())
    slots = []
    while start < end:
        slots.append(start.time())
        start += SLOT
    return slots


def half_days(hours: WeeklyHours, day: dt.date) -> dict[str, tuple[dt.time, dt.time]]:
    """The desk's morning, afternoon and whole day; {} on a day without opening hours.

    Two or more opening ranges: the first is the morning, the last the afternoon. One range: split at
    13:00 when it spans it. A booking must fit in one range, so a day with a lunch break has no "day".
    """
    ranges = opening_ranges(hours, day)
    if not ranges:
        return {}
    if len(ranges) >= 2:
        return {"morning": ranges[0], "afternoon": ranges[-1]}
    first, last = ranges[0]
    if first < NOON < last:
        return {"morning": (first, NOON), "afternoon": (NOON, last), "day": (first, last)}
    return {"day": (first, last)}


def closed_days(hours: WeeklyHours, closures: Sequence[Closure], first: dt.date, last: dt.date, *, closure: str,
                no_hours: str) -> dict[dt.date, str]:
    """The days of [first, last] the place is closed, with why: a closure's label (or ``closure``), or ``no_hours``."""
    closed: dict[dt.date, str] = {}
    for offset in range((last - first).days + 1):
        day = first + dt.timedelta(days=offset)
        why = next((c.label or closure for c in closures if c.start <= day <= c.end), None)
        if why is None and not opening_ranges(hours, day):
            why = no_hours
        if why is not None:
            closed[day] = why
    return closed
