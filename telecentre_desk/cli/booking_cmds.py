"""``booking add|list|edit|cancel``."""

from __future__ import annotations

import argparse
import datetime as dt

from telecentre_desk.bookings import service as bookings
from telecentre_desk.bookings.info import read_bookings
from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json, emit_table
from telecentre_desk.common import plausibility
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import dbapi, unit_of_work


def _when(text: str, field: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)  # naive: the place's local time (the service decides)
    except ValueError:
        raise ValidationError(_("{field}: {value!r} is not an ISO 8601 time (2026-12-07T10:00)").format(
            field=f"--{field}", value=text), field=field) from None


def _table(ctx: CommandContext, rows) -> None:
    tz = ctx.place.tz  # the place's hours, not the computer's zone
    emit_table([(b.id[:8], b.starts_at.astimezone(tz).strftime("%d/%m %H:%M"),
                 b.ends_at.astimezone(tz).strftime("%H:%M"), b.space_name, b.desk_name or "",
                 f"{b.member_number} {b.member_name}") for b in rows],
               ["id", "from", "to", "room", "desk", "member"])


def cmd_add(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        made = bookings.add_booking(session, space=a.space, member=a.member, start=_when(a.start, "from"),
                                    end=_when(a.end, "to"), desk=a.desk, weeks=a.weeks, override_reason=a.override)
    if ctx.as_json:
        emit_json([b.to_json() for b in made] if a.weeks > 1 else made[0].to_json())
    else:
        _table(ctx, made)


def cmd_list(ctx: CommandContext) -> None:
    day = plausibility.parse_day(ctx.args.day, field="--day") if ctx.args.day else None
    with unit_of_work(ctx.engine) as session:
        rows = bookings.list_bookings(session, day=day)
    if ctx.as_json:
        emit_json([b.to_json() for b in rows])
    else:
        _table(ctx, rows)


def cmd_cancel(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        count = bookings.cancel_booking(session, ctx.args.id, series=ctx.args.series)
    emit_json({"cancelled": count}) if ctx.as_json else print(f"{count} booking(s) cancelled")


def cmd_edit(ctx: CommandContext) -> None:
    a = ctx.args
    desk: object = None if a.whole_room else (a.desk if a.desk is not None else ...)
    note: object = ... if a.note is None else a.note
    changes = {"space": a.space, "desk": desk, "member": a.member, "start": _when(a.start, "from") if a.start else None,
               "end": _when(a.end, "to") if a.end else None, "note": note, "override_reason": a.override}
    with unit_of_work(ctx.engine) as session:
        if a.series:  # this one and the following weeks, all or nothing
            edits = bookings.edit_series(session, a.id, **changes)
        else:
            edits = [bookings.edit_booking(session, a.id, **changes)]
        rows = read_bookings(dbapi(session), start=min(e.after.starts_at for e in edits),
                             end=max(e.after.ends_at for e in edits), uids=[e.after.id for e in edits])
    if ctx.as_json and a.series:
        emit_json({"edits": [e.to_json() for e in edits], "bookings": [r.to_json() for r in rows]})
    elif ctx.as_json:
        emit_json({**edits[0].to_json(), "booking": rows[0].to_json()})
    else:
        _table(ctx, rows)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    booking = sub.add_parser("booking", help="room and desk bookings", parents=[common])
    actions = booking.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="book a room or a desk", parents=[common])
    add.add_argument("--space", required=True, metavar="SPACE", type=types.reference("--space", max_length=120),
                     help="the room's name or id")
    add.add_argument("--desk", type=types.reference("--desk", max_length=120),
                     help="a desk of that room (desks are booked by the day or half day)")
    add.add_argument("--member", required=True, metavar="MEMBER", type=types.reference("--member"),
                     help="number (42, FLO-0042) or id")
    add.add_argument("--from", dest="start", required=True, metavar="ISO8601", help="naive = the place's local time")
    add.add_argument("--to", dest="end", required=True, metavar="ISO8601")
    add.add_argument("--weeks", type=types.positive("--weeks"), default=1,
                     help="repeat weekly, N weeks in all (default 1)")
    add.add_argument("--override", metavar="REASON", type=types.text("--override", max_length=500),
                     help="book for a member whose plan does not cover the day")
    add.set_defaults(handler=cmd_add)
    lst = actions.add_parser("list", help="the bookings of a day", parents=[common])
    lst.add_argument("--day", metavar="YYYY-MM-DD", help="default today")
    lst.set_defaults(handler=cmd_list)
    edit = actions.add_parser("edit", help="move or edit a booking (one week of a series alone, or --series)",
                              parents=[common])
    edit.add_argument("id", metavar="ID", type=types.reference("ID"))
    edit.add_argument("--space", metavar="SPACE", type=types.reference("--space", max_length=120),
                      help="another room (its name or id)")
    where = edit.add_mutually_exclusive_group()
    where.add_argument("--desk", type=types.reference("--desk", max_length=120), help="a desk of the room")
    where.add_argument("--whole-room", action="store_true", help="the whole room instead of one desk")
    edit.add_argument("--member", metavar="MEMBER", type=types.reference("--member"),
                      help="another member: number (42, FLO-0042) or id")
    edit.add_argument("--from", dest="start", metavar="ISO8601",
                      help="new start, naive = the place's local time (alone: the duration is kept)")
    edit.add_argument("--to", dest="end", metavar="ISO8601", help="new end")
    edit.add_argument("--note", type=types.text("--note", max_length=300), help="a new note (empty: none)")
    edit.add_argument("--override", metavar="REASON", type=types.text("--override", max_length=500),
                      help="for a member whose plan does not cover the day")
    edit.add_argument("--series", action="store_true",
                      help="also the following weeks of its series: the same shift of day, the same new hours")
    edit.set_defaults(handler=cmd_edit)
    cancel = actions.add_parser("cancel", help="cancel a booking", parents=[common])
    cancel.add_argument("id", metavar="ID", type=types.reference("ID"))
    cancel.add_argument("--series", action="store_true", help="also the rest of its weekly series")
    cancel.set_defaults(handler=cmd_cancel)
