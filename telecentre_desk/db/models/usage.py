"""What a member used on a local day: the carnet days charged at check-in, for the desk and the bill."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from telecentre_desk.db.models.base import SyncColumns


class DayUsage(SyncColumns, table=True):
    """One row per member and local day of presence; ``half_days`` charged to ``subscription_id``.

    ``overuse`` marks a day let in without credits left (policy ``allow``): billed later.
    """

    __tablename__ = "day_usage"
    __table_args__ = (UniqueConstraint("member_id", "day"),)

    member_id: int = Field(foreign_key="member.id")
    place_id: int = Field(foreign_key="place.id")
    day: dt.date
    subscription_id: int | None = Field(default=None, foreign_key="subscription.id")
    half_days: int = Field(default=0)
    overuse: bool = Field(default=False)
