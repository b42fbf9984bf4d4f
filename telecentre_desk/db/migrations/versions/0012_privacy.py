"""Personal data (RGPD): the audit log without names, its one-time redaction at erasure, invoices
anonymised once their 10-year retention ends, and the SMTP password out of the database.

- ``audit_entry.redacted_at``: the update trigger now lets exactly one change through, the erasure
  of an entry's free text when the member it is about is erased (``redacted_at`` from NULL to a time,
  every other column but ``details`` unchanged); everything else stays refused, deletions included.
- Existing entries are rewritten once, here, with the same scrubbing new entries get
  (``common/redact.scrub_details``): names and contact details leave the log, uid and number stay.
- ``invoice``: an issued invoice stays frozen, except that after its retention (10 years from its
  issue date, C. com. L123-22) its buyer identity may be replaced by an anonymised one.
- The SMTP password, stored in plain text by 0006, moves to the credential store
  (``privacy/secret_store.py``) and leaves ``place_setting``.

Revision ID: 0012_privacy
Revises: 0010_sync_trust
Create Date: 2026-12-06
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from telecentre_desk.common import secret_store
from telecentre_desk.common.redact import scrub_details

revision = "0012_privacy"
down_revision = "0010_sync_trust"
branch_labels = None
depends_on = None

_AUDIT_NO_UPDATE = """
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
WHEN NOT (OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL AND NEW.id = OLD.id AND NEW.at IS OLD.at
          AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity
          AND NEW.entity_uid IS OLD.entity_uid)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END
"""
_AUDIT_NO_UPDATE_0002 = """
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END
"""
_INVOICE_COLUMNS = ("id", "uid", "origin", "created_at", "deleted_at", "place_id", "member_id", "kind", "status",
                    "number", "issue_date", "due_date", "period_start", "period_end", "credited_invoice_id",
                    "total_excl_vat_cents", "vat_cents", "total_incl_vat_cents", "seller_snapshot")
_INVOICE_NO_UPDATE = f"""
CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice
WHEN OLD.status = 'issued' AND NOT (
    OLD.issue_date <= date('now', '-10 years') AND json_extract(NEW.buyer_snapshot, '$.anonymised') = 1
    AND {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in _INVOICE_COLUMNS)})
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note'); END
"""
_INVOICE_NO_UPDATE_0005 = """
CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice WHEN OLD.status = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed: issue a credit note'); END
"""


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("redacted_at", sa.DateTime(), nullable=True))
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    bind = op.get_bind()
    rows = bind.exec_driver_sql("SELECT id, details, entity FROM audit_entry WHERE details IS NOT NULL").fetchall()
    for entry_id, details, entity in rows:
        try:
            data = json.loads(details)
        except ValueError:
            continue
        clean = json.dumps(scrub_details(data, entity), ensure_ascii=False, default=str)
        if clean != details:
            bind.exec_driver_sql("UPDATE audit_entry SET details = ? WHERE id = ?", (clean, entry_id))
    op.execute(_AUDIT_NO_UPDATE)
    op.execute("DROP TRIGGER IF EXISTS invoice_issued_no_update")
    op.execute(_INVOICE_NO_UPDATE)
    _move_smtp_passwords(bind)


def _move_smtp_passwords(bind) -> None:
    """The plain-text SMTP password leaves place_setting for the credential store (or the 0600 file)."""
    database = next((row[2] for row in bind.exec_driver_sql("PRAGMA database_list") if row[1] == "main"), "")
    for pk, place_id, value in bind.exec_driver_sql(
            "SELECT id, place_id, value FROM place_setting WHERE key = 'mail.smtp'").fetchall():
        data = json.loads(value)
        password = data.pop("password", "")
        if password and database:
            # Stored first: if this fails the migration fails and the database keeps the password.
            secret_store.set_secret(Path(database), secret_store.smtp_password_name(place_id), password)
        bind.exec_driver_sql("UPDATE place_setting SET value = ? WHERE id = ?", (json.dumps(data), pk))


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS invoice_issued_no_update")
    op.execute(_INVOICE_NO_UPDATE_0005)
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("redacted_at")
    op.execute(_AUDIT_NO_UPDATE_0002)
