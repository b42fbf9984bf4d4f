"""Rooms and desks of a place, and bookings of them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field

from telecentre_desk.db.models.base import SyncColumns


class Space(SyncColumns, table=True):
    __tablename__ = "space"

    place_id: int = Field(foreign_key="place.id", index=True)
    name: str = Field(max_length=80)
    kind: str = Field(max_length=20)
    capacity: int = Field(default=1)
    out_of_service: bool = Field(default=False)
    # Floor plan geometry in plan units (centimetres); None until drawn.
    plan_x: float | None = None
    plan_y: float | None = None
    plan_w: float | None = None
    plan_h: float | None = None


class Desk(SyncColumns, table=True):
    __tablename__ = "desk"

    space_id: int = Field(foreign_key="space.id", index=True)
    name: str = Field(max_length=40)
    fixed_member_id: int | None = Field(default=None, foreign_key="member.id")
    out_of_service: bool = Field(default=False)
    plan_x: float | None = None
    plan_y: float | None = None


class Booking(SyncColumns, table=True):
    __tablename__ = "booking"

    __table_args__ = (Index("ix_booking_space_id_starts_at", "space_id", "starts_at"),)

    space_id: int = Field(foreign_key="space.id")
    desk_id: int | None = Field(default=None, foreign_key="desk.id")
    member_id: int = Field(foreign_key="member.id", index=True)
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str = Field(default="confirmed", max_length=12)
    series_uid: str | None = Field(default=None, max_length=36, description="weekly recurrence group")
    note: str | None = Field(default=None, max_length=300)
