"""``space add|list|remove|restore`` and ``desk add|list|move|remove|restore``."""

from __future__ import annotations

import argparse

from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json, emit_table
from telecentre_desk.common.enums import SpaceKind
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.spaces import service as spaces


def cmd_space_add(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        info = spaces.add_space(session, name=a.name, kind=a.kind, capacity=a.capacity)
    emit_json(info.to_json()) if ctx.as_json else print(f"room {info.name!r} added ({info.kind}, {info.capacity})")


def cmd_space_list(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        infos = spaces.list_spaces(session)
    if ctx.as_json:
        emit_json([i.to_json() for i in infos])
    else:
        emit_table([(i.name, i.kind, i.capacity, i.desks, "out of service" if i.out_of_service else "")
                    for i in infos], ["room", "kind", "capacity", "desks", ""])


def cmd_space_remove(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = spaces.remove_space(session, ctx.args.space)
    if ctx.as_json:
        emit_json({"removed": info.to_json()})
    else:
        print(f"room {info.name!r} removed (undo: telecentre-desk space restore {info.id})")


def cmd_space_restore(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = spaces.restore_space(session, ctx.args.id)
    emit_json(info.to_json()) if ctx.as_json else print(f"room {info.name!r} is back")


def cmd_desk_move(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        move = spaces.move_desk(session, ctx.args.desk, space=ctx.args.to)
    if ctx.as_json:
        emit_json(move.to_json())
    else:
        print(f"desk {move.desk_name!r} moved from {move.from_space_name!r} to {move.to_space_name!r}")


def cmd_desk_remove(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = next(d for d in spaces.list_desks(session) if d.id == spaces.desk_row(session, ctx.args.desk).uid)
        spaces.remove_desk(session, info.id)
    if ctx.as_json:
        emit_json({"removed": info.to_json()})
    else:
        print(f"desk {info.name!r} removed from {info.space_name!r} (undo: telecentre-desk desk restore {info.id})")


def cmd_desk_restore(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = spaces.restore_desk(session, ctx.args.id)
    emit_json(info.to_json()) if ctx.as_json else print(f"desk {info.name!r} is back in {info.space_name!r}")


def cmd_desk_add(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        info = spaces.add_desk(session, space=a.space, name=a.name, fixed_member=a.fixed_member)
    emit_json(info.to_json()) if ctx.as_json else print(f"desk {info.name!r} added in {info.space_name!r}")


def cmd_desk_list(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        infos = spaces.list_desks(session)
    if ctx.as_json:
        emit_json([i.to_json() for i in infos])
    else:
        emit_table([(i.space_name, i.name, f"{i.fixed_member} {i.fixed_member_name}" if i.fixed_member else "",
                     "out of service" if i.out_of_service else "") for i in infos],
                   ["room", "desk", "fixed for", ""])


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    space = sub.add_parser("space", help="rooms of the place", parents=[common])
    actions = space.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a room", parents=[common])
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in SpaceKind])
    add.add_argument("--capacity", required=True, help="desks or seats")
    add.set_defaults(handler=cmd_space_add)
    actions.add_parser("list", help="list the rooms", parents=[common]).set_defaults(handler=cmd_space_list)
    remove = actions.add_parser("remove", help="remove an empty room (no desks, no bookings to come)",
                                parents=[common])
    remove.add_argument("space", metavar="SPACE", type=types.reference("SPACE", max_length=120),
                        help="the room's name or id")
    remove.set_defaults(handler=cmd_space_remove)
    restore = actions.add_parser("restore", help="bring back a removed room (its id)", parents=[common])
    restore.add_argument("id", metavar="ID", type=types.reference("ID"))
    restore.set_defaults(handler=cmd_space_restore)
    desk = sub.add_parser("desk", help="desks in the rooms", parents=[common])
    actions = desk.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a desk", parents=[common])
    add.add_argument("--space", required=True, metavar="SPACE", help="the room's name or id")
    add.add_argument("--name", required=True)
    add.add_argument("--fixed-member", metavar="MEMBER", help="a resident's number (42, FLO-0042) or id")
    add.set_defaults(handler=cmd_desk_add)
    actions.add_parser("list", help="list the desks", parents=[common]).set_defaults(handler=cmd_desk_list)
    move = actions.add_parser("move", help="move a desk to another room", parents=[common])
    move.add_argument("desk", metavar="DESK", type=types.reference("DESK", max_length=120),
                      help="the desk's id or name")
    move.add_argument("--to", required=True, metavar="SPACE", type=types.reference("--to", max_length=120),
                      help="the room's name or id")
    move.set_defaults(handler=cmd_desk_move)
    remove = actions.add_parser("remove", help="remove a desk (not while occupied or booked)", parents=[common])
    remove.add_argument("desk", metavar="DESK", type=types.reference("DESK", max_length=120),
                        help="the desk's id or name")
    remove.set_defaults(handler=cmd_desk_remove)
    restore = actions.add_parser("restore", help="bring back a removed desk (its id)", parents=[common])
    restore.add_argument("id", metavar="ID", type=types.reference("ID"))
    restore.set_defaults(handler=cmd_desk_restore)
