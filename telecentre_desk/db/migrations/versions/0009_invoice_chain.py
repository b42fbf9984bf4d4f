"""invoice chain: legal fields of the place, member VAT number, payment reversal, anti-fraud tables

The place gains what a company prints (share capital, RCS city), its e-invoicing address and the
VAT-on-debits option; a member gains an intra-EU VAT number (BT-48); a cancelled payment is reversed
by a payment that points at it. The anti-fraud tables (docs/anti-fraud.md) are append-only, and
triggers close the ``INSERT OR REPLACE`` / ``UPDATE OR REPLACE`` holes: SQLite's REPLACE deletes the
conflicting row without firing DELETE triggers (unless ``recursive_triggers`` is on, which no plain
``sqlite3`` shell sets), so the BEFORE INSERT/UPDATE triggers below refuse the write itself.

Revision ID: 0009_invoice_chain
Revises: 0008_invoice_credit_index
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009_invoice_chain"
down_revision = "0008_invoice_credit_index"
branch_labels = None
depends_on = None

_S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.add_column(sa.Column("share_capital", _S(length=60), nullable=True))
        batch_op.add_column(sa.Column("rcs_city", _S(length=80), nullable=True))
        batch_op.add_column(sa.Column("e_invoicing_address", _S(length=200), nullable=True))
        batch_op.add_column(sa.Column("vat_on_debits", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vat_number", _S(length=20), nullable=True))
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reverses_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_payment_reverses_id_payment"), "payment", ["reverses_id"], ["id"])
    op.create_table(
        "fiscal_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_type", _S(length=12), nullable=False),
        sa.Column("doc_uid", _S(length=36), nullable=False),
        sa.Column("reference", _S(length=40), nullable=False),
        sa.Column("content", _S(length=20000), nullable=False),
        sa.Column("previous", _S(length=64), nullable=False),
        sa.Column("footprint", _S(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_chain")),
        sa.UniqueConstraint("doc_uid", name=op.f("uq_fiscal_chain_doc_uid")),
    )
    op.create_table(
        "fiscal_closing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", _S(length=36), nullable=False),
        sa.Column("kind", _S(length=5), nullable=False),
        sa.Column("period", _S(length=7), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("total_excl_vat_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("total_incl_vat_cents", sa.Integer(), nullable=False),
        sa.Column("payments_cents", sa.Integer(), nullable=False),
        sa.Column("perpetual_total_cents", sa.Integer(), nullable=False),
        sa.Column("perpetual_payments_cents", sa.Integer(), nullable=False),
        sa.Column("last_footprint", _S(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_closing")),
        sa.UniqueConstraint("kind", "period", name=op.f("uq_fiscal_closing_kind_period")),
        sa.UniqueConstraint("uid", name=op.f("uq_fiscal_closing_uid")),
    )
    op.create_table(
        "fiscal_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", _S(length=80), nullable=False),
        sa.Column("action", _S(length=40), nullable=False),
        sa.Column("details", _S(length=8000), nullable=False),
        sa.Column("previous", _S(length=64), nullable=False),
        sa.Column("footprint", _S(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_event")),
    )
    for name, statement in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {statement}")


_NO_REPLACE = "an issued document cannot be replaced: issue a credit note"

# name -> body; ``invoice verify`` checks that every one of them is still there (a DROP TRIGGER shows).
# Each condition is its own EXISTS so that SQLite answers it from an index (an OR inside one WHERE would
# scan the table on every write: the month's run and issue slowed down as the years of invoices grew).
_ISSUED_INVOICE = ("EXISTS (SELECT 1 FROM invoice WHERE id = NEW.id AND status = 'issued'{other}) "
                   "OR EXISTS (SELECT 1 FROM invoice WHERE uid = NEW.uid AND status = 'issued'{other}) "
                   "OR EXISTS (SELECT 1 FROM invoice WHERE place_id = NEW.place_id AND number = NEW.number "
                   "AND status = 'issued'{other})")
_ISSUED_LINE = ("EXISTS (SELECT 1 FROM invoice_line AS l JOIN invoice AS i ON i.id = l.invoice_id "
                "WHERE l.id = NEW.id AND i.status = 'issued'{other}) "
                "OR EXISTS (SELECT 1 FROM invoice_line AS l JOIN invoice AS i ON i.id = l.invoice_id "
                "WHERE l.uid = NEW.uid AND i.status = 'issued'{other})")

# name -> body; ``invoice verify`` checks that every one of them is still there (a DROP TRIGGER shows).
TRIGGERS = {
    "invoice_issued_no_replace": f"""BEFORE INSERT ON invoice WHEN {_ISSUED_INVOICE.format(other="")}
        BEGIN SELECT RAISE(ABORT, '{_NO_REPLACE}'); END""",
    "invoice_issued_no_update_replace": f"""BEFORE UPDATE ON invoice
        WHEN {_ISSUED_INVOICE.format(other=" AND id <> OLD.id")}
        BEGIN SELECT RAISE(ABORT, '{_NO_REPLACE}'); END""",
    "invoice_line_issued_no_replace": f"""BEFORE INSERT ON invoice_line WHEN {_ISSUED_LINE.format(other="")}
        BEGIN SELECT RAISE(ABORT, '{_NO_REPLACE}'); END""",
    "invoice_line_issued_no_update_replace": f"""BEFORE UPDATE ON invoice_line
        WHEN {_ISSUED_LINE.format(other=" AND l.id <> OLD.id")}
        BEGIN SELECT RAISE(ABORT, '{_NO_REPLACE}'); END""",
    "invoice_series_no_delete": """BEFORE DELETE ON invoice_series
        BEGIN SELECT RAISE(ABORT, 'an invoice series is never deleted'); END""",
    "invoice_series_no_replace": """BEFORE INSERT ON invoice_series WHEN EXISTS (SELECT 1 FROM invoice_series
        WHERE place_id = NEW.place_id AND kind = NEW.kind AND year = NEW.year)
        BEGIN SELECT RAISE(ABORT, 'an invoice series is never replaced'); END""",
    "invoice_series_key_fixed": """BEFORE UPDATE ON invoice_series WHEN NEW.place_id <> OLD.place_id
        OR NEW.kind <> OLD.kind OR NEW.year <> OLD.year
        BEGIN SELECT RAISE(ABORT, 'an invoice series is never renamed'); END""",
    "payment_chained_no_update": """BEFORE UPDATE ON payment WHEN EXISTS (SELECT 1 FROM fiscal_chain
        WHERE doc_uid = OLD.uid) BEGIN SELECT RAISE(ABORT, 'a recorded payment cannot be changed: cancel it'); END""",
    "payment_chained_no_delete": """BEFORE DELETE ON payment WHEN EXISTS (SELECT 1 FROM fiscal_chain
        WHERE doc_uid = OLD.uid) BEGIN SELECT RAISE(ABORT, 'a recorded payment cannot be deleted: cancel it'); END""",
    "payment_chained_no_replace": """BEFORE INSERT ON payment WHEN EXISTS (SELECT 1 FROM payment AS p
        JOIN fiscal_chain AS c ON c.doc_uid = p.uid WHERE p.id = NEW.id)
        OR EXISTS (SELECT 1 FROM fiscal_chain WHERE doc_uid = NEW.uid)
        BEGIN SELECT RAISE(ABORT, 'a recorded payment cannot be replaced: cancel it'); END""",
}
for _table in ("fiscal_chain", "fiscal_closing", "fiscal_event"):
    _append_only = f"'{_table} is append-only'"
    TRIGGERS[f"{_table}_no_update"] = f"BEFORE UPDATE ON {_table} BEGIN SELECT RAISE(ABORT, {_append_only}); END"
    TRIGGERS[f"{_table}_no_delete"] = f"BEFORE DELETE ON {_table} BEGIN SELECT RAISE(ABORT, {_append_only}); END"
    TRIGGERS[f"{_table}_no_replace"] = (f"BEFORE INSERT ON {_table} WHEN EXISTS (SELECT 1 FROM {_table} "
                                        f"WHERE id = NEW.id) BEGIN SELECT RAISE(ABORT, {_append_only}); END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("fiscal_event")
    op.drop_table("fiscal_closing")
    op.drop_table("fiscal_chain")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_payment_reverses_id_payment"), type_="foreignkey")
        batch_op.drop_column("reverses_id")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("vat_number")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_column("vat_on_debits")
        batch_op.drop_column("e_invoicing_address")
        batch_op.drop_column("rcs_city")
        batch_op.drop_column("share_capital")
