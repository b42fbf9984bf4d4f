"""The other places' closed months as anonymous counts, as their exports carry them (docs/sync-format.md,
*Closed months*): per local day, and distinct people per calendar period.

Revision ID: 0014_network_closed_counts
Revises: 0013_presence_aggregates
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014_network_closed_counts"
down_revision = "0013_presence_aggregates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_closed_day",
        sa.Column("place_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("half_days", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("half_day_minutes", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("place_code", "day", name=op.f("pk_network_closed_day")))
    op.create_table(
        "network_closed_period",
        sa.Column("place_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("period", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("place_code", "period", "scope", name=op.f("pk_network_closed_period")))
    with op.batch_alter_table("presence_month_closed") as batch:  # months closed before: limit unknown (NULL)
        batch.add_column(sa.Column("half_day_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("presence_month_closed") as batch:
        batch.drop_column("half_day_minutes")
    op.drop_table("network_closed_period")
    op.drop_table("network_closed_day")
