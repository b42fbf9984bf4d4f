"""desk: day usage, visitors and guests

Revision ID: 0003_desk_usage
Revises: 0002_audit_append_only
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003_desk_usage"
down_revision = "0002_audit_append_only"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("day_usage",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),
    sa.Column("subscription_id", sa.Integer(), nullable=True),
    sa.Column("half_days", sa.Integer(), nullable=False),
    sa.Column("overuse", sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_day_usage_member_id_member")),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_day_usage_place_id_place")),
    sa.ForeignKeyConstraint(["subscription_id"], ["subscription.id"], name=op.f("fk_day_usage_subscription_id_subscription")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_day_usage")),
    sa.UniqueConstraint("member_id", "day", name=op.f("uq_day_usage_member_id_day")),
    sa.UniqueConstraint("uid", name=op.f("uq_day_usage_uid"))
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        # Members registered before this revision are members, not visitors.
        batch_op.add_column(sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False,
                                      server_default="member"))
        batch_op.add_column(sa.Column("guest_of_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_member_guest_of_id_member"), "member", ["guest_of_id"], ["id"])



def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_member_guest_of_id_member"), type_="foreignkey")
        batch_op.drop_column("guest_of_id")
        batch_op.drop_column("kind")

    op.drop_table("day_usage")
