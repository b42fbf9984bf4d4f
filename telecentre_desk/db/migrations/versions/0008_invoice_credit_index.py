"""invoice: index on credited_invoice_id

What was credited on an invoice is summed for every invoice listed, shown or printed; without this
index each sum scanned the invoice table (3.5 ms an invoice on ten years of invoices).

Revision ID: 0008_invoice_credit_index
Revises: 0007_sync
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0008_invoice_credit_index"
down_revision = "0007_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_credited_invoice_id"), ["credited_invoice_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_credited_invoice_id"))
