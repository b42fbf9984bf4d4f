"""Members of a place, with the short human number printed on their badge."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field

from telecentre_desk.common.enums import MemberCategory, MemberKind, MemberStatus
from telecentre_desk.db.models.base import SyncColumns


class Member(SyncColumns, table=True):
    __tablename__ = "member"

    __table_args__ = (
        UniqueConstraint("place_id", "number"),
        Index("ix_member_place_id_last_name", "place_id", "last_name"),
    )

    place_id: int = Field(foreign_key="place.id", description="home place")
    number: int = Field(description="short number unique in the home place, printed on the badge")
    first_name: str = Field(max_length=100)
    last_name: str = Field(max_length=100)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=30)
    category: str = Field(default=MemberCategory.FREELANCER.value, max_length=20)
    company_name: str | None = Field(default=None, max_length=200)
    siren: str | None = Field(default=None, max_length=9)
    vat_number: str | None = Field(default=None, max_length=20, description="intra-EU VAT number (BT-48)")
    address: str | None = Field(default=None, max_length=200)
    postcode: str | None = Field(default=None, max_length=10)
    city: str | None = Field(default=None, max_length=100)
    status: str = Field(default=MemberStatus.ACTIVE.value, max_length=12)
    kind: str = Field(default=MemberKind.MEMBER.value, max_length=8)
    guest_of_id: int | None = Field(default=None, foreign_key="member.id")
    joined_on: dt.date | None = Field(default=None)
    notes: str | None = Field(default=None, max_length=2000)
    # For members of other places (imported by sync): the plan they hold at home, as their place last
    # exported it; None when they hold none. Other places let them in on it (docs/sync-format.md).
    home_plan: str | None = Field(default=None, max_length=120)
