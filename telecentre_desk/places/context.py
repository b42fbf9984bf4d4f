"""The place context: the local place's id, code, time zone, today, opening hours and closures, in one object.

Read in plain SQL (no SQLAlchemy, so the window's first screen can use it) and held by the UI's Store,
which reads it again after every change; screens ask it for "today" and the time zone instead of each
reading the place and falling back to a zone of its own.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import NamedTuple
from zoneinfo import ZoneInfo

from telecentre_desk.common import clock
from telecentre_desk.common.errors import NotFoundError
from telecentre_desk.common.i18n import _
from telecentre_desk.places import opening_hours
from telecentre_desk.places.info import PlaceInfo, read_local_place


def _no_place_message() -> str:
    return _("no place is set up in this database yet: run 'telecentre-desk place init'")


# Before the place is set up (a fresh database) there is no place zone yet: the default of `place init`.
DEFAULT_TIMEZONE = "Europe/Paris"


@dataclass(frozen=True, slots=True)
class PlaceContext:
    place: PlaceInfo | None  # None before `place init`
    tz: ZoneInfo
    hours: opening_hours.WeeklyHours
    closures: tuple[tuple[dt.date, dt.date], ...]

    @property
    def id(self) -> str | None:
        return self.place.id if self.place else None

    @property
    def code(self) -> str | None:
        return self.place.code if self.place else None

    def today(self) -> dt.date:
        """Today at the place: its time zone decides when the day turns, not the computer's."""
        return clock.today_at(self.tz)

    def local_day(self, at: dt.datetime) -> dt.date:
        return clock.local_day(at, self.tz)

    def is_closed_day(self, day: dt.date) -> bool:
        return any(start <= day <= end for start, end in self.closures)


def empty_context() -> PlaceContext:
    """The context before the place is set up."""
    return PlaceContext(None, clock.zone(DEFAULT_TIMEZONE), opening_hours.parse(""), ())


def read_place_context(conn: sqlite3.Connection) -> PlaceContext:
    place = read_local_place(conn)
    if place is None:
        return empty_context()
    rows = conn.execute("SELECT c.start_date, c.end_date FROM place_closure AS c JOIN place AS p ON p.id = c.place_id "
                        "WHERE p.is_local AND c.deleted_at IS NULL").fetchall()
    return PlaceContext(place, clock.zone(place.timezone), opening_hours.parse(place.opening_hours),
                        tuple((dt.date.fromisoformat(str(a)), dt.date.fromisoformat(str(b))) for a, b in rows))


def require_place_context(conn: sqlite3.Connection) -> PlaceContext:
    """The context of a place that is set up (the CLI's commands need one); NotFoundError before `place init`."""
    ctx = read_place_context(conn)
    if ctx.place is None:
        raise NotFoundError(_no_place_message())
    return ctx


# For the core's read models, which get a connection and need only the zone: one query, not the whole context.
def local_zone(conn: sqlite3.Connection) -> ZoneInfo:
    """The local place's time zone (the default of `place init` before the setup)."""
    row = conn.execute("SELECT timezone FROM place WHERE is_local").fetchone()
    return clock.zone(row[0] if row else DEFAULT_TIMEZONE)


def local_today(conn: sqlite3.Connection, *, now: dt.datetime | None = None) -> dt.date:
    """Today at the local place (``now`` defaults to the clock): its zone decides when the day turns."""
    return clock.local_day(now or clock.now(), local_zone(conn))


class LocalRow(NamedTuple):
    id: int  # the place's row id, for joins
    code: str
    tz: ZoneInfo


def read_local_row(conn: sqlite3.Connection) -> LocalRow:
    """The local place's row id, code and zone in one query; NotFoundError before `place init`."""
    row = conn.execute("SELECT id, code, timezone FROM place WHERE is_local").fetchone()
    if row is None:
        raise NotFoundError(_no_place_message())
    return LocalRow(row[0], row[1], clock.zone(row[2]))
