"""initial schema

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table("audit_entry",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column("entity_uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column("details", sqlmodel.sql.sqltypes.AutoString(length=8000), nullable=True),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table("place",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("is_local", sa.Boolean(), nullable=False),
    sa.Column("legal_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column("legal_form", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column("postcode", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column("siret", sqlmodel.sql.sqltypes.AutoString(length=14), nullable=True),
    sa.Column("vat_number", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column("vat_regime", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("vat_exemption_text", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column("iban", sqlmodel.sql.sqltypes.AutoString(length=34), nullable=True),
    sa.Column("bic", sqlmodel.sql.sqltypes.AutoString(length=11), nullable=True),
    sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
    sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column("opening_hours", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
    sa.UniqueConstraint("code", name=op.f("uq_place_code")),
    sa.UniqueConstraint("uid", name=op.f("uq_place_uid"))
    )
    op.create_table("member",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("first_name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column("last_name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
    sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column("company_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column("siren", sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column("postcode", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("joined_on", sa.Date(), nullable=True),
    sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_member_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    sa.UniqueConstraint("place_id", "number", name=op.f("uq_member_place_id_number")),
    sa.UniqueConstraint("uid", name=op.f("uq_member_uid"))
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index("ix_member_place_id_last_name", ["place_id", "last_name"], unique=False)

    op.create_table("place_closure",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("start_date", sa.Date(), nullable=False),
    sa.Column("end_date", sa.Date(), nullable=False),
    sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_place_closure_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_place_closure")),
    sa.UniqueConstraint("uid", name=op.f("uq_place_closure_uid"))
    )
    with op.batch_alter_table("place_closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_closure_place_id"), ["place_id"], unique=False)

    op.create_table("place_setting",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_place_setting_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_place_setting")),
    sa.UniqueConstraint("place_id", "key", name=op.f("uq_place_setting_place_id_key"))
    )
    op.create_table("plan",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("price_cents", sa.Integer(), nullable=False),
    sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
    sa.Column("units", sa.Integer(), nullable=True),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("network", sa.Boolean(), nullable=False),
    sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_plan_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    sa.UniqueConstraint("place_id", "code", name=op.f("uq_plan_place_id_code")),
    sa.UniqueConstraint("uid", name=op.f("uq_plan_uid"))
    )
    op.create_table("space",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column("capacity", sa.Integer(), nullable=False),
    sa.Column("out_of_service", sa.Boolean(), nullable=False),
    sa.Column("plan_x", sa.Float(), nullable=True),
    sa.Column("plan_y", sa.Float(), nullable=True),
    sa.Column("plan_w", sa.Float(), nullable=True),
    sa.Column("plan_h", sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_space_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_space")),
    sa.UniqueConstraint("uid", name=op.f("uq_space_uid"))
    )
    with op.batch_alter_table("space", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_space_place_id"), ["place_id"], unique=False)

    op.create_table("badge",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("serial", sa.Integer(), nullable=False),
    sa.Column("secret_hash", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("issued_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("revoked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_badge_member_id_member")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_badge")),
    sa.UniqueConstraint("member_id", "serial", name=op.f("uq_badge_member_id_serial")),
    sa.UniqueConstraint("uid", name=op.f("uq_badge_uid"))
    )
    op.create_table("desk",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("space_id", sa.Integer(), nullable=False),
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column("fixed_member_id", sa.Integer(), nullable=True),
    sa.Column("out_of_service", sa.Boolean(), nullable=False),
    sa.Column("plan_x", sa.Float(), nullable=True),
    sa.Column("plan_y", sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(["fixed_member_id"], ["member.id"], name=op.f("fk_desk_fixed_member_id_member")),
    sa.ForeignKeyConstraint(["space_id"], ["space.id"], name=op.f("fk_desk_space_id_space")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_desk")),
    sa.UniqueConstraint("uid", name=op.f("uq_desk_uid"))
    )
    with op.batch_alter_table("desk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_desk_space_id"), ["space_id"], unique=False)

    op.create_table("invoice",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column("issue_date", sa.Date(), nullable=True),
    sa.Column("due_date", sa.Date(), nullable=True),
    sa.Column("period_start", sa.Date(), nullable=True),
    sa.Column("period_end", sa.Date(), nullable=True),
    sa.Column("credited_invoice_id", sa.Integer(), nullable=True),
    sa.Column("total_excl_vat_cents", sa.Integer(), nullable=False),
    sa.Column("vat_cents", sa.Integer(), nullable=False),
    sa.Column("total_incl_vat_cents", sa.Integer(), nullable=False),
    sa.Column("buyer_snapshot", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=True),
    sa.Column("seller_snapshot", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=True),
    sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.ForeignKeyConstraint(["credited_invoice_id"], ["invoice.id"], name=op.f("fk_invoice_credited_invoice_id_invoice")),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_invoice_member_id_member")),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_invoice_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
    sa.UniqueConstraint("place_id", "number", name=op.f("uq_invoice_place_id_number")),
    sa.UniqueConstraint("uid", name=op.f("uq_invoice_uid"))
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_member_id"), ["member_id"], unique=False)

    op.create_table("subscription",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("plan_id", sa.Integer(), nullable=False),
    sa.Column("start_date", sa.Date(), nullable=False),
    sa.Column("end_date", sa.Date(), nullable=True),
    sa.Column("remaining_half_days", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_subscription_member_id_member")),
    sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_subscription_plan_id_plan")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription")),
    sa.UniqueConstraint("uid", name=op.f("uq_subscription_uid"))
    )
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subscription_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_subscription_plan_id"), ["plan_id"], unique=False)

    op.create_table("booking",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("space_id", sa.Integer(), nullable=False),
    sa.Column("desk_id", sa.Integer(), nullable=True),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("starts_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("ends_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column("series_uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_booking_desk_id_desk")),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_booking_member_id_member")),
    sa.ForeignKeyConstraint(["space_id"], ["space.id"], name=op.f("fk_booking_space_id_space")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
    sa.UniqueConstraint("uid", name=op.f("uq_booking_uid"))
    )
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_booking_member_id"), ["member_id"], unique=False)
        batch_op.create_index("ix_booking_space_id_starts_at", ["space_id", "starts_at"], unique=False)

    op.create_table("check_event",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column("ts", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column("desk_id", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_check_event_desk_id_desk")),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_check_event_member_id_member")),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_check_event_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_check_event")),
    sa.UniqueConstraint("uid", name=op.f("uq_check_event_uid"))
    )
    with op.batch_alter_table("check_event", schema=None) as batch_op:
        batch_op.create_index("ix_check_event_member_ts", ["member_id", "ts", "direction", "place_id"], unique=False)
        batch_op.create_index("ix_check_event_place_ts", ["place_id", "ts", "member_id", "direction"], unique=False)

    op.create_table("invoice_line",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("invoice_id", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("quantity_milli", sa.Integer(), nullable=False),
    sa.Column("unit_price_cents", sa.Integer(), nullable=False),
    sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
    sa.Column("total_excl_vat_cents", sa.Integer(), nullable=False),
    sa.Column("plan_id", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice")),
    sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_invoice_line_plan_id_plan")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
    sa.UniqueConstraint("uid", name=op.f("uq_invoice_line_uid"))
    )
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_line_invoice_id"), ["invoice_id"], unique=False)

    op.create_table("payment",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("invoice_id", sa.Integer(), nullable=True),
    sa.Column("amount_cents", sa.Integer(), nullable=False),
    sa.Column("method", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column("paid_on", sa.Date(), nullable=False),
    sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_payment_invoice_id_invoice")),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_payment_member_id_member")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    sa.UniqueConstraint("uid", name=op.f("uq_payment_uid"))
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_member_id"), ["member_id"], unique=False)




def downgrade() -> None:

    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_member_id"))
        batch_op.drop_index(batch_op.f("ix_payment_invoice_id"))

    op.drop_table("payment")
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_line_invoice_id"))

    op.drop_table("invoice_line")
    with op.batch_alter_table("check_event", schema=None) as batch_op:
        batch_op.drop_index("ix_check_event_place_ts")
        batch_op.drop_index("ix_check_event_member_ts")

    op.drop_table("check_event")
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_index("ix_booking_space_id_starts_at")
        batch_op.drop_index(batch_op.f("ix_booking_member_id"))

    op.drop_table("booking")
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscription_plan_id"))
        batch_op.drop_index(batch_op.f("ix_subscription_member_id"))

    op.drop_table("subscription")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_member_id"))

    op.drop_table("invoice")
    with op.batch_alter_table("desk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_space_id"))

    op.drop_table("desk")
    op.drop_table("badge")
    with op.batch_alter_table("space", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_space_place_id"))

    op.drop_table("space")
    op.drop_table("plan")
    op.drop_table("place_setting")
    with op.batch_alter_table("place_closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_closure_place_id"))

    op.drop_table("place_closure")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_place_id_last_name")

    op.drop_table("member")
    op.drop_table("place")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")

