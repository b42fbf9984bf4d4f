"""Move a member who is in to another desk: the host drags them on the floor plan.

Plain SQL inside the caller's transaction (one unit of work per drag). The open ``in`` event and the
day's ``visit_day`` row both carry the new desk, so who-sits-where, the check-out (it copies the
desk of the ``in``) and the occupancy rate all see the move; the move itself goes to the audit log.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from sqlmodel import Session

from telecentre_desk.audit import service as audit
from telecentre_desk.common import clock
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.ids import is_uid
from telecentre_desk.db.uow import dbapi
from telecentre_desk.desk.assign import occupied_desks
from telecentre_desk.desk.context import DeskContext, ts_parse, ts_text


@dataclass(frozen=True, slots=True)
class Move:
    member_uid: str
    member_name: str
    from_desk: str | None  # desk names, as the host reads them on the plan
    to_desk: str


@dataclass(frozen=True, slots=True)
class _Seat:
    id: int
    uid: str
    name: str
    out_of_service: bool


def _seat(cur: sqlite3.Cursor, ctx: DeskContext, desk_ref: str) -> _Seat:
    text = str(desk_ref).strip()
    column = "d.uid" if is_uid(text) else "d.name"
    rows = cur.execute(
        "SELECT d.id, d.uid, d.name, d.out_of_service OR s.out_of_service FROM desk AS d "
        f"JOIN space AS s ON s.id = d.space_id WHERE s.place_id = ? AND {column} = ? "
        "AND d.deleted_at IS NULL AND s.deleted_at IS NULL", (ctx.place_id, text.lower() if is_uid(text) else text)
    ).fetchall()
    if not rows:
        raise NotFoundError(_("no desk named {name!r} (see 'telecentre-desk desk list')").format(name=text))
    if len(rows) > 1:
        raise ValidationError(_("several rooms have a desk named {name!r}: name the room too").format(name=text),
                              field="desk")
    desk_id, uid, name, oos = rows[0]
    return _Seat(desk_id, uid, name, bool(oos))


def member_at_desk(conn: sqlite3.Connection, ctx: DeskContext, desk_ref: str, *,
                   at: dt.datetime | None = None) -> str | None:
    """The uid of the member sitting at the desk now (checked in today, not out), or None."""
    cur = conn.cursor()
    seat = _seat(cur, ctx, desk_ref)
    member_id = occupied_desks(cur, ctx, at or clock.now()).get(seat.id)
    if member_id is None:
        return None
    return cur.execute("SELECT uid FROM member WHERE id = ?", (member_id,)).fetchone()[0]


def move_member(conn: sqlite3.Connection, ctx: DeskContext, member_uid: str, desk_ref: str, *,
                at: dt.datetime | None = None, actor: str = "host") -> Move:
    """Seat a member who is in at another desk; refuses a desk that is taken, booked by another or out of service."""
    at = at or clock.now()
    cur = conn.cursor()
    member = cur.execute("SELECT id, first_name, last_name FROM member WHERE uid = ?",
                         (str(member_uid).strip().lower(),)).fetchone()
    if member is None:
        raise NotFoundError(_("no member {ref}").format(ref=member_uid))
    member_id, first, last = member
    name = f"{first} {last}"
    event = cur.execute("SELECT id, direction, ts, desk_id FROM check_event WHERE member_id = ? AND place_id = ? "
                        "ORDER BY ts DESC LIMIT 1", (member_id, ctx.place_id)).fetchone()
    day = ctx.local_day(at)
    if event is None or event[1] != "in" or ctx.local_day(ts_parse(event[2])) != day:
        raise ValidationError(_("{name} is not checked in: only someone who is in can change desks").format(
            name=name), field="member")
    event_id, _direction, _since, from_id = event
    seat = _seat(cur, ctx, desk_ref)
    from_name = None if from_id is None else cur.execute("SELECT name FROM desk WHERE id = ?",
                                                         (from_id,)).fetchone()[0]
    if seat.id == from_id:
        return Move(member_uid, name, from_name, seat.name)
    if seat.out_of_service:
        raise ValidationError(_("desk {name} is out of service").format(name=seat.name), field="desk")
    sitting = occupied_desks(cur, ctx, at).get(seat.id)
    if sitting is not None:
        other = cur.execute("SELECT first_name, last_name FROM member WHERE id = ?", (sitting,)).fetchone()
        raise ConflictError(_("desk {desk} is taken by {name}").format(desk=seat.name, name=f"{other[0]} {other[1]}"))
    stamp = ts_text(at)
    booked = cur.execute("SELECT m.first_name, m.last_name, b.ends_at FROM booking AS b JOIN member AS m "
                         "ON m.id = b.member_id WHERE b.desk_id = ? AND b.member_id != ? AND b.status = 'confirmed' "
                         "AND b.deleted_at IS NULL AND b.starts_at <= ? AND b.ends_at > ?",
                         (seat.id, member_id, stamp, stamp)).fetchone()
    if booked is not None:
        until = ts_parse(booked[2]).astimezone(ctx.tz)
        raise ConflictError(_("desk {desk} is booked by {name} until {time}").format(
            desk=seat.name, name=f"{booked[0]} {booked[1]}", time=f"{until:%H:%M}"))
    cur.execute("UPDATE check_event SET desk_id = ?, updated_at = ? WHERE id = ?",
                (seat.id, ts_text(dt.datetime.now(dt.UTC)), event_id))
    cur.execute("UPDATE visit_day SET desk_id = ? WHERE place_id = ? AND member_id = ? AND day = ?",
                (seat.id, ctx.place_id, member_id, day.isoformat()))
    audit.record_raw(cur, actor=actor, action="desk.move", entity="member", entity_uid=member_uid,
                     details={"from": from_name, "to": seat.name})
    return Move(member_uid, name, from_name, seat.name)


def move_from_desk(session: Session, from_desk: str, to_desk: str, *, actor: str) -> Move | None:
    """A member dragged on the floor plan: whoever sits at ``from_desk`` goes to ``to_desk``; None if nobody sits."""
    conn = dbapi(session)
    ctx = DeskContext.load(session.connection())
    member = member_at_desk(conn, ctx, from_desk)
    return None if member is None else move_member(conn, ctx, member, to_desk, actor=actor)
