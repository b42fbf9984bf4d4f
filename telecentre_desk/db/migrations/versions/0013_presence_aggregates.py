"""Anonymous presence of closed months: per day and category, per day (desks), per calendar period
(distinct people), the transient "seen" set of periods not yet wholly closed, and the closed months
(docs/rgpd.md, *Retention*; ``privacy/aggregate.py``).

Revision ID: 0013_presence_aggregates
Revises: 0012_privacy
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013_presence_aggregates"
down_revision = "0012_privacy"
branch_labels = None
depends_on = None


def _place() -> sa.Column:
    return sa.Column("place_id", sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "presence_aggregate", _place(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("half_days", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_presence_aggregate_place_id_place")),
        sa.PrimaryKeyConstraint("place_id", "day", "category", name=op.f("pk_presence_aggregate")))
    op.create_table(
        "presence_aggregate_day", _place(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("desks_used", sa.Integer(), nullable=False),
        sa.Column("unseated", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_presence_aggregate_day_place_id_place")),
        sa.PrimaryKeyConstraint("place_id", "day", name=op.f("pk_presence_aggregate_day")))
    op.create_table(
        "presence_period", _place(),
        sa.Column("period", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_presence_period_place_id_place")),
        sa.PrimaryKeyConstraint("place_id", "period", "scope", name=op.f("pk_presence_period")))
    op.create_table(
        "presence_period_seen", _place(),
        sa.Column("period", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_presence_period_seen_member_id_member")),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_presence_period_seen_place_id_place")),
        sa.PrimaryKeyConstraint("place_id", "period", "member_id", name=op.f("pk_presence_period_seen")))
    op.create_table(
        "presence_month_closed", _place(),
        sa.Column("month", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("closed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("rows_removed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_presence_month_closed_place_id_place")),
        sa.PrimaryKeyConstraint("place_id", "month", name=op.f("pk_presence_month_closed")))


def downgrade() -> None:
    for table in ("presence_month_closed", "presence_period_seen", "presence_period", "presence_aggregate_day",
                  "presence_aggregate"):
        op.drop_table(table)
