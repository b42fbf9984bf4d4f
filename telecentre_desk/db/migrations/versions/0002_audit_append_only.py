"""The audit log is append-only: the database itself refuses edits and deletions.

Revision ID: 0002_audit_append_only
Revises: 0001_initial
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002_audit_append_only"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Host overrides are recorded here; an entry that could be edited afterwards proves nothing.
    op.execute(
        """
        CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END
        """
    )
    op.execute(
        """
        CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
