"""billing: invoice series, manual lines, issued rows frozen

Revision ID: 0005_billing
Revises: 0004_occupancy
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_billing"
down_revision = "0004_occupancy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("invoice_series",
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("last_number", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_invoice_series_place_id_place")),
    sa.PrimaryKeyConstraint("place_id", "kind", "year", name=op.f("pk_invoice_series"))
    )
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("manual", sa.Boolean(), nullable=False, server_default=sa.false()))

    # An issued invoice is never changed nor deleted (French law): the database itself refuses,
    # whatever program writes to it. Corrections are credit notes.
    for statement in _FREEZE:
        op.execute(statement)



_FREEZE = (
    """CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note'); END""",
    """CREATE TRIGGER invoice_issued_no_delete BEFORE DELETE ON invoice WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted: issue a credit note'); END""",
    """CREATE TRIGGER invoice_line_issued_no_insert BEFORE INSERT ON invoice_line
       WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note'); END""",
    """CREATE TRIGGER invoice_line_issued_no_update BEFORE UPDATE ON invoice_line
       WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note'); END""",
    """CREATE TRIGGER invoice_line_issued_no_delete BEFORE DELETE ON invoice_line
       WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted: issue a credit note'); END""",
    """CREATE TRIGGER invoice_series_never_back BEFORE UPDATE ON invoice_series
       WHEN NEW.last_number < OLD.last_number
       BEGIN SELECT RAISE(ABORT, 'an invoice series never goes back'); END""",
)


def downgrade() -> None:
    for name in ("invoice_issued_no_update", "invoice_issued_no_delete", "invoice_line_issued_no_insert",
                 "invoice_line_issued_no_update", "invoice_line_issued_no_delete", "invoice_series_never_back"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.drop_column("manual")

    op.drop_table("invoice_series")
