"""Presence per member and local day, kept up to date by every scan: what reports count.

Derived from check events (``occupancy/daily.py`` can rebuild it), never edited by hand. A year of
statistics reads ~75,000 of these rows instead of pairing ~100,000 events.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class VisitDay(SQLModel, table=True):
    __tablename__ = "visit_day"
    __table_args__ = (
        UniqueConstraint("place_id", "member_id", "day"),
        # Period statistics of a place read this index alone (covering).
        Index("ix_visit_day_place_day", "place_id", "day", "member_id", "visits", "minutes", "hours_mask",
              "desk_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    place_id: int = Field(foreign_key="place.id")
    member_id: int = Field(foreign_key="member.id")
    day: dt.date
    visits: int = Field(default=0, description="arrivals that local day")
    minutes: int = Field(default=0, description="presence within that local day (a visit across midnight is split)")
    hours_mask: int = Field(default=0, description="bit h set when present during local hour h (0-23)")
    desk_id: int | None = Field(default=None, foreign_key="desk.id", description="the last desk used that day")


class PresenceHour(SQLModel, table=True):
    """How many people were present during each local hour of a day: the peak-hours grid in one read."""

    __tablename__ = "presence_hour"

    place_id: int = Field(foreign_key="place.id", primary_key=True)
    day: dt.date = Field(primary_key=True)
    hour: int = Field(primary_key=True, description="local hour, 0-23")
    people: int = Field(default=0)
