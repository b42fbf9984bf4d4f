"""occupancy: visit days, desk in the presence index

Revision ID: 0004_occupancy
Revises: 0003_desk_usage
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel  # noqa: F401 - autogenerate writes sqlmodel.sql.sqltypes.AutoString
from alembic import op

revision = "0004_occupancy"
down_revision = "0003_desk_usage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("visit_day",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("member_id", sa.Integer(), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),
    sa.Column("visits", sa.Integer(), nullable=False),
    sa.Column("minutes", sa.Integer(), nullable=False),
    sa.Column("hours_mask", sa.Integer(), nullable=False),
    sa.Column("desk_id", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_visit_day_desk_id_desk")),
    sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_visit_day_member_id_member")),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_visit_day_place_id_place")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_day")),
    sa.UniqueConstraint("place_id", "member_id", "day", name=op.f("uq_visit_day_place_id_member_id_day"))
    )
    op.create_table("presence_hour",
    sa.Column("place_id", sa.Integer(), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),
    sa.Column("hour", sa.Integer(), nullable=False),
    sa.Column("people", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_presence_hour_place_id_place")),
    sa.PrimaryKeyConstraint("place_id", "day", "hour", name=op.f("pk_presence_hour"))
    )
    with op.batch_alter_table("visit_day", schema=None) as batch_op:
        batch_op.create_index("ix_visit_day_place_day", ["place_id", "day", "member_id", "visits", "minutes", "hours_mask", "desk_id"], unique=False)

    with op.batch_alter_table("check_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_event_place_ts"))
        batch_op.create_index("ix_check_event_place_ts", ["place_id", "ts", "member_id", "direction", "desk_id"], unique=False)

    _fill_visit_days()



def _fill_visit_days() -> None:
    # Presence per day for the history already recorded; later scans keep it up to date.
    from zoneinfo import ZoneInfo

    from telecentre_desk.occupancy.daily import rebuild

    conn = op.get_bind().connection.driver_connection
    for place_id, timezone in conn.execute("SELECT id, timezone FROM place").fetchall():
        rebuild(conn, place_id=place_id, tz=ZoneInfo(timezone))


def downgrade() -> None:
    with op.batch_alter_table("check_event", schema=None) as batch_op:
        batch_op.drop_index("ix_check_event_place_ts")
        batch_op.create_index(batch_op.f("ix_check_event_place_ts"), ["place_id", "ts", "member_id", "direction"], unique=False)

    with op.batch_alter_table("visit_day", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_day_place_day")

    op.drop_table("visit_day")
    op.drop_table("presence_hour")
