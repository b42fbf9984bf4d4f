"""Badges: the check material of a member's QR code, with a serial so that reissue supersedes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from telecentre_desk.common.enums import BadgeStatus
from telecentre_desk.db.models.base import SyncColumns


class Badge(SyncColumns, table=True):
    """Only a hash of the badge's secret is stored, so a copy of the database forges nothing."""

    __tablename__ = "badge"

    __table_args__ = (UniqueConstraint("member_id", "serial"),)

    member_id: int = Field(foreign_key="member.id")
    serial: int
    secret_hash: str = Field(max_length=128)
    status: str = Field(default=BadgeStatus.ACTIVE.value, max_length=12)
    issued_at: dt.datetime
    revoked_at: dt.datetime | None = Field(default=None)
