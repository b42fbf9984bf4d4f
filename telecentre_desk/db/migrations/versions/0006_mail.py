"""mail: the outbox of invoice e-mails (queued, sent, failed)

Revision ID: 0006_mail
Revises: 0005_billing
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_mail"
down_revision = "0005_billing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("mail_outbox",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("invoice_id", sa.Integer(), nullable=False),
    sa.Column("recipient", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column("message_id", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column("queued_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("sent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("last_attempt_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("next_try_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("error", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column("resend", sa.Boolean(), nullable=False),
    sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_mail_outbox_invoice_id_invoice")),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_mail_outbox_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_outbox"))
    )
    op.create_index(op.f("ix_mail_outbox_invoice_id"), "mail_outbox", ["invoice_id"], unique=False)
    # The retry reads "queued rows whose next try is due" through this index.
    op.create_index("ix_mail_outbox_status_next_try_at", "mail_outbox", ["status", "next_try_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_mail_outbox_status_next_try_at", table_name="mail_outbox")
    op.drop_index(op.f("ix_mail_outbox_invoice_id"), table_name="mail_outbox")
    op.drop_table("mail_outbox")
