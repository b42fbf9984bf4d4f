"""``plan add``, ``plan list``."""

from __future__ import annotations

import argparse

from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json, emit_table
from telecentre_desk.common import money
from telecentre_desk.common.enums import PlanKind
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.plans import service as plans


def cmd_add(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        info = plans.add_plan(session, code=a.code, name=a.name, kind=a.kind, price=a.price,
                              vat_rate=a.vat_rate, units=a.units)
    if ctx.as_json:
        emit_json(info.to_json())
    else:
        print(f"plan {info.code} added: {info.name}, {money.format_eur(info.price_cents)} HT")


def cmd_list(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        infos = plans.list_plans(session)
    if ctx.as_json:
        emit_json([i.to_json() for i in infos])
        return
    emit_table([(i.code, i.name, i.kind, money.format_eur(i.price_cents), money.format_rate(i.vat_rate_bp),
                 i.units or "", "yes" if i.active else "no") for i in infos],
               ["code", "name", "kind", "price (HT)", "VAT", "days", "on sale"])


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plan = sub.add_parser("plan", help="the catalogue of plans and passes", parents=[common])
    actions = plan.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a plan", parents=[common])
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in PlanKind])
    add.add_argument("--price", required=True, metavar="AMOUNT", help="euros excluding VAT: 12.50 or 12,50")
    add.add_argument("--vat-rate", default="20", help="percent (default 20)")
    add.add_argument("--units", help="days in a carnet")
    add.set_defaults(handler=cmd_add)
    lst = actions.add_parser("list", help="list the plans", parents=[common])
    lst.set_defaults(handler=cmd_list)
