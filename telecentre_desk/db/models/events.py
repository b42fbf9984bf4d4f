"""Check-in and check-out events: the million-row table the desk reads and writes most."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field

from telecentre_desk.common.enums import EventSource
from telecentre_desk.db.models.base import SyncColumns


class CheckEvent(SyncColumns, table=True):
    """``ts`` is the UTC instant of the activity; the local day is derived with the place's zone."""

    __tablename__ = "check_event"

    __table_args__ = (
        # The last event of a member (in or out?) is one index seek; covering, so no table lookup.
        Index("ix_check_event_member_ts", "member_id", "ts", "direction", "place_id"),
        # Who is in now, and at which desk, read this index alone (the live floor plan, desk choice).
        Index("ix_check_event_place_ts", "place_id", "ts", "member_id", "direction", "desk_id"),
    )

    member_id: int = Field(foreign_key="member.id")
    place_id: int = Field(foreign_key="place.id")
    direction: str = Field(max_length=3)
    ts: dt.datetime
    source: str = Field(default=EventSource.SCANNER.value, max_length=10)
    desk_id: int | None = Field(default=None, foreign_key="desk.id")
