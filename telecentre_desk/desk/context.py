"""What the desk needs to know about its place for every scan, loaded once and kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from telecentre_desk.common import clock
from telecentre_desk.common.clock import ts_parse, ts_text  # noqa: F401 - the desk modules import them from here
from telecentre_desk.common.errors import NotFoundError
from telecentre_desk.common.i18n import _
from telecentre_desk.desk import policies as desk_policies
from telecentre_desk.places import opening_hours


@dataclass(frozen=True, slots=True)
class DeskContext:
    place_id: int
    place_code: str
    place_name: str
    tz: ZoneInfo
    hours: opening_hours.WeeklyHours
    closures: tuple[tuple[dt.date, dt.date], ...]
    policies: desk_policies.DeskPolicies
    has_desks: bool = False  # a place that describes no desks assigns none

    @classmethod
    def load(cls, connection: Connection) -> DeskContext:
        row = connection.execute(text(
            "SELECT id, code, name, timezone, opening_hours FROM place WHERE is_local")).first()
        if row is None:
            raise NotFoundError(_("no place is set up in this database yet: run 'telecentre-desk place init'"))
        closures = connection.execute(text(
            "SELECT start_date, end_date FROM place_closure WHERE place_id = :p AND deleted_at IS NULL"),
            {"p": row.id}).all()
        has_desks = connection.execute(text(
            "SELECT 1 FROM desk AS d JOIN space AS s ON s.id = d.space_id WHERE s.place_id = :p "
            "AND d.deleted_at IS NULL LIMIT 1"), {"p": row.id}).first() is not None
        return cls(place_id=row.id, place_code=row.code, place_name=row.name, tz=clock.zone(row.timezone),
                   has_desks=has_desks,
                   hours=opening_hours.parse(row.opening_hours),
                   closures=tuple((dt.date.fromisoformat(str(a)), dt.date.fromisoformat(str(b)))
                                  for a, b in closures),
                   policies=desk_policies.load(connection, row.id))

    def local_day(self, at: dt.datetime) -> dt.date:
        return at.astimezone(self.tz).date()

    def is_closed_day(self, day: dt.date) -> bool:
        return any(start <= day <= end for start, end in self.closures)

    def is_open(self, at: dt.datetime) -> bool:
        local = at.astimezone(self.tz)
        return not self.is_closed_day(local.date()) and opening_hours.is_open(self.hours, local)

    def auto_close_time(self, arrived: dt.datetime) -> dt.datetime:
        """When an arrival nobody checked out is closed: its day's closing time, or the end of that day
        for someone who came in after closing."""
        day = self.local_day(arrived)
        closing = self.closing_time(day)
        if arrived >= closing:
            closing = clock.day_bounds_utc(day, self.tz)[1] - dt.timedelta(seconds=1)
        return closing

    def closing_time(self, day: dt.date) -> dt.datetime:
        """When the day's last opening range ends (UTC); the end of the local day if it has none."""
        ranges = self.hours.get(day.weekday())
        if ranges:
            return dt.datetime.combine(day, ranges[-1][1], tzinfo=self.tz).astimezone(dt.UTC)
        return clock.day_bounds_utc(day, self.tz)[1] - dt.timedelta(seconds=1)
