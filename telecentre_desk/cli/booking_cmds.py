"""``booking add|list|cancel``."""

from __future__ import annotations

import argparse
import datetime as dt

from telecentre_desk.bookings import service as bookings
from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json, emit_table
from telecentre_desk.common import plausibility
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import unit_of_work


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
    cancel = actions.add_parser("cancel", help="cancel a booking", parents=[common])
    cancel.add_argument("id", metavar="ID", type=types.reference("ID"))
    cancel.add_argument("--series", action="store_true", help="also the rest of its weekly series")
    cancel.set_defaults(handler=cmd_cancel)
