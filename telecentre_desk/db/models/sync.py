"""What the network sync remembers: each place's last good export, the log of what happened, and the
other places' daily presence for the network report (docs/sync-format.md)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from telecentre_desk.common import clock


class SyncPeer(SQLModel, table=True):
    """One row per place code: the last export written (our own code) or imported (the others)."""

    __tablename__ = "sync_peer"

    code: str = Field(max_length=8, primary_key=True)
    last_sequence: int = Field(default=0, description="sequence of the last export written or applied")
    last_at: dt.datetime | None = Field(default=None, description="when it was written or applied (UTC)")
    exported_at: dt.datetime | None = Field(default=None, description="the export's own time, from its manifest")
    # Rows of that export that referred to members unknown here: the export is read again at the next
    # sync, when the members' home place may have arrived (order of imports must not matter).
    pending: bool = Field(default=False)
    # {file name: sha256} of the files applied: a file whose checksum did not change is not read again.
    files: str = Field(default="{}", max_length=20000)
    last_error: str | None = Field(default=None, max_length=2000)
    # Restores of the place's database: (epoch, sequence) orders a place's exports, so the exports of a
    # place restored from a backup come after everything it wrote before (docs/sync-format.md).
    epoch: int = Field(default=0)
    # The signing key the place's last export named, trusted or not: what the Network screen shows to
    # be accepted (fingerprint read aloud over the phone).
    seen_fingerprint: str | None = Field(default=None, max_length=32)
    seen_public_key: str | None = Field(default=None, max_length=64)


class SyncTrust(SQLModel, table=True):
    """The signing key this place accepts from another place: exports signed by any other key are refused."""

    __tablename__ = "sync_trust"

    code: str = Field(max_length=8, primary_key=True)
    fingerprint: str = Field(max_length=32)
    accepted_at: dt.datetime = Field(default_factory=clock.now)


class SyncSent(SQLModel, table=True):
    """What this place's exports have carried so far, one digest per row (small tables) or per day (visits,
    presence): the next export writes only what differs, as a new file (docs/sync-format.md, "Bytes")."""

    __tablename__ = "sync_sent"

    entity: str = Field(max_length=20, primary_key=True)
    key: str = Field(max_length=40, primary_key=True, description="a row's uid, or a day")
    digest: str = Field(max_length=32)


class SyncLog(SQLModel, table=True):
    """What each sync did: applied exports, conflicts (a row kept or refused, and why), rejected files."""

    __tablename__ = "sync_log"

    __table_args__ = (Index("ix_sync_log_at", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=clock.now)
    place_code: str = Field(max_length=8)
    kind: str = Field(max_length=12, description="applied | unchanged | conflict | rejected | exported")
    file: str | None = Field(default=None, max_length=200)
    line: int | None = Field(default=None)
    entity_uid: str | None = Field(default=None, max_length=36)
    message: str = Field(max_length=2000)


class NetworkDay(SQLModel, table=True):
    """A member's presence at another place on one local day, as that place exported it: what the
    network report counts. The member is only a uid (no name travels in this file)."""

    __tablename__ = "network_day"

    place_code: str = Field(max_length=8, primary_key=True)
    day: dt.date = Field(primary_key=True)
    member_uid: str = Field(max_length=36, primary_key=True)
    visits: int = Field(default=0)
    minutes: int = Field(default=0)
    hours_mask: int = Field(default=0)


class NetworkClosedDay(SQLModel, table=True):
    """Another place's presence on one local day of a month it closed (docs/rgpd.md, *Retention*), as its
    export carried it: counts only, no member. Replaces that place's ``network_day`` rows of the month."""

    __tablename__ = "network_closed_day"

    place_code: str = Field(max_length=8, primary_key=True)
    day: dt.date = Field(primary_key=True)
    visits: int = Field(default=0)
    people: int = Field(default=0)
    half_days: int = Field(default=0, description="a day of at most the closing place's half-day limit counts 1, "
                                                  "a longer one 2")
    minutes: int = Field(default=0)
    half_day_minutes: int | None = Field(default=None, description="the closing place's half-day limit")


class NetworkClosedPeriod(SQLModel, table=True):
    """Another place's distinct people of a calendar month, quarter or year reaching into its closed months,
    with the roaming overlap its aggregation recorded. A row (period = the month, scope ``all``) per closed
    month is what says the month is closed."""

    __tablename__ = "network_closed_period"

    place_code: str = Field(max_length=8, primary_key=True)
    period: str = Field(max_length=7, primary_key=True)
    scope: str = Field(max_length=40, primary_key=True)
    people: int = Field(default=0)
