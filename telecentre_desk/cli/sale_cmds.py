"""``sale add|settings``: a pass, a carnet or an extra sold at the desk, invoiced now or with the month."""

from __future__ import annotations

import argparse

from telecentre_desk.billing import sales
from telecentre_desk.cli import args as types
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_json
from telecentre_desk.common.money import format_eur
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places.service import local_place_row


def cmd_add(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        result = sales.sell(session, member=a.member, plan=a.plan, quantity=a.quantity, mode=a.mode, pay=a.pay)
    if ctx.as_json:
        emit_json(result.to_json())
        return
    where = f"invoice {result.invoice_number}" if result.invoice_number else "added to the month's draft"
    paid = f", paid by {result.payment_method}" if result.payment_method else ""
    print(f"{result.quantity} x {result.description} for {result.member_number} {result.member_name}: "
          f"{format_eur(result.total_incl_vat_cents)} ({where}{paid})")


def cmd_settings(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        place = local_place_row(session)
        if ctx.args.mode is not None:
            sales.save_mode(session, place.id, ctx.args.mode)
        mode = sales.load_mode(session, place.id)
    emit_json({"mode": mode}) if ctx.as_json else print(f"sales are invoiced: {mode}")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sale = sub.add_parser("sale", help="passes, carnets and extras sold at the desk", parents=[common])
    actions = sale.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="sell to a member: invoiced now, or on the month's invoice",
                             parents=[common])
    add.add_argument("--member", required=True, metavar="REF", type=types.reference("--member"),
                     help="the member's number (42 or FLO-0042) or id")
    add.add_argument("--plan", required=True, metavar="CODE", help="a day or half-day pass, a carnet or an extra")
    add.add_argument("--quantity", default="1", metavar="N")
    add.add_argument("--pay", choices=["cash", "cheque", "transfer", "card", "debit"], help="paid now, by this means")
    add.add_argument("--mode", choices=list(sales.MODES), help="override the place's choice for this sale")
    add.set_defaults(handler=cmd_add)
    settings = actions.add_parser("settings", help="show or set how the place invoices its desk sales",
                                  parents=[common])
    settings.add_argument("--mode", choices=list(sales.MODES))
    settings.set_defaults(handler=cmd_settings)
