"""sync trust: the signing keys accepted from the other places, epochs, the keys seen, what was sent

Revision ID: 0010_sync_trust
Revises: 0009_invoice_chain
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010_sync_trust"
down_revision = "0009_invoice_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("sync_trust",
    sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("fingerprint", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("accepted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("code", name=op.f("pk_sync_trust"))
    )
    op.create_table("sync_sent",
    sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.PrimaryKeyConstraint("entity", "key", name=op.f("pk_sync_sent"))
    )
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("epoch", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("seen_fingerprint", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch_op.add_column(sa.Column("seen_public_key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.drop_column("seen_public_key")
        batch_op.drop_column("seen_fingerprint")
        batch_op.drop_column("epoch")
    op.drop_table("sync_sent")
    op.drop_table("sync_trust")
