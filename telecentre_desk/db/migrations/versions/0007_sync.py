"""sync: the network's memory (peers, log, other places' daily presence) and roaming columns

Revision ID: 0007_sync
Revises: 0006_mail
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007_sync"
down_revision = "0006_mail"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("network_day",
    sa.Column("place_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),
    sa.Column("member_uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("visits", sa.Integer(), nullable=False),
    sa.Column("minutes", sa.Integer(), nullable=False),
    sa.Column("hours_mask", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("place_code", "day", "member_uid", name=op.f("pk_network_day"))
    )
    op.create_table("sync_log",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("place_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("file", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column("line", sa.Integer(), nullable=True),
    sa.Column("entity_uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column("message", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log"))
    )
    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.create_index("ix_sync_log_at", ["at"], unique=False)

    op.create_table("sync_peer",
    sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("last_sequence", sa.Integer(), nullable=False),
    sa.Column("last_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("exported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("pending", sa.Boolean(), nullable=False),
    sa.Column("files", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
    sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.PrimaryKeyConstraint("code", name=op.f("pk_sync_peer"))
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("home_plan", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True))

    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.add_column(sa.Column("network_day_rate_cents", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("network_billing", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False,
                                      server_default="home"))
        batch_op.add_column(sa.Column("desks_count", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_column("desks_count")
        batch_op.drop_column("network_billing")
        batch_op.drop_column("network_day_rate_cents")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("home_plan")
    op.drop_table("sync_peer")
    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_log_at")
    op.drop_table("sync_log")
    op.drop_table("network_day")
