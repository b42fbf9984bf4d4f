"""Identity and sync columns shared by every table whose rows can travel between places.

Local joins use a small integer ``id`` (fast, compact indexes on a million check-ins);
the network knows a row only by its ``uid`` (UUID) and its ``origin`` (the code of the place
that owns it). ``deleted_at`` is a tombstone: a row that goes away is marked, never removed, so
that the deletion itself can travel in the next export. See docs/data-model.md.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import MetaData
from sqlmodel import Field, SQLModel

from telecentre_desk.common import clock
from telecentre_desk.common.ids import new_uid

# Named constraints: Alembic's batch mode on SQLite can only drop or alter what has a name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class SyncColumns(SQLModel):
    """Mixin: local id, global uid, owning place, UTC timestamps, tombstone."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, max_length=36, unique=True, nullable=False)
    origin: str = Field(max_length=8, nullable=False, description="code of the place that owns the row")
    created_at: dt.datetime = Field(default_factory=clock.now, nullable=False)
    updated_at: dt.datetime = Field(default_factory=clock.now, nullable=False)
    deleted_at: dt.datetime | None = Field(default=None)

    def touch(self) -> None:
        """Mark the row changed now, so that the next export carries it."""
        self.updated_at = clock.now()
