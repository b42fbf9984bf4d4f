"""Anonymous presence of the months that were invoiced and settled (docs/rgpd.md, *Retention*).

Once a month is closed (``privacy/aggregate.py``), its per-member rows (``visit_day``, ``day_usage``)
are replaced by counts: per day and category, per day (desks), per calendar period (distinct people).
No member id, no uid: what every report of a past period reads instead of ``visit_day``. Hours stay
in ``presence_hour``, which never held a member.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


class PresenceAggregate(SQLModel, table=True):
    """Presence of one local day and member category at the local place, counted."""

    __tablename__ = "presence_aggregate"

    place_id: int = Field(foreign_key="place.id", primary_key=True)
    day: dt.date = Field(primary_key=True)
    category: str = Field(max_length=20, primary_key=True)
    visits: int = Field(default=0, description="arrivals")
    people: int = Field(default=0, description="people present that day")
    half_days: int = Field(default=0, description="person-days x 2 (a short day counts 1, a full day 2)")
    minutes: int = Field(default=0)


class PresenceAggregateDay(SQLModel, table=True):
    """Desk use of one local day: what the occupancy rate counts."""

    __tablename__ = "presence_aggregate_day"

    place_id: int = Field(foreign_key="place.id", primary_key=True)
    day: dt.date = Field(primary_key=True)
    desks_used: int = Field(default=0, description="distinct desks used that day")
    unseated: int = Field(default=0, description="people seated at no desk that day")


class PresencePeriod(SQLModel, table=True):
    """Distinct people of a calendar period (``2026``, ``2026-Q3``, ``2026-07``), frozen when its last
    month was closed. ``scope``: ``all``, ``cat:<category>``, ``overlap:network`` and
    ``overlap:commune`` (of them, how many the other places' presence also names: the network report
    counts a person once across places)."""

    __tablename__ = "presence_period"

    place_id: int = Field(foreign_key="place.id", primary_key=True)
    period: str = Field(max_length=7, primary_key=True)
    scope: str = Field(max_length=40, primary_key=True)
    people: int = Field(default=0)


class PresencePeriodSeen(SQLModel, table=True):
    """Who was present in the closed months of a quarter or year not yet wholly closed: only what the
    period's distinct-people count needs (no day, no time), removed when the period's count is frozen."""

    __tablename__ = "presence_period_seen"

    place_id: int = Field(foreign_key="place.id", primary_key=True)
    period: str = Field(max_length=7, primary_key=True)
    member_id: int = Field(foreign_key="member.id", primary_key=True)


class PresenceMonthClosed(SQLModel, table=True):
    """A month whose per-member presence was replaced by the aggregates above."""

    __tablename__ = "presence_month_closed"

    place_id: int = Field(foreign_key="place.id", primary_key=True)
    month: str = Field(max_length=7, primary_key=True)
    closed_at: dt.datetime
    rows_removed: int = Field(default=0)
    # The half-day limit its half-days were counted with: travels with the month's counts (the other places
    # count their person-days with their own limit and say when it differs).
    half_day_minutes: int | None = Field(default=None)
