"""The catalogue (plans and passes) and members' subscriptions to it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from telecentre_desk.db.models.base import SyncColumns


class Plan(SyncColumns, table=True):
    __tablename__ = "plan"

    __table_args__ = (UniqueConstraint("place_id", "code"),)

    place_id: int = Field(foreign_key="place.id")
    code: str = Field(max_length=32)
    name: str = Field(max_length=120)
    kind: str = Field(max_length=12)
    price_cents: int = Field(description="price excluding VAT, in cents")
    vat_rate_bp: int = Field(default=2000, description="VAT rate in basis points: 2000 = 20 %")
    units: int | None = Field(default=None, description="days in a carnet")
    active: bool = Field(default=True)
    network: bool = Field(default=False, description="a network plan travels to the other places")
    description: str | None = Field(default=None, max_length=500)


class Subscription(SyncColumns, table=True):
    __tablename__ = "subscription"

    member_id: int = Field(foreign_key="member.id", index=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    start_date: dt.date
    end_date: dt.date | None = Field(default=None, description="last day included; None = open")
    # Carnets count in half days so that a half day can be used without fractions.
    remaining_half_days: int | None = Field(default=None)
