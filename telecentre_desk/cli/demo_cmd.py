"""``demo``: fill an empty database with a realistic demo place."""

from __future__ import annotations

import argparse

from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.demo.generator import generate_demo


def cmd_demo(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        summary = generate_demo(session, members=ctx.args.members, months=ctx.args.months, seed=ctx.args.seed)
    if ctx.as_json:
        emit_json(summary.to_json())
    else:
        emit_fields(summary.to_json())


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", help="create a demo place with members and months of history",
                          parents=[common])
    demo.add_argument("--members", type=types.positive("--members", high=1000), default=40)
    demo.add_argument("--months", type=types.positive("--months", high=1000), default=6)
    demo.add_argument("--seed", type=types.integer("--seed"), default=2026, help="same seed, same demo")
    demo.set_defaults(handler=cmd_demo)
